// Package gumtest gives tests GUM documents to read: a small sample
// written for the tests, and the splits of UD English GUM when the shared
// treebanks are beside the checkout.
package gumtest

import (
	_ "embed"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum"
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
	sents, err := ud.ReadCoNLLU(Sample())
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// SampleDocuments returns the documents of the sample.
func SampleDocuments(t testing.TB) []gum.Document {
	t.Helper()
	docs, err := gum.Read(Sample())
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// Split returns the documents of a split of UD English GUM ("train", "dev"
// or "test"), read from ../shared/treebanks beside the module root, as the
// treebanks are laid out for the project. It skips the test when they are
// not there.
func Split(t testing.TB, split string) []gum.Document {
	t.Helper()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "..", "shared", "treebanks", "en_gum", "en_gum-ud-"+split+".conllu")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found: the treebanks are not beside the checkout", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := gum.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return docs
}

// moduleRoot returns the folder of the go.mod above the working directory,
// which is a test's package folder.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("gumtest: no go.mod above the working directory")
		}
		dir = parent
	}
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
