package nquads

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

const (
	s = "<http://example/s> "
	p = "<http://example/p> "
	o = "<http://example/o> "
)

// TestReadAccepts checks the conversion of every kind of term.
func TestReadAccepts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want graph.Quad
	}{
		{"triple", s + p + o + ".", graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.IRI("http://example/o")}},
		{"graph IRI", s + p + o + "<http://example/g> .", graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.IRI("http://example/o"), Graph: graph.IRI("http://example/g")}},
		{"blank nodes", "_:b1 " + p + "_:b.2 _:g .", graph.Quad{Subject: graph.BlankNode("b1"), Predicate: "http://example/p", Object: graph.BlankNode("b.2"), Graph: graph.BlankNode("g")}},
		{"plain literal", s + p + `"x" .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "x"}}},
		{"xsd:string is plain", s + p + `"x"^^<http://www.w3.org/2001/XMLSchema#string> .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "x"}}},
		{"typed literal kept as written", s + p + `"01"^^<http://www.w3.org/2001/XMLSchema#integer> .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "01", Datatype: "http://www.w3.org/2001/XMLSchema#integer"}}},
		{"language tag", s + p + `"chat"@fr-CA .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "chat", Lang: "fr-CA"}}},
		{"escaped quote before @", s + p + `"a\"@b"@en .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: `a"@b`, Lang: "en"}}},
		{"escaped quote before ^^", s + p + `"a\"^^<http://x/>"^^<http://example/t> .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: `a"^^<http://x/>`, Datatype: "http://example/t"}}},
		{"value starting with @", "<https://x.example/P> <http://www.w3.org/2000/01/rdf-schema#label> \"@POTUS\"@en .", graph.Quad{Subject: graph.IRI("https://x.example/P"), Predicate: "http://www.w3.org/2000/01/rdf-schema#label", Object: graph.Literal{Value: "@POTUS", Lang: "en"}}},
		{"value of only @", s + p + `"@"@aa .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "@", Lang: "aa"}}},
		{"value starting with ^^<", s + p + `"^^<http://x/>"^^<http://example/t> .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "^^<http://x/>", Datatype: "http://example/t"}}},
		{"quoted value with tag inside", s + p + `"\"x\"@en" .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: `"x"@en`}}},
		{"escaped datatype IRI", s + p + `"1"^^<http://example/\u00E9> .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "1", Datatype: "http://example/é"}}},
		{"escapes", s + p + `"\t\b\n\r\f\"\'\\\u00e9\U0001F600" .`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "\t\b\n\r\f\"'\\é😀"}}},
		{"IRI escape", "<http://example/\\u00E9> " + p + o + ".", graph.Quad{Subject: graph.IRI("http://example/é"), Predicate: "http://example/p", Object: graph.IRI("http://example/o")}},
		{"no spaces, comment", `<http://example/s><http://example/p>"x"<http://example/g>.# c`, graph.Quad{Subject: graph.IRI("http://example/s"), Predicate: "http://example/p", Object: graph.Literal{Value: "x"}, Graph: graph.IRI("http://example/g")}},
		{"urn scheme", "<urn:x-a:b> " + p + o + ".", graph.Quad{Subject: graph.IRI("urn:x-a:b"), Predicate: "http://example/p", Object: graph.IRI("http://example/o")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quads, err := ReadAll(strings.NewReader(tt.in+"\n"), "in.nq")
			if err != nil {
				t.Fatal(err)
			}
			if len(quads) != 1 || quads[0] != tt.want {
				t.Errorf("got %#v\nwant %#v", quads, tt.want)
			}
		})
	}
}

