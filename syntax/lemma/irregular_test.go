package lemma

import "testing"

// TestIrregularVerbs checks the irregular verbs that the training sentences
// of tinyLemmaTrain never show, plain and prefixed, both ways.
func TestIrregularVerbs(t *testing.T) {
	l := tinyLemmaTrain(t)
	for _, tc := range []struct{ lemma, past, participle string }{
		{"shoot", "shot", "shot"},
		{"swear", "swore", "sworn"},
		{"mislead", "misled", "misled"},
		{"withhold", "withheld", "withheld"},
		{"overrun", "overran", "overrun"},
		{"undergo", "underwent", "undergone"},
		{"seek", "sought", "sought"},
		{"relay", "relayed", "relayed"},
		{"visit", "visited", "visited"},
	} {
		if got := l.PastTense(tc.lemma); got != tc.past {
			t.Errorf("PastTense(%q) = %q, want %q", tc.lemma, got, tc.past)
		}
		if got := l.PastParticiple(tc.lemma); got != tc.participle {
			t.Errorf("PastParticiple(%q) = %q, want %q", tc.lemma, got, tc.participle)
		}
	}
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
