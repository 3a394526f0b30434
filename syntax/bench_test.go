package syntax

import (
	"io/fs"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
	"github.com/jdkato/prose/v3/tag"
	prosetokenize "github.com/jdkato/prose/v3/tokenize"
)

// The benchmarks run over the seed articles of the sample corpus and pit
// each stage against github.com/jdkato/prose/v3 in the same run, so their
// ns/op compare directly (targets: tagging at least twice as fast as
// prose's tagger; tokenize+tag+lemmatize+parse at least half as fast as
// prose's tokenize+tag). -count 6 would run one implementation's six rounds
// before the other's, so on a shared machine a change of load skews the
// ratio; run the rounds in turn instead:
//
//	go test -c -o /tmp/syntax.test ./syntax && cd syntax &&
//	for i in 1 2 3 4 5 6; do /tmp/syntax.test -test.run XXX -test.bench VsProse -test.benchmem; done | benchstat -col /impl -

// seedTexts returns the articles of the sample corpus and their total size.
func seedTexts(b *testing.B) ([]string, int64) {
	b.Helper()
	var (
		texts []string
		size  int64
	)
	for _, a := range corpustest.Articles(b) {
		texts = append(texts, string(a.Text))
		size += int64(len(a.Text))
	}
	return texts, size
}

// benchEach measures f over every item of items as one iteration of b,
// which reads size bytes of text.
func benchEach[T any](b *testing.B, size int64, items []T, f func(*T)) {
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		for i := range items {
			f(&items[i])
		}
	}
}

func benchModel(b *testing.B) *Model {
	b.Helper()
	return testenv.Must(b, DefaultModel)
}

// BenchmarkTagVsProse tags the same words, sentence by sentence, with our tagger
// and with prose's.
func BenchmarkTagVsProse(b *testing.B) {
	m := benchModel(b)
	texts, size := seedTexts(b)
	var sents []ud.Sentence
	for _, t := range texts {
		sents = append(sents, tokenize.Segment(t)...)
	}
	proseSents := make([][]tag.Token, len(sents))
	for i, s := range sents {
		for _, t := range s.Tokens {
			proseSents[i] = append(proseSents[i], tag.Token{Text: t.Form})
		}
	}
	b.Run("impl=actorgraph", func(b *testing.B) {
		benchEach(b, size, sents, m.Tagger.Tag)
	})
	b.Run("impl=prose", func(b *testing.B) {
		tg, err := tag.New()
		if err != nil {
			b.Fatal(err)
		}
		benchEach(b, size, proseSents, func(s *[]tag.Token) { tg.TagTokens(*s) })
	})
}

// BenchmarkPipelineVsProse runs our whole analysis (Segment, tag, lemmatize,
// parse), with the greedy parser and with the beam parser, against prose's
// tokenize and tag.
func BenchmarkPipelineVsProse(b *testing.B) {
	m := benchModel(b)
	beam := testenv.Must(b, m.WithBeam)
	texts, size := seedTexts(b)
	for _, impl := range []struct {
		name string
		m    *Model
	}{{"actorgraph", m}, {"actorgraph-beam", beam}} {
		b.Run("impl="+impl.name, func(b *testing.B) {
			benchEach(b, size, texts, func(t *string) { impl.m.Analyze(*t) })
		})
	}
	b.Run("impl=prose", func(b *testing.B) {
		tk := prosetokenize.New()
		tg, err := tag.New()
		if err != nil {
			b.Fatal(err)
		}
		benchEach(b, size, texts, func(t *string) { tg.TagTokens(tk.Tokenize(*t)) })
	})
}

// BenchmarkSegment measures the tokenizer and sentence splitter alone.
func BenchmarkSegment(b *testing.B) {
	texts, size := seedTexts(b)
	benchEach(b, size, texts, func(t *string) { tokenize.Segment(*t) })
}

// BenchmarkLemmatize lemmatizes the tagged words of the seed articles.
func BenchmarkLemmatize(b *testing.B) {
	m := benchModel(b)
	texts, size := seedTexts(b)
	var sents []ud.Sentence
	for _, t := range texts {
		for _, s := range tokenize.Segment(t) {
			m.Tagger.Tag(&s)
			sents = append(sents, s)
		}
	}
	benchEach(b, size, sents, m.Lemmatizer.Lemmatize)
}

// BenchmarkReadModel decodes the shipped model (tagger, lemmatizer and
// greedy parser) as DefaultModel does on first use: most of the start-up
// of actorgraph build. /beam reads the beam parser too (--beam).
func BenchmarkReadModel(b *testing.B) {
	sub, err := fs.Sub(shipped, "model")
	if err != nil {
		b.Fatal(err)
	}
	for _, beam := range []bool{false, true} {
		b.Run(map[bool]string{false: "greedy", true: "beam"}[beam], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m, err := ReadModel(sub)
				if err == nil && beam {
					_, err = m.WithBeam()
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
