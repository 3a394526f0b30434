package extract_test

import (
	"context"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
)

// BenchmarkExtract runs the whole extraction of one article — analysis,
// actors, relations — over the sample corpus.
func BenchmarkExtract(b *testing.B) {
	p, err := pipeline()
	if err != nil {
		b.Fatal(err)
	}
	arts := corpustest.Articles(b)
	size := 0
	for _, a := range arts {
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			if _, err := p.Article(context.Background(), a.Name, a.Text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
