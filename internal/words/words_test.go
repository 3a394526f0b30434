package words

import (
	"maps"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	tests := []struct {
		name, list string
		want       map[string]bool
	}{
		{"empty", "", map[string]bool{}},
		{"lines and tabs", "\n\tmay might\n\tcould\n", map[string]bool{"may": true, "might": true, "could": true}},
		{"repeated word", "army army navy", map[string]bool{"army": true, "navy": true}},
		{"apostrophes kept", "d'affaires n’t", map[string]bool{"d'affaires": true, "n’t": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Set(tt.list); !maps.Equal(got, tt.want) {
				t.Errorf("Set(%q) = %v, want %v", tt.list, got, tt.want)
			}
		})
	}
}

func TestHasLower(t *testing.T) {
	set := map[string]bool{"army": true, "straße": true, "é": true, strings.Repeat("a", 70): true}
	for _, w := range []string{"army", "Army", "ARMY", "navy", "", "Straße", "STRASSE", "É", "e", strings.Repeat("A", 70), strings.Repeat("A", 64), "arm\xff"} {
		if got, want := HasLower(set, w), set[strings.ToLower(w)]; got != want {
			t.Errorf("HasLower(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHasLowerAllocates(t *testing.T) {
	set := map[string]bool{"army": true}
	if n := testing.AllocsPerRun(100, func() { HasLower(set, "Army") }); n != 0 {
		t.Errorf("HasLower of a capitalised ASCII word: %v allocations, want none", n)
	}
}

func TestAppendLower(t *testing.T) {
	for _, w := range []string{"", "army", "Army", "ARMY", "O'Neill", "Straße", "STRASSE", "É", "’S", "arm\xff", "Velmar-Owned 12"} {
		if got, want := string(AppendLower([]byte("x "), w)), "x "+strings.ToLower(w); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", w, got, want)
		}
	}
}
