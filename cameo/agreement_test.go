package cameo

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestDevAgreement compares Classify with the hand-annotated classes of
// the dev-set predicates actorgraph gets right (testdata/dev-classes.tsv):
// at the root (two digits) or the non-event class.
func TestDevAgreement(t *testing.T) {
	tab := defaultTable(t)
	f, err := os.Open("testdata/dev-classes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, agree := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		pred, want, _ := strings.Cut(line, "\t")
		got := tab.Classify(graph.Predicate(pred))
		n++
		if g := got.Root(); g == want || g == "" && string(got) == want {
			agree++
		} else {
			t.Logf("%s: %s, annotated %s", pred, got, want)
		}
	}
	ratio := float64(agree) / float64(n)
	t.Logf("agreement %d/%d = %.3f", agree, n, ratio)
	if n < 50 || ratio < 0.75 {
		t.Errorf("agreement %d/%d = %.3f, want at least 0.75 on 50 or more predicates", agree, n, ratio)
	}
}
