package memgraph_test

import (
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/memgraph/memgraphtest"
)

func BenchmarkNew(b *testing.B) {
	for _, n := range []int{300, 5000} {
		d := memgraphtest.Synthetic(n, 1)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := memgraph.New(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkQueries(b *testing.B) {
	g, err := memgraph.New(memgraphtest.Synthetic(5000, 1))
	if err != nil {
		b.Fatal(err)
	}
	var hub memgraph.Node
	for _, n := range g.Nodes() {
		if n.Degree > hub.Degree {
			hub = n
		}
	}
	b.Run("Neighbors depth 2", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Neighbors(hub.IRI, memgraph.NeighborOptions{Depth: 2})
		}
	})
	b.Run("Find", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Find(hub.Label)
		}
	})
	b.Run("Suggest", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Suggest("Kalomi Ravento", 5)
		}
	})
	b.Run("Top 300", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			g.Top(300, 1)
		}
	})
}
