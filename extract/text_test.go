package extract_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
)

// TestCleanText: articles are cleaned at the edge: no byte-order mark, no
// noncharacter, NFC; what is not UTF-8 text is refused.
func TestCleanText(t *testing.T) {
	tests := []struct {
		name, in, want, err string
	}{
		{"plain", "Iraq invaded Kuwait.", "Iraq invaded Kuwait.", ""},
		{"byte-order mark", "\uFEFFIraq invaded Kuwait.", "Iraq invaded Kuwait.", ""},
		{"mark inside is kept", "Iraq\uFEFF invaded", "Iraq\uFEFF invaded", ""},
		{"NFC", "Jose\u0301 Marti\u0301", "José Martí", ""},
		{"noncharacters", "a\uFFFEb\uFFFFc\uFDD0d\U0001FFFEe", "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", ""},
		{"only a mark", "\uFEFF \n", "", "empty article"},
		{"invalid UTF-8", "caf\xe9", "", "invalid UTF-8 at byte offset 3"},
		{"NUL", "a\x00b", "", "binary data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := extract.CleanText([]byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("error %v, want one saying %q", err, tt.err)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("got %q (%v), want %q", got, err, tt.want)
			}
		})
	}
}
