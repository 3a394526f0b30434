package graph

import (
	"slices"
	"strings"
	"testing"
)

func TestParseActorType(t *testing.T) {
	tests := []struct {
		in      string
		want    ActorType
		wantErr bool
	}{
		{"Person", Person, false},
		{"organisation", Organization, false},
		{" GPE ", Country, false},
		{"place", Location, false},
		{"weapon", Unknown, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseActorType(tt.in)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("ParseActorType(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
	for ty := Person; ty <= Location; ty++ {
		if back := TypeOfClass(ty.Class()); back != ty {
			t.Errorf("TypeOfClass(%s.Class()) = %s", ty, back)
		}
	}
}

func TestMakePredicate(t *testing.T) {
	tests := []struct {
		words []string
		want  Predicate
	}{
		{[]string{"met"}, "met"},
		{[]string{"Foreign Minister", "of"}, "foreign-minister-of"},
		{[]string{" expelled ", "", "from"}, "expelled-from"},
		{[]string{"vice-president", "of"}, "vice-president-of"},
		{[]string{"a--b", " "}, "a-b"},
		{[]string{"Met"}, "met"},
		{[]string{"met\t"}, "met"},
		{[]string{"ÉLU"}, "élu"},
		{[]string{"-"}, ""},
		{[]string{""}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := MakePredicate(tt.words...); got != tt.want {
			t.Errorf("MakePredicate(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestMinter(t *testing.T) {
	m, err := NewMinter("http://example.org/kg")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  IRI
		want IRI
	}{
		{"actor with space", m.Actor("Donald Trump"), "http://example.org/kg/actor/Donald%20Trump"},
		{"actor with slash and quote", m.Actor(`AC/DC "x"`), "http://example.org/kg/actor/AC%2FDC%20%22x%22"},
		{"non-ASCII", m.Actor("Zürich"), "http://example.org/kg/actor/Z%C3%BCrich"},
		{"predicate", m.Predicate("expelled-from"), "http://example.org/kg/rel/expelled-from"},
		{"sentence", m.Sentence("abc", 3), "http://example.org/kg/article/abc/sentence/3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %s, want %s", tt.got, tt.want)
			}
			if strings.ContainsAny(string(tt.got), " <>\"{}|\\^`") {
				t.Errorf("%s holds a character IRIs forbid", tt.got)
			}
		})
	}
	for _, bad := range []IRI{"actors/", "", "no scheme here", "http://a b/"} {
		if _, err := NewMinter(bad); err == nil {
			t.Errorf("NewMinter(%q) accepted a base that is not an absolute IRI", bad)
		}
	}
}

func TestLiteralString(t *testing.T) {
	tests := []struct {
		lit  Literal
		want string
	}{
		{Literal{Value: `say "hi"\`}, `"say \"hi\"\\"`},
		{Literal{Value: "a\nb\rc"}, `"a\nb\rc"`},
		{Literal{Value: "x", Lang: "en"}, `"x"@en`},
		{Literal{Value: "3", Datatype: XSDNonNegativeInteger}, `"3"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>`},
		{Literal{Value: "s", Datatype: XSDString}, `"s"`},
	}
	for _, tt := range tests {
		if got := tt.lit.String(); got != tt.want {
			t.Errorf("%#v.String() = %s, want %s", tt.lit, got, tt.want)
		}
	}
}

func sampleArticles() []Article {
	return []Article{
		{
			ID: "a1", Source: "one.txt",
			Actors: []Actor{
				{Name: "Donald Trump", Type: Person, Aliases: []string{"Trump"}},
				{Name: "Volodymyr Zelenskyy", Type: Person},
				{Name: "Russia", Type: Country, Aliases: []string{"Moscow"}},
			},
			Sentences: []Sentence{{Text: "Trump met Zelenskyy.", Start: 0, End: 20}, {Text: "Nothing.", Start: 21, End: 29}},
			Relations: []Relation{
				{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
				{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
				{Subject: 2, Predicate: "praised", Object: 2, Sentence: 0},
				{Subject: 0, Predicate: "met", Object: 7, Sentence: 0},
				{Subject: 0, Predicate: "met", Object: 1, Sentence: 9},
			},
		},
		{
			ID: "a2",
			Actors: []Actor{
				{Name: "Donald Trump", Type: Person, Aliases: []string{"President Trump"}},
				{Name: "Russia", Type: Country},
			},
			Sentences: []Sentence{{Text: "Russia threatened Trump.", Start: 0, End: 24}},
			Relations: []Relation{{Subject: 1, Predicate: "threatened", Object: 0, Sentence: 0}},
		},
	}
}

// TestEncodeDecode: what Encode writes, Decode reads back: each actor once
// with the union of its aliases, every relation with its evidence, no self
// relation, no duplicate.
func TestEncodeDecode(t *testing.T) {
	m, _ := NewMinter(DefaultBase)
	quads := Encode(m, sampleArticles())
	d := Decode(quads)
	var names []string
	for _, a := range d.Actors {
		names = append(names, a.Label+"|"+a.Type.String()+"|"+strings.Join(a.Aliases, ","))
	}
	want := []string{"Donald Trump|Person|President Trump,Trump", "Russia|Country|Moscow", "Volodymyr Zelenskyy|Person|"}
	if !slices.Equal(names, want) {
		t.Errorf("actors %q, want %q", names, want)
	}
	if len(d.Statements) != 2 {
		t.Fatalf("statements %+v, want 2", d.Statements)
	}
	for _, s := range d.Statements {
		ev, ok := d.Sentences[s.Graph.(IRI)]
		if !ok || ev.Text == "" || ev.Article == "" {
			t.Errorf("statement %+v has no evidence (%+v)", s, ev)
		}
	}
	if got := d.Statements[0].Name(); got != "met" {
		t.Errorf("first statement %q", got)
	}
	// Articles that name their source keep it; a2 names none.
	a1 := d.Sentences[d.Statements[0].Graph.(IRI)].Article
	if len(d.Sources) != 1 || d.Sources[a1] != "one.txt" {
		t.Errorf("sources %q, want only %s: one.txt", d.Sources, a1)
	}
	// unused sentences are not written
	for _, q := range quads {
		if strings.Contains(q.String(), "Nothing.") {
			t.Error("a sentence stating no relation was written")
		}
	}
}

func TestEncodeDeterministic(t *testing.T) {
	m, _ := NewMinter(DefaultBase)
	a := Encode(m, sampleArticles())
	for range 20 {
		b := Encode(m, sampleArticles())
		if !slices.Equal(a, b) {
			t.Fatal("Encode gave two orders for one input")
		}
	}
	for _, q := range a {
		for _, term := range []Term{q.Subject, q.Predicate, q.Object, q.Graph} {
			if iri, ok := term.(IRI); ok && !strings.Contains(string(iri), ":") {
				t.Errorf("relative IRI %s", iri)
			}
		}
	}
}

func TestDecodeForeignGraph(t *testing.T) {
	// another tool's graph: prefLabel, a vocabulary predicate, a literal
	a, b := IRI("http://e.org/a"), IRI("http://e.org/b")
	quads := []Quad{
		{Subject: a, Predicate: SKOSPref, Object: Literal{Value: "A"}},
		{Subject: b, Predicate: RDFSLabel, Object: Literal{Value: "B"}},
		{Subject: a, Predicate: "http://e.org/knows", Object: b},
		{Subject: a, Predicate: "http://xmlns.com/foaf/0.1/knows", Object: b},
		{Subject: a, Predicate: "http://e.org/age", Object: Literal{Value: "3"}},
		{Subject: a, Predicate: "http://e.org/knows", Object: IRI("http://e.org/unlabelled")},
	}
	d := Decode(quads)
	if len(d.Actors) != 2 || len(d.Statements) != 1 || d.Statements[0].Name() != "knows" {
		t.Errorf("decoded %+v", d)
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Donald Trump", "Donald Trump"},
		{"Donald\u200b Trump", "Donald Trump"},
		{"\ufeffNATO", "NATO"},
		{"Tr\u200dump", "Trump"},
		{"Evil\u202eCorp", "EvilCorp"},
		{"  Kim \t Jong\nUn ", "Kim Jong Un"},
		{"Ali\u00adson", "Alison"},
		{"a\x1b[2Jb", "a[2Jb"},
	}
	m, _ := NewMinter(DefaultBase)
	for _, tt := range tests {
		if got := CleanName(tt.in); got != tt.want {
			t.Errorf("CleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if m.Actor(tt.in) != m.Actor(tt.want) {
			t.Errorf("Actor(%q) = %s, not the IRI of %q", tt.in, m.Actor(tt.in), tt.want)
		}
	}
}
