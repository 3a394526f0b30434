package render

import (
	"math"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

func TestComponents(t *testing.T) {
	d := &graph.Dataset{}
	for _, n := range []string{"A", "B", "C", "D", "E", "F"} {
		d.Actors = append(d.Actors, graph.ActorNode{IRI: graph.IRI("https://t.example/" + n), Label: n})
	}
	link := func(s, o string) graph.Statement {
		return graph.Statement{Subject: graph.IRI("https://t.example/" + s), Predicate: "https://t.example/rel/x", Object: graph.IRI("https://t.example/" + o)}
	}
	d.Statements = []graph.Statement{link("E", "F"), link("A", "B"), link("B", "C")}
	g, err := memgraph.New(d)
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]int{}
	for i, n := range g.Nodes() {
		index[string(n.IRI)] = i
	}
	// Boxes 0-5 are A-F, 6-8 the labels of A>B, B>C, E>F.
	got := components(g.Len(), g.Edges(), index)
	want := [][]int{{0, 1, 2, 6, 7}, {4, 5, 8}, {3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("components = %v, want %v", got, want)
	}
}

func TestPack(t *testing.T) {
	// Three parts, each three boxes piled on one spot.
	var boxes []box
	var parts [][]int
	for p := range 3 {
		var part []int
		for range 3 {
			part = append(part, len(boxes))
			boxes = append(boxes, box{X: 5, Y: 5, W: 20 + float64(p), H: 8})
		}
		parts = append(parts, part)
	}
	pack(boxes, parts, nil)
	for i, a := range boxes {
		for j, b := range boxes[i+1:] {
			if a.W+b.W > math.Abs(a.X-b.X) && a.H+b.H > math.Abs(a.Y-b.Y) {
				t.Errorf("boxes %d and %d overlap after packing", i, i+1+j)
			}
		}
	}
	// Parts are kept apart by at least partGap.
	extent := func(part []int) (x0, y0, x1, y1 float64) {
		x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, k := range part {
			b := boxes[k]
			x0, y0 = math.Min(x0, b.X-b.W), math.Min(y0, b.Y-b.H)
			x1, y1 = math.Max(x1, b.X+b.W), math.Max(y1, b.Y+b.H)
		}
		return
	}
	for i := range parts {
		ax0, ay0, ax1, ay1 := extent(parts[i])
		for _, q := range parts[i+1:] {
			bx0, by0, bx1, by1 := extent(q)
			if ax0 < bx1+partGap-0.01 && bx0 < ax1+partGap-0.01 && ay0 < by1+partGap-0.01 && by0 < ay1+partGap-0.01 {
				t.Errorf("parts closer than %d pt", partGap)
			}
		}
	}
}
