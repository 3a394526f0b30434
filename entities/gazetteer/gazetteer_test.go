package gazetteer

import (
	"strings"
	"testing"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	return testenv.Must(t, Default)
}

func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name      string
		surface   string
		canonical string // "" when the form must not be found
		typ       graph.ActorType
		kind      Kind
		ambiguous bool
	}{
		// Countries by common, official and ISO names and altSpellings.
		{"common name", "Russia", "Russia", graph.Country, Name, false},
		{"official name", "Russian Federation", "Russia", graph.Country, Alias, false},
		{"ISO name uninverted", "Republic of Korea", "South Korea", graph.Country, Alias, false},
		{"altSpelling", "DPRK", "North Korea", graph.Country, Alias, false},
		{"altSpelling USA", "USA", "United States", graph.Country, Alias, false},
		{"official US", "United States of America", "United States", graph.Country, Alias, false},
		{"short form with dots", "U.S.", "United States", graph.Country, Alias, false},
		{"short form", "US", "United States", graph.Country, Alias, false},
		{"America", "America", "United States", graph.Country, Alias, false},
		{"Britain", "Britain", "United Kingdom", graph.Country, Alias, false},
		{"UK", "UK", "United Kingdom", graph.Country, Alias, false},
		{"U.K.", "U.K.", "United Kingdom", graph.Country, Alias, false},
		{"news name beats Türkiye", "Turkey", "Turkey", graph.Country, Name, true},
		{"Türkiye", "Türkiye", "Turkey", graph.Country, Alias, false},
		{"Czechia", "Czechia", "Czech Republic", graph.Country, Alias, false},
		{"Ivory Coast", "Ivory Coast", "Ivory Coast", graph.Country, Name, false},
		{"Côte d'Ivoire", "Côte d'Ivoire", "Ivory Coast", graph.Country, Alias, false},
		{"curly apostrophe", "Côte d’Ivoire", "Ivory Coast", graph.Country, Alias, false},
		{"Burma", "Burma", "Myanmar", graph.Country, Alias, false},
		{"former name", "Zaire", "DR Congo", graph.Country, Alias, false},
		{"dissolved state", "USSR", "Soviet Union", graph.Country, Alias, false},
		{"Taiwan is a Country", "Taiwan", "Taiwan", graph.Country, Name, false},
		{"Republic of China", "Republic of China", "Taiwan", graph.Country, Alias, false},
		{"People's Republic of China", "People's Republic of China", "China", graph.Country, Alias, false},
		{"dependent territory", "Puerto Rico", "Puerto Rico", graph.Location, Name, false},
		// Capitals and seats stand for the state.
		{"capital", "Moscow", "Russia", graph.Country, Capital, false},
		{"capital Washington", "Washington", "United States", graph.Country, Capital, false},
		{"capital Kyiv", "Kyiv", "Ukraine", graph.Country, Capital, false},
		{"capital Kiev", "Kiev", "Ukraine", graph.Country, Capital, false},
		{"seat", "Kremlin", "Russia", graph.Country, Seat, false},
		{"seat with the", "the Kremlin", "Russia", graph.Country, Seat, false},
		{"seat with The", "The Kremlin", "Russia", graph.Country, Seat, false},
		{"office of its own", "The White House", "White House", graph.Organization, Name, false},
		{"seat Downing Street", "Downing Street", "United Kingdom", graph.Country, Seat, false},
		{"seat with diacritics folded", "Elysee", "France", graph.Country, Seat, false},
		{"seat with diacritics", "Élysée", "France", graph.Country, Seat, false},
		// Organisations by acronym and full name.
		{"acronym", "NATO", "NATO", graph.Organization, Name, false},
		{"acronym in title case", "Nato", "NATO", graph.Organization, Name, false},
		{"full name", "North Atlantic Treaty Organization", "NATO", graph.Organization, Alias, false},
		{"UN", "UN", "United Nations", graph.Organization, Alias, false},
		{"U.N.", "U.N.", "United Nations", graph.Organization, Alias, false},
		{"UNGA", "United Nations General Assembly", "UN General Assembly", graph.Organization, Alias, false},
		{"EU", "EU", "European Union", graph.Organization, Alias, false},
		{"IAEA", "International Atomic Energy Agency", "International Atomic Energy Agency", graph.Organization, Name, false},
		{"Pentagon", "the Pentagon", "Pentagon", graph.Organization, Name, false},
		{"Department of Defense", "U.S. Department of Defense", "Pentagon", graph.Organization, Alias, false},
		{"WHO is ambiguous", "WHO", "World Health Organization", graph.Organization, Alias, true},
		// Places.
		{"region", "Crimea", "Crimea", graph.Location, Name, false},
		{"region alias", "Donbass", "Donbas", graph.Location, Alias, false},
		{"world region", "Middle East", "Middle East", graph.Location, Name, false},
		{"U.S. state", "Alaska", "Alaska", graph.Location, Name, false},
		{"Washington state", "Washington state", "Washington", graph.Location, Alias, false},
		{"New York City", "New York City", "New York City", graph.Location, Name, false},
		{"Indian state without diacritics", "Bihar", "Bihar", graph.Location, Name, false},
		{"the state of Washington gives way to the capital", "Washington", "United States", graph.Country, Capital, false},
		{"the state of Georgia gives way to the country", "Georgia", "Georgia", graph.Country, Name, true},
		// Demonyms are forms too.
		{"demonym", "Russian", "Russia", graph.Country, Demonym, false},
		// Known names that are not actors hide the actors inside them.
		{"treaty", "Paris Agreement", "Paris Agreement", graph.Unknown, Name, false},
		{"newspaper", "Washington Post", "The Washington Post", graph.Organization, Name, false},
		// Possessives.
		{"possessive", "Russia's", "Russia", graph.Country, Name, false},
		{"possessive curly", "Russia’s", "Russia", graph.Country, Name, false},
		{"possessive of seat", "the Kremlin's", "Russia", graph.Country, Seat, false},
		// Case.
		{"pronoun us", "us", "", 0, 0, false},
		{"china the porcelain", "china", "", 0, 0, false},
		{"headline capitals", "RUSSIA", "Russia", graph.Country, Name, false},
		{"no capitals for a short name", "SIAM", "", 0, 0, false},
		{"no capitals for a capital city", "KABUL", "", 0, 0, false},
		{"a possessive that belongs to the name", "St. George's", "Grenada", graph.Country, Capital, false},
		{"a name ending in s", "St. George", "", 0, 0, false},
		{"month", "May", "", 0, 0, false},
		{"ambiguous Chad", "Chad", "Chad", graph.Country, Name, true},
		{"ambiguous Jordan", "Jordan", "Jordan", graph.Country, Name, true},
		{"ambiguous Georgia", "Georgia", "Georgia", graph.Country, Name, true},
		{"native name dropped", "Suisse", "", 0, 0, false},
		{"ISO alpha-2 code dropped", "IT", "", 0, 0, false},
		{"empty", "", "", 0, 0, false},
		{"the alone", "the", "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := g.Lookup(tt.surface)
			if tt.canonical == "" {
				if ok {
					t.Errorf("Lookup(%q) = %+v, want not found", tt.surface, e)
				}
				return
			}
			want := Entry{Canonical: tt.canonical, Type: tt.typ, Kind: tt.kind, Ambiguous: tt.ambiguous}
			if !ok || e != want {
				t.Errorf("Lookup(%q) = %+v, %v; want %+v", tt.surface, e, ok, want)
			}
		})
	}
}

