package main

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/syntax/tag"
)

// readTagger reads a tagger model file written by package tag.
func readTagger(path string) (*tag.Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := tag.Read(f)
	if err != nil {
		return nil, fmt.Errorf("read tagger %s: %w", path, err)
	}
	return t, nil
}

// retag replaces the gold tags of the documents' sentences with the
// tagger's. The documents' mentions, named ones included, were read from
// the gold tags before and stay as they are.
func retag(docs []entities.GUMDocument, t *tag.Tagger) {
	for di := range docs {
		for si := range docs[di].Sentences {
			t.Tag(&docs[di].Sentences[si])
		}
	}
}
