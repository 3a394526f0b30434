package ner

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// voteTypes gives every mention of a document the type most of the
// mentions with the same words have ("Athens" found four times as a place
// and once as a person becomes a place each time); ties keep the types
// found. Mentions are grouped through a sorted slice of word hashes.
func voteTypes(toks [][]nerToken, found [][]Mention) {
	type key struct {
		words      uint64
		sent, ment int32
	}
	var keys []key
	for si, ms := range found {
		for mi, m := range ms {
			h := uint64(perceptron.FNVOffset)
			for _, t := range toks[si][m.Start:m.End] {
				h = perceptron.Fold(h, t.w.lower)
			}
			keys = append(keys, key{h, int32(si), int32(mi)})
		}
	}
	slices.SortStableFunc(keys, func(a, b key) int { return cmp.Compare(a.words, b.words) })
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi].words == keys[lo].words {
			hi++
		}
		var votes [len(nerTypes)]int
		for _, k := range keys[lo:hi] {
			t, _ := nerTypeIndex(found[k.sent][k.ment].Type)
			votes[t]++
		}
		best, tie := 0, false
		for t := 1; t < len(votes); t++ {
			switch {
			case votes[t] > votes[best]:
				best, tie = t, false
			case votes[t] == votes[best]:
				tie = true
			}
		}
		if !tie {
			for _, k := range keys[lo:hi] {
				found[k.sent][k.ment].Type = nerTypes[best]
			}
		}
		lo = hi
	}
}
