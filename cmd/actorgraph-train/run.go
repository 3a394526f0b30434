package main

import (
	"fmt"
	"io"
	"time"

	"github.com/actorgraph/actorgraph/internal/cli"
)

// program is actorgraph-train's commands, run with the conventions of
// cmd/actorgraph (cli.Program). A trainer of another model is one more
// command here and one more file.
var program = cli.Program{
	Name:  "actorgraph-train",
	About: "actorgraph-train trains the models actorgraph ships and scores them.",
	Commands: []cli.Command{
		{Name: "syntax", Summary: "train the tagger, lemmatizer and parser on UD English EWT and GUM", Run: runSyntax},
		{Name: "ner", Summary: "train the named-entity recogniser on UD English GUM", Run: runNER},
		{Name: "lexicon", Summary: "learn the tokenizer's abbreviations and contractions", Run: runLexicon},
		{Name: "eval", Summary: "score the syntax models and the recogniser on the treebanks", Run: runEval},
	},
}

// progress returns a function that prints a line of progress to w, headed
// by the seconds since now.
func progress(w io.Writer) func(format string, args ...any) {
	start := time.Now()
	return func(format string, args ...any) {
		fmt.Fprintf(w, "%6.1fs  %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, args...))
	}
}
