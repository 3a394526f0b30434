package nquads

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

var (
	iS = graph.IRI("http://example/s")
	iP = graph.IRI("http://example/p")
	iO = graph.IRI("http://example/o")
	iG = graph.IRI("http://example/g")
)

// TestWriteCanonical checks the canonical form of every kind of term.
func TestWriteCanonical(t *testing.T) {
	tests := []struct {
		name string
		q    graph.Quad
		want string
	}{
		{"triple", graph.Quad{Subject: iS, Predicate: iP, Object: iO}, "<http://example/s> <http://example/p> <http://example/o> .\n"},
		{"quad", graph.Quad{Subject: iS, Predicate: iP, Object: iO, Graph: iG}, "<http://example/s> <http://example/p> <http://example/o> <http://example/g> .\n"},
		{"blank nodes", graph.Quad{Subject: graph.BlankNode("a"), Predicate: iP, Object: graph.BlankNode("b"), Graph: graph.BlankNode("c")}, "_:a <http://example/p> _:b _:c .\n"},
		{"xsd:string is plain", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "x", Datatype: graph.XSDString}}, `<http://example/s> <http://example/p> "x" .` + "\n"},
		{"typed", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "7", Datatype: graph.XSDNonNegativeInteger}}, `<http://example/s> <http://example/p> "7"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .` + "\n"},
		{"language tag lower-cased", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "x", Lang: "en-GB"}}, `<http://example/s> <http://example/p> "x"@en-gb .` + "\n"},
		{"langString datatype with tag", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "x", Lang: "en", Datatype: rdfLangString}}, `<http://example/s> <http://example/p> "x"@en .` + "\n"},
		{"invalid UTF-8 literal repaired", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "bad\xffname\xc3"}}, "<http://example/s> <http://example/p> \"bad\uFFFDname\uFFFD\" .\n"},
		{"escapes", graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "\x00\x01\b\t\n\v\f\r\x1f\"\\\x7f\uFFFE\uFFFF'é😀"}}, `<http://example/s> <http://example/p> "\u0000\u0001\b\t\n\u000B\f\r\u001F\"\\\u007F\uFFFE\uFFFF'é😀" .` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := writeAll(t, []graph.Quad{tt.q}); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestWriteRejects covers every class of invalid quad with its message, and
