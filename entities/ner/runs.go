package ner

import "github.com/actorgraph/actorgraph/entities/gum"

// nerConnectorHashes are the folded-form hashes of gum.NameConnectors,
// computed once and never written after.
var nerConnectorHashes = func() []uint64 {
	var h []uint64
	for _, c := range gum.NameConnectors() {
		h = append(h, hashWord(c).lower)
	}
	return h
}()

func isConnectorHash(h uint64) bool {
	for _, c := range nerConnectorHashes {
		if c == h {
			return true
		}
	}
	return false
}

// addCapitalRuns marks the runs of capitalised words of a sentence,
// joined by connectors as names are ("Bank of America"): each word of a
// run learns the run's first and last words, its length and its place in
// it, so that "Ministry" in "Ministry of Foreign Affairs" and "Affairs"
// both see the whole name.
func addCapitalRuns(toks []nerToken) {
	for i := 0; i < len(toks); {
		if !toks[i].w.capital {
			i++
			continue
		}
		j := i + 1 // the run is [i, j)
		for j < len(toks) {
			if toks[j].w.capital {
				j++
				continue
			}
			k := j
			for k < len(toks) && !toks[k].w.capital && isConnectorHash(toks[k].w.lower) {
				k++
			}
			if k > j && k < len(toks) && toks[k].w.capital {
				j = k
				continue
			}
			break
		}
		n := j - i
		if n > 4 {
			n = 4
		}
		for k := i; k < j; k++ {
			t := &toks[k]
			t.runFirst, t.runLast, t.runLen = toks[i].w.lower, toks[j-1].w.lower, uint8(n)
			switch {
			case j-i == 1:
				t.runPos = 4
			case k == i:
				t.runPos = 1
			case k == j-1:
				t.runPos = 3
			default:
				t.runPos = 2
			}
		}
		i = j
	}
}
