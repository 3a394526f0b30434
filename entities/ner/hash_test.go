package ner

import "testing"

func TestHashWord(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		sameLower bool
		sameShape bool
	}{
		{"case folds", "Trump", "TRUMP", true, false},
		{"shape of names", "Trump", "Putin", false, true},
		{"shape of initials", "U.S.", "E.U.", false, true},
		{"acronym and word", "NATO", "Nato", true, false},
		{"typographic apostrophe", "Russia’s", "Russia's", true, true},
		{"digits fold", "2014", "1999", true, true},
		{"non-ASCII case", "Élysée", "élysée", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := hashWord(tt.a), hashWord(tt.b)
			if (a.lower == b.lower) != tt.sameLower {
				t.Errorf("folded %q and %q equal: %v, want %v", tt.a, tt.b, a.lower == b.lower, tt.sameLower)
			}
			if (a.shape == b.shape) != tt.sameShape {
				t.Errorf("shapes of %q and %q equal: %v, want %v", tt.a, tt.b, a.shape == b.shape, tt.sameShape)
			}
		})
	}
	w := hashWord("Ukraine")
	if w.pre[0] != hashWord("u").lower || w.pre[2] != hashWord("ukr").lower {
		t.Error("prefixes are not the hashes of the folded prefixes")
	}
	if !w.capital || w.allCaps || !hashWord("NATO").allCaps {
		t.Error("capital flags wrong")
	}
	short := hashWord("a")
	if short.pre[2] != short.lower {
		t.Error("prefix longer than the word is not the word")
	}
}
