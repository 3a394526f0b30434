package syntax

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// knownShortfalls are the figures of the shipped model that are still below
// their target, each with the floor it must not fall under: the figure
// measured for the shipped model, rounded down. The greedy parser meets the
// EWT targets, the beam parser the EWT and GUM ones. TestAccuracy fails
// when any other figure is below its target, or one of these below its
// floor.
var knownShortfalls = map[string]float64{
	"en_gum/UAS":               0.856,
	"en_gum/LAS":               0.825,
	"en_gum_news/UAS":          0.844,
	"en_gum_news/LAS":          0.806,
	"en_gum_news/UAS (beam 5)": 0.840,
	"en_gum_news/LAS (beam 5)": 0.802,
	"en_gum_news/lemma":        0.969,
}

// TestAccuracy holds the shipped model to every target on the test splits,
// and to the figures it reached where it misses one (knownShortfalls).
func TestAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("accuracy test skipped in short mode")
	}
	m := testenv.Must(t, DefaultModel)
	beam := testenv.Must(t, m.WithBeam)
	gum := testenv.Treebank(t, "en_gum/en_gum-ud-test.conllu")
	sets := []struct {
		name  string
		sents []ud.Sentence
	}{
		{"en_ewt", testenv.Treebank(t, "en_ewt/en_ewt-ud-test.conllu")},
		{"en_gum", gum},
		{"en_gum_news", ud.Documents(gum, "GUM_news_")},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			if len(set.sents) == 0 {
				t.Fatal("no sentences")
			}
			f, err := m.Evaluate(set.sents)
			if err != nil {
				t.Fatal(err)
			}
			for _, target := range ud.Targets() {
				checkFigure(t, set.name, target.Name, target.Value(f), target.Min)
			}
			f, err = beam.Evaluate(set.sents)
			if err != nil {
				t.Fatal(err)
			}
			for _, target := range ud.Targets() {
				if target.Parse {
					checkFigure(t, set.name, fmt.Sprintf("%s (beam %d)", target.Name, beam.Parser.Beam()), target.Value(f), target.Min)
				}
			}
		})
	}
}

// checkFigure holds figure name of treebank set, v, to its target, or to
// its floor in knownShortfalls.
func checkFigure(t *testing.T, set, name string, v, target float64) {
	t.Helper()
	t.Logf("%-24s %6.2f%% (target %.1f%%)", name, 100*v, 100*target)
	floor, short := knownShortfalls[set+"/"+name]
	switch {
	case short && v < floor:
		t.Errorf("%s = %.2f%%, below the shipped model's %.2f%% (target %.1f%%)", name, 100*v, 100*floor, 100*target)
	case short && v >= target:
		t.Logf("%s now meets its target: remove it from knownShortfalls", name)
	case short:
		t.Logf("%s is %.2f points short of its target (known, issue 3)", name, 100*(target-v))
	case v < target:
		t.Errorf("%s = %.2f%%, below the target %.1f%%", name, 100*v, 100*target)
	}
}
