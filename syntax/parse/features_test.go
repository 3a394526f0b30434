package parse

import (
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestBetween(t *testing.T) {
	s := ud.Sentence{Tokens: []ud.Token{
		{Form: "He", UPOS: "PRON"}, {Form: "said", UPOS: "VERB"}, {Form: ",", UPOS: "PUNCT"},
		{Form: "they", UPOS: "PRON"}, {Form: "had", UPOS: "AUX"}, {Form: "left", UPOS: "VERB"},
		{Form: ".", UPOS: "PUNCT"},
	}}
	atoms := fillAtoms(nil, &s)
	tests := []struct {
		name         string
		a, b         int32
		verbs, punct uint64
	}{
		{"adjacent", 1, 2, 0, 0},
		{"one verb one comma", 1, 4, 1, 1},
		{"capped at two verbs", 1, 7, 2, 1},
		{"ends excluded", 2, 3, 0, 0},
		{"comma only", 2, 4, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := between(atoms, tc.a, tc.b), tc.verbs|tc.punct<<2; got != want {
				t.Errorf("between(%d, %d) = %#x, want %#x", tc.a, tc.b, got, want)
			}
		})
	}
	for _, c := range [][2]int32{{0, 3}, {3, 0}, {4, 2}, {noWord, 2}} {
		if between(atoms, c[0], c[1]) != 1<<62 {
			t.Errorf("between(%d, %d) is not the special atom", c[0], c[1])
		}
	}
}

func TestWordShape(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"same pattern", "Paris", "Tokyo", true},
		{"case differs", "Paris", "paris", false},
		{"digits", "1999", "2024", true},
		{"digit and word", "1999", "year", false},
		{"inner capital", "iPhone", "iphone", false},
		{"hyphen", "well-known", "wellknown", false},
		{"length bucket", "a", "an", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wordShape(tc.a) == wordShape(tc.b); got != tc.same {
				t.Errorf("wordShape(%q) == wordShape(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
			}
			if sh := wordShape(tc.a); sh == atomNone || sh == atomRoot {
				t.Errorf("wordShape(%q) = %d collides with a special atom", tc.a, sh)
			}
		})
	}
}

// TestDepFeatsLimit checks that the templates fit depFeats and that a list
// longer than it holds fails loudly instead of wrapping around.
func TestDepFeatsLimit(t *testing.T) {
	s := ud.Sentence{Tokens: []ud.Token{{Form: "Dogs", UPOS: "NOUN"}, {Form: "bark", UPOS: "VERB"}}}
	atoms := fillAtoms(nil, &s)
	var st parseState
	st.reset(len(s.Tokens))
	st.apply(actShift, 0)
	var f depFeats
	actionFeatures(&f, &st, atoms)
	if n := len(f.list()); n == 0 || n > maxDepFeats/2 {
		t.Errorf("%d transition features, want 1 to %d", n, maxDepFeats/2)
	}
	labelFeatures(&f, &st, atoms, actLeft, 2, 1)
	if n := len(f.list()); n == 0 || n > maxDepFeats/2 {
		t.Errorf("%d label features, want 1 to %d", n, maxDepFeats/2)
	}
	defer func() {
		if recover() == nil {
			t.Error("list of too many features did not panic")
		}
	}()
	for range maxDepFeats + 1 {
		f.add1(1)
	}
	f.list()
}
