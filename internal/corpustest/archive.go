package corpustest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// ArchiveEnv names the environment variable that gives the archive
// benchmarks their news archive: a directory of stories, one a .txt file,
// such as the extracted news-archive.tar.gz of ../shared/corpora.
const ArchiveEnv = "ACTORGRAPH_ARCHIVE"

// ArchiveStories returns the paths of the archive's stories in name
// order. It skips the test or benchmark when ArchiveEnv names no
// directory or the directory holds no story.
func ArchiveStories(tb testing.TB) []string {
	tb.Helper()
	dir := os.Getenv(ArchiveEnv)
	if dir == "" {
		tb.Skip(ArchiveEnv + " names no news archive directory")
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		tb.Skipf("no archive stories in %s (%v)", dir, err)
	}
	slices.Sort(names)
	return names
}