func TestIsActor(t *testing.T) {
	g := testGazetteer(t)
	for surface, want := range map[string]bool{"Russia": true, "Kremlin": true, "NATO": true, "Crimea": true, "Paris Agreement": false, "Cold War": false} {
		if e, ok := g.Lookup(surface); !ok || e.IsActor() != want {
			t.Errorf("Lookup(%q) = %+v, %v; IsActor want %v", surface, e, ok, want)
		}
	}
}

func TestDemonym(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct{ adj, want string }{
		{"Russian", "Russia"},
		{"Ukrainian", "Ukraine"},
		{"American", "United States"},
		{"U.S.", "United States"},
		{"US", "United States"},
		{"British", "United Kingdom"},
		{"Chinese", "China"},
		{"Turkish", "Turkey"},
		{"Soviet", "Soviet Union"},
		{"Saudi", "Saudi Arabia"},
		{"Kazakh", "Kazakhstan"},
		{"Bosnian", "Bosnia and Herzegovina"},
		{"Herzegovinian", "Bosnia and Herzegovina"},
		{"Dominican", "Dominican Republic"},
		{"Congolese", "DR Congo"}, // as "Congo": the larger Congo, which news means unless it says "Republic of the Congo"
		{"russian", ""},
		{"Russia", ""},   // a name, not a demonym
		{"Scottish", ""}, // not a country
		{"Latin American", ""},
		{"European", ""},
	}
	for _, tt := range tests {
		t.Run(tt.adj, func(t *testing.T) {
			got, ok := g.Demonym(tt.adj)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Demonym(%q) = %q, %v; want %q", tt.adj, got, ok, tt.want)
			}
		})
	}
}

func TestActorsAreClean(t *testing.T) {
	g := testGazetteer(t)
	seen := map[string]bool{}
	for _, a := range g.Actors() {
		if seen[a.Name] {
			t.Errorf("actor %q listed twice", a.Name)
		}
		seen[a.Name] = true
		if a.Type == graph.Unknown || a.Type == graph.Person {
			t.Errorf("%q has type %s", a.Name, a.Type)
		}
		if a.Name != strings.TrimSpace(a.Name) || strings.ContainsFunc(a.Name, unicode.IsControl) {
			t.Errorf("bad name %q", a.Name)
		}
	}
	for _, name := range []string{"United States", "Russia", "Ukraine", "China", "South Korea", "European Union", "NATO", "UN General Assembly", "Pentagon", "Crimea", "Donbas", "Eastern Europe"} {
		if !seen[name] {
			t.Errorf("no actor %q", name)
		}
	}
	if len(seen) < 400 {
		t.Errorf("%d actors, want at least 400", len(seen))
	}
}

// TestNamesFindTheirActor checks that no built-in actor's canonical name is
// claimed by another actor.
func TestNamesFindTheirActor(t *testing.T) {
	g := testGazetteer(t)
	for _, a := range g.Actors() {
		if a.Name == "Washington" {
			continue // the state, whose name the capital of the United States takes
		}
		if e, ok := g.Lookup(a.Name); !ok || e.Canonical != a.Name || e.Kind != Name {
			t.Errorf("Lookup(%q) = %+v, %v", a.Name, e, ok)
		}
	}
}

// Only the title-case spellings the gazetteer derives from acronyms are
// titled acronyms, not names the data spells so.
func TestTitledAcronym(t *testing.T) {
	g := testGazetteer(t)
	for w, want := range map[string]bool{"Nato": true, "Opec": true, "NATO": false, "Texas": false, "Russia": false} {
		if got := g.TitledAcronym(w); got != want {
			t.Errorf("TitledAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}
