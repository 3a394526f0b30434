package memgraph

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// viaData has actors reached at depth 2 from A through two actors.
func viaData() *graph.Dataset {
	return &graph.Dataset{
		Actors: []graph.ActorNode{
			actor("A", graph.Person), actor("B", graph.Person), actor("C", graph.Person),
			actor("D", graph.Person), actor("E", graph.Person),
		},
		Statements: []graph.Statement{
			st("A", "x", "B", 1), st("A", "x", "C", 1),
			st("B", "y", "D", 2), st("C", "y", "D", 2), st("C", "y", "D", 3),
			st("C", "z", "E", 2), st("B", "z", "E", 2),
		},
		Sentences: sentences(3),
	}
}

// describe writes a neighbour as "depth label predicate direction
// statements via evidence-count".
func describe(ns []Neighbor) []string {
	var out []string
	for _, n := range ns {
		out = append(out, fmt.Sprintf("%d %s %s %s %d via %s ev %d",
			n.Depth, n.Node.Label, n.Predicate, n.Direction, n.Statements, graph.LocalName(n.Via), len(n.Evidence)))
	}
	return out
}

func TestNeighbors(t *testing.T) {
	g, v := mustNew(t, sample()), mustNew(t, viaData())
	tests := []struct {
		name string
		g    *Graph
		from string
		opt  NeighborOptions
		want []string
	}{
		{
			name: "depth 1 both ways, one entry per predicate and direction",
			g:    g, from: "Donald_Trump",
			want: []string{
				"1 Volodymyr_Zelenskyy met out 2 via Donald_Trump ev 2",
				"1 NATO called-on out 1 via Donald_Trump ev 1",
				"1 United_States president-of out 1 via Donald_Trump ev 1",
				"1 Volodymyr_Zelenskyy met in 1 via Donald_Trump ev 1",
				"1 Volodymyr_Zelenskyy praised out 1 via Donald_Trump ev 1",
			},
		},
		{
			name: "out only, one predicate, any case",
			g:    g, from: "Donald_Trump", opt: NeighborOptions{Direction: Out, Predicate: "MET"},
			want: []string{"1 Volodymyr_Zelenskyy met out 2 via Donald_Trump ev 2"},
		},
		{
			name: "in only",
			g:    g, from: "Donald_Trump", opt: NeighborOptions{Direction: In},
			want: []string{"1 Volodymyr_Zelenskyy met in 1 via Donald_Trump ev 1"},
		},
		{
			name: "depth 3 walks both ways and never back",
			g:    g, from: "Yuri_Ushakov", opt: NeighborOptions{Depth: 3},
			want: []string{
				"1 Vladimir_Putin aide-to out 1 via Yuri_Ushakov ev 1",
				"2 Russia president-of out 1 via Vladimir_Putin ev 1",
				"3 Crimea annexed out 1 via Russia ev 1",
				"3 Ukraine invaded out 1 via Russia ev 1",
				"3 United_States sanctioned in 1 via Russia ev 0",
			},
		},
		{
			name: "predicate filter applies at every depth",
			g:    g, from: "Donald_Trump", opt: NeighborOptions{Depth: 2, Predicate: "president-of"},
			want: []string{"1 United_States president-of out 1 via Donald_Trump ev 1"},
		},
		{
			name: "isolated actor",
			g:    g, from: "Cold_War", opt: NeighborOptions{Depth: 2},
		},
		{
			name: "unknown actor",
			g:    g, from: "Nobody",
		},
		{
			name: "via is the best-supported link, then first by label",
			g:    v, from: "A", opt: NeighborOptions{Depth: 2},
			want: []string{
				"1 B x out 1 via A ev 1",
				"1 C x out 1 via A ev 1",
				"2 D y out 2 via C ev 2",
				"2 E z out 1 via B ev 1",
			},
		},
		{
			name: "depth stops the walk",
			g:    v, from: "A", opt: NeighborOptions{Depth: 1, Direction: Out},
			want: []string{"1 B x out 1 via A ev 1", "1 C x out 1 via A ev 1"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := describe(tt.g.Neighbors(iri(tt.from), tt.opt))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Neighbors(%s, %+v) =\n%q\nwant\n%q", tt.from, tt.opt, got, tt.want)
			}
		})
	}
}

func TestDirectionString(t *testing.T) {
	tests := []struct {
		d    Direction
		want string
	}{{Both, "both"}, {Out, "out"}, {In, "in"}, {Direction(7), "Direction(7)"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}
