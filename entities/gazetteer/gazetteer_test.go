package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/graph"
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return g
}

// builtinFS returns the embedded gazetteer files.
func builtinFS(t testing.TB) fs.FS {
	t.Helper()
	fsys, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	return fsys
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
		{"seat with The", "The White House", "United States", graph.Country, Seat, false},
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
		{"Congolese", ""}, // two Congos
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

func TestMatch(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name      string
		words     string // space-separated tokens
		i         int
		n         int // 0: no match
		canonical string
		kind      Kind
	}{
		{"longest multi-word", "the United Nations General Assembly opened", 1, 4, "UN General Assembly", Alias},
		{"shorter prefix", "the United Nations said", 1, 2, "United Nations", Name},
		{"dotted acronym", "U.S. President Donald Trump", 0, 1, "United States", Alias},
		{"separate possessive token left", "Russia 's war", 0, 1, "Russia", Name},
		{"possessive inside token", "Russia's war", 0, 1, "Russia", Name},
		{"possessive multi-word", "South Korea’s president", 0, 2, "South Korea", Name},
		{"apostrophe split", "People 's Republic of China", 0, 5, "China", Alias},
		{"apostrophe in token", "People's Republic of China", 0, 4, "China", Alias},
		{"hyphen split", "Guinea - Bissau", 0, 3, "Guinea-Bissau", Name},
		{"hyphen in token", "Guinea-Bissau", 0, 1, "Guinea-Bissau", Name},
		{"Guinea alone", "Guinea and", 0, 1, "Guinea", Name},
		{"the is not skipped", "the Kremlin said", 0, 0, "", 0},
		{"seat after the", "the Kremlin said", 1, 1, "Russia", Seat},
		{"demonym", "Russian jets", 0, 1, "Russia", Demonym},
		{"diacritics", "Türkiye said", 0, 1, "Turkey", Alias},
		{"headline", "RUSSIA INVADES UKRAINE", 2, 1, "Ukraine", Name},
		{"pronoun", "let us go", 1, 0, "", 0},
		{"lower-case word", "fine china plates", 1, 0, "", 0},
		{"no match", "President Donald Trump", 0, 0, "", 0},
		{"out of range", "Russia", 3, 0, "", 0},
		{"sentence-final period split", "sanctions on the U.S .", 3, 2, "United States", Alias},
		{"Washington D.C.", "Washington , D.C. said", 0, 3, "United States", Capital},
		{"seat two words", "Downing Street said", 0, 2, "United Kingdom", Seat},
		{"region adjective is not the U.S.", "Latin American leaders", 0, 2, "Latin America", Demonym},
		{"ocean is not India", "the Indian Ocean", 1, 2, "Indian Ocean", Name},
		{"gulf is not Mexico", "Gulf of Mexico", 0, 3, "Gulf of Mexico", Name},
		{"people, not an actor", "African - American voters", 0, 3, "African Americans", Alias},
		{"possessive belongs to the name", "St. George 's University", 0, 3, "Grenada", Capital},
		{"longer organisation name", "the National Security Council met", 1, 3, "U.S. National Security Council", Alias},
		{"capital inside a newspaper name", "The Moscow Times reported", 1, 2, "The Moscow Times", Name},
		{"capital inside a treaty name", "the Minsk agreements", 1, 2, "Minsk agreements", Name},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			n, e, ok := g.Match(words, tt.i)
			if tt.n == 0 {
				if ok {
					t.Errorf("Match(%q, %d) = %d, %+v; want no match", tt.words, tt.i, n, e)
				}
				return
			}
			if !ok || n != tt.n || e.Canonical != tt.canonical || e.Kind != tt.kind {
				t.Errorf("Match(%q, %d) = %d, %+v, %v; want %d, %s (%s)", tt.words, tt.i, n, e, ok, tt.n, tt.canonical, tt.kind)
			}
		})
	}
}

