package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

const evalAbout = `Scores the syntax models on a split of UD English EWT and GUM and on GUM's
news documents, from raw text and from gold tokens, against their targets;
then the named-entity recogniser on the same split of GUM, all documents
and the news ones, by exact span and type. A figure below its target is
an error (exit status 1).`

// runEval prints the accuracy figures of the syntax models, with their
// targets, and those of the recogniser; it fails when a figure misses its
// target.
func runEval(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags]", evalAbout)
	dir := treebanksFlag(fs)
	only := fs.String("only", "", "score only the syntax models (syntax) or only the recogniser (ner)")
	split := fs.String("split", "test", "the treebanks' split to score on: dev or test")
	modelDir := fs.String("model", "", "syntax model directory (default: the model embedded in package syntax)")
	nerModel := fs.String("ner-model", "", "recogniser model file (default: the model embedded in package entities/ner)")
	tagger := fs.String("tagger", "", "tagger model file (tag.Read) to retag GUM with for the recogniser (default: GUM's gold tags)")
	if _, err := cli.ParseArgs(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	if *only != "" && *only != "syntax" && *only != "ner" {
		return cli.Usagef("-only must be syntax or ner, not %q", *only)
	}
	missed := 0
	if *only != "ner" {
		var err error
		if missed, err = evalSyntax(ctx, e.Stdout, *dir, *split, *modelDir); err != nil {
			return err
		}
	}
	if *only != "syntax" {
		if err := evalNER(ctx, e.Stdout, *dir, *split, *nerModel, *tagger); err != nil {
			return err
		}
	}
	if missed > 0 {
		return fmt.Errorf("%d figures below target", missed)
	}
	return nil
}

// evalSyntax prints every accuracy figure of a syntax model (the embedded
// one for modelDir "") with its target, and returns how many missed it.
func evalSyntax(ctx context.Context, w io.Writer, dir, split, modelDir string) (missed int, err error) {
	var m *syntax.Model
	if modelDir == "" {
		m, err = syntax.DefaultModel()
	} else {
		m, err = syntax.ReadModel(os.DirFS(modelDir))
	}
	if err != nil {
		return 0, err
	}
	ewt, err := treebank.Read(dir, treebank.Split("en_ewt", split))
	if err != nil {
		return 0, err
	}
	gum, err := treebank.Read(dir, treebank.Split("en_gum", split))
	if err != nil {
		return 0, err
	}
	sets := []struct {
		name  string
		sents []ud.Sentence
	}{
		{"en_ewt-ud-" + split, ewt},
		{"en_gum-ud-" + split, gum},
		{"en_gum-ud-" + split + " news (GUM_news_*)", ud.Documents(gum, "GUM_news_")},
	}
	var beam *syntax.Model // nil for a model without a beam parser
	if m.HasBeam() {
		if beam, err = m.WithBeam(); err != nil {
			return 0, err
		}
	}
	report := func(name string, v, target float64) {
		status := "ok"
		if v < target {
			status = "MISSED"
			missed++
		}
		fmt.Fprintf(w, "  %-24s %6.2f%%   target >= %5.1f%%  %s\n", name, 100*v, 100*target, status)
	}
	for _, set := range sets {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		start := time.Now()
		f, err := m.Evaluate(set.sents)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", set.name, err)
		}
		fmt.Fprintf(w, "%s: %d sentences, %d words (%.1fs)\n", set.name, len(set.sents), f.Words.UPOS.Total, time.Since(start).Seconds())
		seg := f.Segmentation
		for _, t := range ud.Targets() {
			report(t.Name, t.Value(f), t.Min)
		}
		fmt.Fprintf(w, "  (tokens P %.2f%% R %.2f%%; sentences P %.2f%% R %.2f%%)\n",
			100*seg.Tokens.Precision(), 100*seg.Tokens.Recall(), 100*seg.Sentences.Precision(), 100*seg.Sentences.Recall())
		if beam == nil {
			continue
		}
		f, err = beam.Evaluate(set.sents)
		if err != nil {
			return 0, fmt.Errorf("%s, beam parser: %w", set.name, err)
		}
		for _, t := range ud.Targets() {
			if t.Parse {
				report(fmt.Sprintf("%s (beam %d)", t.Name, beam.Parser.Beam()), t.Value(f), t.Min)
			}
		}
	}
	if missed == 0 {
		fmt.Fprintln(w, "all targets met")
	}
	return missed, nil
}

// evalNER prints the exact-span precision, recall and F1 of a recogniser
// (the embedded one for model "") on a split of GUM, over all documents
// and over the news documents, with GUM's tags or those of a tagger.
func evalNER(ctx context.Context, w io.Writer, dir, split, model, tagger string) error {
	var (
		r   *ner.Recognizer
		err error
	)
	if model == "" {
		r, err = ner.DefaultRecognizer()
	} else {
		r, err = readFile(model, ner.ReadRecognizer)
	}
	if err != nil {
		return err
	}
	sents, err := readGUM(dir, split)
	if err != nil {
		return err
	}
	docs, err := gum.Documents(sents)
	if err != nil {
		return err
	}
	tags := "gold tags"
	if tagger != "" {
		t, err := readFile(tagger, tag.Read)
		if err != nil {
			return err
		}
		retag(docs, t)
		tags = "tags from " + tagger
	}
	var news []gum.Document
	for _, d := range docs {
		if strings.HasPrefix(d.ID, "GUM_news_") {
			news = append(news, d)
		}
	}
	for _, part := range []struct {
		name string
		docs []gum.Document
	}{{"all documents", docs}, {"news documents", news}} {
		if err := ctx.Err(); err != nil {
			return err
		}
		sc := r.Evaluate(part.docs)
		fmt.Fprintf(w, "GUM %s, %s (%d), %s:\n", split, part.name, len(part.docs), tags)
		if err := sc.WriteTable(w); err != nil {
			return err
		}
	}
	return nil
}

// retag replaces the gold tags of the documents' sentences with the
// tagger's. The documents' mentions, named ones included, were read from
// the gold tags before and stay as they are.
func retag(docs []gum.Document, t *tag.Tagger) {
	for di := range docs {
		for si := range docs[di].Sentences {
			t.Tag(&docs[di].Sentences[si])
		}
	}
}
