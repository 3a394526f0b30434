package parse

import (
	"math"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestSupertagOf(t *testing.T) {
	s := &ud.Sentence{Tokens: []ud.Token{
		{Form: "It", Head: 3, Deprel: "nsubj:pass"},
		{Form: "was", Head: 3, Deprel: "aux:pass"},
		{Form: "seen", Head: 0, Deprel: "root"},
		{Form: "there", Head: 3, Deprel: "advmod"},
	}}
	want := []string{"nsubj>", "aux>", "root", "<advmod"}
	for j, w := range want {
		if got := supertagOf(s, j); got != w {
			t.Errorf("word %d: supertag %q, want %q", j+1, got, w)
		}
	}
}

// TestJackknifeSupertags trains jackknifed supertaggers on a slice of EWT
// and checks that the result does not depend on the number of workers,
// that the jackknifed supertags are imperfect but sane, and that the
// supertagger's tag, which sums the rows of most quick features for the
// whole sentence first, decides as a word-by-word reading of the cascade
// does.
func TestJackknifeSupertags(t *testing.T) {
	train := testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu")[:300]
	labels, _, err := collectLabels(train)
	if err != nil {
		t.Fatal(err)
	}
	run := func(workers int) ([]parseGold, *supertagger) {
		t.Helper()
		golds, err := goldTrees(train, labels)
		if err != nil {
			t.Fatal(err)
		}
		st, err := jackknifeSupertags(golds, 2, workers, 9)
		if err != nil {
			t.Fatal(err)
		}
		return golds, st
	}
	g1, st1 := run(1)
	g3, st3 := run(3)
	if !slices.Equal(st1.classes, st3.classes) || !sameTable(st1.tab.Unpack(), st3.tab.Unpack()) || !sameTable(st1.qtab.Unpack(), st3.qtab.Unpack()) {
		t.Error("supertaggers trained by 1 and by 3 workers differ")
	}
	_, index := superClasses(g1)
	right, words := 0, 0
	for i := range g1 {
		if !slices.Equal(g1[i].super, g3[i].super) {
			t.Fatalf("sentence %d: jackknifed supertags differ between 1 and 3 workers", i)
		}
		for j := range g1[i].s.Tokens {
			words++
			if g1[i].super[j+1] == index[supertagOf(g1[i].s, j)] {
				right++
			}
		}
	}
	acc := float64(right) / float64(words)
	t.Logf("jackknifed supertag accuracy %.3f", acc)
	if acc < 0.4 || acc == 1 {
		t.Errorf("jackknifed supertag accuracy %.3f: want imperfect but sane supertags", acc)
	}

	all := make([]uint8, len(st1.classes))
	for c := range all {
		all[c] = uint8(c)
	}
	// reference tags s word by word, each decision read off its rows.
	reference := func(s *ud.Sentence, atoms []tokAtoms) []uint8 {
		var ctx superCtx
		var f depFeats
		var lab perceptron.LaneScratch
		ctx.fill(s, atoms)
		out := make([]uint8, len(s.Tokens)+1)
		h1, h2 := uint64(superStart), uint64(superStart)
		for i := 1; i <= len(s.Tokens); i++ {
			quickSupertagFeatures(&f, &ctx, i, h1)
			c, margin := st1.qtab.BestMargin(st1.qtab.RowsOf(nil, f.list()), all, &lab)
			if margin < st1.quick {
				supertagFeatures(&f, &ctx, i, h1, h2)
				c = st1.tab.Best(st1.tab.RowsOf(nil, f.list()), all, &lab)
			}
			out[i] = c
			h1, h2 = uint64(c), h1
		}
		return out
	}
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:200]
	var w superWork
	var atoms []tokAtoms
	for _, quick := range []int64{0, 3, 20, math.MaxInt64} {
		st1.quick = quick
		for i := range dev {
			atoms = fillAtoms(atoms, &dev[i])
			want := reference(&dev[i], atoms)
			got := st1.tag(&w, &dev[i], atoms, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("quick margin %d, sentence %d: supertags %v, want %v", quick, i, got, want)
			}
			for j := 1; j < len(got); j++ {
				if atoms[j].st != supertagAtom(int(got[j])) {
					t.Fatalf("quick margin %d, sentence %d word %d: atom not set", quick, i, j)
				}
			}
		}
	}
}
