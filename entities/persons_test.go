package entities

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// uposTokens makes tokens of words written FORM/UPOS.
func uposTokens(spec string) []ud.Token {
	var out []ud.Token
	for _, f := range strings.Fields(spec) {
		form, upos, _ := strings.Cut(f, "/")
		out = append(out, ud.Token{Form: form, UPOS: upos})
	}
	return out
}

func TestPlaceNounBefore(t *testing.T) {
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
		if got := placeNounBefore(uposTokens(c.spec), c.start); got != c.want {
			t.Errorf("placeNounBefore(%s, %d) = %v, want %v", c.spec, c.start, got, c.want)
		}
	}
}

func TestCuedPlaces(t *testing.T) {
	for _, c := range []struct {
		spec  string
		known []ner.Mention
		want  []ner.Mention
	}{
		{"shelled/VERB the/DET town/NOUN of/ADP Dorvik/PROPN Nova/PROPN on/ADP Monday/PROPN", nil,
			[]ner.Mention{{Start: 4, End: 6, Type: graph.Location}}},
		{"Peru/PROPN shelled/VERB the/DET town/NOUN of/ADP Dorvik/PROPN", []ner.Mention{{Start: 0, End: 1, Type: graph.Country}},
			[]ner.Mention{{Start: 0, End: 1, Type: graph.Country}, {Start: 5, End: 6, Type: graph.Location}}},
		{"shelled/VERB the/DET town/NOUN of/ADP Dorvik/PROPN", []ner.Mention{{Start: 4, End: 5, Type: graph.Organization}},
			[]ner.Mention{{Start: 4, End: 5, Type: graph.Organization}}}, // the recogniser's own, retyped later
		{"bought/VERB the/DET capital/NOUN of/ADP Velmar/PROPN", nil, nil},
		{"met/VERB the/DET mayor/NOUN of/ADP Dorvik/PROPN", nil, nil},
		{"the/DET town/NOUN of/ADP dorvik/PROPN", nil, nil},
	} {
		tk := uposTokens(c.spec)
		if got := cuedPlaces(tk, c.known, make([]bool, len(tk))); !slices.Equal(got, c.want) {
			t.Errorf("cuedPlaces(%s) = %v, want %v", c.spec, got, c.want)
		}
	}
}

func TestOwnedBefore(t *testing.T) {
	toks := func(spec string) []ud.Token {
		var out []ud.Token
		for _, f := range strings.Fields(spec) {
			out = append(out, ud.Token{Form: f, Misc: "_"})
		}
		return out
	}
	for _, c := range []struct {
		spec  string
		start int
		want  bool
	}{
		{"the state-owned Velmar", 2, true},
		{"the locally-based Velmar", 2, true},
		{"a dual-listed Velmar", 2, true},
		{"the government-backed Velmar", 2, false},
		{"the well-owned-by Velmar", 2, false},
		{"the owned Velmar", 2, false},       // no hyphen
		{"the state-Owned Velmar", 2, false}, // the suffix's case counts
		{"the Sea-Based Velmar", 2, false},   // a name's own words
		{"the Oslo-based Velmar", 2, false},
		{"state -owned Velmar", 2, true}, // the hyphen split off
		{"state -run Velmar", 2, false},
		{"-owned Velmar", 1, false}, // no word before the adjective
	} {
		if got := ownedBefore(toks(c.spec), c.start); got != c.want {
			t.Errorf("ownedBefore(%q, %d) = %v, want %v", c.spec, c.start, got, c.want)
		}
	}
}

// A name the recogniser took for a place is a body's when it ends with a
// noun that ends the names of bodies and only of a few places.
func TestRetypePlaceBody(t *testing.T) {
	for name, want := range map[string]graph.ActorType{
		"Velmora Grain Exchange":     graph.Organization,
		"Norland Reserve Bank":       graph.Organization,
		"Velmora District Court":     graph.Organization,
		"United Dockside Workers":    graph.Organization,
		"West Bank":                  graph.Location,
		"Harwick Court":              graph.Location,
		"Velmora Commodity Exchange": graph.Organization,
		"Bank of Norland":            graph.Organization,
		"Velmora Growth Fund":        graph.Organization,
		"Isle of Harwick":            graph.Location,
		"Democratic Front":           graph.Organization,
		"Eastern Front":              graph.Location,
		"Norland Green Alliance":     graph.Organization,
		"Patriotic Movement":         graph.Organization,
		"Velmoran Workers League":    graph.Organization,
		"Harwick Coalition":          graph.Organization,
	} {
		var toks []ud.Token
		for _, w := range strings.Fields(name) {
			toks = append(toks, ud.Token{Form: w, UPOS: "PROPN"})
		}
		if got := retype(toks, graph.Location); got != want {
			t.Errorf("retype(%q, Location) = %v, want %v", name, got, want)
		}
	}
}
