package words

import (
	"maps"
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
