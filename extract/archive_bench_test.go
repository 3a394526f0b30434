package extract_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/jdkato/prose/v3"
	"github.com/jdkato/prose/v3/tag"
	prosetokenize "github.com/jdkato/prose/v3/tokenize"
)

// The archive benchmarks run on a slice of a news archive: the stories of
// the directory ACTORGRAPH_ARCHIVE (the extracted news-archive.tar.gz of
// ../shared/corpora, one story a .txt file) in name order, as many as fit
// in ACTORGRAPH_ARCHIVE_BYTES (default 256 KiB, some 60 stories). They skip without it. -count
// would run one implementation's rounds before the other's, so on a shared
// machine run the rounds in turn, as syntax/bench_test.go explains:
//
//	go test -c -o /tmp/extract.test ./extract && cd extract &&
//	for i in 1 2 3 4 5 6; do ACTORGRAPH_ARCHIVE=/tmp/archive/news-archive \
//	  /tmp/extract.test -test.run XXX -test.bench Archive -test.benchtime 1x; done |
//	benchstat -col /impl -

// archiveSlice returns the inputs of the archive slice and their size.
func archiveSlice(b *testing.B) ([]extract.Input, int64) {
	b.Helper()
	dir := os.Getenv("ACTORGRAPH_ARCHIVE")
	if dir == "" {
		b.Skip("ACTORGRAPH_ARCHIVE names no news archive directory")
	}
	limit := int64(256 << 10)
	if s := os.Getenv("ACTORGRAPH_ARCHIVE_BYTES"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 {
			b.Fatalf("ACTORGRAPH_ARCHIVE_BYTES=%q: want a number of bytes", s)
		}
		limit = n
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no archive stories in %s (%v)", dir, err)
	}
	slices.Sort(names)
	var (
		inputs []extract.Input
		size   int64
	)
	for _, name := range names {
		text, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		if size+int64(len(text)) > limit {
			break
		}
		size += int64(len(text))
		inputs = append(inputs, extract.Input{Name: filepath.Base(name), Read: func() ([]byte, error) { return text, nil }})
	}
	if len(inputs) == 0 {
		b.Fatalf("the first story of %s is over %d bytes", dir, limit)
	}
	return inputs, size
}

// loopCPU runs f, which reads size bytes of text, as the iterations of b,
// and reports besides the wall time the CPU time of the process (every
// goroutine, the garbage collector's included) per iteration, cpu-ms/op:
// on a machine whose other users take the cores, the wall time swings
// with them and the CPU time much less.
func loopCPU(b *testing.B, size int64, f func()) {
	b.SetBytes(size)
	b.ReportAllocs()
	start := cpuTime(b)
	for b.Loop() {
		f()
	}
	b.ReportMetric(float64((cpuTime(b)-start).Microseconds())/1e3/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// warmPipeline returns the pipeline with every stage loaded, so that no
// round times the loading.
func warmPipeline(b *testing.B, inputs []extract.Input) *extract.Pipeline {
	b.Helper()
	p := pipeline(b)
	buildArchive(b, p, inputs[:1], 1)
	return p
}

// buildArchive runs the whole build of inputs, as actorgraph build does:
// extraction with workers goroutines, the reconciliation of actors across
// the corpus, and the N-Quads written (here, discarded).
func buildArchive(b *testing.B, p *extract.Pipeline, inputs []extract.Input, workers int) {
	c, err := p.Collect(context.Background(), seq(inputs), workers, func(r extract.Result) error { return r.Err })
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	m, err := graph.NewMinter(graph.DefaultBase)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.WriteNQuads(io.Discard, m); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkArchiveVsProse runs the whole build, on one worker, against
// github.com/jdkato/prose/v3's tokenize and tag, and its document API with
// entity extraction, on the same texts. Targets: the build at least half
// as fast as prose's tokenize+tag, and ten times as fast as prose with NER.
func BenchmarkArchiveVsProse(b *testing.B) {
	inputs, size := archiveSlice(b)
	texts := make([]string, len(inputs))
	for i, in := range inputs {
		t, _ := in.Read()
		texts[i] = string(t)
	}
	p := warmPipeline(b, inputs)
	b.Run("impl=actorgraph-build", func(b *testing.B) {
		loopCPU(b, size, func() { buildArchive(b, p, inputs, 1) })
	})
	b.Run("impl=prose-tag", func(b *testing.B) {
		tk := prosetokenize.New()
		tg, err := tag.New()
		if err != nil {
			b.Fatal(err)
		}
		loopCPU(b, size, func() {
			for _, t := range texts {
				tg.TagTokens(tk.Tokenize(t))
			}
		})
	})
	b.Run("impl=prose-ner", func(b *testing.B) {
		if _, err := prose.NewDocument(texts[0]); err != nil { // loads its models
			b.Fatal(err)
		}
		loopCPU(b, size, func() {
			for _, t := range texts {
				doc, err := prose.NewDocument(t)
				if err != nil {
					b.Fatal(err)
				}
				doc.Entities()
			}
		})
	})
}

// BenchmarkArchiveWorkers runs the whole build with one and two workers
// (build -j 1 and -j 2). Target: -j 2 at least 1.8 times as fast as -j 1
// on a quiet two-core machine.
func BenchmarkArchiveWorkers(b *testing.B) {
	inputs, size := archiveSlice(b)
	p := warmPipeline(b, inputs)
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			loopCPU(b, size, func() { buildArchive(b, p, inputs, j) })
		})
	}
}
