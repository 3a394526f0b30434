package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// readTreebankFile reads one CoNLL-U file of the UD treebanks (see
// treebank.Dir), such as "en_ewt/en_ewt-ud-dev.conllu".
func readTreebankFile(name string) ([]ud.Sentence, error) {
	dir, err := treebank.Dir()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, name)
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

// readTreebank reads one CoNLL-U file of the treebanks, skipping the test
// when they are absent.
func readTreebank(tb testing.TB, name string) []ud.Sentence {
	tb.Helper()
	testenv.Treebanks(tb)
	s, err := readTreebankFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
