package main

import (
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// treebanksUsage is the help of the -treebanks flag, whose default, "",
// asks the locator.
const treebanksUsage = "folder of the UD treebanks, en_gum inside (default $" + treebank.EnvVar + ", else ../shared/treebanks beside the module)"

// readGUM reads one split (train, dev, test) of GUM from the treebanks
// folder, or from the one treebank.Dir finds when treebanks is "".
func readGUM(treebanks, split string) ([]ud.Sentence, error) {
	return treebank.Read(treebanks, treebank.Split("en_gum", split))
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
