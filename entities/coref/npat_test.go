package coref

import (
	"math/rand/v2"
	"testing"
)

// TestNPAt checks that npAt finds, in phrases listed in the order of their
// heads, the phrase of every token that heads one, as a map from the
// tokens to their phrases would, and nothing for the other tokens.
func TestNPAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 23))
	for range 200 {
		var nps []np
		byTok := map[tokenRef]int{}
		sents := 1 + rng.IntN(6)
		for s := range sents {
			for k := range rng.IntN(15) {
				if rng.IntN(3) == 0 {
					byTok[tokenRef{s, k}] = len(nps)
					nps = append(nps, np{sent: s, tok: k})
				}
			}
		}
		for s := -1; s <= sents; s++ {
			for k := -1; k <= 16; k++ {
				got := npAt(nps, s, k)
				i, want := byTok[tokenRef{s, k}]
				switch {
				case want && got != &nps[i]:
					t.Fatalf("npAt(%d, %d) = %v, want phrase %d of %v", s, k, got, i, nps)
				case !want && got != nil:
					t.Fatalf("npAt(%d, %d) = %v, want nil", s, k, got)
				}
			}
		}
	}
}
