package memgraph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	dgraph "github.com/dominikbraun/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// Graph is an immutable in-memory actor graph. The zero value is not usable;
// build one with New.
type Graph struct {
	store dgraph.Graph[graph.IRI, graph.IRI]
	// nodes are sorted by IRI; index maps an IRI to its position.
	nodes []Node
	index map[graph.IRI]int
	// edges are sorted by From, then To.
	edges []Edge
	// out and in list every actor's successors and predecessors, sorted by
	// IRI, as read once from the store.
	out, in map[graph.IRI][]graph.IRI
}

// Node is an actor with the size of its part in the graph.
type Node struct {
	graph.ActorNode
	// Degree is the number of distinct actors it is linked to, in either
	// direction.
	Degree int
	// Support is the number of distinct statements that have it as subject
	// or object.
	Support int
}

// Relation is one predicate linking an ordered pair of actors.
type Relation struct {
	// Predicate is the relation's name, graph.Statement.Name.
	Predicate string
	// Count is the number of distinct statements (quads) that state it.
	Count int
	// Class is the event class of its first statement that has one
	// (graph.Statement.Class), "" when none has.
	Class string
	// Evidence holds the sentences those statements rest on, without
	// duplicates, sorted by article, offset and text. A statement whose
	// graph label names no known sentence counts but adds no evidence.
	Evidence []graph.Evidence
}

// Edge is every relation from one actor to another.
type Edge struct {
	From, To graph.IRI
	// Relations are sorted by Count, highest first, then by Predicate.
	Relations []Relation
}

// Statements returns the number of statements behind the edge: the sum of
// its relations' counts.
func (e Edge) Statements() int {
	n := 0
	for _, r := range e.Relations {
		n += r.Count
	}
	return n
}

// New builds the graph of d. It reports every actor listed twice and every
// statement that links an actor missing from d.Actors or links an actor to
// itself, and then returns no graph.
func New(d *graph.Dataset) (*Graph, error) {
	return NewContext(context.Background(), d)
}

