package entities

import (
	"testing"

	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestSplitAtVerb(t *testing.T) {
	var toks []ud.Token
	for _, w := range []struct{ form, upos string }{
		{"Lee", "PROPN"}, {"told", "VERB"}, {"Peru", "PROPN"}, {"and", "CCONJ"}, {"Bank", "PROPN"}, {"of", "ADP"}, {"Chile", "PROPN"},
	} {
		toks = append(toks, ud.Token{Form: w.form, UPOS: w.upos})
	}
	got := splitAtVerb(toks, ner.Mention{Start: 0, End: 3, Type: graph.Organization})
	if len(got) != 2 || got[0].Start != 0 || got[0].End != 1 || got[1].Start != 2 || got[1].End != 3 {
		t.Errorf("splitAtVerb(Lee told Peru) = %+v, want [0,1) and [2,3)", got)
	}
	if got := splitAtVerb(toks, ner.Mention{Start: 4, End: 7, Type: graph.Organization}); len(got) != 1 {
		t.Errorf("splitAtVerb(Bank of Chile) = %+v, want it whole", got)
	}
}

func TestInstitutionName(t *testing.T) {
	toks := []ud.Token{{Form: "PARLIAMENT"}}
	for anchor, want := range map[string]string{
		"BOLIVIA": "Bolivia Parliament", // a headline in capitals
		"U.S.":    "U.S. Parliament",
		"UK":      "UK Parliament",
		"Peru's":  "Peru Parliament",
	} {
		if got := joinWords(institutionName(anchor, toks)); got != want {
			t.Errorf("institutionName(%q, PARLIAMENT) = %q, want %q", anchor, got, want)
		}
	}
}
