package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
)

// BenchmarkExtract runs the whole extraction of one article — analysis,
// actors, relations — over the sample corpus.
func BenchmarkExtract(b *testing.B) {
	p := pipeline(b)
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

// BenchmarkExtractLongArticle extracts one article made of the sample
// corpus repeated 1, 4 and 16 times: MB/s must stay flat, the time linear
// in the article's size (no stage may rescan the document per sentence).
func BenchmarkExtractLongArticle(b *testing.B) {
	p := pipeline(b)
	var one []byte
	for _, a := range corpustest.Articles(b) {
		one = append(append(one, a.Text...), "\n\n"...)
	}
	for _, n := range []int{1, 4, 16} {
		text := bytes.Repeat(one, n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Article(context.Background(), "long.txt", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
