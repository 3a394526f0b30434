package main

import (
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/syntax"
)

// readTagger reads a tagger model file written by the syntax package.
func readTagger(path string) (*syntax.Tagger, error) {
	return readFile(path, syntax.ReadTagger)
}

// retag replaces the gold tags of the documents' sentences with the
// tagger's. The documents' mentions, named ones included, were read from
// the gold tags before and stay as they are.
func retag(docs []gum.Document, t *syntax.Tagger) {
	for di := range docs {
		for si := range docs[di].Sentences {
			t.Tag(&docs[di].Sentences[si])
		}
	}
}
