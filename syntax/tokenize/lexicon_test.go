package tokenize

import "testing"

func TestLexicon(t *testing.T) {
	lx, err := parseLexicon(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"Mr.", "Feb.", "Gen.", "St.", "Inc."} {
		if _, ok := lx.abbr[a]; !ok {
			t.Errorf("abbreviation %q missing from the embedded lexicon", a)
		}
	}
	if cuts := lx.mwt["cannot"]; len(cuts) != 1 || cuts[0] != 3 {
		t.Errorf("cannot cuts = %v, want [3]", cuts)
	}
	if !lx.hyph["non"] {
		t.Error("prefix non- missing from the embedded lexicon")
	}
	for _, bad := range []string{"abbr\tx", "mwt\tab\t0", "mwt\tab\tz", "what\tever"} {
		if _, err := parseLexicon(bad); err == nil {
			t.Errorf("parseLexicon(%q) succeeded", bad)
		}
	}
}
