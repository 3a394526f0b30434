package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// assemble builds an article's graph from what the stages found: the
// actors the article names or relates (an actor known only from a demonym
// or a hyphenated modifier that no relation uses is left out), with the
// relations' IDs renumbered to match, and every sentence with its offsets.
func assemble(text string, sents []ud.Sentence, found *entities.Found, rels []graph.Relation) graph.Article {
	keep := make([]bool, len(found.Actors))
	copy(keep, found.Named)
	for _, r := range rels {
		keep[r.Subject], keep[r.Object] = true, true
	}
	newID := make([]graph.ActorID, len(found.Actors))
	var art graph.Article
	for i, a := range found.Actors {
		newID[i] = -1
		if keep[i] {
			newID[i] = graph.ActorID(len(art.Actors))
			art.Actors = append(art.Actors, a)
		}
	}
	art.Relations = make([]graph.Relation, len(rels))
	for i, r := range rels {
		r.Subject, r.Object = newID[r.Subject], newID[r.Object]
		art.Relations[i] = r
	}
	art.Sentences = sentenceOffsets(text, sents)
	return art
}

// sentenceOffsets returns the sentences with their offsets in code points.
func sentenceOffsets(text string, sents []ud.Sentence) []graph.Sentence {
	out := make([]graph.Sentence, len(sents))
	bytePos, runePos := 0, 0
	toRunes := func(b int) int {
		if b < bytePos {
			bytePos, runePos = 0, 0
		}
		runePos += utf8.RuneCountInString(text[bytePos:b])
		bytePos = b
		return runePos
	}
	for i, s := range sents {
		out[i].Text = strings.TrimSpace(s.Text)
		if s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			out[i].Start = toRunes(s.Start)
			out[i].End = toRunes(s.End)
		}
	}
	return out
}
