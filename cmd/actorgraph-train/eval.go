package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// runEval prints every accuracy figure of a model on the test splits, with
// its target; it fails when a figure misses its target.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: actorgraph-train eval [-treebanks DIR] [-model DIR]")
		fmt.Fprintln(stderr, "Scores the model on en_ewt and en_gum test (and GUM's news) from raw text and from gold tokens.")
		fs.PrintDefaults()
	}
	dir := fs.String("treebanks", "", treebanksUsage)
	modelDir := fs.String("model", "", "model directory (default: the model embedded in the syntax package)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var (
		m   *syntax.Model
		err error
	)
	if *modelDir == "" {
		m, err = syntax.DefaultModel()
	} else {
		m, err = syntax.ReadModel(os.DirFS(*modelDir))
	}
	if err != nil {
		return err
	}
	ewt, err := treebank.Read(*dir, treebank.Split("en_ewt", "test"))
	if err != nil {
		return err
	}
	gum, err := treebank.Read(*dir, treebank.Split("en_gum", "test"))
	if err != nil {
		return err
	}
	sets := []struct {
		name  string
		sents []ud.Sentence
	}{
		{"en_ewt-ud-test", ewt},
		{"en_gum-ud-test", gum},
		{"en_gum-ud-test news (GUM_news_*)", ud.Documents(gum, "GUM_news_")},
	}
	var beam *syntax.Model // nil for a model without a beam parser
	if m.HasBeam() {
		if beam, err = m.WithBeam(); err != nil {
			return err
		}
	}
	missed := 0
	report := func(name string, v, target float64) {
		status := "ok"
		if v < target {
			status = "MISSED"
			missed++
		}
		fmt.Fprintf(stdout, "  %-24s %6.2f%%   target >= %5.1f%%  %s\n", name, 100*v, 100*target, status)
	}
	for _, set := range sets {
		if err := ctx.Err(); err != nil {
			return err
		}
		start := time.Now()
		f, err := m.Evaluate(set.sents)
		if err != nil {
			return fmt.Errorf("%s: %w", set.name, err)
		}
		fmt.Fprintf(stdout, "%s: %d sentences, %d words (%.1fs)\n", set.name, len(set.sents), f.Words.UPOS.Total, time.Since(start).Seconds())
		seg := f.Segmentation
		for _, t := range ud.Targets() {
			report(t.Name, t.Value(f), t.Min)
		}
		fmt.Fprintf(stdout, "  (tokens P %.2f%% R %.2f%%; sentences P %.2f%% R %.2f%%)\n",
			100*seg.Tokens.Precision(), 100*seg.Tokens.Recall(), 100*seg.Sentences.Precision(), 100*seg.Sentences.Recall())
		if beam == nil {
			continue
		}
		f, err = beam.Evaluate(set.sents)
		if err != nil {
			return fmt.Errorf("%s, beam parser: %w", set.name, err)
		}
		for _, t := range ud.Targets() {
			if t.Parse {
				report(fmt.Sprintf("%s (beam %d)", t.Name, beam.Parser.Beam()), t.Value(f), t.Min)
			}
		}
	}
	if missed > 0 {
		return fmt.Errorf("%d figures below target", missed)
	}
	fmt.Fprintln(stdout, "all targets met")
	return nil
}
