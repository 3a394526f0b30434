package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

const parseAbout = `Parse writes the syntactic analysis actorgraph's extractors see — sentences,
tokens, lemmas, part-of-speech tags and dependency relations — as CoNLL-U.
It reads raw text from FILE (or stdin), or, with -tokenized, a CoNLL-U file
whose sentences and tokens it keeps as given.`

// beamUsage documents the -beam flag of parse and build.
const beamUsage = "parse with the beam-search parser: more accurate (EWT test UAS 86.06 against 85.53), the analysis about 3 times slower"

func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "parse", "[flags] [FILE|-]", parseAbout)
	tokenized := fs.Bool("tokenized", false, "read CoNLL-U and keep its sentences and tokens")
	beam := fs.Bool("beam", false, beamUsage)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) > 1 {
		fs.Usage()
		return usagef("parse reads one FILE, got %d", len(args))
	}
	var (
		r    io.Reader = e.stdin
		name           = "stdin"
	)
	if len(args) == 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return fmt.Errorf("%s: %w", args[0], unwrapPathError(err))
		}
		defer f.Close()
		r, name = f, args[0]
	}
	model, err := syntaxModel(*beam)
	if err != nil {
		return err
	}
	var sents []ud.Sentence
	if *tokenized {
		sents, err = ud.ReadCoNLLU(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		for i := range sents {
			model.AnalyzeSentence(&sents[i])
		}
	} else {
		b, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := checkText(b); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sents = model.Analyze(string(b))
	}
	return ud.WriteCoNLLU(e.stdout, sents)
}
