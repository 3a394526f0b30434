// Package gumtest gives tests GUM documents to read: a small sample
// written for the tests, and the splits of UD English GUM when the
// treebanks are there (internal/treebank finds them).
package gumtest

import (
	_ "embed"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

//go:embed sample.conllu
var sample string

// Sample returns the sample in GUM's CoNLL-U format: two short documents,
// GUM_news_sample (nested names, a title inside a name, a pronoun in a
// chain across sentences, a name in a common-noun mention) and
// GUM_bio_other (names joined by "and").
func Sample() io.Reader { return strings.NewReader(sample) }

// SampleSentences returns the sentences of the sample, their Entity
// annotations in the MISC column.
func SampleSentences(t testing.TB) []ud.Sentence {
	t.Helper()
	return testenv.Must(t, func() ([]ud.Sentence, error) { return ud.ReadCoNLLU(Sample()) })
}

// SampleDocuments returns the documents of the sample.
func SampleDocuments(t testing.TB) []gum.Document {
	t.Helper()
	return testenv.Must(t, func() ([]gum.Document, error) { return gum.Read(Sample()) })
}

// Split returns the documents of a split of UD English GUM ("train", "dev"
// or "test"), read from the treebanks where internal/treebank finds them.
// It skips the test when they are not there.
func Split(t testing.TB, split string) []gum.Document {
	t.Helper()
	name := treebank.Split("en_gum", split)
	docs, err := gum.Documents(testenv.Treebank(t, name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return docs
}

// Words returns the forms of the tokens [i, j) of a sentence, separated by
// spaces.
func Words(s *ud.Sentence, i, j int) string {
	var w []string
	for _, t := range s.Tokens[i:j] {
		w = append(w, t.Form)
	}
	return strings.Join(w, " ")
}

// Reanalyse returns the sentences of doc with the analysis of their gold
// tokens (tags, lemmas, heads and relations) cleared and redone by
// analyze, as a pipeline that starts from those tokens sees them; doc is
// left as it was.
func Reanalyse(doc gum.Document, analyze func(*ud.Sentence)) []ud.Sentence {
	sents := make([]ud.Sentence, len(doc.Sentences))
	for i, s := range doc.Sentences {
		s.Tokens = append([]ud.Token(nil), s.Tokens...)
		for k := range s.Tokens {
			tk := &s.Tokens[k]
			tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel = "", "", "", -1, ""
		}
		analyze(&s)
		sents[i] = s
	}
	return sents
}