// TestMatchAgreesWithLookup checks that every built-in form is found by
// Match when tokenized on spaces, as by Lookup.
func TestMatchAgreesWithLookup(t *testing.T) {
	g := testGazetteer(t)
	for _, a := range g.Actors() {
		for _, form := range append([]string{a.Name}, a.Aliases...) {
			words := strings.Fields(form)
			if len(words) > 0 && (words[0] == "the" || words[0] == "The") {
				words = words[1:]
			}
			le, lok := g.Lookup(form)
			n, me, mok := g.Match(words, 0)
			if !lok || !mok || n != len(words) || le != me {
				t.Errorf("%q: Lookup = %+v, %v; Match = %d, %+v, %v", form, le, lok, n, me, mok)
			}
		}
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

func TestLoadFromDir(t *testing.T) {
	g, err := Load(os.DirFS("testdata/small"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		surface   string
		canonical string
		kind      Kind
		ambiguous bool
	}{
		{"Freedonia", "Freedonia", Name, true},
		{"Republic of Freedonia", "Freedonia", Alias, false},
		{"Freedonian", "Freedonia", Demonym, false},
		{"Fredville", "Freedonia", Capital, false},
		{"Palace of Rufus", "Freedonia", Seat, false},
		// The curated file overrides the generated one.
		{"Sylvania", "Sylvania", Name, false},
		{"Sylvan", "Sylvania", Demonym, false},
		{"SYL", "Sylvania", Alias, false},
		{"Marx Brothers Union", "Marx Brothers Union", Name, false},
		{"MBU", "Marx Brothers Union", Alias, false},
	}
	for _, tt := range tests {
		e, ok := g.Lookup(tt.surface)
		if !ok || e.Canonical != tt.canonical || e.Kind != tt.kind || e.Ambiguous != tt.ambiguous {
			t.Errorf("Lookup(%q) = %+v, %v; want %s (%s, ambiguous %v)", tt.surface, e, ok, tt.canonical, tt.kind, tt.ambiguous)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error, in order
	}{
		{
			name:  "no files",
			files: map[string]string{"README": "x"},
			want:  []string{"no *.tsv files"},
		},
		{
			name: "bad type and empty name",
			files: map[string]string{"a.tsv": "# comment\nFreedonia\tCountry\n\tCountry\nSylvania\tKingdom\n" +
				"Fenwick\n"},
			want: []string{"a.tsv:3: name: empty name", "a.tsv:4: type: unknown actor type \"Kingdom\"", "a.tsv:5: type: missing"},
		},
		{
			name:  "too many fields",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\ta\tb\tc\td\te\n"},
			want:  []string{"a.tsv:1: 7 tab-separated fields, want at most 6"},
		},
		{
			name:  "type mismatch between files",
			files: map[string]string{"a.gen.tsv": "Freedonia\tCountry\n", "b.tsv": "\n\nFreedonia\tLocation\tFree\n"},
			want:  []string{"b.tsv:3: type: Location, but \"Freedonia\" is a Country at a.gen.tsv:1"},
		},
		{
			name:  "alias claimed twice by curated files",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\tFD\n", "b.tsv": "Fredonia Fund\tOrganization\tFD\n"},
			want:  []string{"b.tsv:1: alias: form \"FD\" of Fredonia Fund is also Alias of Freedonia (a.tsv:1)"},
		},
		{
			name:  "demonym claimed twice",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\t\tFree\nFreeland\tCountry\t\tFree\n"},
			want:  []string{"a.tsv:2: demonym: form \"Free\" of Freeland is also Demonym of Freedonia (a.tsv:1)"},
		},
		{
			name:  "unknown ambiguous form",
			files: map[string]string{"a.tsv": "Freedonia\tCountry\n", "ambiguous.txt": "# c\nFreedonia\nSylvania\n"},
			want:  []string{"ambiguous.txt:3: \"Sylvania\" is not in the gazetteer"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			g, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load = %v, want an error", g)
			}
			msg := err.Error()
			for _, w := range tt.want {
				i := strings.Index(msg, w)
				if i < 0 {
					t.Fatalf("error %q\ndoes not contain %q", msg, w)
				}
				msg = msg[i+len(w):]
			}
		})
	}
}

func TestLoadLineErrorsAs(t *testing.T) {
	fsys := fstest.MapFS{"a.tsv": {Data: []byte("Freedonia\tKingdom\n")}}
	_, err := Load(fsys)
	var le *LineError
	if !errors.As(err, &le) || le.File != "a.tsv" || le.Line != 1 || le.Field != "type" {
		t.Fatalf("errors.As(%v) = %+v", err, le)
	}
}

func TestLoadCuratedBeatsGenerated(t *testing.T) {
	fsys := fstest.MapFS{
		"countries.gen.tsv": {Data: []byte("Republic of the Congo\tCountry\tCongo\nDR Congo\tCountry\tZaire\n")},
		"states.tsv":        {Data: []byte("DR Congo\tCountry\tCongo\n")},
	}
	g, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := g.Lookup("Congo"); e.Canonical != "DR Congo" {
		t.Errorf("Congo = %+v, want DR Congo", e)
	}
}

func TestEmbeddedFilesHaveHeaders(t *testing.T) {
	fsys := builtinFS(t)
	names, err := fs.Glob(fsys, "*")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "#") {
			t.Errorf("%s does not start with a comment header", name)
		}
	}
}

func BenchmarkMatch(b *testing.B) {
	g := testGazetteer(b)
	var words []string
	names, _ := fs.Glob(data.Corpus(), "*.txt")
	for _, name := range names {
		text, err := fs.ReadFile(data.Corpus(), name)
		if err != nil {
			b.Fatal(err)
		}
		words = append(words, benchTokens(string(text))...)
	}
	if len(words) == 0 {
		b.Fatal("no words")
	}
	b.ReportAllocs()
	b.ResetTimer()
	matches := 0
	for b.Loop() {
		for i := range words {
			if _, _, ok := g.Match(words, i); ok {
				matches++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/token")
}

// benchTokens splits text roughly as a UD tokenizer would: on spaces, with
// punctuation and a possessive "'s" split off.
func benchTokens(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		var tail []string
		for len(f) > 1 && strings.ContainsAny(f[len(f)-1:], ".,;:!?\")") && !strings.HasSuffix(f, "U.S.") {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		if base, ok := strings.CutSuffix(f, "'s"); ok && base != "" {
			out = append(out, base, "'s")
		} else {
			out = append(out, strings.TrimLeft(f, "\"("))
		}
		out = append(out, tail...)
	}
	return out
}

func ExampleGazetteer_Match() {
	g, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := []string{"The", "United", "Nations", "General", "Assembly", "heard", "the", "Kremlin", "'s", "envoy"}
	for i := 0; i < len(words); i++ {
		if n, e, ok := g.Match(words, i); ok {
			fmt.Printf("%s -> %s (%s, %s)\n", strings.Join(words[i:i+n], " "), e.Canonical, e.Type, e.Kind)
			i += n - 1
		}
	}
	// Output:
	// United Nations General Assembly -> UN General Assembly (Organization, Alias)
	// Kremlin -> Russia (Country, Seat)
}

func FuzzMatch(f *testing.F) {
	g := testGazetteer(f)
	for _, s := range []string{"the United Nations General Assembly", "Russia 's", "Côte d’Ivoire", "U.S .", "RUSSIA", "’s", "", "Guinea - Bissau", "\u00a0Kremlin"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		for i := range words {
			n, e, ok := g.Match(words, i)
			if ok && (n < 1 || i+n > len(words) || e.Canonical == "") {
				t.Fatalf("Match(%q, %d) = %d, %+v", words, i, n, e)
			}
		}
		if e, ok := g.Lookup(s); ok && e.Canonical == "" {
			t.Fatalf("Lookup(%q) = %+v", s, e)
		}
		g.Demonym(s)
	})
}

func TestLoadNil(t *testing.T) {
	if _, err := Load(nil); err == nil {
		t.Error("Load(nil) succeeded")
	}
}

func BenchmarkLoad(b *testing.B) {
	fsys := builtinFS(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
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
