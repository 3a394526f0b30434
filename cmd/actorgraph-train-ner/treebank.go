package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// treebanksUsage is the help of the -treebanks flag, whose default, "",
// asks the locator.
const treebanksUsage = "folder of the UD treebanks, en_gum inside (default $" + treebank.EnvVar + ", else ../shared/treebanks beside the module)"

// readGUM reads one split (train, dev, test) of GUM from the treebanks
// folder, or from the one treebank.Dir finds when treebanks is "".
func readGUM(treebanks, split string) ([]ud.Sentence, error) {
	if treebanks == "" {
		var err error
		if treebanks, err = treebank.Dir(); err != nil {
			return nil, err
		}
	}
	path := filepath.Join(treebanks, "en_gum", "en_gum-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ud.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}
