package main

import (
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/syntax/tag"
)

// readTagger reads a tagger model file written by the syntax package.
func readTagger(path string) (*tag.Tagger, error) {
	return readFile(path, tag.Read)
}

// retag replaces the gold tags of the documents' sentences with the
// tagger's. The documents' mentions, named ones included, were read from
// the gold tags before and stay as they are.
func retag(docs []gum.Document, t *tag.Tagger) {
	for di := range docs {
		for si := range docs[di].Sentences {
			t.Tag(&docs[di].Sentences[si])
		}
	}
}
