package entities

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestPlaceNounBefore(t *testing.T) {
	toks := func(spec string) []ud.Token {
		var out []ud.Token
		for _, f := range strings.Fields(spec) {
			form, upos, _ := strings.Cut(f, "/")
			out = append(out, ud.Token{Form: form, UPOS: upos})
		}
		return out
	}
	for _, c := range []struct {
		spec  string
		start int
		want  bool
	}{
		{"near/ADP the/DET town/NOUN of/ADP Velmora/PROPN", 4, true},
		{"held/VERB the/DET capital/NOUN Velmora/PROPN", 3, true},
		{"Peru/PROPN 's/PART capital/NOUN Velmora/PROPN", 3, true},
		{"the/DET University/PROPN of/ADP Velmora/PROPN", 3, false},
		{"capital/NOUN Velmora/PROPN said/VERB", 1, false},
		{"met/VERB the/DET mayor/NOUN of/ADP Velmora/PROPN", 4, false},
	} {
		if got := placeNounBefore(toks(c.spec), c.start); got != c.want {
			t.Errorf("placeNounBefore(%s, %d) = %v, want %v", c.spec, c.start, got, c.want)
		}
	}
}
