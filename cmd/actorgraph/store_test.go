package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/store/gentest"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// sampleStoreOnce builds the sample corpus into a store once and returns
// its path.
var sampleStoreOnce = builtSample("--db", "graph.db")

func sampleStore(t *testing.T) string {
	t.Helper()
	return testenv.Must(t, sampleStoreOnce)
}

// TestExportIsBuild: a store built in one run exports the bytes build -o
// writes for the same articles.
func TestExportIsBuild(t *testing.T) {
	want := mustRead(t, sampleGraph(t))
	r := runCLI(t, "", "export", sampleStore(t))
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	if r.Stdout != string(want) {
		t.Errorf("export gives %d bytes that differ from the %d of build -o", len(r.Stdout), len(want))
	}
	out := filepath.Join(t.TempDir(), "out.nq")
	if r := runCLI(t, "", "export", "-o", out, sampleStore(t)); r.Code != 0 {
		t.Fatalf("export -o: exit %d: %s", r.Code, r.Stderr)
	}
	if got := mustRead(t, out); !bytes.Equal(got, want) {
		t.Error("export -o wrote other bytes")
	}
}

// TestStoreAnswersLikeNQuads: neighbors and render give the same output
// from the store as from the N-Quads of the same articles.
func TestStoreAnswersLikeNQuads(t *testing.T) {
	nq, db := sampleGraph(t), sampleStore(t)
	queries := [][]string{
		{"neighbors", "Trump"},
		{"neighbors", "--depth", "2", "vladimir putin"},
		{"neighbors", "--format", "json", "--depth", "2", "Putin"},
		{"neighbors", "--format", "json", "--direction", "in", "ukraine"},
		{"neighbors", "--format", "json", "--evidence", "1", "Trump"},
		{"neighbors", "--direction", "out", "--predicate", "MET-WITH", "Zelenskyy"},
		{"neighbors", "--depth", "3", "NATO"},
		{"neighbors", "Vladimir Trump"},
		{"neighbors", "Trumpp"},
		{"neighbors", "the"},
		{"render", "-o", "-", "--format", "dot"},
		{"render", "-o", "-", "--format", "dot", "--min-support", "2", "--max-nodes", "0"},
		{"render", "-o", "-", "--format", "dot", "--focus", "Putin", "--depth", "2", "--max-nodes", "6"},
		{"neighbors", "--class", "cooperation", "Trump"},
		{"neighbors", "--format", "json", "--depth", "2", "--class", "conflict", "Putin"},
		{"neighbors", "--format", "json", "--since", "2019", "--until", "2030", "Trump"},
		{"neighbors", "--until", "2018-06", "--depth", "2", "Trump"},
		{"neighbors", "--limit", "2", "--since", "2019", "--depth", "2", "Trump"},
		{"neighbors", "--format", "json", "--evidence", "1", "--limit", "3", "--since", "2018", "--depth", "2", "Trump"},
		{"neighbors", "--format", "json", "--limit", "0", "--evidence", "0", "--class", "conflict", "--direction", "in", "Ukraine"},
		{"render", "-o", "-", "--format", "dot", "--class", "04"},
		{"render", "-o", "-", "--format", "dot", "--since", "2019", "--min-support", "2", "--max-nodes", "0"},
		{"render", "-o", "-", "--format", "dot", "--focus", "Trump", "--class", "cooperation", "--depth", "2"},
		{"render", "-o", "-", "--format", "html", "--since", "2019"},
		{"render", "-o", "-", "--format", "html", "--focus", "Putin", "--depth", "2"},
	}
	for _, q := range queries {
		t.Run(strings.Join(q, " "), func(t *testing.T) {
			args := func(graph string) []string {
				a := append([]string{}, q...)
				if a[0] == "neighbors" {
					return append(a[:len(a)-1:len(a)-1], graph, q[len(q)-1])
				}
				return append(a, graph)
			}
			want := runCLI(t, "", args(nq)...)
			got := runCLI(t, "", args(db)...)
			if got.Code != want.Code || got.Stdout != want.Stdout || got.Stderr != want.Stderr {
				t.Errorf("from the store: exit %d\n%s%s\nfrom N-Quads: exit %d\n%s%s", got.Code, got.Stdout, got.Stderr, want.Code, want.Stdout, want.Stderr)
			}
			if want.Stdout == "" && want.Stderr == "" {
				t.Error("no output to compare")
			}
		})
	}
}

