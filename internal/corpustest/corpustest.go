// Package corpustest gives tests and benchmarks the sample corpus that the
// actorgraph command embeds (cmd/actorgraph/corpus), read from the source
// tree: the packages below the command cannot import it; and the stories
// of the news archive the archive benchmarks read (ArchiveStories).
package corpustest

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// Article is one sample article.
type Article struct {
	Name string // file name, without the directory
	Text []byte
}

// Dir returns the directory of the sample corpus.
func Dir(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("corpustest: cannot locate the source tree")
	}
	return filepath.Join(filepath.Dir(file), "..", "..", "cmd", "actorgraph", "corpus")
}

// Articles returns the sample articles in name order; the test fails when
// there are none.
func Articles(tb testing.TB) []Article {
	tb.Helper()
	dir := Dir(tb)
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatalf("corpustest: %v", err)
	}
	var out []Article
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatalf("corpustest: %v", err)
		}
		out = append(out, Article{Name: e.Name(), Text: b})
	}
	if len(out) == 0 {
		tb.Fatalf("corpustest: no articles in %s", dir)
	}
	slices.SortFunc(out, func(a, b Article) int { return strings.Compare(a.Name, b.Name) })
	return out
}
