package ner

import (
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// TestDefaultRecognizerOnGUMTest holds the shipped model to the F1 it was
// measured at on GUM test (gold tags), less a small margin: 73.3 overall
// when this test was written (go run ./cmd/actorgraph-train eval -only ner).
func TestDefaultRecognizerOnGUMTest(t *testing.T) {
	docs := gumtest.Split(t, "test")
	r := testenv.Must(t, DefaultRecognizer)
	sc := r.Evaluate(docs)
	const minF1 = 0.71
	if f := sc.All.F1(); f < minF1 {
		t.Errorf("F1 on GUM test %.3f, want at least %.2f (tp %d fp %d fn %d)", f, minF1, sc.All.TP, sc.All.FP, sc.All.FN)
	}
	if sc.All.TP+sc.All.FN < 600 {
		t.Errorf("only %d gold names in GUM test; the reader lost some", sc.All.TP+sc.All.FN)
	}
}

// TestGUMReadsEverySplit checks that the reader accepts all of GUM and
// finds named mentions of every type.
func TestGUMReadsEverySplit(t *testing.T) {
	for _, split := range []string{"train", "dev", "test"} {
		t.Run(split, func(t *testing.T) {
			docs := gumtest.Split(t, split)
			var counts [len(nerTypes)]int
			for i := range docs {
				for _, ms := range NamedMentions(&docs[i]) {
					for _, m := range ms {
						k, _ := nerTypeIndex(m.Type)
						counts[k]++
					}
				}
			}
			for k, n := range counts {
				if n < 50 {
					t.Errorf("%d %v names in GUM %s", n, nerTypes[k], split)
				}
			}
		})
	}
}

func TestFeatureCount(t *testing.T) {
	toks := make([]nerToken, 3)
	for i := range toks {
		toks[i].ndoc = nerDocContext
		toks[i].lex = 1
	}
	if n := len(nerFeatures(toks, 1, nil)); n > nerMaxFeatures {
		t.Errorf("%d features per token, more than nerMaxFeatures (%d)", n, nerMaxFeatures)
	}
}
