package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// result is what one in-process run of actorgraph produced.
type result struct {
	stdout, stderr string
	code           int
}

// runCLI runs actorgraph in-process with args and stdin.
func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return result{out.String(), errb.String(), exitCode(err)}
}

// corpusGraph builds the embedded sample corpus once and returns the path
// of its N-Quads.
var corpusGraph = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "actorgraph-test-")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "graph.nq")
	var errb bytes.Buffer
	if err := run(context.Background(), []string{"build", "-o", path}, strings.NewReader(""), &bytes.Buffer{}, &errb); err != nil {
		return "", err
	}
	return path, nil
})

func sampleGraph(t *testing.T) string {
	t.Helper()
	p, err := corpusGraph()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout or stderr
	}{
		{"no command", nil, 2, "Commands:"},
		{"help", []string{"--help"}, 0, "Commands:"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"build help", []string{"build", "--help"}, 0, "Usage: actorgraph build"},
		{"render help", []string{"render", "-h"}, 0, "Usage: actorgraph render"},
		{"neighbors help", []string{"neighbors", "--help"}, 0, "Usage: actorgraph neighbors"},
		{"parse help", []string{"parse", "--help"}, 0, "Usage: actorgraph parse"},
		{"demo help", []string{"demo", "--help"}, 0, "Usage: actorgraph demo"},
		{"bad flag", []string{"build", "--no-such-flag"}, 2, "no-such-flag"},
		{"bad jobs", []string{"build", "-j", "0"}, 2, "-j must be at least 1"},
		{"relative base", []string{"build", "--base", "actors/"}, 2, "not an absolute IRI"},
		{"neighbors wants two args", []string{"neighbors", "x.nq"}, 2, "wants GRAPH and NAME"},
		{"bad direction", []string{"neighbors", "--direction", "up", "x.nq", "y"}, 2, "-direction"},
		{"bad format", []string{"render", "--format", "gif", "x.nq"}, 2, "-format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("output lacks %q\nstdout: %s\nstderr: %s", tt.want, r.stdout, r.stderr)
			}
		})
	}
}

// TestBuildGolden holds the N-Quads of the seed articles in golden files.
func TestBuildGolden(t *testing.T) {
	for _, name := range []string{"000_45a07afaa7942041", "004_11280506ae9ab89c"} {
		t.Run(name, func(t *testing.T) {
			r := runCLI(t, "", "build", filepath.Join("corpus", name+".txt"))
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden := filepath.Join("testdata", "golden", name+".nq")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if r.stdout != string(want) {
				t.Errorf("build output differs from %s (run go test -update and review the diff)", golden)
			}
		})
	}
}

func TestBuildSameForAnyJobs(t *testing.T) {
	one := runCLI(t, "", "build", "-j", "1")
	many := runCLI(t, "", "build", "-j", "8")
	if one.code != 0 || many.code != 0 {
		t.Fatalf("exit %d/%d: %s %s", one.code, many.code, one.stderr, many.stderr)
	}
	if one.stdout != many.stdout {
		t.Error("-j 1 and -j 8 give different N-Quads")
	}
	if !strings.Contains(one.stdout, "/rel/") {
		t.Error("the sample corpus gave no relation quads")
	}
}

func TestBuildNeverWritesRelativeIRIs(t *testing.T) {
	r := runCLI(t, "", "build", "--base", "http://example.org/news/")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		for _, f := range strings.Fields(line) {
			if strings.HasPrefix(f, "<") && !strings.Contains(f, ":") {
				t.Fatalf("relative IRI %s in %q", f, line)
			}
		}
	}
	if !strings.Contains(r.stdout, "<http://example.org/news/actor/") {
		t.Error("--base was not used for actors")
	}
}