// TestNeighborsLimit: --limit lists the best-supported links and counts
// them all, from a store as from N-Quads.
func TestNeighborsLimit(t *testing.T) {
	for _, g := range []string{sampleGraph(t), sampleStore(t)} {
		all := runCLI(t, "", "neighbors", "--limit", "0", g, "Trump")
		var links int
		if _, err := fmt.Sscanf(all.Stdout, "Donald Trump (Person): %d neighbour link(s)", &links); err != nil || links < 4 {
			t.Fatalf("%s: --limit 0: %v, %d links:\n%s%s", filepath.Base(g), err, links, all.Stdout, all.Stderr)
		}
		r := runCLI(t, "", "neighbors", "--limit", "3", g, "Trump")
		lines := strings.Split(strings.TrimSuffix(r.Stdout, "\n"), "\n")
		if r.Code != 0 || len(lines) != 4 || lines[0] != fmt.Sprintf("Donald Trump (Person): %d neighbour link(s), the first 3:", links) {
			t.Fatalf("%s: exit %d:\n%s%s", filepath.Base(g), r.Code, r.Stdout, r.Stderr)
		}
		for _, l := range lines[1:] {
			if !strings.Contains(l, "2 statements") {
				t.Errorf("%s: listed %q before a link of 2 statements", filepath.Base(g), l)
			}
		}
		r = runCLI(t, "", "neighbors", "--format", "json", "--limit", "1", g, "Trump")
		if want := fmt.Sprintf(`"more": %d,`, links-1); r.Code != 0 || !strings.Contains(r.Stdout, want) {
			t.Errorf("%s: json with --limit 1 does not say %s:\n%s%s", filepath.Base(g), want, r.Stdout, r.Stderr)
		}
	}
}

// TestExportFormatsOfStore: export gives, in every format, the same bytes
// from a store as from the N-Quads build writes for the same articles.
func TestExportFormatsOfStore(t *testing.T) {
	nq, db := sampleGraph(t), sampleStore(t)
	for _, f := range exportFormats {
		if f == "csv" {
			continue
		}
		want := runCLI(t, "", "export", "--format", f, nq)
		got := runCLI(t, "", "export", "--format", f, db)
		if got.Code != 0 || want.Code != 0 || got.Stdout != want.Stdout || got.Stdout == "" {
			t.Errorf("%s: from the store, exit %d, %d bytes (%s); from N-Quads, exit %d, %d bytes", f, got.Code, len(got.Stdout), got.Stderr, want.Code, len(want.Stdout))
		}
	}
	// a store and the N-Quads of its articles read as one are the graph once
	both := runCLI(t, "", "export", db, nq)
	if both.Code != 0 || both.Stdout != string(mustRead(t, nq)) {
		t.Errorf("a store with its own N-Quads: exit %d, %d bytes: %s", both.Code, len(both.Stdout), both.Stderr)
	}
}

