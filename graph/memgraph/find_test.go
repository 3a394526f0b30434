package memgraph

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func findData() *graph.Dataset {
	d := &graph.Dataset{
		Actors: []graph.ActorNode{
			actor("Donald_Trump", graph.Person, "Trump"),
			actor("Donald_Trump_Jr", graph.Person),
			actor("United_States", graph.Country, "U.S.", "the United States"),
			actor("Türkiye", graph.Country, "Turkey"),
			actor("Bashar_al-Assad", graph.Person, "Assad"),
			actor("Volodymyr_Zelenskyy", graph.Person, "Zelensky"),
			actor("Hizb_ut_Tahrir", graph.Organization),
			actor("بشار_الأسد", graph.Person),
		},
		Statements: []graph.Statement{
			st("Donald_Trump", "president-of", "United_States", 0),
			st("Donald_Trump", "met", "Volodymyr_Zelenskyy", 0),
		},
	}
	// Labels with spaces, as in real data; IRIs stay readable in failures.
	for i := range d.Actors {
		d.Actors[i].Label = spaced(d.Actors[i].Label)
	}
	return d
}

func spaced(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

func TestFind(t *testing.T) {
	g := mustNew(t, findData())
	tests := []struct {
		name, query string
		want        []string
	}{
		{"label, any case", "DONALD TRUMP", []string{"Donald Trump"}},
		{"alias", "trump", []string{"Donald Trump"}},
		{"punctuation ignored", "US", []string{"United States"}},
		{"periods and leading the", "the U.S.", []string{"United States"}},
		{"leading the on the alias", "The United-States", []string{"United States"}},
		{"diacritics ignored", "turkiye", []string{"Türkiye"}},
		{"spacing ignored", "  Hizb-ut-Tahrir ", []string{"Hizb ut Tahrir"}},
		{"hyphen and space equal", "bashar al assad", []string{"Bashar al-Assad"}},
		{"words of the label, best supported first", "donald", []string{"Donald Trump", "Donald Trump Jr"}},
		{"all words needed", "donald jr", []string{"Donald Trump Jr"}},
		{"word not substring", "zelen", nil},
		{"Arabic", "بشار الأسد", []string{"بشار الأسد"}},
		{"nothing", "Angela Merkel", nil},
		{"empty", "", nil},
		{"only punctuation", "--", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labels(g.Find(tt.query)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	g := mustNew(t, findData())
	tests := []struct {
		name, query string
		n           int
		want        []string
	}{
		{"misspelt alias", "Zelenski", 1, []string{"Volodymyr Zelenskyy"}},
		{"misspelt label", "Donld Trmp", 2, []string{"Donald Trump", "Donald Trump Jr"}},
		{"diacritics folded", "Turkiy", 1, []string{"Türkiye"}},
		{"ties by support", "Donald Trumpj", 2, []string{"Donald Trump", "Donald Trump Jr"}},
		{"shortest name nearest empty query", "", 1, []string{"United States"}},
		{"n zero", "Trump", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labels(g.Suggest(tt.query, tt.n)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Suggest(%q, %d) = %q, want %q", tt.query, tt.n, got, tt.want)
			}
		})
	}
}

func TestSuggestAll(t *testing.T) {
	g := mustNew(t, findData())
	if got := g.Suggest("x", 20); len(got) != g.Len() {
		t.Errorf("Suggest(x, 20) gave %d actors, want all %d", len(got), g.Len())
	}
}

// TestFindIgnoresInvisibleCharacters: a zero-width space or a bidi control
// inside a name does not stop a user from finding it.
func TestFindIgnoresInvisibleCharacters(t *testing.T) {
	m, _ := graph.NewMinter(graph.DefaultBase)
	art := graph.Article{
		ID:        "a",
		Actors:    []graph.Actor{{Name: "Vladimir\u200b Putin", Type: graph.Person}, {Name: "Kazakh\u202estan", Type: graph.Country}},
		Sentences: []graph.Sentence{{Text: "x", Start: 0, End: 1}},
		Relations: []graph.Relation{{Subject: 0, Predicate: "visited", Object: 1}},
	}
	g, err := New(graph.Decode(graph.Encode(m, []graph.Article{art})))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"vladimir putin", "Kazakhstan"} {
		if got := g.Find(q); len(got) != 1 {
			t.Errorf("Find(%q) = %v, want one actor", q, got)
		}
	}
}
