package layout

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// words makes tokens of a text whose words are split by spaces, a word
// without letters punctuation; "_" glues a word to the next one ("U.S._ -_
// BACKED": no space around the hyphen).
func words(text string) []ud.Token {
	var toks []ud.Token
	for _, w := range strings.Fields(text) {
		misc := ""
		if strings.HasSuffix(w, "_") {
			w, misc = strings.TrimSuffix(w, "_"), "SpaceAfter=No"
		}
		upos := "PROPN"
		if Letters(w) == 0 {
			upos = "PUNCT"
		}
		toks = append(toks, ud.Token{Form: w, UPOS: upos, Misc: misc})
	}
	return toks
}

func TestBody(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"LIMA ( Reuters ) - Peru protested .", 5},
		{"LIMA - Peru protested .", 2},
		{"GDANSK , Poland - Workers struck .", 4},
		{"KINDU , Republic of the Congo - Rebels fled .", 7},
		{"KINDU , Republic of the Congo ( Reuters ) - Rebels fled .", 10},
		{"( Reuters ) - Peru protested .", 4},
		{"( Thomson Reuters Foundation ) - Peru protested .", 6},
		// a bracket that is no agency's, or no dash after it
		{"( Peru ) protested .", 0},
		{"( In an earlier item , the date was wrong ) - Peru protested .", 0},
		{"Peru protested ( Reuters ) - today .", 0},
		{"U.S._ -_ BACKED REBELS fought .", 0},
	} {
		if got := Body(words(c.text)); got != c.want {
			t.Errorf("Body(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}
