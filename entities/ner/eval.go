package ner

import (
	"fmt"
	"io"
	"slices"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/graph"
)

// SpanCounts counts exact-span matches of one type: a found mention is
// right when a gold one has the same start, end and type.
type SpanCounts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c SpanCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (c SpanCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c SpanCounts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are the recogniser's counts per type and over all types.
type Scores struct {
	Types [len(nerTypes)]SpanCounts // in the order Person, Organization, Location
	All   SpanCounts
}

// Type returns the counts of one actor type.
func (s *Scores) Type(t graph.ActorType) SpanCounts {
	if i, ok := nerTypeIndex(t); ok {
		return s.Types[i]
	}
	return SpanCounts{}
}

// add counts one sentence's found mentions against its gold ones.
func (s *Scores) add(found, gold []Mention) {
	for _, f := range found {
		if t, ok := nerTypeIndex(f.Type); ok && slices.Contains(gold, f) {
			s.Types[t].TP++
			s.All.TP++
		} else if ok {
			s.Types[t].FP++
			s.All.FP++
		}
	}
	for _, g := range gold {
		if t, ok := nerTypeIndex(g.Type); ok && !slices.Contains(found, g) {
			s.Types[t].FN++
			s.All.FN++
		}
	}
}

// Evaluate runs the recogniser over each document (RecognizeDocument),
// with the tags its sentences carry, and scores it against their named mentions
// (NamedMentions) by exact span and type.
func (r *Recognizer) Evaluate(docs []gum.Document) Scores {
	var s Scores
	for di := range docs {
		gold := NamedMentions(&docs[di])
		found := r.RecognizeDocument(docs[di].Sentences)
		for si := range gold {
			s.add(found[si], gold[si])
		}
	}
	return s
}

// WriteTable prints the scores as a table: one line per type and one for
// all, with counts, precision, recall and F1 in percent.
func (s *Scores) WriteTable(w io.Writer) error {
	line := func(name string, c SpanCounts) error {
		_, err := fmt.Fprintf(w, "%-13s %5d %5d %5d  P %5.1f  R %5.1f  F1 %5.1f\n", name, c.TP, c.FP, c.FN,
			100*c.Precision(), 100*c.Recall(), 100*c.F1())
		return err
	}
	if _, err := fmt.Fprintf(w, "%-13s %5s %5s %5s\n", "type", "tp", "fp", "fn"); err != nil {
		return err
	}
	for i, t := range nerTypes {
		if err := line(t.String(), s.Types[i]); err != nil {
			return err
		}
	}
	return line("all", s.All)
}
