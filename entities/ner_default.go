package entities

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

// DefaultRecognizer returns the shipped recogniser, model/ner.model,
// trained on GUM train and dev by cmd/actorgraph-train-ner (see there for
// how to reproduce it). It is read once and shared.
func DefaultRecognizer() (*Recognizer, error) { return defaultRecognizer() }
