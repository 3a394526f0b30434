package parse

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestJackknifeTags(t *testing.T) {
	train := testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu")[:300]
	out, err := JackknifeTags(train, 2, tag.Config{Epochs: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(train) {
		t.Fatalf("%d sentences out, %d in", len(out), len(train))
	}
	same, words := 0, 0
	for i := range train {
		if len(out[i].Tokens) != len(train[i].Tokens) {
			t.Fatalf("sentence %d: %d words out, %d in", i, len(out[i].Tokens), len(train[i].Tokens))
		}
		for j, g := range train[i].Tokens {
			p := out[i].Tokens[j]
			if p.Form != g.Form || p.Head != g.Head || p.Deprel != g.Deprel {
				t.Fatalf("sentence %d word %d: form, head or relation changed", i, j+1)
			}
			words++
			if p.XPOS == g.XPOS {
				same++
			}
		}
	}
	acc := float64(same) / float64(words)
	t.Logf("jackknifed XPOS accuracy %.3f", acc)
	if acc < 0.7 || acc == 1 {
		t.Errorf("jackknifed XPOS accuracy %.3f: want imperfect but sane tags", acc)
	}
	if &out[0].Tokens[0] == &train[0].Tokens[0] {
		t.Error("tokens shared with the input")
	}
}

func TestJackknifeTagsErrors(t *testing.T) {
	tests := []struct {
		name     string
		n, folds int
		want     string
	}{
		{"one fold", 10, 1, "at least 2 folds"},
		{"fewer sentences than folds", 3, 4, "3 sentences for 4 folds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			train := make([]ud.Sentence, tc.n)
			_, err := JackknifeTags(train, tc.folds, tag.Config{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}
