package main

import (
	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// trainFiles are the treebank splits every model trains on.
var trainFiles = []string{treebank.Split("en_ewt", "train"), treebank.Split("en_gum", "train")}

// treebanksUsage is the help of the -treebanks flag, whose default, "",
// asks the locator.
const treebanksUsage = "directory holding en_ewt/ and en_gum/ (default $" + treebank.EnvVar + ", else ../shared/treebanks beside the module)"

// readTrain reads and concatenates the train splits of the treebanks in
// dir ("": where treebank.Dir finds them).
func readTrain(dir string) ([]ud.Sentence, error) {
	var all []ud.Sentence
	for _, name := range trainFiles {
		s, err := treebank.Read(dir, name)
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}
