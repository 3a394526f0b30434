package memgraph

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// diamond: A reaches D in two hops through B (2 statements each way) or C
// (1 statement on its weaker hop), and in three through E and F; X is
// linked to nobody on the way.
func diamond(t *testing.T) *Graph {
	t.Helper()
	var actors []graph.ActorNode
	for _, n := range []string{"A", "B", "C", "D", "E", "F", "X", "Y"} {
		actors = append(actors, actor(n, graph.Person))
	}
	g, err := New(&graph.Dataset{
		Actors: actors,
		Statements: []graph.Statement{
			st("A", "met", "B", 1), st("A", "met", "B", 2),
			st("D", "praised", "B", 3), st("B", "called", "D", 4),
			st("A", "met", "C", 5), st("C", "met", "D", 6),
			st("A", "met", "E", 7), st("E", "met", "F", 7), st("F", "met", "D", 7),
			st("X", "met", "Y", 8),
		},
		Sentences: sentences(8),
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func pathLabels(p Path) string {
	var s []string
	for _, n := range p.Nodes {
		s = append(s, n.Label)
	}
	return strings.Join(s, "-")
}

func TestPaths(t *testing.T) {
	g := diamond(t)
	paths, err := g.Paths(iri("A"), iri("D"), PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range paths {
		got = append(got, pathLabels(p))
	}
	if want := []string{"A-B-D", "A-C-D"}; !slices.Equal(got, want) {
		t.Fatalf("paths %q, want %q (the shortest, best supported first)", got, want)
	}
	hop := paths[0].Hops[1]
	if hop.From != iri("B") || hop.To != iri("D") || len(hop.Relations) != 2 || hop.Statements() != 2 {
		t.Fatalf("hop B-D %+v", hop)
	}
	if r := hop.Relations[0]; r.Direction != Out || r.Predicate != "called" || len(r.Evidence) != 1 || r.Evidence[0].Text != "Sentence 4." {
		t.Errorf("B called D: %+v", r)
	}
	if r := hop.Relations[1]; r.Direction != In || r.Predicate != "praised" {
		t.Errorf("D praised B: %+v", r)
	}

	// the other way round, the same chains reversed
	back, err := g.Paths(iri("D"), iri("A"), PathOptions{Limit: 1})
	if err != nil || len(back) != 1 || pathLabels(back[0]) != "D-B-A" {
		t.Errorf("D to A, limit 1: %v, %v", back, err)
	}
	if _, err := g.Paths(iri("A"), iri("D"), PathOptions{MaxHops: 1}); !errors.Is(err, ErrNoPath) {
		t.Errorf("max 1 hop: %v, want ErrNoPath", err)
	}
	if p, err := g.Paths(iri("A"), iri("D"), PathOptions{MaxHops: 2}); err != nil || len(p) != 2 {
		t.Errorf("max 2 hops: %d paths, %v", len(p), err)
	}
	if _, err := g.Paths(iri("A"), iri("X"), PathOptions{}); !errors.Is(err, ErrNoPath) {
		t.Errorf("A to X: %v, want ErrNoPath", err)
	}
	if _, err := g.Paths(iri("A"), iri("nobody"), PathOptions{}); err == nil || errors.Is(err, ErrNoPath) {
		t.Errorf("unknown actor: %v", err)
	}
	if _, err := g.Paths(iri("A"), iri("A"), PathOptions{}); err == nil {
		t.Error("a path from A to itself")
	}
}

// TestPathsMany: in a ladder of n rungs there are 2^n shortest paths;
// Paths returns the limit asked, all of the shortest length.
func TestPathsMany(t *testing.T) {
	var actors []graph.ActorNode
	var stmts []graph.Statement
	name := func(i, side int) string { return string(rune('a'+side)) + strings.Repeat("x", i) }
	actors = append(actors, actor("S", graph.Person), actor("T", graph.Person))
	const n = 12
	for i := 0; i < n; i++ {
		for side := 0; side < 2; side++ {
			actors = append(actors, actor(name(i, side), graph.Person))
			if i == 0 {
				stmts = append(stmts, st("S", "met", name(i, side), 1))
			} else {
				stmts = append(stmts, st(name(i-1, 0), "met", name(i, side), 1), st(name(i-1, 1), "met", name(i, side), 1))
			}
		}
	}
	stmts = append(stmts, st(name(n-1, 0), "met", "T", 1), st(name(n-1, 1), "met", "T", 1))
	g, err := New(&graph.Dataset{Actors: actors, Statements: stmts, Sentences: sentences(1)})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := g.Paths(iri("S"), iri("T"), PathOptions{Limit: 7})
	if err != nil || len(paths) != 7 {
		t.Fatalf("%d paths, %v", len(paths), err)
	}
	for _, p := range paths {
		if len(p.Hops) != n+1 {
			t.Errorf("path of %d hops, want %d", len(p.Hops), n+1)
		}
	}
}
