package tag

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// splitPlain tokenizes text for benchmarks independently of Segment: one
// sentence per line-separated paragraph chunk of at most 40 words, words
// split on white space with leading and trailing punctuation split off.
func splitPlain(text string) []ud.Sentence {
	var sents []ud.Sentence
	var cur ud.Sentence
	flush := func() {
		if len(cur.Tokens) > 0 {
			sents = append(sents, cur)
		}
		cur = ud.Sentence{}
	}
	add := func(f string) {
		cur.Tokens = append(cur.Tokens, ud.Token{ID: len(cur.Tokens) + 1, Form: f, Head: -1, Start: -1, End: -1})
	}
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			core := strings.TrimLeft(w, `"'(“‘`)
			if core != w {
				add(w[:len(w)-len(core)])
			}
			trimmed := strings.TrimRight(core, `.,;:!?"')”’`)
			if trimmed != "" {
				add(trimmed)
			}
			if trimmed != core {
				add(core[len(trimmed):])
			}
			if len(cur.Tokens) >= 40 || strings.HasSuffix(core, ".") {
				flush()
			}
		}
		flush()
	}
	return sents
}

// benchTagger trains a tagger for benchmarks as the production one is
// trained, on the EWT and GUM training sets (skipping without them).
func benchTagger(b *testing.B) *Tagger {
	b.Helper()
	train := append(testenv.Treebank(b, "en_ewt/en_ewt-ud-train.conllu"), testenv.Treebank(b, "en_gum/en_gum-ud-train.conllu")...)
	tg, err := Train(train, Config{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return tg
}

// BenchmarkTag tags the seed articles; its MB/s are bytes of article
// text per second.
func BenchmarkTag(b *testing.B) {
	var sents []ud.Sentence
	size := 0
	for _, a := range corpustest.Articles(b) {
		size += len(a.Text)
		sents = append(sents, splitPlain(string(a.Text))...)
	}
	tg := benchTagger(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range sents {
			tg.Tag(&sents[i])
		}
	}
}
