package tag

import "testing"

func TestHashWord(t *testing.T) {
	tests := []struct {
		name      string
		a, b      string
		same      func(x, y wordHashes) bool
		wantEqual bool
	}{
		{"lowercase ignores case", "Bush", "bush", func(x, y wordHashes) bool { return x.lower == y.lower }, true},
		{"lowercase of a form is that form's hash", "Bush", "bush", func(x, y wordHashes) bool { return x.lower == y.form }, true},
		{"form keeps case", "Bush", "bush", func(x, y wordHashes) bool { return x.form == y.form }, false},
		{"shape collapses runs", "Hello", "World", func(x, y wordHashes) bool { return x.shape == y.shape }, true},
		{"shape tells case", "Hello", "hello", func(x, y wordHashes) bool { return x.shape == y.shape }, false},
		{"shape tells digits", "1999", "2,000", func(x, y wordHashes) bool { return x.shape == y.shape }, false},
		{"same suffix", "walking", "talking", func(x, y wordHashes) bool { return x.suf == y.suf }, true},
		{"same prefix", "unhappy", "unholy", func(x, y wordHashes) bool { return x.pre == y.pre }, true},
		{"different suffix", "walked", "walker", func(x, y wordHashes) bool { return x.suf[0] == y.suf[0] }, false},
		{"short word prefixes", "a", "a", func(x, y wordHashes) bool { return x.pre[2] == y.lower }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, y := hashWord(tc.a, false), hashWord(tc.b, false)
			if got := tc.same(x, y); got != tc.wantEqual {
				t.Errorf("%q vs %q: equal = %v, want %v", tc.a, tc.b, got, tc.wantEqual)
			}
		})
	}
}

func TestHashWordFlags(t *testing.T) {
	tests := []struct {
		name, word string
		first      bool
		want       uint64
	}{
		{"lowercase", "walk", false, 0},
		{"capitalised first", "Walk", true, flagUpper | flagFirst},
		{"all caps", "NATO", false, flagUpper | flagAllCaps},
		{"number", "1,000", false, flagDigit | flagNoLetter},
		{"hyphenated", "well-known", false, flagHyphen},
		{"punctuation", ".", false, flagNoLetter},
		{"non-ASCII", "café", false, flagNonASCII},
		{"empty", "", false, flagNoLetter},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := hashWord(tc.word, tc.first).flags; got != tc.want {
				t.Errorf("flags of %q = %b, want %b", tc.word, got, tc.want)
			}
		})
	}
}

func TestTaggerFeatures(t *testing.T) {
	ws := []wordHashes{hashWord("The", true), hashWord("dog", false), hashWord("barked", false)}
	for i := range ws {
		f := taggerFeatures(nil, ws, i, tagStart, tagStart)
		if len(f) != taggerTemplates {
			t.Fatalf("word %d: %d features, want one per template (%d)", i, len(f), taggerTemplates)
		}
		seen := map[uint64]bool{}
		for _, h := range f {
			if seen[h] {
				t.Errorf("word %d: repeated feature hash %#x", i, h)
			}
			seen[h] = true
		}
		if d := dropIdentity(append([]uint64(nil), f...)); len(d) != len(f)-4 {
			t.Errorf("word %d: dropIdentity left %d of %d features", i, len(d), len(f))
		}
	}
	a := taggerFeatures(nil, ws, 1, 5, 6)
	b := taggerFeatures(nil, ws, 1, 5, 7)
	if a[tPrevTag] != b[tPrevTag] || a[tPrevTags] == b[tPrevTags] {
		t.Error("tag history features do not follow the previous tags")
	}
}
