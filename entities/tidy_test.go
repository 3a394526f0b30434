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

func TestSplitHyphenPair(t *testing.T) {
	tok := func(form, upos string, space bool) ud.Token {
		misc := "_"
		if !space {
			misc = "SpaceAfter=No"
		}
		return ud.Token{Form: form, UPOS: upos, Misc: misc}
	}
	pair := []ud.Token{tok("the", "DET", true), tok("Okafor", "PROPN", false), tok("-", "PUNCT", false), tok("Lindqvist", "PROPN", true), tok("summit", "NOUN", true)}
	got := splitHyphenPair(pair, ner.Mention{Start: 1, End: 4, Type: graph.Person})
	if len(got) != 2 || got[0].Start != 1 || got[0].End != 2 || got[1].Start != 3 || got[1].End != 4 {
		t.Errorf("splitHyphenPair(Okafor-Lindqvist summit) = %+v, want [1,2) and [3,4)", got)
	}
	firm := []ud.Token{tok("the", "DET", true), tok("Okafor", "PROPN", false), tok("-", "PUNCT", false), tok("Lindqvist", "PROPN", true), tok("plant", "NOUN", true)}
	if got := splitHyphenPair(firm, ner.Mention{Start: 1, End: 4, Type: graph.Organization}); len(got) != 1 {
		t.Errorf("splitHyphenPair(Okafor-Lindqvist plant) = %+v, want it whole", got)
	}
	spaced := []ud.Token{tok("the", "DET", true), tok("Okafor", "PROPN", true), tok("-", "PUNCT", true), tok("Lindqvist", "PROPN", true), tok("talks", "NOUN", true)}
	if got := splitHyphenPair(spaced, ner.Mention{Start: 1, End: 4, Type: graph.Person}); len(got) != 1 {
		t.Errorf("splitHyphenPair(Okafor - Lindqvist talks) = %+v, want it whole", got)
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
