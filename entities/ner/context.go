package ner

import (
	"cmp"
	"slices"
)

// nerDocContext is how many other occurrences of a word in the document
// lend their neighbours to its features.
const nerDocContext = 4

// docOccurrence is one capitalised token of a document.
type docOccurrence struct {
	word, prev, next uint64 // folded-form hashes of the token and its neighbours
	sent, tok        int32
}

// addDocContext gives each capitalised token of a document the words
// around other occurrences of the same word in the document (at most
// nerDocContext of them, the earliest), so that "Athens" in "Athens is
// hot" learns from "in Athens" two sentences later. The lists come from
// one sorted slice, not a map.
func addDocContext(doc [][]nerToken) {
	var occ []docOccurrence
	for si, ts := range doc {
		for i := range ts {
			if !ts[i].w.capital {
				continue
			}
			o := docOccurrence{word: ts[i].w.lower, prev: padBefore.w.lower, next: padAfter.w.lower, sent: int32(si), tok: int32(i)}
			if i > 0 {
				o.prev = ts[i-1].w.lower
			}
			if i+1 < len(ts) {
				o.next = ts[i+1].w.lower
			}
			occ = append(occ, o)
		}
	}
	slices.SortStableFunc(occ, func(a, b docOccurrence) int { return cmp.Compare(a.word, b.word) })
	for lo := 0; lo < len(occ); {
		hi := lo + 1
		for hi < len(occ) && occ[hi].word == occ[lo].word {
			hi++
		}
		if hi-lo > 1 {
			for _, o := range occ[lo:hi] {
				t := &doc[o.sent][o.tok]
				for _, other := range occ[lo:hi] {
					if other.sent == o.sent && other.tok == o.tok {
						continue
					}
					if t.ndoc == nerDocContext {
						break
					}
					t.docPrev[t.ndoc], t.docNext[t.ndoc] = other.prev, other.next
					t.ndoc++
				}
			}
		}
		lo = hi
	}
}
