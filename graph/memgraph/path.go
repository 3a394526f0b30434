package memgraph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	dgraph "github.com/dominikbraun/graph"

	"github.com/actorgraph/actorgraph/graph"
)

// PathOptions narrow a path query.
type PathOptions struct {
	// MaxHops is the most relations a path may take; no limit when zero or
	// less.
	MaxHops int
	// Limit is the most paths returned; 10 when zero or less.
	Limit int
}

// Path is a chain of relations from one actor to another.
type Path struct {
	// Nodes are the actors along the path, the first and the last the
	// ones asked about.
	Nodes []Node
	// Hops link Nodes[i] and Nodes[i+1].
	Hops []Hop
}

// Hop is every relation between two consecutive actors of a path, in
// either direction.
type Hop struct {
	From, To graph.IRI
	// Relations are those of the edge From → To (Direction Out) and then
	// those of To → From (Direction In), each sorted as Edge.Relations.
	Relations []HopRelation
}

// HopRelation is one relation of a hop: Direction Out when it reads
// From → To, In when To → From.
type HopRelation struct {
	Direction Direction
	Relation
}

// Statements returns the number of statements behind the hop.
func (h Hop) Statements() int {
	n := 0
	for _, r := range h.Relations {
		n += r.Count
	}
	return n
}

// ErrNoPath is returned by Paths when no chain of at most MaxHops
// relations links the two actors.
var ErrNoPath = errors.New("no path")

// Paths returns the shortest chains of relations between from and to,
// following relations either way: every path of the least number of hops,
// up to opt.Limit of them, the best supported first (the most statements
// on its weakest hop, then in all), then by the labels along it. It
// returns ErrNoPath when the shortest takes more than opt.MaxHops hops or
// none exists, and an error naming an actor the graph does not hold.
//
// The length comes from github.com/dominikbraun/graph's ShortestPath on
// the graph with its edges undirected; the paths of that length are the
// walks that go one step nearer to "to" at every hop, as the distances of
// a breadth-first search from each end say.
func (g *Graph) Paths(from, to graph.IRI, opt PathOptions) ([]Path, error) {
	for _, v := range []graph.IRI{from, to} {
		if _, ok := g.index[v]; !ok {
			return nil, fmt.Errorf("memgraph: no actor %s", v)
		}
	}
	if from == to {
		return nil, fmt.Errorf("memgraph: a path needs two actors, not %s twice", from)
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 10
	}
	und := dgraph.New(func(i graph.IRI) graph.IRI { return i })
	for _, n := range g.nodes {
		if err := und.AddVertex(n.IRI); err != nil {
			return nil, fmt.Errorf("memgraph: %w", err)
		}
	}
	for _, e := range g.edges {
		err := und.AddEdge(e.From, e.To)
		if err != nil && !errors.Is(err, dgraph.ErrEdgeAlreadyExists) {
			return nil, fmt.Errorf("memgraph: %w", err)
		}
	}
	shortest, err := dgraph.ShortestPath(und, from, to)
	if errors.Is(err, dgraph.ErrTargetNotReachable) {
		return nil, ErrNoPath
	}
	if err != nil {
		return nil, fmt.Errorf("memgraph: shortest path: %w", err)
	}
	hops := len(shortest) - 1
	if opt.MaxHops > 0 && hops > opt.MaxHops {
		return nil, ErrNoPath
	}
	adj, err := und.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("memgraph: adjacency: %w", err)
	}
	dist := distances(adj, to, hops)
	// Every walk that steps to a neighbour one nearer to "to" is a
	// shortest path; there can be very many, so the walk stops after
	// maxWalks and the best of those found are returned.
	maxWalks := max(limit*100, 1000)
	var walks [][]graph.IRI
	var walk func(path []graph.IRI)
	walk = func(path []graph.IRI) {
		if len(walks) >= maxWalks {
			return
		}
		v := path[len(path)-1]
		if v == to {
			walks = append(walks, slices.Clone(path))
			return
		}
		next := make([]graph.IRI, 0, len(adj[v]))
		for w := range adj[v] {
			if d, ok := dist[w]; ok && d == dist[v]-1 {
				next = append(next, w)
			}
		}
		slices.Sort(next)
		for _, w := range next {
			walk(append(path, w))
		}
	}
	if _, ok := dist[from]; ok {
		walk([]graph.IRI{from})
	}
	paths := make([]Path, 0, len(walks))
	for _, w := range walks {
		paths = append(paths, g.path(w))
	}
	slices.SortFunc(paths, comparePaths)
	if len(paths) > limit {
		paths = paths[:limit]
	}
	return paths, nil
}

// distances returns the number of hops from start to every vertex at most
// limit hops away, by breadth-first search over adj.
func distances(adj map[graph.IRI]map[graph.IRI]dgraph.Edge[graph.IRI], start graph.IRI, limit int) map[graph.IRI]int {
	dist := map[graph.IRI]int{start: 0}
	frontier := []graph.IRI{start}
	for d := 1; d <= limit && len(frontier) > 0; d++ {
		var next []graph.IRI
		for _, v := range frontier {
			for w := range adj[v] {
				if _, seen := dist[w]; !seen {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	return dist
}

// path returns the Path through the actors of walk.
func (g *Graph) path(walk []graph.IRI) Path {
	p := Path{Nodes: make([]Node, len(walk))}
	for i, v := range walk {
		p.Nodes[i] = g.nodes[g.index[v]]
	}
	for i := 0; i+1 < len(walk); i++ {
		h := Hop{From: walk[i], To: walk[i+1]}
		if e, ok := g.Edge(h.From, h.To); ok {
			for _, r := range e.Relations {
				h.Relations = append(h.Relations, HopRelation{Out, r})
			}
		}
		if e, ok := g.Edge(h.To, h.From); ok {
			for _, r := range e.Relations {
				h.Relations = append(h.Relations, HopRelation{In, r})
			}
		}
		p.Hops = append(p.Hops, h)
	}
	return p
}

// weakest returns the statements of the path's least supported hop, and
// the statements of all its hops.
func (p Path) weakest() (weakest, total int) {
	for i, h := range p.Hops {
		s := h.Statements()
		if i == 0 || s < weakest {
			weakest = s
		}
		total += s
	}
	return weakest, total
}

func comparePaths(a, b Path) int {
	wa, ta := a.weakest()
	wb, tb := b.weakest()
	if c := cmp.Or(cmp.Compare(wb, wa), cmp.Compare(tb, ta)); c != 0 {
		return c
	}
	for i := range min(len(a.Nodes), len(b.Nodes)) {
		if c := cmp.Or(strings.Compare(a.Nodes[i].Label, b.Nodes[i].Label), strings.Compare(string(a.Nodes[i].IRI), string(b.Nodes[i].IRI))); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.Nodes), len(b.Nodes))
}
