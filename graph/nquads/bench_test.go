package nquads

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// benchInput repeats the N-Quads of the sample article to about 1 MB.
func benchInput(b *testing.B) (string, []graph.Quad) {
	quads := sampleQuads(b)
	one := writeAll(b, quads)
	n := 1<<20/len(one) + 1
	var all []graph.Quad
	for range n {
		all = append(all, quads...)
	}
	return strings.Repeat(one, n), all
}

func BenchmarkRead(b *testing.B) {
	in, _ := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		r := NewReader(strings.NewReader(in), "bench.nq")
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	in, quads := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		w := NewWriter(&buf)
		for _, q := range quads {
			if err := w.Write(q); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
	}
}
