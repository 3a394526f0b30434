package syntax

import (
	"fmt"

	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Evaluate scores m on gold sentences: tokenize.Segment on their raw text
// (see ud.RawText), and AnalyzeSentence on a copy of each gold sentence
// that keeps only its words.
func (m *Model) Evaluate(gold []ud.Sentence) (ud.Figures, error) {
	var f ud.Figures
	text := ud.RawText(gold)
	seg, err := ud.EvaluateSegmentation(gold, text, tokenize.Segment(text))
	if err != nil {
		return f, fmt.Errorf("evaluate segmentation: %w", err)
	}
	f.Segmentation = seg
	sys := make([]ud.Sentence, len(gold))
	for i := range gold {
		sys[i] = wordsOnly(&gold[i])
		m.AnalyzeSentence(&sys[i])
	}
	words, err := ud.EvaluateWords(gold, sys)
	if err != nil {
		return f, fmt.Errorf("evaluate words: %w", err)
	}
	f.Words = words
	return f, nil
}

// wordsOnly copies s keeping its words' forms, offsets and MISC but none of
// their annotation.
func wordsOnly(s *ud.Sentence) ud.Sentence {
	c := ud.Sentence{ID: s.ID, Text: s.Text, Start: s.Start, End: s.End, Multiwords: s.Multiwords}
	c.Tokens = make([]ud.Token, len(s.Tokens))
	for i, t := range s.Tokens {
		c.Tokens[i] = ud.Token{ID: t.ID, Form: t.Form, Head: -1, Misc: t.Misc, Start: t.Start, End: t.End}
	}
	return c
}
