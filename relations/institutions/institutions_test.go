package institutions

import (
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/officials"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// sentence returns a sentence of the words of text, split at spaces.
func sentence(words ...string) ud.Sentence {
	var s ud.Sentence
	for _, w := range words {
		s.Tokens = append(s.Tokens, ud.Token{Form: w, XPOS: "NNP"})
	}
	return s
}

// A firm's shorter name that opens the longer name of another actor
// (which is also called by its first word) is that actor's parent, never
// its part: "Vell Capital" is no part of "Vell Capital Partners Inc",
// while the longer-named firm is a part of the shorter.
func TestShorterNameIsNoPart(t *testing.T) {
	found := &entities.Found{
		Actors: []graph.Actor{
			{Name: "Vell Capital Partners Inc", Type: graph.Organization, Aliases: []string{"Vell"}},
			{Name: "Vell Capital", Type: graph.Organization},
		},
		Spans: []entities.Span{
			{Sentence: 0, Start: 0, End: 4, Actor: 0, Kind: entities.NameSpan},
			{Sentence: 1, Start: 0, End: 1, Actor: 0, Kind: entities.NameSpan},
			{Sentence: 2, Start: 0, End: 2, Actor: 1, Kind: entities.NameSpan},
		},
	}
	sents := []ud.Sentence{
		sentence("Vell", "Capital", "Partners", "Inc", "bid"),
		sentence("Vell", "agreed"),
		sentence("Vell", "Capital", "lent"),
	}
	off, err := officials.Default()
	if err != nil {
		t.Fatal(err)
	}
	type edge struct{ body, owner graph.ActorID }
	var got []edge
	Read(sents, found, off, func(_ int, body graph.ActorID, _ graph.Predicate, owner graph.ActorID) {
		got = append(got, edge{body, owner})
	})
	if len(got) == 0 {
		t.Errorf("no edge, want Vell Capital Partners Inc part-of Vell Capital")
	}
	for _, e := range got {
		if e != (edge{0, 1}) {
			t.Errorf("edge %v, want only Vell Capital Partners Inc (0) part-of Vell Capital (1)", e)
		}
	}
}

// A name with a state's noun that ends with an abbreviated legal form is a
// firm's, no institution of the state its first word names; a state's
// body that is a corporation is written out and stays one.
func TestStateBody(t *testing.T) {
	for name, want := range map[string]bool{
		"Norland Finance Ministry":        true,
		"U.S. Customs Service":            true,
		"Central Bank of Norland":         true,
		"Texas Public Service Co":         false,
		"America Service Corp":            false,
		"Canada Postal Service Inc.":      false,
		"Queensland Treasury Corporation": true,
		"Norland Development Bank":        false,
		"Norland Farm Bureau Federation":  false,
		"Norland Police Association":      false,
		"Norland Army Corps of Engineers": true,
		"American Embassy":                true,
		"American Foreign Service":        true,
		"American National Bank":          false,
		"American Bureau of Grain Prices": false,
	} {
		if got := StateBody(name); got != want {
			t.Errorf("StateBody(%q) = %v, want %v", name, got, want)
		}
	}
}

// A body's name is no part of an organisation whose name it opens with
// when what follows opens with "of": "Harwick Bank of Norland" is the
// bank that "Harwick Bank" shortens; but a firm's full name may open a
// unit's ("Velmar Corp of Norland Ltd").
func TestNoPartOfAShortForm(t *testing.T) {
	found := &entities.Found{
		Actors: []graph.Actor{
			{Name: "Harwick Bank of Norland", Type: graph.Organization},
			{Name: "Harwick Bank", Type: graph.Organization},
			{Name: "Velmar Corp of Norland Ltd", Type: graph.Organization},
			{Name: "Velmar Corp", Type: graph.Organization},
		},
		Spans: []entities.Span{
			{Sentence: 0, Start: 0, End: 4, Actor: 0, Kind: entities.NameSpan},
			{Sentence: 1, Start: 0, End: 2, Actor: 1, Kind: entities.NameSpan},
			{Sentence: 2, Start: 0, End: 5, Actor: 2, Kind: entities.NameSpan},
			{Sentence: 3, Start: 0, End: 2, Actor: 3, Kind: entities.NameSpan},
		},
	}
	sents := []ud.Sentence{
		sentence("Harwick", "Bank", "of", "Norland", "lent"),
		sentence("Harwick", "Bank", "lent"),
		sentence("Velmar", "Corp", "of", "Norland", "Ltd", "lent"),
		sentence("Velmar", "Corp", "lent"),
	}
	off, err := officials.Default()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	Read(sents, found, off, func(_ int, body graph.ActorID, _ graph.Predicate, owner graph.ActorID) {
		got = append(got, found.Actor(body).Name+" part-of "+found.Actor(owner).Name)
	})
	if want := []string{"Velmar Corp of Norland Ltd part-of Velmar Corp"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
