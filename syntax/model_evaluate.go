package syntax

import (
	"fmt"
	"strings"
)

// Figures are the pipeline's scores on one treebank: segmentation from the
// raw text, and tags, lemmas and dependencies on the gold tokens.
type Figures struct {
	Segmentation SegmentationScores
	Tagging      TaggingScores
}

// Evaluate scores m on gold sentences: Segment on their raw text (see
// RawText), and AnalyzeSentence on a copy of each gold sentence that keeps
// only its words.
func (m *Model) Evaluate(gold []Sentence) (Figures, error) {
	var f Figures
	text := RawText(gold)
	seg, err := EvaluateSegmentation(gold, text, Segment(text))
	if err != nil {
		return f, fmt.Errorf("evaluate segmentation: %w", err)
	}
	f.Segmentation = seg
	sys := make([]Sentence, len(gold))
	for i := range gold {
		sys[i] = wordsOnly(&gold[i])
		m.AnalyzeSentence(&sys[i])
	}
	tag, err := EvaluateTagging(gold, sys)
	if err != nil {
		return f, fmt.Errorf("evaluate tagging: %w", err)
	}
	f.Tagging = tag
	return f, nil
}

// wordsOnly copies s keeping its words' forms, offsets and MISC but none of
// their annotation.
func wordsOnly(s *Sentence) Sentence {
	c := Sentence{ID: s.ID, Text: s.Text, Start: s.Start, End: s.End, Multiwords: s.Multiwords}
	c.Tokens = make([]Token, len(s.Tokens))
	for i, t := range s.Tokens {
		c.Tokens[i] = Token{ID: t.ID, Form: t.Form, Head: -1, Misc: t.Misc, Start: t.Start, End: t.End}
	}
	return c
}

// Documents returns the sentences of the documents whose "# newdoc id"
// starts with prefix (GUM_news_ for GUM's news).
func Documents(gold []Sentence, prefix string) []Sentence {
	var out []Sentence
	in := false
	for i := range gold {
		for _, c := range gold[i].Comments {
			if id, ok := strings.CutPrefix(c, "newdoc id ="); ok {
				in = strings.HasPrefix(strings.TrimSpace(id), prefix)
			}
		}
		if in {
			out = append(out, gold[i])
		}
	}
	return out
}

// Target is a minimum a figure must reach.
type Target struct {
	Name  string
	Min   float64 // a ratio: 0.95 is 95%
	Value func(Figures) float64
	Parse bool // a figure of the parser's
}

// Targets lists the pipeline's accuracy targets, the same on every test
// treebank.
func Targets() []Target {
	return []Target{
		{"tokens F1 (raw text)", 0.985, func(f Figures) float64 { return f.Segmentation.Tokens.F1() }, false},
		{"sentences F1 (raw text)", 0.80, func(f Figures) float64 { return f.Segmentation.Sentences.F1() }, false},
		{"UPOS", 0.95, func(f Figures) float64 { return f.Tagging.UPOS.Ratio() }, false},
		{"XPOS", 0.945, func(f Figures) float64 { return f.Tagging.XPOS.Ratio() }, false},
		{"lemma", 0.97, func(f Figures) float64 { return f.Tagging.Lemma.Ratio() }, false},
		{"UAS", 0.86, func(f Figures) float64 { return f.Tagging.UAS.Ratio() }, true},
		{"LAS", 0.83, func(f Figures) float64 { return f.Tagging.LAS.Ratio() }, true},
	}
}