// checks that nothing is written for it.
func TestWriteRejects(t *testing.T) {
	iri := func(s string) graph.Quad { return graph.Quad{Subject: iS, Predicate: iP, Object: graph.IRI(s)} }
	lit := func(l graph.Literal) graph.Quad { return graph.Quad{Subject: iS, Predicate: iP, Object: l} }
	tests := []struct {
		name string
		q    graph.Quad
		msg  string
	}{
		{"nil subject", graph.Quad{Predicate: iP, Object: iO}, "subject: missing term"},
		{"literal subject", graph.Quad{Subject: graph.Literal{Value: "s"}, Predicate: iP, Object: iO}, "subject: a literal cannot stand here"},
		{"empty predicate", graph.Quad{Subject: iS, Object: iO}, "predicate: empty IRI"},
		{"nil object", graph.Quad{Subject: iS, Predicate: iP}, "object: missing term"},
		{"literal graph", graph.Quad{Subject: iS, Predicate: iP, Object: iO, Graph: graph.Literal{Value: "g"}}, "graph label: a literal cannot stand here"},
		{"pointer term", graph.Quad{Subject: iS, Predicate: iP, Object: &iO}, "object: unsupported term type *graph.IRI"},
		{"relative IRI", iri("o"), `object: relative IRI "o"`},
		{"scheme only digits", iri("1:x"), `has no valid scheme`},
		{"space", iri("http://a b"), `holds U+0020`},
		{"angle bracket", iri("http://a>b"), `holds U+003E`},
		{"control", iri("http://a\nb"), `holds U+000A`},
		{"delete", iri("http://a\x7fb"), `holds U+007F`},
		{"invalid UTF-8 IRI", iri("http://a\xff"), `not valid UTF-8`},
		{"empty blank node", graph.Quad{Subject: graph.BlankNode(""), Predicate: iP, Object: iO}, "subject: empty blank node label"},
		{"blank node with space", graph.Quad{Subject: graph.BlankNode("a b"), Predicate: iP, Object: iO}, `' ' not allowed`},
		{"blank node ending with dot", graph.Quad{Subject: graph.BlankNode("a."), Predicate: iP, Object: iO}, `'.' not allowed at byte 1`},
		{"blank node starting with dash", graph.Quad{Subject: graph.BlankNode("-a"), Predicate: iP, Object: iO}, `'-' not allowed at byte 0`},
		{"lang and datatype", lit(graph.Literal{Value: "x", Lang: "en", Datatype: graph.XSDString}), "has both language tag"},
		{"bad lang", lit(graph.Literal{Value: "x", Lang: "en_GB"}), `"_" not allowed in subtag`},
		{"empty subtag", lit(graph.Literal{Value: "x", Lang: "en--gb"}), `has an empty subtag`},
		{"relative datatype", lit(graph.Literal{Value: "x", Datatype: "integer"}), `datatype: relative IRI "integer"`},
		{"prefixed datatype name", lit(graph.Literal{Value: "x", Datatype: "xsd:integer"}), `datatype: IRI "xsd:integer" is a prefixed name`},
		{"prefixed predicate name", graph.Quad{Subject: iS, Predicate: "rdf:type", Object: iO}, `predicate: IRI "rdf:type" is a prefixed name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewWriter(&buf)
			err := w.Write(tt.q)
			var e *Error
			if !errors.As(err, &e) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("error %v, want *Error containing %q", err, tt.msg)
			}
			if err := Validate(tt.q); err == nil || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Validate: %v, want %q", err, tt.msg)
			}
			if err := w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: iO}); err != nil {
				t.Fatalf("writer unusable after a rejected quad: %v", err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if want := "<http://example/s> <http://example/p> <http://example/o> .\n"; buf.String() != want {
				t.Errorf("output %q, want only the valid quad", buf.String())
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteErrorSticky checks that an I/O error is returned by Flush and
// every later Write.
func TestWriteErrorSticky(t *testing.T) {
	w := NewWriter(failWriter{})
	if err := w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: iO}); err != nil {
		t.Fatalf("buffered write failed early: %v", err)
	}
	if err := w.Flush(); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Flush: %v", err)
	}
	if err := w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: iO}); err == nil {
		t.Error("Write after a failed Flush succeeded")
	}
}

// TestEncodeRoundTrip writes what graph.Encode makes of an article, reads it
// back and checks that the quads and the bytes survive.
func TestEncodeRoundTrip(t *testing.T) {
	quads := sampleQuads(t)
	out := writeAll(t, quads)
	back, err := ReadAll(strings.NewReader(out), "encoded.nq")
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(quads) {
		t.Fatalf("read %d quads, wrote %d", len(back), len(quads))
	}
	for i := range quads {
		want := quads[i]
		if l, ok := want.Object.(graph.Literal); ok && l.Datatype == graph.XSDString {
			l.Datatype = ""
			want.Object = l
		}
		if back[i] != want {
			t.Errorf("quad %d: read %v, wrote %v", i, back[i], want)
		}
	}
	if again := writeAll(t, back); again != out {
		t.Errorf("second write differs:\n%s\nfirst:\n%s", again, out)
	}
}

// sampleQuads encodes a small article with graph.Encode.
func sampleQuads(t testing.TB) []graph.Quad {
	t.Helper()
	m, err := graph.NewMinter(graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	sents := []string{
		"Ukraine's president Volodymyr Zelensky met Donald Trump in Washington.",
		"\"Tab\there\", he said.\nIt was a \\good\\ day.",
		"Russia expelled the OSCE.",
	}
	text := strings.Join(sents, " ")
	art := graph.Article{
		ID:     graph.ArticleID([]byte(text)),
		Source: "https://news.example/a?id=1&x=é",
		Actors: []graph.Actor{
			{Name: "Volodymyr Zelensky", Type: graph.Person, Aliases: []string{"Zelensky"}},
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump"}},
			{Name: "Washington", Type: graph.Location},
			{Name: "Russia", Type: graph.Country},
			{Name: "OSCE", Type: graph.Organization, Aliases: []string{"Organization for Security & Co-operation in Europe"}},
		},
	}
	start := 0
	for _, st := range sents {
		art.Sentences = append(art.Sentences, graph.Sentence{Text: st, Start: start, End: start + len(st)})
		start += len(st) + 1
	}
	art.Relations = []graph.Relation{
		{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
		{Subject: 0, Predicate: "visited", Object: 2, Sentence: 0},
		{Subject: 1, Predicate: "quoted", Object: 0, Sentence: 1},
		{Subject: 3, Predicate: "expelled", Object: 4, Sentence: 2},
	}
	return graph.Encode(m, []graph.Article{art})
}
