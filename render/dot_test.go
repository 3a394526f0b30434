package render

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/internal/golden"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

func TestDOTGolden(t *testing.T) {
	tests := []struct {
		name string
		g    func(testing.TB) *memgraph.Graph
		opt  Options
	}{
		{name: "sample", g: sampleGraph},
		{name: "sample-dot-titled", g: sampleGraph, opt: Options{Layout: "dot", Title: "Seed articles: who did what"}},
		{name: "sample-sfdp", g: sampleGraph, opt: Options{Layout: "sfdp"}},
		{name: "hostile", g: hostileGraph, opt: Options{Title: `<b>"Names" & \ things</b>`}},
		{name: "empty", g: func(t testing.TB) *memgraph.Graph { return rendertest.Graph(t, &graph.Dataset{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DOT(tt.g(t), tt.opt)
			if !bytes.Equal(got, DOT(tt.g(t), tt.opt)) {
				t.Fatal("DOT differs between two calls")
			}
			golden.Check(t, filepath.Join("testdata", tt.name+".dot"), got)
		})
	}
}

func TestQuote(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Donald Trump", `"Donald Trump"`},
		{"double quote", `Ali "the Chemist"`, `"Ali \"the Chemist\""`},
		{"backslash is literal, not an escape", `C:\n\N`, `"C:\\n\\N"`},
		{"ampersand stays literal", "AT&T &amp;", `"AT&amp;T &amp;amp;"`},
		{"angle brackets need nothing in a quoted string", "<script>", `"<script>"`},
		{"newline and tabs become one space", "one\n\t two\r\n", `"one two"`},
		{"ends trimmed", "  \n Putin \n", `"Putin"`},
		{"Arabic kept", "بشار الأسد", `"بشار الأسد"`},
		{"bidi override dropped", "abc\u202edef\u2066", `"abcdef"`},
		{"zero-width non-joiner kept", "می\u200cخواهم", "\"می\u200cخواهم\""},
		{"empty", "", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quote(tt.in); got != tt.want {
				t.Errorf("quote(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestEdgeLines(t *testing.T) {
	rel := func(p string, n int) memgraph.Relation { return memgraph.Relation{Predicate: p, Count: n} }
	tests := []struct {
		name string
		rels []memgraph.Relation
		want string
	}{
		{"one statement", []memgraph.Relation{rel("met", 1)}, "met"},
		{"stated three times", []memgraph.Relation{rel("met", 3)}, "met ×3"},
		{"several predicates", []memgraph.Relation{rel("met", 2), rel("scolded", 1)}, "met ×2|scolded"},
		{"four fit", []memgraph.Relation{rel("a", 1), rel("b", 1), rel("c", 1), rel("d", 1)}, "a|b|c|d"},
		{"more are counted", []memgraph.Relation{rel("a", 1), rel("b", 1), rel("c", 1), rel("d", 1), rel("e", 1)}, "a|b|c|+2 more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(edgeLines(memgraph.Edge{Relations: tt.rels}), "|"); got != tt.want {
				t.Errorf("edgeLines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPenWidth(t *testing.T) {
	tests := []struct {
		statements int
		want       string
	}{{0, "1.2"}, {1, "1.2"}, {2, "2.7"}, {4, "4.2"}, {8, "5.7"}, {100, "6.0"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := penWidth(tt.statements); got != tt.want {
				t.Errorf("penWidth(%d) = %s, want %s", tt.statements, got, tt.want)
			}
		})
	}
}

// TestEdgeClassColours: an edge whose best-supported relation is a
// conflict or a cooperation event is drawn in that class's colour, the
// legend names the classes present, and an edge of no event class keeps
// the plain colour.
func TestEdgeClassColours(t *testing.T) {
	d := &graph.Dataset{
		Actors: []graph.ActorNode{
			{IRI: "https://t.example/a", Label: "Arland", Type: graph.Country},
			{IRI: "https://t.example/b", Label: "Belmor", Type: graph.Country},
			{IRI: "https://t.example/c", Label: "Cora Vell", Type: graph.Person},
		},
		Statements: []graph.Statement{
			{Subject: "https://t.example/a", Predicate: "https://t.example/rel/attacked", Object: "https://t.example/b", Class: "190"},
			{Subject: "https://t.example/c", Predicate: "https://t.example/rel/president-of", Object: "https://t.example/a", Class: "role"},
		},
	}
	dot := string(DOT(rendertest.Graph(t, d), Options{Layout: "dot"}))
	lines := strings.Split(dot, "\n")
	find := func(sub string) string {
		for _, l := range lines {
			if strings.Contains(l, sub) {
				return l
			}
		}
		return ""
	}
	if l := find(`label="attacked"`); !strings.Contains(l, conflictColour) {
		t.Errorf("the conflict edge is not drawn in %s: %q", conflictColour, l)
	}
	if l := find(`label="president-of"`); l == "" || strings.Contains(l, conflictColour) || strings.Contains(l, cooperationColour) {
		t.Errorf("the role edge is coloured or missing: %q", l)
	}
	if !strings.Contains(dot, `label="conflict"`) || strings.Contains(dot, `label="cooperation"`) {
		t.Errorf("the legend does not list exactly the conflict class:\n%s", dot)
	}
}
