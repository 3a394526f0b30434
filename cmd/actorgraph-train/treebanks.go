package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// trainFiles are the treebank splits every model trains on.
var trainFiles = []string{"en_ewt/en_ewt-ud-train.conllu", "en_gum/en_gum-ud-train.conllu"}

// treebanksUsage is the help of the -treebanks flag, whose default, "",
// asks the locator.
const treebanksUsage = "directory holding en_ewt/ and en_gum/ (default $" + treebank.EnvVar + ", else ../shared/treebanks beside the module)"

// readTreebank reads one CoNLL-U file under dir, or under the folder that
// treebank.Dir finds when dir is "".
func readTreebank(dir, name string) ([]ud.Sentence, error) {
	if dir == "" {
		var err error
		if dir, err = treebank.Dir(); err != nil {
			return nil, err
		}
	}
	path := filepath.Join(dir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := ud.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// readTrain reads and concatenates the train splits.
func readTrain(dir string) ([]ud.Sentence, error) {
	var all []ud.Sentence
	for _, name := range trainFiles {
		s, err := readTreebank(dir, name)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}
