package lemma

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/internal/udtest"
)

func TestIsGroupedNumber(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"1,200", true},
		{"15,000,000", true},
		{"2,500.75", true},
		{"1200", false},
		{"1,20", false},
		{",200", false},
		{"1234,567", false},
		{"1,2a4", false},
		{"1,200.x", false},
		{"", false},
		{"a,bcd", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := isGroupedNumber(tc.in); got != tc.want {
				t.Errorf("isGroupedNumber(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestLemmaNumbersAndCase(t *testing.T) {
	l, err := Train(udtest.Lemmatized(t,
		"About/about/ADV/RB 2,000/2000/NUM/CD people/person/NOUN/NNS came/come/VERB/VBD ./././.",
		"Some/some/DET/DT 15,000/15000/NUM/CD were/be/AUX/VBD glad/glad/ADJ/JJ ./././.",
		"American/American/ADJ/JJ and/and/CCONJ/CC Russian/Russian/ADJ/JJ troops/troop/NOUN/NNS ./././.",
		"British/British/ADJ/JJ ships/ship/NOUN/NNS were/be/AUX/VBD new/new/ADJ/JJ ./././.",
	))
	if err != nil {
		t.Fatal(err)
	}
	checkLemmas(t, l, []lemmaCase{
		{"grouped number loses commas", "7,500", "NUM", "CD", "7500"},
		{"grouped number with decimals", "1,234.5", "NUM", "CD", "1234.5"},
		{"plain number kept", "42", "NUM", "CD", "42"},
		{"nationality keeps capital", "Argentinian", "ADJ", "JJ", "Argentinian"},
		{"capitalised known adjective lowercased", "Glad", "ADJ", "JJ", "glad"},
	})
}

// isGroupedNumberSplit is isGroupedNumber written with strings.Split, as
// it first was.
func isGroupedNumberSplit(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return false
		}
	}
	groups := strings.Split(whole, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return false
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return false
			}
		}
	}
	return true
}

// TestIsGroupedNumberSplit holds isGroupedNumber to the version with
// strings.Split on every string of up to eight bytes from "1,.a".
func TestIsGroupedNumberSplit(t *testing.T) {
	const alphabet = "1,.a"
	var rec func(s string)
	rec = func(s string) {
		if got, want := isGroupedNumber(s), isGroupedNumberSplit(s); got != want {
			t.Errorf("isGroupedNumber(%q) = %v, want %v", s, got, want)
		}
		if len(s) < 8 {
			for i := range len(alphabet) {
				rec(s + alphabet[i:i+1])
			}
		}
	}
	rec("")
}
