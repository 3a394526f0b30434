package entities

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/syntax"
)

// splitWords is a plain tokeniser for the benchmark: one sentence a line,
// words split at spaces and around punctuation. It leaves tags empty.
func splitWords(text string) []syntax.Sentence {
	var out []syntax.Sentence
	for _, line := range strings.Split(text, "\n") {
		var s syntax.Sentence
		for _, f := range strings.Fields(line) {
			start := 0
			for i, r := range f {
				if unicode.IsPunct(r) && r != '.' && r != '-' {
					if i > start {
						s.Tokens = append(s.Tokens, syntax.Token{Form: f[start:i]})
					}
					s.Tokens = append(s.Tokens, syntax.Token{Form: string(r)})
					start = i + len(string(r))
				}
			}
			if start < len(f) {
				s.Tokens = append(s.Tokens, syntax.Token{Form: f[start:]})
			}
		}
		if len(s.Tokens) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func BenchmarkRecognizeSeeds(b *testing.B) {
	r, err := DefaultRecognizer()
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]syntax.Sentence
	size := 0
	err = fs.WalkDir(data.Corpus(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text, err := fs.ReadFile(data.Corpus(), path)
		size += len(text)
		docs = append(docs, splitWords(string(text)))
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
