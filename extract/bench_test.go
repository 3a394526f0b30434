package extract_test

import (
	"context"
	"io/fs"
	"testing"

	"github.com/actorgraph/actorgraph/data"
)

// BenchmarkExtract runs the whole extraction of one article — analysis,
// actors, relations — over the sample corpus.
func BenchmarkExtract(b *testing.B) {
	p, err := pipeline()
	if err != nil {
		b.Fatal(err)
	}
	names, err := fs.Glob(data.Corpus(), "*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("no sample articles: %v", err)
	}
	var texts [][]byte
	size := 0
	for _, n := range names {
		t, err := fs.ReadFile(data.Corpus(), n)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Article(context.Background(), "bench", t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
