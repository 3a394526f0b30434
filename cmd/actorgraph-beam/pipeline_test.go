package main

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

func TestMain(m *testing.M) {
	beam.Init()
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// testCorpus copies the sample corpus of actorgraph build and this
// package's test articles into a new directory, and returns it.
func testCorpus(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	copyTree(t, filepath.Join("..", "actorgraph", "corpus"), dir)
	copyTree(t, filepath.Join("testdata", "articles"), dir)
	return dir
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

var (
	binOnce  sync.Once
	binDir   string // holds the actorgraph command, removed by TestMain
	bin      string
	binError error
)

// actorgraphBuild builds the actorgraph command of the enclosing module,
// once, and runs its build on args, returning the N-Quads lines it writes.
func actorgraphBuild(t *testing.T, args ...string) []string {
	t.Helper()
	binOnce.Do(func() {
		goCmd, err := exec.LookPath("go")
		if err != nil {
			binError = err
			return
		}
		if binDir, err = os.MkdirTemp("", "actorgraph-beam-test-*"); err != nil {
			binError = err
			return
		}
		bin = filepath.Join(binDir, "actorgraph")
		build := exec.Command(goCmd, "build", "-o", bin, "./cmd/actorgraph")
		build.Dir = filepath.Join("..", "..")
		if out, err := build.CombinedOutput(); err != nil {
			binError = fmt.Errorf("go build ./cmd/actorgraph: %v\n%s", err, out)
		}
	})
	if binError != nil {
		t.Fatal(binError)
	}
	out := filepath.Join(t.TempDir(), "want.nq")
	cmd := exec.Command(bin, append([]string{"build", "-j", "2", "-o", out}, args...)...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("actorgraph build: %v\n%s", err, msg)
	}
	return readLines(t, out)
}

func readLines(t *testing.T, paths ...string) []string {
	t.Helper()
	var lines []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return lines
}

// runPipeline runs the pipeline of c on Prism in this process and returns
// the lines of the shards it wrote.
func runPipeline(t *testing.T, c Config, wantArticles int) []string {
	t.Helper()
	// Prism now and then ends a job before the last bundle's metrics
	// reach it (about one run in four on a loaded machine: half the
	// articles counted, the output whole), so a run whose counters fall
	// short is run again, twice at most; the counters must be right in
	// one run.
	for try := 1; ; try++ {
		p, s := beam.NewPipelineWithRoot()
		if err := Build(s, c); err != nil {
			t.Fatal(err)
		}
		res, err := prism.Execute(context.Background(), p)
		if err != nil {
			t.Fatalf("prism: %v", err)
		}
		read, failed, ok := articleCounts(res)
		if ok && read == int64(wantArticles) && failed == 0 {
			break
		}
		if try == 3 || read > int64(wantArticles) || failed != 0 {
			t.Errorf("counters: %d articles built, %d left out (reported: %v); want %d and 0", read, failed, ok, wantArticles)
			break
		}
		t.Logf("run %d: counters report %d of %d articles; running again", try, read, wantArticles)
	}
	var files []string
	for i := range c.Shards {
		files = append(files, shardName(c.Output, i, c.Shards))
	}
	got, err := filepath.Glob(c.Output + "-*")
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(got)
	if !slices.Equal(got, files) {
		t.Fatalf("files written: %q, want %q", got, files)
	}
	return readLines(t, files...)
}

// diffLines fails t when got and want do not hold the same lines as many
// times each, showing a few of the differences.
func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	slices.Sort(got)
	slices.Sort(want)
	if slices.Equal(got, want) {
		t.Logf("beam and build wrote the same %d quads", len(got))
		return
	}
	count := map[string]int{}
	for _, l := range got {
		count[l]++
	}
	for _, l := range want {
		count[l]--
	}
	shown := 0
	for l, n := range count {
		if n != 0 && shown < 20 {
			t.Errorf("%+d times (beam minus build): %s", n, l)
			shown++
		}
	}
	t.Errorf("beam wrote %d lines, build %d", len(got), len(want))
}

// TestPipelineMatchesBuild runs the pipeline on Prism over the sample corpus
// and the test articles and checks that it writes the quads actorgraph
// build writes for them, each as many times.
func TestPipelineMatchesBuild(t *testing.T) {
	dir := testCorpus(t)
	want := actorgraphBuild(t, dir)
	if len(want) < 100 {
		t.Fatalf("actorgraph build wrote only %d quads", len(want))
	}
	out := filepath.Join(t.TempDir(), "out", "graph")
	got := runPipeline(t, Config{
		Inputs:          []string{dir},
		Output:          out,
		Shards:          3,
		Base:            string(graph.DefaultBase),
		MaxArticleBytes: defaultMaxArticleBytes,
	}, 8)
	diffLines(t, got, want)
}

// TestPipelineInputList checks a file list and a glob against build given
// the same files in the same order.
func TestPipelineInputList(t *testing.T) {
	dir := testCorpus(t)
	files := []string{
		filepath.Join(dir, "more.txt"),
		filepath.Join(dir, "reuters-01793.txt"),
		filepath.Join(dir, "more", "budget.txt"),
	}
	list := filepath.Join(t.TempDir(), "list.txt")
	if err := os.WriteFile(list, []byte(strings.Join(files[1:], "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	glob := filepath.Join(dir, "reuters-00*.txt")
	matches, err := filepath.Glob(glob)
	if err != nil || len(matches) != 1 {
		t.Fatalf("glob %s: %v, %v", glob, matches, err)
	}
	out := filepath.Join(t.TempDir(), "graph")
	got := runPipeline(t, Config{
		Inputs:          []string{files[0], glob},
		InputList:       list,
		Output:          out,
		Shards:          1,
		Base:            "http://example.org/g/",
		MaxArticleBytes: defaultMaxArticleBytes,
	}, 4)
	want := actorgraphBuild(t, "-base", "http://example.org/g/", files[0], matches[0], files[1], files[2])
	if len(want) == 0 {
		t.Fatal("actorgraph build wrote nothing")
	}
	diffLines(t, got, want)
}

// TestExpandOrder checks that the order keys of a directory's articles sort
// as filepath.WalkDir visits them, which is the order actorgraph build
// reads them in, although the paths sort otherwise as strings.
func TestExpandOrder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "b/c.txt", "b/a/z.txt", "a b.txt", "b-c.txt", "notes.md"} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	type file struct{ key, path string }
	var got []file
	err := expand(context.Background(), "i000000", dir, func(key, path string) { got = append(got, file{key, path}) })
	if err != nil {
		t.Fatal(err)
	}
	var walk []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".txt") {
			walk = append(walk, path)
		}
		return nil
	})
	slices.SortFunc(got, func(x, y file) int { return strings.Compare(x.key, y.key) })
	var paths []string
	for _, f := range got {
		paths = append(paths, f.path)
	}
	if !slices.Equal(paths, walk) {
		t.Errorf("articles by key: %q\nwalk order:     %q", paths, walk)
	}
	if slices.IsSorted(walk) {
		t.Errorf("the test's tree should walk in an order other than the paths' string order: %q", walk)
	}
}

