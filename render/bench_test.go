package render

import (
	"context"
	"io"
	"strconv"
	"testing"
)

// BenchmarkRender renders maps of synthetic graphs as SVG with the
// automatic engine: neato for 300 actors, sfdp for 5,000.
func BenchmarkRender(b *testing.B) {
	for _, n := range []int{300, 5000} {
		g := syntheticGraph(b, n)
		b.Run(strconv.Itoa(n)+" actors", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Render(context.Background(), io.Discard, g, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
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
