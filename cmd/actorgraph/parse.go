package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

const parseAbout = `Parse writes the syntactic analysis actorgraph's extractors see — sentences,
tokens, lemmas, part-of-speech tags and dependency relations — as CoNLL-U.
It reads raw text from FILE (or stdin), or, with -tokenized, a CoNLL-U file
whose sentences and tokens it keeps as given. Raw text is cleaned as build
cleans an article (byte-order mark dropped, noncharacters replaced, NFC),
and no more than -max-article-bytes of it is read.`

// beamUsage documents the -beam flag of parse and build.
const beamUsage = "parse with the beam-search parser: more accurate (EWT test UAS 86.06 against 85.53), the analysis about 3 times slower"

func runParse(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] [FILE|-]", parseAbout)
	tokenized := fs.Bool("tokenized", false, "read CoNLL-U and keep its sentences and tokens")
	beam := fs.Bool("beam", false, beamUsage)
	readOpt := addReadFlags(fs)
	args, err := cli.ParseArgs(fs, args, 0, 1, "at most one FILE")
	if err != nil {
		return err
	}
	if readOpt.maxArticleBytes < 1 {
		return cli.Usagef("-max-article-bytes must be at least 1")
	}
	var (
		r    io.Reader = e.Stdin
		name           = "stdin"
	)
	if len(args) == 1 && args[0] != "-" {
		f, err := openContext(ctx, args[0])
		if err != nil {
			return fmt.Errorf("%s: %w", cli.DisplayText(args[0]), err)
		}
		defer f.Close()
		r, name = f, cli.DisplayText(args[0])
	}
	pipe, err := loadContext(ctx, func() (*extract.Pipeline, error) {
		return extract.New(extract.Options{Beam: *beam})
	})
	if err != nil {
		return err
	}
	var sents []ud.Sentence
	if *tokenized {
		sents, err = ud.ReadCoNLLU(contextReader(ctx, r))
		if err == nil {
			err = checkMultiwords(sents)
		}
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, bufio.ErrTooLong):
			return fmt.Errorf("%s: a line is too long for CoNLL-U: %w", name, err)
		case err != nil:
			return fmt.Errorf("%s: %w", name, err)
		}
	} else {
		b, err := readCapped(ctx, r, readOpt.maxArticleBytes)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sents, err = pipe.Segment(b)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	// One sentence at a time, so that an interrupt stops the work between
	// two sentences and what was written ends with a whole sentence.
	n := 0
	return pipe.AnalyzeSentences(ctx, sents, func(s *ud.Sentence) error {
		n++
		if s.ID == "" {
			s.ID = strconv.Itoa(n)
		}
		return ud.WriteCoNLLU(e.Stdout, []ud.Sentence{*s})
	})
}

// checkMultiwords reports a multiword token whose range is not two or more
// words of its sentence, in order and without overlap: CoNLL-U that
// WriteCoNLLU would pass through invalid.
func checkMultiwords(sents []ud.Sentence) error {
	for i, s := range sents {
		last := 0
		for _, m := range s.Multiwords {
			var problem string
			switch {
			case m.First < 1 || m.Last <= m.First:
				problem = "must span two words or more"
			case m.Last > len(s.Tokens):
				problem = fmt.Sprintf("goes past the sentence's last word, %d", len(s.Tokens))
			case m.First <= last:
				problem = "overlaps the multiword token before it or comes out of order"
			}
			if problem != "" {
				id := s.ID
				if id == "" {
					id = strconv.Itoa(i + 1)
				}
				return fmt.Errorf("sentence %s: multiword token %d-%d %q %s", cli.DisplayText(id), m.First, m.Last, m.Form, problem)
			}
			last = m.Last
		}
	}
	return nil
}

// loadContext returns what load returns, or ctx's error as soon as ctx
// ends: loading the models takes about a second, too long to make an
// interrupt wait for it. The loading then goes on in the background.
func loadContext[T any](ctx context.Context, load func() (T, error)) (T, error) {
	type loaded struct {
		v   T
		err error
	}
	ch := make(chan loaded, 1)
	go func() {
		v, err := load()
		ch <- loaded{v, err}
	}()
	select {
	case l := <-ch:
		return l.v, l.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
