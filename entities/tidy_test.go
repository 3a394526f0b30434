package entities

import (
	"slices"
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

// TestDropOpeningCommonWords: a one-word place or organisation that opens
// a sentence and that the article writes in lower case elsewhere is a
// common word ("Sorghum fell"), but a body's noun ("Senate") stays.
func TestDropOpeningCommonWords(t *testing.T) {
	sents := []ud.Sentence{
		wordsSentence("Sorghum", "fell", "."),
		wordsSentence("Senate", "voted", "."),
		wordsSentence("Velmar", "Corp", "sold", "sorghum", "and", "senate", "papers", "."),
		wordsSentence("Tarn", "bought", "sorghum", "."),
	}
	cands := []candidate{
		{sent: 0, start: 0, end: 1, typ: graph.Location, words: []string{"Sorghum"}},
		{sent: 1, start: 0, end: 1, typ: graph.Organization, words: []string{"Senate"}},
		{sent: 2, start: 0, end: 2, typ: graph.Organization, words: []string{"Velmar", "Corp"}},
		{sent: 3, start: 0, end: 1, typ: graph.Location, canonical: "Tarn", words: []string{"Tarn"}},
	}
	var got []string
	for _, c := range dropOpeningCommonWords(cands, sents) {
		got = append(got, c.words[0])
	}
	if want := []string{"Senate", "Velmar", "Tarn"}; !slices.Equal(got, want) {
		t.Errorf("kept %q, want %q", got, want)
	}
}

// TestOwnAcronymsOldAcronym: an acronym the gazetteer knows as the old one
// of a body it calls by another ("CSCE" for the OSCE) is the name's that
// the article writes right before it in brackets and that it spells.
func TestOwnAcronymsOldAcronym(t *testing.T) {
	ws := []string{"the", "Corn", ",", "Soy", "and", "Cane", "Exchange", "(", "CSCE", ")", "met"}
	toks := make([]ud.Token, len(ws))
	for k, w := range ws {
		toks[k] = ud.Token{ID: k + 1, Form: w, Head: -1}
	}
	cands := []candidate{
		{sent: 0, start: 1, end: 7, typ: graph.Organization, words: ws[1:7]},
		{sent: 0, start: 8, end: 9, typ: graph.Organization, canonical: "OSCE", words: ws[8:9]},
	}
	ownAcronyms(cands, []ud.Sentence{{Tokens: toks}})
	if cands[1].canonical != "" {
		t.Errorf("CSCE kept the gazetteer's %q", cands[1].canonical)
	}
	cands[1].canonical, cands[0].words = "OSCE", []string{"Velmar", "Corn", ",", "Soy", "and", "Cane", "Exchange"}
	ownAcronyms(cands, []ud.Sentence{{Tokens: toks}})
	if cands[1].canonical != "" {
		t.Errorf("CSCE after a city's name and the name it spells kept the gazetteer's %q", cands[1].canonical)
	}
	cands[1].canonical, cands[0].words = "OSCE", []string{"Corn", "Exchange"}
	ownAcronyms(cands, []ud.Sentence{{Tokens: toks}})
	if cands[1].canonical != "OSCE" {
		t.Errorf("CSCE after a name it does not spell lost the gazetteer's name")
	}
}

// TestTidyMentionsRoom checks that tidyMentions makes its lists of
// mentions at their length: a sentence with none allocates nothing, and
// one with two names that stay as they are grows none of its lists (22
// allocations before, 19 now).
func TestTidyMentionsRoom(t *testing.T) {
	model, finder := shipped()
	sents := model.Analyze("Ann Reed met Tom Hale in Lisbon on Monday.")
	toks := sents[0].Tokens
	taken := make([]bool, len(toks))
	if n := testing.AllocsPerRun(20, func() { finder.tidyMentions(toks, nil, taken, nil) }); n != 0 {
		t.Errorf("no mention: %v allocations, want none", n)
	}
	ms := []ner.Mention{{Start: 0, End: 2, Type: graph.Person}, {Start: 3, End: 5, Type: graph.Person}}
	if got := finder.tidyMentions(toks, ms, taken, nil); !slices.Equal(got, ms) {
		t.Fatalf("tidyMentions(%v) = %v, want them as they are", ms, got)
	}
	if n := testing.AllocsPerRun(20, func() { finder.tidyMentions(toks, ms, taken, nil) }); n > 19 {
		t.Errorf("two names: %v allocations, want 19 at most (the readers it calls take most)", n)
	}
}
