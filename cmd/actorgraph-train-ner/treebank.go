package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/syntax"
)

// readGUM reads one split (train, dev, test) of GUM from the treebanks
// folder.
func readGUM(treebanks, split string) ([]syntax.Sentence, error) {
	path := filepath.Join(treebanks, "en_gum", "en_gum-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := syntax.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}
