package entities

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// TestDesignatedFirms: a run of capitalised words before a legal form is a
// company's name, unless a capitalised word, or one joined to it by "and"
// or a slash, goes before it and the name may start earlier.
func TestDesignatedFirms(t *testing.T) {
	_, finder := shipped()
	tests := []struct {
		name, text, upos, want string
	}{
		{"after a common noun", "from candy maker Sweet Meadow Co today", "ADP NOUN NOUN PROPN PROPN PROPN NOUN", "Sweet Meadow Co"},
		{"ampersand inside", "the Clover & Stone Ltd unit", "DET PROPN CCONJ PROPN PROPN NOUN", "Clover & Stone Ltd"},
		{"after a capitalised word", "the General Steel Corp unit", "DET PROPN PROPN PROPN NOUN", ""},
		{"after a name joined by and", "of Orlan Telegraph and Telephone Corp shares", "ADP PROPN PROPN CCONJ PROPN PROPN NOUN", ""},
		{"after a slash", "said Harris / Data Inc agreed", "VERB PROPN SYM PROPN PROPN VERB", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			forms, upos := strings.Fields(tt.text), strings.Fields(tt.upos)
			toks := make([]ud.Token, len(forms))
			for k, w := range forms {
				toks[k] = ud.Token{ID: k + 1, Form: w, UPOS: upos[k]}
			}
			out := finder.designatedFirms(0, toks, nil, make([]bool, len(toks)))
			got := ""
			if len(out) > 0 {
				got = strings.Join(out[0].words, " ")
			}
			if len(out) > 1 || got != tt.want {
				t.Errorf("got %d names, first %q; want %q", len(out), got, tt.want)
			}
		})
	}
}
