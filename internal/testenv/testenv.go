// Package testenv holds what tests ask of their environment: whether to
// run the long ones, and where the treebanks are.
//
// Training tests that take more than a few seconds call Long, so that
// "go test ./..." stays quick; CI runs them with ACTORGRAPH_LONG_TESTS=1.
package testenv

import (
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// LongEnvVar names the environment variable that, set to 1, runs the long
// tests.
const LongEnvVar = "ACTORGRAPH_LONG_TESTS"

// Long skips the test unless ACTORGRAPH_LONG_TESTS=1, and always under
// -short.
func Long(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("long test: skipped under -short")
	}
	if os.Getenv(LongEnvVar) != "1" {
		t.Skipf("long test: set %s=1 to run it", LongEnvVar)
	}
}

// Treebanks returns the folder of the UD treebanks (see treebank.Dir),
// skipping the test when they are absent.
func Treebanks(t testing.TB) string {
	t.Helper()
	dir, err := treebank.Dir()
	if err != nil {
		t.Skip(err)
	}
	return dir
}

// Treebank reads one CoNLL-U file of the treebanks, such as
// "en_ewt/en_ewt-ud-dev.conllu", skipping the test when they are absent.
func Treebank(t testing.TB, name string) []ud.Sentence {
	t.Helper()
	sents, err := treebank.Read(Treebanks(t), name)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// Must returns what f returns, and fails the test when f fails. It reads
// a test's fixture from a loader such as a sync.OnceValues.
func Must[T any](t testing.TB, f func() (T, error)) T {
	t.Helper()
	v, err := f()
	if err != nil {
		t.Fatal(err)
	}
	return v
}
