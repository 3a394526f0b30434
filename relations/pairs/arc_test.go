package pairs

import "testing"

// TestAppendArc holds appendArc to the direction and arcName's string of
// an arc, with and without a preposition that the relation keeps.
func TestAppendArc(t *testing.T) {
	for _, rel := range []string{"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "obl:tmod", "nmod", "nmod:poss", "advcl", "acl:relcl", "conj", "compound", ""} {
		for _, prep := range []string{"", "by", "with", "on-behalf-of"} {
			for _, dir := range []byte{'<', '>'} {
				room := []byte("x|")
				got := string(appendArc(room, dir, rel, prep))
				if want := "x|" + string(dir) + arcName(rel, prep); got != want {
					t.Errorf("appendArc(%q, %q, %q) = %q, want %q", dir, rel, prep, got, want)
				}
			}
		}
	}
}
