package ner

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
)

// TestEmissionsPerToken checks that emissions, which scores the tokens of
// a sentence together, gives every token the sums Model.Score gives it
// alone, bit for bit, with the scratch space reused from one sentence to
// the next as RecognizeDocument reuses it.
func TestEmissionsPerToken(t *testing.T) {
	r := testenv.Must(t, DefaultRecognizer)
	text := "Ann Reed, the foreign minister of Norland, met Velmar Corp's chief in Lisbon on Monday. " +
		"They spoke. " +
		"The talks between Norland and Portugal, which the United Nations hosted in New York after " +
		"a long dispute over fishing rights in the North Atlantic, ended without a deal, Reed said."
	sents := tokenize.Segment(text)
	if len(sents) < 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	var sc decodeScratch
	for _, s := range append(sents, sents[0]) {
		toks := nerTokens(&s, r.lex)
		addDocContext([][]nerToken{toks})
		got := make([]float32, len(toks)*nerNumLabels)
		r.emissions(toks, &sc, got)
		for i := range toks {
			feats := nerFeatures(toks, i, nil)
			var sum [nerNumLabels]int32
			r.w.Score(feats, sum[:])
			for l, v := range sum {
				if want := float32(v) * r.w.Scale(); got[i*nerNumLabels+l] != want {
					t.Fatalf("token %d (%s), label %d: emission %v, want %v", i, s.Tokens[i].Form, l, got[i*nerNumLabels+l], want)
				}
			}
		}
	}
}