// TestStoreNotClobbered: a file that is not a store is named, refused
// and left as it was, whichever command is given it.
func TestStoreNotClobbered(t *testing.T) {
	dir := t.TempDir()
	nq := write(t, filepath.Join(dir, "graph.nq"), string(mustRead(t, sampleGraph(t))))
	foreign := filepath.Join(dir, "notes.db")
	must(t, gentest.ForeignDatabase(context.Background(), foreign))
	broken := write(t, filepath.Join(dir, "broken.db"), store.Header+strings.Repeat("\x07", 5000))
	text := write(t, filepath.Join(dir, "notes.txt"), "France criticised Germany.\n")
	article := write(t, filepath.Join(dir, "article.txt"), "Japan met China in Tokyo.\n")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"build into N-Quads", []string{"build", "--db", nq, article}, "graph.nq is not an actorgraph store: not an SQLite database; it was not written to"},
		{"build into another database", []string{"build", "--db", foreign, article}, "notes.db is not an actorgraph store: an SQLite database without actorgraph's tables; it was not written to"},
		{"build into a damaged database", []string{"build", "--db", broken, article}, "broken.db"},
		{"build into a text file", []string{"build", "--db", text, article}, "notes.txt is not an actorgraph store"},
		{"export a damaged database", []string{"export", broken}, "broken.db"},
		{"export another database as GraphML", []string{"export", "--format", "graphml", foreign}, "notes.db is not an actorgraph store"},
		{"export another database", []string{"export", foreign}, "notes.db is not an actorgraph store"},
		{"neighbors of another database", []string{"neighbors", foreign, "x"}, "notes.db is not an actorgraph store"},
		{"render a damaged database", []string{"render", "-o", filepath.Join(dir, "m.svg"), broken}, "broken.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := map[string][]byte{}
			for _, f := range []string{nq, foreign, broken, text} {
				before[f] = mustRead(t, f)
			}
			r := runCLI(t, "", tt.args...)
			if r.Code != 1 {
				t.Errorf("exit %d, want 1", r.Code)
			}
			if !strings.Contains(r.Stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, r.Stderr)
			}
			for f, b := range before {
				if !bytes.Equal(mustRead(t, f), b) {
					t.Errorf("%s changed", f)
				}
			}
		})
	}
	if r := runCLI(t, "", "build", "--db", filepath.Join(dir, "new.db"), "-o", filepath.Join(dir, "x.nq"), article); r.Code != 2 {
		t.Errorf("--db with -o: exit %d, want 2", r.Code)
	}
	if r := runCLI(t, "", "build", "--db", sampleStore(t), "--base", "http://other.example/", article); r.Code != 2 || !strings.Contains(r.Stderr, "keeps its base IRI") {
		t.Errorf("another base: exit %d: %s", r.Code, r.Stderr)
	}
	empty := write(t, filepath.Join(dir, "empty.db"), "")
	if r := runCLI(t, "", "build", "--db", empty, article); r.Code != 0 {
		t.Errorf("an empty file is not made a store: exit %d: %s", r.Code, r.Stderr)
	}
}

// TestBuildDBIncremental: a second build adds only the new articles, and
// reports the others as skipped.
func TestBuildDBIncremental(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "g.db")
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	write(t, a, "France criticised Germany over the budget.\n")
	write(t, b, "Japan met China in Tokyo.\n")
	r := runCLI(t, "", "build", "--db", db, a)
	if r.Code != 0 || !strings.Contains(r.Stderr, "added 1 article(s)") {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	r = runCLI(t, "", "build", "--db", db, a, b)
	if r.Code != 0 || !strings.Contains(r.Stderr, "added 1 article(s) to "+db+", skipped 1 already in it; it holds 2 articles") {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	together := runCLI(t, "", "build", a, b)
	if got := runCLI(t, "", "export", db); got.Stdout != together.Stdout || got.Code != 0 {
		t.Errorf("built in two runs, the store exports other quads than one build:\n%s\nwant\n%s", got.Stdout, together.Stdout)
	}
}

// archiveStories returns the first n stories of the news archive in
// ../shared/corpora, unpacked into a temporary directory, or skips the
// test when the archive is absent.
func archiveStories(t *testing.T, n int) string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpora", "news-archive.tar.gz"))
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("no news archive in ../shared/corpora")
	}
	must(t, err)
	defer f.Close()
	gz, err := gzip.NewReader(f)
	must(t, err)
	tr := tar.NewReader(gz)
	dir := t.TempDir()
	for got := 0; got < n; {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		must(t, err)
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".txt") {
			continue
		}
		b, err := io.ReadAll(tr)
		must(t, err)
		write(t, filepath.Join(dir, filepath.Base(h.Name)), string(b))
		got++
	}
	return dir
}

// TestArchiveExportIsBuild: on a few hundred archive stories, a store
// exports what build -o writes, and a second build adds nothing.
func TestArchiveExportIsBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 200 stories twice")
	}
	dir := archiveStories(t, 200)
	out := t.TempDir()
	nq, db := filepath.Join(out, "g.nq"), filepath.Join(out, "g.db")
	if r := runCLI(t, "", "build", "-o", nq, dir); r.Code != 0 {
		t.Fatalf("build -o: exit %d: %s", r.Code, r.Stderr)
	}
	if r := runCLI(t, "", "build", "--db", db, "--batch", "64", dir); r.Code != 0 {
		t.Fatalf("build --db: exit %d: %s", r.Code, r.Stderr)
	}
	r := runCLI(t, "", "export", db)
	want := mustRead(t, nq)
	if r.Stdout != string(want) {
		t.Errorf("export gives %d bytes that differ from the %d of build -o", len(r.Stdout), len(want))
	}
	again := runCLI(t, "", "build", "--db", db, dir)
	if again.Code != 0 || !strings.Contains(again.Stderr, "added 0 article(s)") {
		t.Errorf("second build: exit %d: %s", again.Code, again.Stderr)
	}
}