// TestBuildBadInput: every bad input is named on stderr, the exit status is
// 1, and the good article is still built.
func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	write(t, good, "Iraq invaded Kuwait in August 1990.\n")
	write(t, filepath.Join(dir, "bad-utf8.txt"), "Iraq invaded \xff\xfe Kuwait.\n")
	write(t, filepath.Join(dir, "empty.txt"), " \n\n")
	write(t, filepath.Join(dir, "binary.txt"), "PK\x03\x04\x00\x00binary")
	if err := os.Mkdir(filepath.Join(dir, "none"), 0o755); err != nil {
		t.Fatal(err)
	}
	unreadable := filepath.Join(dir, "unreadable.txt")
	write(t, unreadable, "France met Germany.")
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		path string
		want string
	}{
		{"invalid UTF-8", filepath.Join(dir, "bad-utf8.txt"), "bad-utf8.txt: invalid UTF-8 at byte offset 13 (line 1)"},
		{"empty file", filepath.Join(dir, "empty.txt"), "empty.txt: empty article"},
		{"binary file", filepath.Join(dir, "binary.txt"), "binary.txt: binary data"},
		{"directory without articles", filepath.Join(dir, "none"), "none: directory holds no articles"},
		{"missing path", filepath.Join(dir, "missing.txt"), "missing.txt: stat: no such file or directory"},
	}
	if os.Geteuid() != 0 { // root reads files whatever their mode
		tests = append(tests, struct{ name, path, want string }{"unreadable file", unreadable, "unreadable.txt: open: permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", "build", tt.path, good)
			if r.code != 1 {
				t.Errorf("exit %d, want 1", r.code)
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, r.stderr)
			}
			if !strings.Contains(r.stdout, "/actor/Kuwait>") {
				t.Errorf("the good article was not built:\n%s", r.stdout)
			}
		})
	}
}

// TestBuildNoPartialFile: when nothing can be built, -o FILE is not created,
// and an existing FILE is left as it was.
func TestBuildNoPartialFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "graph.nq")
	r := runCLI(t, "", "build", "-o", out, filepath.Join(dir, "missing.txt"))
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("%s exists after a failed build", out)
	}
	write(t, out, "previous\n")
	runCLI(t, "", "build", "-o", out, filepath.Join(dir, "missing.txt"))
	if b, _ := os.ReadFile(out); string(b) != "previous\n" {
		t.Errorf("a failed build changed %s", out)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestBuildStdin(t *testing.T) {
	r := runCLI(t, "Finland joined NATO in April 2023.\n", "build", "-")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, `"stdin"`) || !strings.Contains(r.stdout, "/actor/Finland>") {
		t.Errorf("stdin article not built:\n%s", r.stdout)
	}
}

func TestNeighborsTrump(t *testing.T) {
	g := sampleGraph(t)
	r := runCLI(t, "", "neighbors", g, "Trump")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Donald Trump (Person)", "Volodymyr Zelenskyy", "NATO", "Vladimir Putin"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("neighbours of Trump lack %q:\n%s", want, r.stdout)
		}
	}
}

func TestNeighborsJSON(t *testing.T) {
	g := sampleGraph(t)
	r := runCLI(t, "", "neighbors", "--format", "json", "--direction", "out", g, "donald trump")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var out struct {
		Actor     struct{ Label string }
		Neighbors []struct{ Label, Predicate, Direction string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if out.Actor.Label != "Donald Trump" || len(out.Neighbors) == 0 {
		t.Fatalf("unexpected answer: %+v", out)
	}
	for _, n := range out.Neighbors {
		if n.Direction != "out" || n.Predicate == "" {
			t.Errorf("bad neighbour %+v", n)
		}
	}
}

func TestNeighborsNames(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "g.nq")
	write(t, g, `<http://e.org/a/1> <http://www.w3.org/2000/01/rdf-schema#label> "Kim Jong Un" .
<http://e.org/a/2> <http://www.w3.org/2000/01/rdf-schema#label> "Kim Yo Jong" .
<http://e.org/a/3> <http://www.w3.org/2000/01/rdf-schema#label> "Moon Jae-in" .
<http://e.org/a/4> <http://www.w3.org/2000/01/rdf-schema#label> "Zürich" .
<http://e.org/a/1> <http://e.org/rel/met> <http://e.org/a/3> .
`)
	tests := []struct {
		name, query string
		code        int
		want        string
	}{
		{"ambiguous lists all", "Kim", 1, "fits 2 actors"},
		{"unknown suggests", "Moon Jaein", 0, "Moon Jae-in"},
		{"no match suggests closest", "Kim Jung Un", 1, "closest names:\n  Kim Jong Un"},
		{"diacritics ignored", "zurich", 0, "Zürich"},
		{"case ignored", "KIM JONG UN", 0, "met"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", "neighbors", g, tt.query)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", r.code, tt.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, r.stdout, r.stderr)
			}
		})
	}
}

