package dates

import (
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/corpustest"
)

// BenchmarkResolve resolves the lines of the first stories of the news
// archive in ACTORGRAPH_ARCHIVE (see extract/archive_bench_test.go), as
// the pipeline resolves sentences, and dates each story as Article does.
// It skips without the archive.
func BenchmarkResolve(b *testing.B) {
	names := corpustest.ArchiveStories(b)
	var (
		stories, lines []string
		size           int64
	)
	for _, name := range names[:min(len(names), 500)] {
		text, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		stories = append(stories, string(text))
		lines = append(lines, strings.Split(string(text), "\n")...)
		size += int64(len(text))
	}
	ref := Date{1987, 3, 2}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range stories {
			Article(s, "story.txt", ref)
		}
		for _, l := range lines {
			Resolve(l, ref)
		}
	}
}
