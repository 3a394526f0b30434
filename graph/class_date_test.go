package graph

import "testing"

// TestEncodeDecodeClassDate: the class quad sits in the sentence graph
// beside the relation, the dates on the article and the sentence, and
// Decode gives both back on the statement.
func TestEncodeDecodeClassDate(t *testing.T) {
	m, err := NewMinter("http://example.org/kg/")
	if err != nil {
		t.Fatal(err)
	}
	a := Article{
		ID: "a1", Date: "2019-11-19",
		Actors: []Actor{{Name: "Ruritania", Type: Country}, {Name: "Freedonia", Type: Country}, {Name: "Alice Ames", Type: Person}},
		Sentences: []Sentence{
			{Text: "Ruritania shelled Freedonia on Monday.", Start: 0, End: 38, Date: "2019-11-18"},
			{Text: "Alice Ames leads Ruritania.", Start: 39, End: 66},
		},
		Relations: []Relation{
			{Subject: 0, Object: 1, Predicate: "shelled", Sentence: 0, Class: "194"},
			{Subject: 2, Object: 0, Predicate: "leads", Sentence: 1, Class: "role"},
			{Subject: 2, Object: 1, Predicate: "visited", Sentence: 1},
		},
	}
	quads := Encode(m, []Article{a})
	want := map[Quad]bool{
		{Subject: m.Predicate("shelled"), Predicate: EventClass, Object: ClassIRI("194"), Graph: m.Sentence("a1", 1)}:   true,
		{Subject: m.Predicate("leads"), Predicate: EventClass, Object: ClassIRI("role"), Graph: m.Sentence("a1", 2)}:    true,
		{Subject: m.Article("a1"), Predicate: DCTermsDate, Object: Literal{Value: "2019-11-19", Datatype: XSDDate}}:     true,
		{Subject: m.Sentence("a1", 1), Predicate: DCTermsDate, Object: Literal{Value: "2019-11-18", Datatype: XSDDate}}: true,
	}
	for _, q := range quads {
		delete(want, q)
		if q.Predicate == DCTermsDate && q.Subject == m.Sentence("a1", 2) {
			t.Errorf("a sentence without a date got one: %v", q)
		}
	}
	for q := range want {
		t.Errorf("missing quad %v", q)
	}
	d := Decode(quads)
	got := map[string][2]string{}
	for _, s := range d.Statements {
		got[s.Name()] = [2]string{s.Class, s.Date}
	}
	for name, w := range map[string][2]string{"shelled": {"194", "2019-11-18"}, "leads": {"role", ""}, "visited": {"", ""}} {
		if got[name] != w {
			t.Errorf("statement %s: class, date = %q, want %q", name, got[name], w)
		}
	}
	if len(d.Statements) != 3 {
		t.Errorf("decoded %d statements, want 3 (class quads are no statements)", len(d.Statements))
	}
	if _, ok := d.Sentences[m.Article("a1")]; ok {
		t.Error("the article's date made it a sentence")
	}
}

func TestDateDatatype(t *testing.T) {
	for in, want := range map[string]IRI{"2019": XSDGYear, "2019-11": XSDGYearMonth, "2019-11-19": XSDDate} {
		if got := DateDatatype(in); got != want {
			t.Errorf("DateDatatype(%q) = %s, want %s", in, got, want)
		}
	}
}
