package lemma

import "testing"

// TestIrregularVerbs checks that the irregular verbs the training sentences
// of tinyLemmaTrain never show, plain and prefixed, are lemmatised; their
// inflections are among TestInflections' cases.
func TestIrregularVerbs(t *testing.T) {
	l := tinyLemmaTrain(t)
	for _, tc := range []struct{ form, xpos, lemma string }{
		{"shot", "VBD", "shoot"},
		{"fled", "VBD", "flee"},
		{"misled", "VBN", "mislead"},
		{"forbidden", "VBN", "forbid"},
		{"upheld", "VBD", "uphold"},
		{"relayed", "VBD", "relay"},
	} {
		if got := l.Lemma(tc.form, "VERB", tc.xpos); got != tc.lemma {
			t.Errorf("Lemma(%q, VERB, %s) = %q, want %q", tc.form, tc.xpos, got, tc.lemma)
		}
	}
}
