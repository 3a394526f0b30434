package memgraph

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// shape describes a graph as sorted "label degree/support" nodes and
// "from>to predicate×count,..." edges.
func shape(g *Graph) (nodes, edges []string) {
	for _, n := range g.Nodes() {
		nodes = append(nodes, fmt.Sprintf("%s %d/%d", n.Label, n.Degree, n.Support))
	}
	slices.Sort(nodes)
	for _, e := range g.Edges() {
		s := graph.LocalName(e.From) + ">" + graph.LocalName(e.To)
		for _, r := range e.Relations {
			s += fmt.Sprintf(" %s×%d", r.Predicate, r.Count)
		}
		edges = append(edges, s)
	}
	return nodes, edges
}

func TestEgo(t *testing.T) {
	g := mustNew(t, sample())
	tests := []struct {
		name         string
		from         string
		depth        int
		nodes, edges []string
	}{
		{
			name: "depth 1", from: "Donald_Trump", depth: 1,
			nodes: []string{"Donald_Trump 3/6", "NATO 1/1", "United_States 1/1", "Volodymyr_Zelenskyy 1/4"},
			edges: []string{
				"Donald_Trump>NATO called-on×1",
				"Donald_Trump>United_States president-of×1",
				"Donald_Trump>Volodymyr_Zelenskyy met×2 praised×1",
				"Volodymyr_Zelenskyy>Donald_Trump met×1",
			},
		},
		{
			name: "depth 2 keeps edges between the reached actors", from: "Volodymyr_Zelenskyy", depth: 2,
			nodes: []string{"Donald_Trump 3/6", "NATO 1/1", "Russia 2/2", "Ukraine 2/2", "United_States 2/2", "Volodymyr_Zelenskyy 2/5"},
			edges: []string{
				"Donald_Trump>NATO called-on×1",
				"Donald_Trump>United_States president-of×1",
				"Donald_Trump>Volodymyr_Zelenskyy met×2 praised×1",
				"Russia>Ukraine invaded×1",
				"United_States>Russia sanctioned×1", // both at depth 2
				"Volodymyr_Zelenskyy>Donald_Trump met×1",
				"Volodymyr_Zelenskyy>Ukraine president-of×1",
			},
		},
		{name: "isolated actor", from: "Cold_War", depth: 3, nodes: []string{"Cold_War 0/0"}},
		{name: "unknown actor", from: "Nobody", depth: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nodes, edges := shape(g.Ego(iri(tt.from), tt.depth))
			if !reflect.DeepEqual(nodes, tt.nodes) || !reflect.DeepEqual(edges, tt.edges) {
				t.Errorf("Ego(%s, %d) =\n%q\n%q\nwant\n%q\n%q", tt.from, tt.depth, nodes, edges, tt.nodes, tt.edges)
			}
		})
	}
}

func TestTop(t *testing.T) {
	g := mustNew(t, sample())
	tests := []struct {
		name                 string
		maxNodes, minSupport int
		nodes, edges         []string
	}{
		{
			name: "min support cuts relations, not just edges", maxNodes: 0, minSupport: 2,
			nodes: []string{"Donald_Trump 1/2", "Volodymyr_Zelenskyy 1/2"},
			edges: []string{"Donald_Trump>Volodymyr_Zelenskyy met×2"},
		},
		{
			name: "no limit drops only unlinked actors", maxNodes: 0, minSupport: 1,
			nodes: []string{
				"Crimea 1/1", "Donald_Trump 3/6", "NATO 1/1", "Russia 4/4", "Ukraine 2/2",
				"United_States 2/2", "Vladimir_Putin 2/2", "Volodymyr_Zelenskyy 2/5", "Yuri_Ushakov 1/1",
			},
			edges: slices.Collect(func(yield func(string) bool) {
				_, all := shape(g)
				for _, e := range all {
					if !yield(e) {
						return
					}
				}
			}),
		},
		{
			name: "most connected first", maxNodes: 4, minSupport: 0,
			// Russia 4 and Trump 3 neighbours, then Zelenskyy, the best
			// supported of those with 2, then Ukraine by label.
			nodes: []string{"Donald_Trump 1/4", "Russia 1/1", "Ukraine 2/2", "Volodymyr_Zelenskyy 2/5"},
			edges: []string{
				"Donald_Trump>Volodymyr_Zelenskyy met×2 praised×1",
				"Russia>Ukraine invaded×1",
				"Volodymyr_Zelenskyy>Donald_Trump met×1",
				"Volodymyr_Zelenskyy>Ukraine president-of×1",
			},
		},
		{
			name: "actors cut off give way to the next", maxNodes: 2, minSupport: 1,
			// Russia and Trump are not linked: both give way to
			// Zelenskyy and Ukraine.
			nodes: []string{"Ukraine 1/1", "Volodymyr_Zelenskyy 1/1"},
			edges: []string{"Volodymyr_Zelenskyy>Ukraine president-of×1"},
		},
		{name: "nothing stated often enough", maxNodes: 10, minSupport: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			top := g.Top(tt.maxNodes, tt.minSupport)
			nodes, edges := shape(top)
			if !reflect.DeepEqual(nodes, tt.nodes) || !reflect.DeepEqual(edges, tt.edges) {
				t.Errorf("Top(%d, %d) =\n%q\n%q\nwant\n%q\n%q", tt.maxNodes, tt.minSupport, nodes, edges, tt.nodes, tt.edges)
			}
		})
	}
}
