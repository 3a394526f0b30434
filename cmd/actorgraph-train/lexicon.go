package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/syntax/tokenize"
)

// runLexicon regenerates the tokenizer's embedded lexicon from the train
// splits.
func runLexicon(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lexicon", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: actorgraph-train lexicon [-treebanks DIR] [-out FILE]")
		fmt.Fprintln(stderr, "Learns the tokenizer's abbreviations, hyphenated prefixes and contractions from the train splits.")
		fs.PrintDefaults()
	}
	dir := fs.String("treebanks", "", treebanksUsage)
	out := fs.String("out", "syntax/tokenize/lexicon.txt", "lexicon file to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, err := readTrain(*dir)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := tokenize.WriteLexicon(&buf, train); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes) from %d sentences\n", *out, buf.Len(), len(train))
	return nil
}
