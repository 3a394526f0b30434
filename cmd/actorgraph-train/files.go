package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// treebanksFlag adds to fs the -treebanks flag, whose default, "", asks
// the locator (treebank.Dir).
func treebanksFlag(fs *flag.FlagSet) *string {
	return fs.String("treebanks", "", "folder of the UD treebanks, en_ewt/ and en_gum/ inside (default $"+treebank.EnvVar+", else ../shared/treebanks beside the module)")
}

// readTrain reads and concatenates the train splits of EWT and GUM, which
// the syntax models train on, from the treebanks in dir.
func readTrain(dir string) ([]ud.Sentence, error) {
	var all []ud.Sentence
	for _, tb := range []string{"en_ewt", "en_gum"} {
		s, err := treebank.Read(dir, treebank.Split(tb, "train"))
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	return all, nil
}

// readGUM reads one split (train, dev, test) of GUM from the treebanks in
// dir.
func readGUM(dir, split string) ([]ud.Sentence, error) {
	return treebank.Read(dir, treebank.Split("en_gum", split))
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

// writeFile writes data to path through a temporary file renamed into
// place, so that path is never left half written.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// writeModel encodes m into the file at path (writeFile) and returns its
// size.
func writeModel(path string, m io.WriterTo) (int, error) {
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return 0, fmt.Errorf("encode %s: %w", path, err)
	}
	return buf.Len(), writeFile(path, buf.Bytes())
}