var (
	extractedOnce sync.Once
	extracted     []graph.Article
	extractErr    error
)

// testArticles extracts the articles of the test corpus, in build's order.
func testArticles(t *testing.T) []graph.Article {
	t.Helper()
	extractedOnce.Do(func() {
		dir := testCorpus(t)
		p, err := extract.New(extract.Options{})
		if err != nil {
			extractErr = err
			return
		}
		err = expand(context.Background(), "", dir, func(_, path string) {
			if extractErr != nil {
				return
			}
			b, err := os.ReadFile(path)
			if err != nil {
				extractErr = err
				return
			}
			a, err := p.Article(context.Background(), path, b)
			if err != nil {
				extractErr = err
				return
			}
			extracted = append(extracted, a)
		})
		if extractErr == nil {
			extractErr = err
		}
	})
	if extractErr != nil {
		t.Fatal(extractErr)
	}
	return extracted
}

// TestCorpusOrder checks what the pipeline's reconciliation rests on: an
// extract.Corpus resolves the same names whatever order the articles are
// added in, and the one built from the counts of the person names alone
// resolves them as the one built from the articles.
func TestCorpusOrder(t *testing.T) {
	arts := testArticles(t)
	resolve := func(c *extract.Corpus) [][]graph.Actor {
		var out [][]graph.Actor
		for _, a := range arts {
			a.Actors = slices.Clone(a.Actors)
			c.Resolve(&a)
			out = append(out, a.Actors)
		}
		return out
	}
	forward, backward := extract.NewCorpus(), extract.NewCorpus()
	counts := map[string]int{}
	for i := range arts {
		forward.Add(&arts[i])
		backward.Add(&arts[len(arts)-1-i])
		for _, a := range arts[i].Actors {
			if a.Type == graph.Person {
				counts[a.Name]++
			}
		}
	}
	fromUses := corpusFromUses(func(name *string, n *int) bool {
		for k, v := range counts {
			*name, *n = k, v
			delete(counts, k)
			return true
		}
		return false
	})
	want := resolve(forward)
	renamed := 0
	for i, a := range arts {
		for j := range a.Actors {
			if want[i][j].Name != a.Actors[j].Name {
				renamed++
			}
		}
	}
	if renamed == 0 {
		t.Fatal("the test corpus has no name the corpus step changes")
	}
	for _, c := range []struct {
		name   string
		corpus *extract.Corpus
	}{{"backward", backward}, {"from uses", fromUses.Corpus}} {
		got := resolve(c.corpus)
		for i := range got {
			if !slices.EqualFunc(got[i], want[i], func(x, y graph.Actor) bool {
				return x.Name == y.Name && x.Type == y.Type && slices.Equal(x.Aliases, y.Aliases)
			}) {
				t.Errorf("%s: article %s resolves to %v, want %v", c.name, arts[i].Source, got[i], want[i])
			}
		}
	}
}