// TestGraphBadLines: render and neighbors name each bad line, use the rest
// and exit 1.
func TestGraphBadLines(t *testing.T) {
	dir := t.TempDir()
	g := filepath.Join(dir, "broken.nq")
	write(t, g, `<http://e.org/a/1> <http://www.w3.org/2000/01/rdf-schema#label> "Iraq" .
<http://e.org/a/2> <http://www.w3.org/2000/01/rdf-schema#label> "Kuwait" .
<http://e.org/a/1> <http://e.org/rel/invaded> <http://e.org/a/2
<relative> <http://e.org/rel/x> <http://e.org/a/2> .
<http://e.org/a/1> <http://e.org/rel/invaded> <http://e.org/a/2> .
`)
	svg := filepath.Join(dir, "map.svg")
	tests := []struct {
		name string
		args []string
		out  string
	}{
		{"neighbors", []string{"neighbors", g, "Iraq"}, "invaded"},
		{"render", []string{"render", "-o", svg, g}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1", r.code)
			}
			for _, want := range []string{"broken.nq:3:", "broken.nq:4:", "skipped 2 invalid line(s)"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if !strings.Contains(r.stdout, tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, r.stdout)
			}
		})
	}
	if b, err := os.ReadFile(svg); err != nil || !strings.Contains(string(b), "Kuwait") {
		t.Errorf("render did not draw the valid part: %v", err)
	}
}

func TestRenderFormats(t *testing.T) {
	g := sampleGraph(t)
	dir := t.TempDir()
	tests := []struct {
		name, out, want string
		extra           []string
	}{
		{"svg from extension", "map.svg", "<svg", nil},
		{"dot from extension", "map.dot", "digraph", nil},
		{"ego map", "ego.svg", "Donald Trump", []string{"--focus", "Trump", "--depth", "1"}},
		{"few nodes", "top.dot", "digraph", []string{"--max-nodes", "3"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.out)
			args := append([]string{"render", "-o", path}, tt.extra...)
			r := runCLI(t, "", append(args, g)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			b, err := os.ReadFile(path)
			if err != nil || !strings.Contains(string(b), tt.want) {
				t.Errorf("%s lacks %q (%v)", tt.out, tt.want, err)
			}
		})
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "", "demo", "-dir", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, f := range []string{"graph.nq", "graph.svg"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
		if !strings.Contains(r.stdout, f) {
			t.Errorf("demo does not say where %s is:\n%s", f, r.stdout)
		}
	}
	if !strings.Contains(r.stdout, "->") && !strings.Contains(r.stdout, "<-") {
		t.Errorf("demo printed no neighbour lines:\n%s", r.stdout)
	}
}

func TestParse(t *testing.T) {
	r := runCLI(t, "Russia was expelled from Syria.\n", "parse")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"# text = Russia was expelled from Syria.", "\texpel\t", "\tnsubj:pass\t"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("parse output lacks %q:\n%s", want, r.stdout)
		}
	}
	conllu := "# sent_id = x\n# text = Iraq invaded Kuwait\n1\tIraq\t_\t_\t_\t_\t_\t_\t_\t_\n2\tinvaded\t_\t_\t_\t_\t_\t_\t_\t_\n3\tKuwait\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\n"
	r = runCLI(t, conllu, "parse", "--tokenized")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "2\tinvaded\tinvade\tVERB") {
		t.Errorf("tokenized parse:\n%s", r.stdout)
	}
	r = runCLI(t, "1\tbroken\n", "parse", "--tokenized")
	if r.code != 1 || !strings.Contains(r.stderr, "stdin: line 1") {
		t.Errorf("bad CoNLL-U: exit %d, stderr %s", r.code, r.stderr)
	}
	r = runCLI(t, "Russia was expelled from Syria.\n", "parse", "--beam")
	if r.code != 0 {
		t.Fatalf("--beam: exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "\tnsubj:pass\t") || !strings.Contains(r.stdout, "\troot\t") {
		t.Errorf("--beam parse:\n%s", r.stdout)
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBuildActorList: a user's actor list adds actors the built-in lists do
// not know; its bad lines are named, and the rest is used.
func TestBuildActorList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "actors.tsv")
	write(t, list, "# analyst's list\nZorblax Federation\tCountry\tZorblax|the Zorblaxi state\nBad Line\tSpaceship\n")
	article := filepath.Join(dir, "a.txt")
	write(t, article, "Zorblax invaded Kuwait in August 1990.\n")
	r := runCLI(t, "", "build", "--actors", list, article)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 for the bad line", r.code)
	}
	if !strings.Contains(r.stderr, "actors.tsv:3") {
		t.Errorf("stderr does not name the bad line:\n%s", r.stderr)
	}
	for _, want := range []string{"/actor/Zorblax%20Federation>", `"Zorblax"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, r.stdout)
		}
	}
	r = runCLI(t, "", "build", "--actors", filepath.Join(dir, "none.tsv"), article)
	if r.code != 1 || !strings.Contains(r.stderr, "none.tsv") {
		t.Errorf("missing list: exit %d, stderr %s", r.code, r.stderr)
	}
}
