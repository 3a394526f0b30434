package ner

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/graph"
)

// NamedMentions returns, for each sentence of a GUM document, the names of
// its named person, organization and place mentions (gum.Mention.Named),
// as recogniser Mentions over the name's tokens, in textual order: the
// names the recogniser learns to find and is scored against. Names
// do not overlap: when they do (the place "Netherlands" inside the
// organization "Royal Library of the Netherlands") the longest is kept, as
// in the usual flat annotation of named entities; a name shared by two
// mentions takes the type of the larger mention.
func NamedMentions(d *gum.Document) [][]Mention {
	out := make([][]Mention, len(d.Sentences))
	type cand struct {
		m    Mention
		span int // length of the whole GUM mention
	}
	var cands []cand
	flush := func(si int) {
		slices.SortStableFunc(cands, func(a, b cand) int {
			return cmp.Or(cmp.Compare(b.m.End-b.m.Start, a.m.End-a.m.Start), cmp.Compare(b.span, a.span), cmp.Compare(a.m.Start, b.m.Start))
		})
		var kept []Mention
		for _, c := range cands {
			overlap := false
			for _, k := range kept {
				if c.m.Start < k.End && k.Start < c.m.End {
					overlap = true
					break
				}
			}
			if !overlap {
				kept = append(kept, c.m)
			}
		}
		slices.SortFunc(kept, func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) })
		out[si] = kept
		cands = cands[:0]
	}
	cur := -1
	for _, m := range d.Mentions {
		if m.Sentence != cur {
			if cur >= 0 {
				flush(cur)
			}
			cur = m.Sentence
		}
		if t := m.ActorType(); m.Named && t != graph.Unknown {
			cands = append(cands, cand{Mention{m.NameStart, m.NameEnd, t}, m.End - m.Start})
		}
	}
	if cur >= 0 {
		flush(cur)
	}
	return out
}