// TestActorTableMerge checks that the combine of actor mentions gives the
// description graph.ActorTable gives when it is fed the mentions in input
// order, whatever order they are merged in: the name and type of the first
// mention, the aliases of all. (The test corpus has no actor typed two
// ways, so TestPipelineMatchesBuild does not show this.)
func TestActorTableMerge(t *testing.T) {
	m, err := graph.NewMinter(graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	ordered := []mention{
		{Order: "i000000\x00a\x00000000002", Name: "Meridian", Type: int(graph.Organization), Aliases: []string{"Meridian Holdings"}},
		{Order: "i000000\x00a.txt\x00000000000", Name: "Meridian", Type: int(graph.Location)},
		{Order: "i000000\x00b.txt\x00000000001", Name: "Meridian\u200b", Type: int(graph.Person), Aliases: []string{"the Meridian", "Meridian Holdings"}},
	}
	table := graph.NewActorTable(m)
	for _, x := range ordered {
		table.Add([]graph.Actor{{Name: x.Name, Type: graph.ActorType(x.Type), Aliases: x.Aliases}})
	}
	var want []string
	if err := emitQuads(table.Quads(), func(l string) { want = append(want, l) }); err != nil {
		t.Fatal(err)
	}
	f := &describeFn{Base: string(graph.DefaultBase)}
	if err := f.Setup(); err != nil {
		t.Fatal(err)
	}
	for _, perm := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 2, 0}, {2, 0, 1}} {
		acc := ordered[perm[0]]
		for _, i := range perm[1:] {
			acc = mergeMentions(acc, ordered[i])
		}
		var got []string
		if err := f.ProcessElement("", acc, func(l string) { got = append(got, l) }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("merged in order %v: %q\nwant %q", perm, got, want)
		}
	}
}