// mentionsOf reads N-Quads and returns, for every article IRI, the sorted
// labels of the actors it mentions, and every actor's IRI by label.
func mentionsOf(t *testing.T, nq string) (map[graph.IRI][]string, map[string]graph.Term) {
	t.Helper()
	qs, err := nquads.ReadAll(strings.NewReader(nq), "export")
	must(t, err)
	mentions, labels, iris := map[graph.IRI][]graph.Term{}, map[graph.Term]string{}, map[string]graph.Term{}
	for _, q := range qs {
		switch q.Predicate {
		case graph.SchemaMentions:
			art := q.Subject.(graph.IRI)
			mentions[art] = append(mentions[art], q.Object)
		case graph.RDFSLabel:
			l := q.Object.(graph.Literal).Value
			labels[q.Subject], iris[l] = l, q.Subject
		}
	}
	named := map[graph.IRI][]string{}
	for art, m := range mentions {
		for _, iri := range m {
			named[art] = append(named[art], labels[iri])
		}
		slices.Sort(named[art])
	}
	return named, iris
}

// TestActorIRIsStableAcrossRuns (issue 17, item 8): articles built one
// run at a time into one store give the actors one build of them all
// finds, one IRI each (no two Donald Trumps), whichever article comes
// first; and the IRI that one build gives, when the first run names the
// actor in full. A run that names a person by surname alone stores them
// under that IRI, which stays when a later run gives the full name (the
// label changes, the IRI does not). The articles: the two samples, which
// name people in full in one and by surname in the other, and three
// texts of our own.
func TestActorIRIsStableAcrossRuns(t *testing.T) {
	dir := t.TempDir()
	var files []string
	entries, err := corpus.ReadDir("corpus")
	must(t, err)
	for _, e := range entries {
		b, err := corpus.ReadFile("corpus/" + e.Name())
		must(t, err)
		files = append(files, filepath.Join(dir, e.Name()))
		write(t, files[len(files)-1], string(b))
	}
	own := []string{
		"German Chancellor Angela Merkel criticised Russia over the gas pipeline.\n",
		"Merkel met Macron in Paris on Monday.\n",
		"Merkel later called Emmanuel Macron about the summit.\n",
	}
	for i, text := range own {
		files = append(files, filepath.Join(dir, fmt.Sprintf("own%d.txt", i)))
		write(t, files[len(files)-1], text)
	}
	tests := []struct {
		name  string
		order []string
		// sameIRIs: the full names come first, so the IRIs are those of one build
		sameIRIs bool
	}{
		{"samples", files[:2], true},
		{"samples reversed", []string{files[1], files[0]}, false},
		{"full name first", files[2:], true},
		{"surname first", []string{files[3], files[2], files[4]}, false},
		{"everything", files, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			together := runCLI(t, "", append([]string{"build"}, tt.order...)...)
			if together.Code != 0 {
				t.Fatalf("build: exit %d: %s", together.Code, together.Stderr)
			}
			db := filepath.Join(t.TempDir(), "g.db")
			for _, f := range tt.order {
				if r := runCLI(t, "", "build", "--db", db, f); r.Code != 0 {
					t.Fatalf("build --db %s: exit %d: %s", f, r.Code, r.Stderr)
				}
			}
			apart := runCLI(t, "", "export", db)
			if apart.Code != 0 {
				t.Fatalf("export: exit %d: %s", apart.Code, apart.Stderr)
			}
			wantM, wantIRIs := mentionsOf(t, together.Stdout)
			gotM, gotIRIs := mentionsOf(t, apart.Stdout)
			if len(wantM) != len(tt.order) {
				t.Fatalf("one build describes %d articles, want %d", len(wantM), len(tt.order))
			}
			for art, want := range wantM {
				if !slices.Equal(gotM[art], want) {
					t.Errorf("article %s mentions, built run by run:\n%q\nbuilt at once:\n%q", art, gotM[art], want)
				}
			}
			if len(gotIRIs) != len(wantIRIs) {
				t.Errorf("%d actors built run by run, %d at once", len(gotIRIs), len(wantIRIs))
			}
			for label, iri := range wantIRIs {
				if got, ok := gotIRIs[label]; !ok || (tt.sameIRIs && got != iri) {
					t.Errorf("%q is %v built run by run, %v built at once", label, got, iri)
				}
			}
		})
	}
}