// TestReadRejects covers every class of bad line with the message it gives.
func TestReadRejects(t *testing.T) {
	tests := []struct {
		name, in, msg string
	}{
		{"relative subject", "<s> " + p + o + ".", `subject: relative IRI "s"`},
		{"relative predicate", s + "<p> " + o + ".", `predicate: relative IRI "p"`},
		{"relative object", s + p + "<o> .", `object: relative IRI "o"`},
		{"relative graph", s + p + o + "<g> .", `graph label: relative IRI "g"`},
		{"relative datatype", s + p + `"x"^^<dt> .`, `object: datatype: relative IRI "dt"`},
		{"bad scheme", "<1http://x> " + p + o + ".", `has no valid scheme`},
		{"prefixed datatype", s + p + `"1"^^<xsd:integer> .`, `object: datatype: IRI "xsd:integer" is a prefixed name, not a full IRI`},
		{"empty IRI", "<> " + p + o + ".", `empty IRI <>`},
		{"space in IRI", "<http://a b> " + p + o + ".", `syntax error`},
		{"escaped space in IRI", `<http://a\u0020b> ` + p + o + ".", `\u0020 in an IRI decodes to U+0020`},
		{"escaped > in IRI", `<http://a\u003Eb> ` + p + o + ".", `decodes to U+003E`},
		{"escaped quote in datatype", s + p + `"v"^^<http://x/\u0022> .`, `decodes to U+0022`},
		{"ECHAR in IRI", `<http://a\tb> ` + p + o + ".", `escape \t in an IRI`},
		{"surrogate escape", s + p + `"\uD800" .`, `names U+D800, which is not a Unicode scalar value`},
		{"escape beyond Unicode", s + p + `"\U00110000" .`, `names U+110000`},
		{"bad hex", s + p + `"\u00G1" .`, `escape "\\u00G1" is not valid`},
		{"short escape", s + p + `"\u00" .`, `is not valid (want 4 hex digits`},
		{"unknown escape", s + p + `"\z" .`, `unknown escape \z in a literal`},
		{"invalid UTF-8", s + p + "\"\xff\" .", `not valid UTF-8`},
		{"literal subject", `"x" ` + p + o + ".", `syntax error`},
		{"literal predicate", s + `"p" ` + o + ".", `syntax error`},
		{"literal graph label", s + p + o + `"g" .`, `syntax error`},
		{"blank predicate", s + "_:p " + o + ".", `syntax error`},
		{"colon in blank label", "_:a:b " + p + o + ".", `blank node label "a:b": ':' not allowed`},
		{"missing dot", s + p + o, `syntax error: incomplete`},
		{"five terms", s + p + o + "<http://example/g> <http://example/h> .", `syntax error`},
		{"lang tag digit first", s + p + `"x"@1 .`, `syntax error`},
		{"lang subtag too long", s + p + `"x"@en-abcdefghi .`, `subtag "abcdefghi" is longer than 8`},
		{"lang primary single letter", s + p + `"x"@a-bc .`, `primary subtag "a" is a single letter`},
		{"lang ends with singleton", s + p + `"x"@en-a .`, `ends with the singleton "a"`},
		{"langString without tag", s + p + `"x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .`, `rdf:langString but no language tag`},
		{"unterminated literal", s + p + `"x .`, `syntax error`},
		{"bare number", s + p + `1 .`, `syntax error`},
		{"prefix directive", `@prefix ex: <http://example/> .`, `syntax error`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quads, err := ReadAll(strings.NewReader("# header\n\n"+tt.in+"\n"), "in.nq")
			if len(quads) != 0 {
				t.Errorf("got quads %v", quads)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got error %v, want *Error", err)
			}
			if e.File != "in.nq" || e.Line != 3 {
				t.Errorf("error at %s:%d, want in.nq:3", e.File, e.Line)
			}
			if !strings.HasPrefix(err.Error(), "in.nq:3: ") || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q, want in.nq:3: ... %q", err, tt.msg)
			}
		})
	}
}

// TestReadContinues checks that Read goes past bad lines, counts lines across
// every end-of-line convention and skips blank and comment lines.
func TestReadContinues(t *testing.T) {
	in := "# comment\r\n" +
		s + p + `"1" .` + "\r\n" +
		"<bad> " + p + o + ".\n" +
		"  \t\n" +
		s + p + `"2" .` + "\r" +
		s + p + "\n" +
		"\t# indented comment\n" +
		s + p + `"3" .` // no final newline
	r := NewReader(strings.NewReader(in), "mixed.nq")
	var got []string
	for {
		q, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("unexpected error %v", err)
			}
			got = append(got, "error line "+strconv.Itoa(e.Line))
			continue
		}
		got = append(got, q.Object.(graph.Literal).Value)
	}
	want := "1,error line 3,2,error line 6,3"
	if strings.Join(got, ",") != want {
		t.Errorf("got %s, want %s", strings.Join(got, ","), want)
	}
}

// TestReadAllJoinsErrors checks that ReadAll keeps the good quads and
// reports every bad line.
func TestReadAllJoinsErrors(t *testing.T) {
	in := "<a> " + p + o + ".\n" + s + p + o + ".\n" + s + p + "<c> .\n"
	quads, err := ReadAll(strings.NewReader(in), "x.nq")
	checkReadAll(t, quads, err, 1,
		"x.nq:1: invalid N-Quads statement: subject: relative IRI \"a\" (an IRI must start with a scheme such as http:)",
		"x.nq:3: invalid N-Quads statement: object: relative IRI \"c\" (an IRI must start with a scheme such as http:)")
}

// checkReadAll checks that reading all quads kept n of them and reported
// the bad lines with one error, its lines those of errLines.
func checkReadAll(t *testing.T, quads []graph.Quad, err error, n int, errLines ...string) {
	t.Helper()
	if len(quads) != n {
		t.Errorf("got %d quads, want %d", len(quads), n)
	}
	if want := strings.Join(errLines, "\n"); err == nil || err.Error() != want {
		t.Errorf("got error\n%v\nwant\n%s", err, want)
	}
}

// TestReadAllIOError checks that a failing reader ends ReadAll with its error.
func TestReadAllIOError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader(s+p+o+".\n"), errReader{boom})
	quads, err := ReadAll(r, "f.nq")
	if len(quads) != 1 || !errors.Is(err, boom) || !strings.Contains(err.Error(), "read f.nq") {
		t.Errorf("got %d quads, error %v", len(quads), err)
	}
}

type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// TestErrorColumns checks that columns in messages count from the start of
// the line, leading white space included.
func TestErrorColumns(t *testing.T) {
	_, err := ReadAll(strings.NewReader("\t  "+s+p+`"\q" .`+"\n"), "c.nq")
	if err == nil || !strings.Contains(err.Error(), "c.nq:1: invalid N-Quads statement: column 43: unknown escape \\q") {
		t.Errorf("got %v", err)
	}
}