// NewContext is New that gives up, returning ctx's error, when ctx ends
// before the graph is built.
func NewContext(ctx context.Context, d *graph.Dataset) (*Graph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if d == nil {
		return nil, errors.New("memgraph: nil dataset")
	}
	var errs []error
	seen := make(map[graph.IRI]bool, len(d.Actors))
	for _, a := range d.Actors {
		if seen[a.IRI] {
			errs = append(errs, fmt.Errorf("actor %s listed twice", a.IRI))
		}
		seen[a.IRI] = true
	}
	type key struct {
		from, to graph.IRI
		pred     string
	}
	type stated struct {
		key
		sentence string
	}
	counted := map[stated]bool{}
	rels := map[key]*Relation{}
	for i, s := range d.Statements {
		if i%4096 == 4095 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		switch {
		case !seen[s.Subject]:
			errs = append(errs, fmt.Errorf("statement %d: subject %s is not an actor", i+1, s.Subject))
			continue
		case !seen[s.Object]:
			errs = append(errs, fmt.Errorf("statement %d: object %s is not an actor", i+1, s.Object))
			continue
		case s.Subject == s.Object:
			errs = append(errs, fmt.Errorf("statement %d: %s is linked to itself", i+1, s.Subject))
			continue
		}
		k := key{s.Subject, s.Object, s.Name()}
		st := stated{k, termKey(s.Graph)}
		if counted[st] {
			continue // the same quad again: RDF datasets are sets
		}
		counted[st] = true
		r := rels[k]
		if r == nil {
			r = &Relation{Predicate: k.pred}
			rels[k] = r
		}
		r.Count++
		if r.Class == "" {
			r.Class = s.Class
		}
		if iri, ok := s.Graph.(graph.IRI); ok {
			if ev, ok := d.Sentences[iri]; ok {
				r.Evidence = append(r.Evidence, ev)
			}
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("memgraph: %w", errors.Join(errs...))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pairs := map[[2]graph.IRI]*Edge{}
	for k, r := range rels {
		slices.SortFunc(r.Evidence, compareEvidence)
		r.Evidence = slices.Compact(r.Evidence)
		p := [2]graph.IRI{k.from, k.to}
		e := pairs[p]
		if e == nil {
			e = &Edge{From: k.from, To: k.to}
			pairs[p] = e
		}
		e.Relations = append(e.Relations, *r)
	}
	edges := make([]Edge, 0, len(pairs))
	for _, e := range pairs {
		sortRelations(e.Relations)
		edges = append(edges, *e)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return build(d.Actors, edges)
}

// build stores actors and edges, whose endpoints must be among actors, and
// computes each node's degree and support.
func build(actors []graph.ActorNode, edges []Edge) (*Graph, error) {
	g := &Graph{
		store: dgraph.New(func(i graph.IRI) graph.IRI { return i }, dgraph.Directed()),
		nodes: make([]Node, len(actors)),
		index: make(map[graph.IRI]int, len(actors)),
		edges: edges,
	}
	for i, a := range actors {
		g.nodes[i] = Node{ActorNode: a}
	}
	slices.SortFunc(g.nodes, func(a, b Node) int { return strings.Compare(string(a.IRI), string(b.IRI)) })
	for i, n := range g.nodes {
		g.index[n.IRI] = i
		if err := g.store.AddVertex(n.IRI); err != nil {
			return nil, fmt.Errorf("memgraph: add actor %s: %w", n.IRI, err)
		}
	}
	slices.SortFunc(g.edges, compareEdges)
	for i := range g.edges {
		e := &g.edges[i]
		if err := g.store.AddEdge(e.From, e.To, dgraph.EdgeData(i), dgraph.EdgeWeight(e.Statements())); err != nil {
			return nil, fmt.Errorf("memgraph: add edge %s -> %s: %w", e.From, e.To, err)
		}
	}
	succ, err := g.store.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("memgraph: adjacency: %w", err)
	}
	pred, err := g.store.PredecessorMap()
	if err != nil {
		return nil, fmt.Errorf("memgraph: predecessors: %w", err)
	}
	g.out, g.in = sortedKeys(succ), sortedKeys(pred)
	for i := range g.nodes {
		n := &g.nodes[i]
		n.Degree = len(union(g.out[n.IRI], g.in[n.IRI]))
	}
	for _, e := range g.edges {
		s := e.Statements()
		g.nodes[g.index[e.From]].Support += s
		g.nodes[g.index[e.To]].Support += s
	}
	return g, nil
}

// Len returns the number of actors.
func (g *Graph) Len() int { return len(g.nodes) }

// Nodes returns every actor, sorted by IRI.
func (g *Graph) Nodes() []Node { return slices.Clone(g.nodes) }

// Edges returns every edge, sorted by From, then To.
func (g *Graph) Edges() []Edge { return slices.Clone(g.edges) }

// Node returns the actor with the given IRI.
func (g *Graph) Node(iri graph.IRI) (Node, bool) {
	i, ok := g.index[iri]
	if !ok {
		return Node{}, false
	}
	return g.nodes[i], true
}

// Edge returns the edge from one actor to another.
func (g *Graph) Edge(from, to graph.IRI) (Edge, bool) {
	e, err := g.store.Edge(from, to)
	if err != nil {
		return Edge{}, false
	}
	i, ok := e.Properties.Data.(int)
	if !ok {
		return Edge{}, false
	}
	return g.edges[i], true
}

func termKey(t graph.Term) string {
	if t == nil {
		return ""
	}
	return t.String()
}

func compareEvidence(a, b graph.Evidence) int {
	return cmp.Or(
		strings.Compare(string(a.Article), string(b.Article)),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		strings.Compare(a.Text, b.Text),
	)
}

func compareEdges(a, b Edge) int {
	return cmp.Or(
		strings.Compare(string(a.From), string(b.From)),
		strings.Compare(string(a.To), string(b.To)),
	)
}

func sortRelations(rs []Relation) {
	slices.SortFunc(rs, func(a, b Relation) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Predicate, b.Predicate))
	})
}

// sortedKeys turns an adjacency map into sorted neighbour lists.
func sortedKeys(m map[graph.IRI]map[graph.IRI]dgraph.Edge[graph.IRI]) map[graph.IRI][]graph.IRI {
	out := make(map[graph.IRI][]graph.IRI, len(m))
	for v, adj := range m {
		if len(adj) == 0 {
			continue
		}
		l := make([]graph.IRI, 0, len(adj))
		for w := range adj {
			l = append(l, w)
		}
		slices.Sort(l)
		out[v] = l
	}
	return out
}

// union merges two sorted lists without duplicates.
func union(a, b []graph.IRI) []graph.IRI {
	u := make([]graph.IRI, 0, len(a)+len(b))
	u = append(append(u, a...), b...)
	slices.Sort(u)
	return slices.Compact(u)
}
