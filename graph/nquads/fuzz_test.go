package nquads

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// FuzzRoundTrip checks that for any input, the quads read from it write, read
// back without error and write again byte for byte the same.
func FuzzRoundTrip(f *testing.F) {
	f.Add(s + p + o + "<http://example/g> .\n")
	f.Add(s + p + `"a\"@b\u00E9\U0001F600\t"@en-GB .` + "\n")
	f.Add("_:b.1 " + p + `"1"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .` + "\r\n# c\n")
	f.Add(s + p + `"\u0000\u007F\uFFFF"^^<http://www.w3.org/2001/XMLSchema#string> .`)
	for _, dir := range []string{"rdf-n-quads", "rdf-n-triples"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "rdf-tests", "rdf", "rdf11", dir, "*.n[qt]"))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(string(data))
			}
		}
	}
	f.Fuzz(func(t *testing.T, in string) {
		quads, _ := ReadAll(strings.NewReader(in), "fuzz.nq")
		first := writeAll(t, quads)
		back, err := ReadAll(strings.NewReader(first), "first.nq")
		if err != nil {
			t.Fatalf("written output does not read: %v\n%s", err, first)
		}
		if len(back) != len(quads) {
			t.Fatalf("read back %d quads, wrote %d", len(back), len(quads))
		}
		if second := writeAll(t, back); second != first {
			t.Fatalf("second write differs\nfirst:  %q\nsecond: %q", first, second)
		}
	})
}

// FuzzWriteRead checks that any quad the Writer accepts reads back as the
// same quad, up to the canonical changes: xsd:string dropped, language tag
// lower-cased.
func FuzzWriteRead(f *testing.F) {
	f.Add("http://example/s", "http://example/p", "x\"\\\n\x00é", "en-GB", "", "http://example/g")
	f.Add("_b", "http://example/p", "1", "", "http://www.w3.org/2001/XMLSchema#integer", "")
	f.Fuzz(func(t *testing.T, subj, pred, value, lang, dt, g string) {
		q := graph.Quad{Predicate: graph.IRI(pred), Object: graph.Literal{Value: value, Lang: lang, Datatype: graph.IRI(dt)}}
		if strings.HasPrefix(subj, "_") {
			q.Subject = graph.BlankNode(subj[1:])
		} else {
			q.Subject = graph.IRI(subj)
		}
		if g != "" {
			q.Graph = graph.IRI(g)
		}
		if Validate(q) != nil {
			return
		}
		out := writeAll(t, []graph.Quad{q})
		back, err := ReadAll(strings.NewReader(out), "out.nq")
		if err != nil {
			t.Fatalf("written quad does not read: %v\n%s", err, out)
		}
		want := q
		l := want.Object.(graph.Literal)
		l.Lang = strings.ToLower(l.Lang)
		if l.Datatype == graph.XSDString || l.Lang != "" {
			l.Datatype = ""
		}
		want.Object = l
		if len(back) != 1 || back[0] != want {
			t.Fatalf("read %#v, wrote %#v", back, want)
		}
	})
}
