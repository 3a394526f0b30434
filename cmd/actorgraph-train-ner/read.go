package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/syntax"
)

// readGUM reads one split (train, dev, test) of GUM from the treebanks
// folder.
func readGUM(treebanks, split string) ([]syntax.Sentence, error) {
	return readFile(filepath.Join(treebanks, "en_gum", "en_gum-ud-"+split+".conllu"), syntax.ReadCoNLLU)
}

// readFile opens the file at path and reads it with read, naming the file
// in a reading error.
func readFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("read %s: %w", path, err)
	}
	return v, nil
}
