package namefold

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"abbreviation", "the U.S.", []string{"us"}},
		{"diacritics", "Zélenskyy", []string{"zelenskyy"}},
		{"apostrophe", "People's Party", []string{"peoples", "party"}},
		{"hidden format character", "Ru\u200britania", []string{"ruritania"}},
		{"the alone stays", "The", []string{"the"}},
		{"punctuation only", "--", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Words(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := Key("Vladimir  PUTIN"); got != "vladimirputin" {
		t.Errorf("Key = %q", got)
	}
}
