package render

import (
	"context"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

// BenchmarkRender renders maps of synthetic graphs as SVG with the
// automatic engine: neato for 300 actors, sfdp for 5,000.
func BenchmarkRender(b *testing.B) {
	benchSynthetic(b, func(g *memgraph.Graph) error {
		return Render(context.Background(), io.Discard, g, Options{})
	})
}

// BenchmarkRenderGrouped renders the same synthetic graphs as
// BenchmarkRender the way the command draws a large graph: Choose every
// linked actor, grouped, laid out group by group. The 5,000-actor case
// against BenchmarkRender's is the cost of sfdp on the whole graph
// against stress majorisation per group.
func BenchmarkRenderGrouped(b *testing.B) {
	benchSynthetic(b, func(g *memgraph.Graph) error {
		ch := Choose(g, 0, 1)
		return Render(context.Background(), io.Discard, ch.Graph, ch.Apply(Options{}))
	})
}

// benchSynthetic times draw on synthetic graphs of 300 and 5,000 actors.
func benchSynthetic(b *testing.B, draw func(g *memgraph.Graph) error) {
	for _, n := range []int{300, 5000} {
		g := syntheticGraph(b, n)
		b.Run(strconv.Itoa(n)+" actors", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := draw(g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkChoose chooses 200 actors of a synthetic graph of 10,000.
func BenchmarkChoose(b *testing.B) {
	g := syntheticGraph(b, 10000)
	b.ReportAllocs()
	for b.Loop() {
		Choose(g, 200, 1)
	}
}

func BenchmarkDOT(b *testing.B) {
	g := syntheticGraph(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		DOT(g, Options{})
	}
}

func BenchmarkSeparate(b *testing.B) {
	g := syntheticGraph(b, 5000)
	var bs []box
	for i, n := range g.Nodes() {
		bs = append(bs, box{X: float64(i % 71), Y: float64(i / 71), W: float64(len(n.Label)) * 4, H: 12})
	}
	b.ReportAllocs()
	for b.Loop() {
		c := append([]box(nil), bs...)
		separate(c)
	}
}

// BenchmarkRenderLongLabel renders a map of two actors, one with a label
// of n characters, at 1, 4 and 16 times a base length: the time must grow
// no faster than the label (it did: 1.6 s for a million characters, 11.6 s
// for three).
func BenchmarkRenderLongLabel(b *testing.B) {
	for _, k := range []int{1, 4, 16} {
		n := k << 16
		d := &graph.Dataset{
			Actors: []graph.ActorNode{
				{IRI: "https://t.example/a/1", Label: "A" + strings.Repeat("b", n-1)},
				{IRI: "https://t.example/a/2", Label: "Kuwait"},
			},
			Statements: []graph.Statement{{Subject: "https://t.example/a/1", Object: "https://t.example/a/2", Predicate: "https://t.example/rel/invaded"}},
		}
		g := rendertest.Graph(b, d)
		b.Run(strconv.Itoa(k)+"x", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Render(context.Background(), io.Discard, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
