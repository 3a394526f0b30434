package main

import (
	"bytes"
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
)

const lexiconAbout = `Learns the tokenizer's abbreviations, hyphenated prefixes and contractions
from the train splits of UD English EWT and GUM, and writes the lexicon
that package syntax/tokenize embeds.`

// runLexicon regenerates the tokenizer's embedded lexicon from the train
// splits.
func runLexicon(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags]", lexiconAbout)
	dir := treebanksFlag(fs)
	out := fs.String("o", "syntax/tokenize/lexicon.txt", "lexicon file to write")
	if _, err := cli.ParseArgs(fs, args, 0, 0, "no arguments"); err != nil {
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
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFile(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "wrote %s (%d bytes) from %d sentences\n", *out, buf.Len(), len(train))
	return nil
}
