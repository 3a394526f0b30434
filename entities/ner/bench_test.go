package ner

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// BenchmarkRecognizeSeeds recognises the sample articles, split by
// tokenize.Segment and left untagged (tagging is the tagger's cost).
func BenchmarkRecognizeSeeds(b *testing.B) {
	r := testenv.Must(b, DefaultRecognizer)
	var docs [][]ud.Sentence
	size := 0
	for _, a := range corpustest.Articles(b) {
		size += len(a.Text)
		docs = append(docs, tokenize.Segment(string(a.Text)))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			r.RecognizeDocument(d)
		}
	}
}
