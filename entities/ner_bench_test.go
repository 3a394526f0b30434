package entities

import (
	"io/fs"
	"testing"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// BenchmarkRecognizeSeeds recognises the sample articles, split by
// tokenize.Segment and left untagged (tagging is the tagger's cost).
func BenchmarkRecognizeSeeds(b *testing.B) {
	r, err := DefaultRecognizer()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]ud.Sentence
	size := 0
	err = fs.WalkDir(data.Corpus(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := fs.ReadFile(data.Corpus(), path)
		size += len(text)
		docs = append(docs, tokenize.Segment(string(text)))
		return err
	})
	if err != nil || len(docs) == 0 {
		b.Fatalf("seed corpus: %v (%d articles)", err, len(docs))
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
