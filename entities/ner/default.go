package ner

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:embed model/ner.model
var nerModel []byte

// defaultRecognizer reads the embedded model once.
var defaultRecognizer = sync.OnceValues(func() (*Recognizer, error) {
	return ReadRecognizer(bytes.NewReader(nerModel))
})

// DefaultRecognizer returns the shipped recogniser, model/ner.model. It
// was trained, deterministically, on the train and dev splits of UD
// English GUM (its CC BY 4.0 genres) with their gold tags, by
//
//	go run ./cmd/actorgraph-train ner
//
// from the repository root with the treebanks in ../shared/treebanks. It
// is read once and shared.
func DefaultRecognizer() (*Recognizer, error) { return defaultRecognizer() }
