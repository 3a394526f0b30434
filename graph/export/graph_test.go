package export

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestFromDataset: every actor is a node; every distinct statement an
// edge with its sentence, offsets, article and the article's file; a quad
// read twice is one edge.
func TestFromDataset(t *testing.T) {
	m, _ := graph.NewMinter(graph.DefaultBase)
	arts := []graph.Article{{
		ID: "a1", Source: "news/one.txt",
		Actors: []graph.Actor{
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump"}},
			{Name: "Russia", Type: graph.Country},
		},
		Sentences: []graph.Sentence{{Text: "Trump thanked Russia.", Start: 0, End: 21}},
		Relations: []graph.Relation{{Subject: 0, Predicate: "thanked", Object: 1, Sentence: 0}},
	}}
	quads := graph.Encode(m, arts)
	quads = append(quads, quads...)
	g := FromDataset(graph.Decode(quads))
	if len(g.Nodes) != 2 || g.Nodes[0].Label != "Donald Trump" || g.Nodes[0].Type != graph.Person || len(g.Nodes[0].Aliases) != 1 {
		t.Errorf("nodes %+v", g.Nodes)
	}
	if len(g.Edges) != 1 {
		t.Fatalf("edges %+v, want 1", g.Edges)
	}
	e := g.Edges[0]
	want := Edge{
		ID: "e1", Source: m.Actor("Donald Trump"), Target: m.Actor("Russia"),
		Predicate: "thanked", PredicateIRI: m.Predicate("thanked"),
		Sentence: m.Sentence("a1", 1), Evidence: "Trump thanked Russia.", Start: 0, End: 21,
		Article: m.Article("a1"), File: "news/one.txt",
	}
	if e != want {
		t.Errorf("edge\n got %+v\nwant %+v", e, want)
	}
	if err := checkGraph(g); err != nil {
		t.Error(err)
	}
	if len(FromDataset(nil).Edges) != 0 {
		t.Error("nil dataset")
	}
}

func TestCheckGraph(t *testing.T) {
	for name, mutate := range map[string]func(*Graph){
		"node twice":     func(g *Graph) { g.Nodes = append(g.Nodes, g.Nodes[0]) },
		"edge id twice":  func(g *Graph) { g.Edges[1].ID = "e1" },
		"edge no id":     func(g *Graph) { g.Edges[0].ID = "" },
		"unknown source": func(g *Graph) { g.Edges[0].Source = "x:y" },
		"unknown target": func(g *Graph) { g.Edges[2].Target = "x:y" },
	} {
		g := sampleGraph()
		mutate(g)
		if checkGraph(g) == nil {
			t.Errorf("%s: accepted", name)
		}
		if err := WriteGraphML(discard{}, g); err == nil {
			t.Errorf("%s: WriteGraphML wrote it", name)
		}
	}
	if checkGraph(nil) == nil {
		t.Error("nil graph accepted")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
