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
		switch {
		case strings.Trim(w, "0123456789") == "":
			upos = "NUM"
		case Letters(w) == 0:
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
		// dates, with a year, after a place
		{"QUITO , June 9 - Peru protested .", 5},
		{"QUITO , June 9 , 1987 - Peru protested .", 7},
		{"NAIROBI , Kenya , June 9 , 1987 ( AP ) - Kenya protested .", 12},
		{"Lima , June 9 ( AP ) - Peru protested .", 8},
		{"Lima , June 9 was warm .", 0},
		{"Peru , Chile and Bolivia ( Reuters ) - met .", 0},
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

func TestCredits(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"By Ann Reed and Tom Vale", true},
		{"By ANN REED , Associated Press", true},
		{"( Reporting by Ann Reed in Lima ; Editing by Tom Vale )", true},
		{"Additional reporting by Ann Reed", true},
		{"Editing by Tom Vale", true},
		{"REUTERS / Ann Reed / File Photo", true},
		{"AP Photo / Tom Vale", true},
		// news
		{"By Monday Peru had closed the border", false},
		{"By then , Peru and Chile", false},
		{"Reporting the attack , Peru blamed Chile", false},
		{"Peru protested", false},
		{"PERU / CHILE protested", false},
		{"WHEAT / CORN STOCKS BY STATE -- USDA", false},
		{"TEXAS FARMS / W KANSAS ROUNDUP - USDA", false},
	} {
		toks := words(c.text)
		for i := range toks {
			switch toks[i].Form {
			case "had", "closed", "blamed", "protested":
				toks[i].UPOS = "VERB"
			case "then", "the", "attack":
				toks[i].UPOS = "NOUN"
			}
		}
		if got := Credits(toks); got != c.want {
			t.Errorf("Credits(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
