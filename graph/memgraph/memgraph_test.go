package memgraph

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph/memgraphtest"
)

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		d    *graph.Dataset
		want []string // substrings of the error; nil for no error
	}{
		{name: "nil dataset", d: nil, want: []string{"nil dataset"}},
		{name: "empty dataset", d: &graph.Dataset{}},
		{
			name: "actor listed twice",
			d:    &graph.Dataset{Actors: []graph.ActorNode{actor("A", graph.Person), actor("A", graph.Person)}},
			want: []string{"actor/A> listed twice"},
		},
		{
			name: "every bad statement reported",
			d: &graph.Dataset{
				Actors: []graph.ActorNode{actor("A", graph.Person), actor("B", graph.Person)},
				Statements: []graph.Statement{
					st("A", "met", "B", 0),
					st("X", "met", "B", 0),
					st("A", "met", "Y", 0),
					st("A", "met", "A", 0),
				},
			},
			want: []string{"statement 2: subject", "actor/X> is not an actor", "statement 3: object", "actor/Y", "statement 4", "linked to itself"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := New(tt.d)
			if tt.want == nil {
				if err != nil || g == nil {
					t.Fatalf("New = %v, %v; want a graph", g, err)
				}
				return
			}
			if err == nil {
				t.Fatalf("New succeeded; want error containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestNewEdges(t *testing.T) {
	g := mustNew(t, sample())
	tests := []struct {
		name     string
		from, to string
		want     []Relation // evidence checked by start offset below
		starts   [][]int
	}{
		{
			name: "repeated quad counted once, relations by count",
			from: "Donald_Trump", to: "Volodymyr_Zelenskyy",
			want:   []Relation{{Predicate: "met", Count: 2}, {Predicate: "praised", Count: 1}},
			starts: [][]int{{200, 300}, {300}},
		},
		{
			name: "reverse direction is its own edge",
			from: "Volodymyr_Zelenskyy", to: "Donald_Trump",
			want: []Relation{{Predicate: "met", Count: 1}}, starts: [][]int{{400}},
		},
		{
			name: "default graph counts without evidence",
			from: "United_States", to: "Russia",
			want: []Relation{{Predicate: "sanctioned", Count: 1}}, starts: [][]int{nil},
		},
		{name: "no edge", from: "Russia", to: "United_States"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := g.Edge(iri(tt.from), iri(tt.to))
			if ok != (tt.want != nil) {
				t.Fatalf("Edge found = %v, want %v", ok, tt.want != nil)
			}
			if len(e.Relations) != len(tt.want) {
				t.Fatalf("relations = %+v, want %+v", e.Relations, tt.want)
			}
			for i, r := range e.Relations {
				if r.Predicate != tt.want[i].Predicate || r.Count != tt.want[i].Count {
					t.Errorf("relation %d = %s×%d, want %s×%d", i, r.Predicate, r.Count, tt.want[i].Predicate, tt.want[i].Count)
				}
				var starts []int
				for _, ev := range r.Evidence {
					starts = append(starts, ev.Start)
				}
				if !reflect.DeepEqual(starts, tt.starts[i]) {
					t.Errorf("relation %s evidence starts = %v, want %v", r.Predicate, starts, tt.starts[i])
				}
			}
		})
	}
}

func TestNodes(t *testing.T) {
	g := mustNew(t, sample())
	tests := []struct {
		name            string
		degree, support int
	}{
		{"Donald_Trump", 3, 6},        // Zelenskyy (both ways), US, NATO; 2 met + praised + met back + president-of + called-on
		{"Volodymyr_Zelenskyy", 2, 5}, // Trump, Ukraine
		{"Russia", 4, 4},              // Putin, Ukraine, Crimea, United States
		{"Cold_War", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, ok := g.Node(iri(tt.name))
			if !ok {
				t.Fatal("not found")
			}
			if n.Degree != tt.degree || n.Support != tt.support {
				t.Errorf("degree, support = %d, %d; want %d, %d", n.Degree, n.Support, tt.degree, tt.support)
			}
		})
	}
	if _, ok := g.Node(iri("Nobody")); ok {
		t.Error("Node(unknown) found")
	}
	nodes := g.Nodes()
	if len(nodes) != g.Len() || len(nodes) != 10 {
		t.Fatalf("Nodes() has %d, Len() %d; want 10", len(nodes), g.Len())
	}
	for i := 1; i < len(nodes); i++ {
		if nodes[i-1].IRI >= nodes[i].IRI {
			t.Errorf("Nodes not sorted by IRI at %d: %s, %s", i, nodes[i-1].IRI, nodes[i].IRI)
		}
	}
	edges := g.Edges()
	if len(edges) != 10 {
		t.Errorf("Edges() has %d, want 10", len(edges))
	}
	for i := 1; i < len(edges); i++ {
		if compareEdges(edges[i-1], edges[i]) >= 0 {
			t.Errorf("Edges not sorted at %d", i)
		}
	}
}

// TestFromQuads builds a graph from what the build command writes: an
// Article encoded as quads and decoded again.
func TestFromQuads(t *testing.T) {
	m, err := graph.NewMinter(graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	text := "Trump met Zelensky. Trump met Zelensky again and praised him."
	art := graph.Article{
		ID: graph.ArticleID([]byte(text)),
		Actors: []graph.Actor{
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump"}},
			{Name: "Volodymyr Zelenskyy", Type: graph.Person, Aliases: []string{"Zelensky"}},
		},
		Sentences: []graph.Sentence{{Text: "Trump met Zelensky.", Start: 0, End: 19}, {Text: "Trump met Zelensky again and praised him.", Start: 20, End: 61}},
		Relations: []graph.Relation{
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 1},
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
			{Subject: 0, Predicate: "praised", Object: 1, Sentence: 1},
		},
	}
	g := mustNew(t, graph.Decode(graph.Encode(m, []graph.Article{art})))
	if got := labels(g.Find("zelensky")); !reflect.DeepEqual(got, []string{"Volodymyr Zelenskyy"}) {
		t.Errorf("Find(zelensky) = %v", got)
	}
	e, ok := g.Edge(m.Actor("Donald Trump"), m.Actor("Volodymyr Zelenskyy"))
	if !ok {
		t.Fatal("no edge Trump -> Zelenskyy")
	}
	want := []Relation{
		{Predicate: "met", Count: 2, Evidence: []graph.Evidence{
			{Text: art.Sentences[0].Text, Article: m.Article(art.ID), Start: 0, End: 19},
			{Text: art.Sentences[1].Text, Article: m.Article(art.ID), Start: 20, End: 61},
		}},
		{Predicate: "praised", Count: 1, Evidence: []graph.Evidence{
			{Text: art.Sentences[1].Text, Article: m.Article(art.ID), Start: 20, End: 61},
		}},
	}
	if !reflect.DeepEqual(e.Relations, want) {
		t.Errorf("relations = %+v\nwant %+v", e.Relations, want)
	}
}

// TestNewContextCancelled checks that a cancelled context stops the build.
func TestNewContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	g, err := NewContext(ctx, memgraphtest.Sample())
	if g != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("got graph %v, error %v", g != nil, err)
	}
}

// cancelAfter is a context whose Err reports cancellation from its n-th
// call on, to stop a build at a known point.
type cancelAfter struct {
	context.Context
	n int
}

func (c *cancelAfter) Err() error {
	if c.n--; c.n <= 0 {
		return context.Canceled
	}
	return nil
}

// TestNewContextStopsMidway checks that the build looks at its context
// while it reads the statements, not only before and after.
func TestNewContextStopsMidway(t *testing.T) {
	d := memgraphtest.Synthetic(5000, 1)
	if len(d.Statements) < 2*4096 {
		t.Fatalf("only %d statements; the test needs more than 8192", len(d.Statements))
	}
	g, err := NewContext(&cancelAfter{context.Background(), 2}, d)
	if g != nil || !errors.Is(err, context.Canceled) {
		t.Errorf("got graph %v, error %v", g != nil, err)
	}
}
