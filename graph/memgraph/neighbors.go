package memgraph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Direction says which way a relation is followed (graph.Direction).
type Direction = graph.Direction

// The directions (graph.Both, graph.Out, graph.In).
const (
	Both = graph.Both
	Out  = graph.Out
	In   = graph.In
)

// NeighborOptions narrow a neighbour query.
type NeighborOptions struct {
	// Depth is how many relations away to look; 1 when zero or less.
	Depth int
	// Predicate, when set, follows only relations of that name (compared
	// case-insensitively).
	Predicate string
	// Direction follows relations Out of, In to or Both ways from each actor.
	Direction Direction
}

// Neighbor is one actor reached by a neighbour query, through one
// predicate in one direction.
type Neighbor struct {
	Node      Node
	Predicate string
	// Direction is Out when the relation reads Via → Node, In when it reads
	// Node → Via.
	Direction Direction
	// Depth is the number of relations between the queried actor and Node.
	Depth int
	// Statements is the number of statements of the relation between Via
	// and Node.
	Statements int
	// Via is the actor at depth Depth-1 the relation links Node to: the
	// queried actor at depth 1. When several actors at that depth are linked
	// to Node by the same predicate in the same direction, Via is the one
	// with the most statements (then the first by label).
	Via      graph.IRI
	Evidence []graph.Evidence
}

// Neighbors returns the actors within opt.Depth relations of iri, breadth
// first: each actor at the depth it is first reached, with one entry per
// predicate and direction that reach it there. Entries are sorted by depth,
// then statements (highest first), label, predicate and direction. An
// unknown iri has no neighbours.
func (g *Graph) Neighbors(iri graph.IRI, opt NeighborOptions) []Neighbor {
	if _, ok := g.index[iri]; !ok {
		return nil
	}
	depth := max(opt.Depth, 1)
	visited := map[graph.IRI]bool{iri: true}
	frontier := []graph.IRI{iri}
	var all []Neighbor
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		type key struct {
			node graph.IRI
			pred string
			dir  Direction
		}
		found := map[key]Neighbor{}
		for _, v := range frontier {
			for _, l := range g.links(v, opt) {
				if visited[l.other] {
					continue
				}
				k := key{l.other, l.rel.Predicate, l.dir}
				n := Neighbor{
					Predicate: l.rel.Predicate, Direction: l.dir, Depth: d,
					Statements: l.rel.Count, Via: v, Evidence: l.rel.Evidence,
				}
				if old, ok := found[k]; !ok || g.betterVia(n, old) {
					found[k] = n
				}
			}
		}
		var next []graph.IRI
		level := make([]Neighbor, 0, len(found))
		for k, n := range found {
			n.Node = g.nodes[g.index[k.node]]
			level = append(level, n)
			next = append(next, k.node)
		}
		slices.Sort(next)
		next = slices.Compact(next)
		for _, v := range next {
			visited[v] = true
		}
		slices.SortFunc(level, compareNeighbors)
		all = append(all, level...)
		frontier = next
	}
	return all
}

// betterVia reports whether n reaches its node through a better-supported
// (or, on a tie, earlier by label) actor than old.
func (g *Graph) betterVia(n, old Neighbor) bool {
	if n.Statements != old.Statements {
		return n.Statements > old.Statements
	}
	a, b := g.nodes[g.index[n.Via]], g.nodes[g.index[old.Via]]
	return cmp.Or(strings.Compare(a.Label, b.Label), strings.Compare(string(a.IRI), string(b.IRI))) < 0
}

func compareNeighbors(a, b Neighbor) int {
	return graph.CompareNeighbors(a.key(), b.key())
}

func (n Neighbor) key() graph.NeighborKey {
	return graph.NeighborKey{Depth: n.Depth, Statements: n.Statements, Label: n.Node.Label, IRI: n.Node.IRI, Predicate: n.Predicate, Direction: n.Direction}
}

// link is one relation seen from one of its actors.
type link struct {
	other graph.IRI
	dir   Direction
	rel   Relation
}

// links returns the relations of v that opt lets a query follow.
func (g *Graph) links(v graph.IRI, opt NeighborOptions) []link {
	var ls []link
	add := func(other graph.IRI, dir Direction, e Edge) {
		for _, r := range e.Relations {
			if opt.Predicate == "" || strings.EqualFold(r.Predicate, opt.Predicate) {
				ls = append(ls, link{other, dir, r})
			}
		}
	}
	if opt.Direction != In {
		for _, w := range g.out[v] {
			e, _ := g.Edge(v, w)
			add(w, Out, e)
		}
	}
	if opt.Direction != Out {
		for _, w := range g.in[v] {
			e, _ := g.Edge(w, v)
			add(w, In, e)
		}
	}
	return ls
}
