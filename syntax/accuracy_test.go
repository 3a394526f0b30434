package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// accuracyTreebanks is where the accuracy tests find the UD treebanks: the
// ACTORGRAPH_TREEBANKS environment variable, or ../shared/treebanks from the
// repository root.
func accuracyTreebanks(t testing.TB) string {
	dir := os.Getenv("ACTORGRAPH_TREEBANKS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "treebanks")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("treebanks not found (%v); set ACTORGRAPH_TREEBANKS to run the accuracy tests", err)
	}
	return dir
}

func readAccuracyTreebank(t testing.TB, dir, name string) []Sentence {
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return sents
}

// TestAccuracy holds the shipped model to every target on the test splits.
func TestAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("accuracy test skipped in short mode")
	}
	dir := accuracyTreebanks(t)
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	gum := readAccuracyTreebank(t, dir, "en_gum/en_gum-ud-test.conllu")
	sets := []struct {
		name  string
		sents []Sentence
	}{
		{"en_ewt", readAccuracyTreebank(t, dir, "en_ewt/en_ewt-ud-test.conllu")},
		{"en_gum", gum},
		{"en_gum_news", Documents(gum, "GUM_news_")},
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
			for _, target := range Targets() {
				v := target.Value(f)
				t.Logf("%-24s %6.2f%% (target %.1f%%)", target.Name, 100*v, 100*target.Min)
				if v < target.Min {
					t.Errorf("%s = %.2f%%, below the target %.1f%%", target.Name, 100*v, 100*target.Min)
				}
			}
		})
	}
}
