package memgraph

import (
	"cmp"
	"slices"

	dgraph "github.com/dominikbraun/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// Ego returns the graph around one actor: the actors within depth relations
// of iri, either direction (depth 1 when zero or less), and every edge
// between them. Degree and Support count within the new graph. An unknown
// iri gives an empty graph.
func (g *Graph) Ego(iri graph.IRI, depth int) *Graph {
	keep := map[graph.IRI]bool{}
	if _, ok := g.index[iri]; ok {
		keep[iri] = true
		for _, n := range g.Neighbors(iri, NeighborOptions{Depth: max(depth, 1)}) {
			keep[n.Node.IRI] = true
		}
	}
	return g.induced(keep, nil)
}

// Top returns the core of a large graph for a map: only the relations
// stated at least minSupport times, and the maxNodes most connected actors
// they link (most distinct neighbours, then most statements, then by
// label) that are linked to another kept actor, with the edges between
// them. An actor whose every neighbour is cut gives its place to the next
// most connected, so Top holds fewer than maxNodes actors only when fewer
// can be linked. maxNodes of zero or less keeps every linked actor. Degree
// and Support count within the new graph.
func (g *Graph) Top(maxNodes, minSupport int) *Graph {
	var edges []Edge
	for _, e := range g.edges {
		var rs []Relation
		for _, r := range e.Relations {
			if r.Count >= minSupport {
				rs = append(rs, r)
			}
		}
		if rs != nil {
			edges = append(edges, Edge{From: e.From, To: e.To, Relations: rs})
		}
	}
	kept, err := build(g.actors(), edges)
	if err != nil {
		// Unreachable: build fails only on an actor listed twice or an
		// edge to an actor not listed, and g has neither.
		return empty()
	}
	ranked := make([]Node, 0, len(kept.nodes))
	for _, n := range kept.nodes {
		if n.Degree > 0 {
			ranked = append(ranked, n)
		}
	}
	slices.SortFunc(ranked, func(a, b Node) int {
		return cmp.Or(cmp.Compare(b.Degree, a.Degree), byRelevance(a, b))
	})
	if maxNodes <= 0 {
		maxNodes = len(ranked)
	}
	keep := map[graph.IRI]bool{}
	for next := 0; ; {
		for ; len(keep) < maxNodes && next < len(ranked); next++ {
			keep[ranked[next].IRI] = true
		}
		// Decide on the whole set before deleting, so that the result does
		// not depend on map order.
		var lone []graph.IRI
		for v := range keep {
			if !kept.linkedWithin(v, keep) {
				lone = append(lone, v)
			}
		}
		if lone == nil {
			break
		}
		for _, v := range lone {
			delete(keep, v)
		}
	}
	return kept.induced(keep, nil)
}

// linkedWithin reports whether v has a neighbour in set.
func (g *Graph) linkedWithin(v graph.IRI, set map[graph.IRI]bool) bool {
	for _, w := range g.out[v] {
		if set[w] {
			return true
		}
	}
	for _, w := range g.in[v] {
		if set[w] {
			return true
		}
	}
	return false
}

// Subgraph returns the graph of the actors in keep (IRIs g does not hold
// are ignored) and the edges between them for which keepEdge returns true,
// or all of those when keepEdge is nil. Degree and Support count within the
// new graph.
func (g *Graph) Subgraph(keep []graph.IRI, keepEdge func(Edge) bool) *Graph {
	set := make(map[graph.IRI]bool, len(keep))
	for _, v := range keep {
		set[v] = true
	}
	return g.induced(set, keepEdge)
}

// induced returns the graph of the actors in keep and the edges between
// them that keepEdge, when not nil, accepts.
func (g *Graph) induced(keep map[graph.IRI]bool, keepEdge func(Edge) bool) *Graph {
	var edges []Edge
	for _, e := range g.edges {
		if keep[e.From] && keep[e.To] && (keepEdge == nil || keepEdge(e)) {
			edges = append(edges, e)
		}
	}
	var actors []graph.ActorNode
	for _, n := range g.nodes {
		if keep[n.IRI] {
			actors = append(actors, n.ActorNode)
		}
	}
	sub, err := build(actors, edges)
	if err != nil {
		// Unreachable: build fails only on an actor listed twice or an
		// edge to an actor not listed, and g has neither.
		return empty()
	}
	return sub
}

func (g *Graph) actors() []graph.ActorNode {
	a := make([]graph.ActorNode, len(g.nodes))
	for i, n := range g.nodes {
		a[i] = n.ActorNode
	}
	return a
}

// empty returns a graph with no actors.
func empty() *Graph {
	return &Graph{
		store: dgraph.New(func(i graph.IRI) graph.IRI { return i }, dgraph.Directed()),
		index: map[graph.IRI]int{},
	}
}
