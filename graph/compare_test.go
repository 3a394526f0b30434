package graph

import (
	"strings"
	"testing"
)

// compareTerms must order terms as their N-Quads forms do, byte for byte:
// Encode sorts the relations with it.
func TestCompareTerms(t *testing.T) {
	terms := []Term{
		nil,
		IRI(""),
		IRI("http://example.org/a"),
		IRI("http://example.org/a/b"),
		IRI("http://example.org/a>"),
		IRI("http://example.org/a="),
		IRI("http://example.org/a?"),
		IRI("http://example.org/ab"),
		IRI("http://example.org/b"),
		BlankNode("a"),
		Literal{Value: "a"},
		Literal{Value: "a", Lang: "en"},
	}
	for _, x := range terms {
		for _, y := range terms {
			if got, want := compareTerms(x, y), strings.Compare(termString(x), termString(y)); got != want {
				t.Errorf("compareTerms(%v, %v) = %d, want %d", x, y, got, want)
			}
		}
	}
}

func FuzzCompareClosed(f *testing.F) {
	f.Add("http://x/a", "http://x/a/b")
	f.Add("a>", "a")
	f.Add("a", "a=")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := compareClosed(a, b, '>'), strings.Compare(a+">", b+">"); got != want {
			t.Errorf("compareClosed(%q, %q) = %d, want %d", a, b, got, want)
		}
	})
}
