package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cli/clitest"
	"github.com/actorgraph/actorgraph/internal/golden"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// runCLI runs actorgraph in-process with args and stdin.
func runCLI(t *testing.T, stdin string, args ...string) clitest.Result {
	t.Helper()
	return clitest.Run(context.Background(), program.RunIO, stdin, args...)
}

// renderFile runs render -o path with the flags extra on the graph file g
// and returns the map it wrote.
func renderFile(t *testing.T, path, g string, extra ...string) []byte {
	t.Helper()
	args := append([]string{"render", "-o", path}, extra...)
	r := runCLI(t, "", append(args, g)...)
	if r.Code != 0 {
		t.Fatalf("render %s: exit %d: %s", strings.Join(extra, " "), r.Code, r.Stderr)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// builtSample returns a function that builds the embedded sample corpus,
// the first time it is called, with build's output flag ("-o" for N-Quads,
// "--db" for a store) to a file name in a temporary directory, and returns
// the file's path.
func builtSample(flag, name string) func() (string, error) {
	return sync.OnceValues(func() (string, error) {
		dir, err := os.MkdirTemp("", "actorgraph-test-")
		if err != nil {
			return "", err
		}
		path := filepath.Join(dir, name)
		var errb bytes.Buffer
		if err := program.RunIO(context.Background(), []string{"build", flag, path}, strings.NewReader(""), &bytes.Buffer{}, &errb); err != nil {
			return "", fmt.Errorf("%v: %s", err, errb.String())
		}
		return path, nil
	})
}

// corpusGraph builds the sample corpus once and returns the path of its
// N-Quads.
var corpusGraph = builtSample("-o", "graph.nq")

func sampleGraph(t *testing.T) string {
	t.Helper()
	return testenv.Must(t, corpusGraph)
}

func TestUsage(t *testing.T) {
	clitest.Conventions(t, program.RunIO, "actorgraph", "build", "render", "neighbors", "path", "export", "parse", "demo")
	clitest.Check(t, program.RunIO, []clitest.Case{
		{Name: "neighbours", Args: []string{"neighbours", "--help"}, Code: 0, Want: "Usage: actorgraph neighbors"},
		{Name: "bad jobs", Args: []string{"build", "-j", "0"}, Code: 2, Want: "-j must be at least 1"},
		{Name: "relative base", Args: []string{"build", "--base", "actors/"}, Code: 2, Want: "not an absolute IRI"},
		{Name: "neighbors wants two args", Args: []string{"neighbors", "x.nq"}, Code: 2, Want: "wants GRAPH and NAME"},
		{Name: "bad direction", Args: []string{"neighbors", "--direction", "up", "x.nq", "y"}, Code: 2, Want: "-direction"},
		{Name: "bad format", Args: []string{"render", "--format", "gif", "x.nq"}, Code: 2, Want: "-format"},
		{Name: "html has no layout", Args: []string{"render", "-o", "m.html", "--layout", "neato", "x.nq"}, Code: 2, Want: "laid out in the browser"},
	})
}

// TestBuildGolden holds the N-Quads of the seed articles in golden files.
func TestBuildGolden(t *testing.T) {
	for _, name := range []string{"000_45a07afaa7942041", "004_11280506ae9ab89c"} {
		t.Run(name, func(t *testing.T) {
			r := runCLI(t, "", "build", filepath.Join("corpus", name+".txt"))
			if r.Code != 0 {
				t.Fatalf("exit %d: %s", r.Code, r.Stderr)
			}
			golden.Check(t, filepath.Join("testdata", "golden", name+".nq"), []byte(r.Stdout))
		})
	}
}

func TestBuildSameForAnyJobs(t *testing.T) {
	one := runCLI(t, "", "build", "-j", "1")
	many := runCLI(t, "", "build", "-j", "8")
	if one.Code != 0 || many.Code != 0 {
		t.Fatalf("exit %d/%d: %s %s", one.Code, many.Code, one.Stderr, many.Stderr)
	}
	if one.Stdout != many.Stdout {
		t.Error("-j 1 and -j 8 give different N-Quads")
	}
	if !strings.Contains(one.Stdout, "/rel/") {
		t.Error("the sample corpus gave no relation quads")
	}
}

func TestBuildNeverWritesRelativeIRIs(t *testing.T) {
	r := runCLI(t, "", "build", "--base", "http://example.org/news/")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(r.Stdout), "\n") {
		for _, f := range strings.Fields(line) {
			if strings.HasPrefix(f, "<") && !strings.Contains(f, ":") {
				t.Fatalf("relative IRI %s in %q", f, line)
			}
		}
	}
	if !strings.Contains(r.Stdout, "<http://example.org/news/actor/") {
		t.Error("--base was not used for actors")
	}
}

// TestBuildBadInput: every bad input is named on stderr, the exit status is
// 1, and the good article is still built.
func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	good := write(t, filepath.Join(dir, "good.txt"), "Iraq invaded Kuwait in August 1990.\n")
	write(t, filepath.Join(dir, "bad-utf8.txt"), "Iraq invaded \xff\xfe Kuwait.\n")
	write(t, filepath.Join(dir, "empty.txt"), " \n\n")
	write(t, filepath.Join(dir, "binary.txt"), "PK\x03\x04\x00\x00binary")
	if err := os.Mkdir(filepath.Join(dir, "none"), 0o755); err != nil {
		t.Fatal(err)
	}
	unreadable := write(t, filepath.Join(dir, "unreadable.txt"), "France met Germany.")
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
			if r.Code != 1 {
				t.Errorf("exit %d, want 1", r.Code)
			}
			if !strings.Contains(r.Stderr, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, r.Stderr)
			}
			if !strings.Contains(r.Stdout, "/actor/Kuwait>") {
				t.Errorf("the good article was not built:\n%s", r.Stdout)
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
	if r.Code != 1 {
		t.Errorf("exit %d, want 1", r.Code)
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
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, `"stdin"`) || !strings.Contains(r.Stdout, "/actor/Finland>") {
		t.Errorf("stdin article not built:\n%s", r.Stdout)
	}
}

func TestNeighborsTrump(t *testing.T) {
	g := sampleGraph(t)
	r := runCLI(t, "", "neighbors", g, "Trump")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, want := range []string{"Donald Trump (Person)", "Volodymyr Zelenskyy", "NATO", "Vladimir Putin"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("neighbours of Trump lack %q:\n%s", want, r.Stdout)
		}
	}
}

func TestNeighborsJSON(t *testing.T) {
	g := sampleGraph(t)
	r := runCLI(t, "", "neighbors", "--format", "json", "--direction", "out", g, "donald trump")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	var out struct {
		Actor     struct{ Label string }
		Neighbors []struct{ Label, Predicate, Direction string }
	}
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.Stdout)
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

// TestNeighborsJSONCaps: --evidence caps the sentences of each link and
// --limit the timeline, which keeps the latest statements and counts the
// earlier ones it leaves out; from N-Quads and from a store alike.
func TestNeighborsJSONCaps(t *testing.T) {
	type link struct{ Label, Predicate, Direction string }
	type neighbor struct {
		link
		Statements int
		Evidence   []struct{ Text string }
	}
	type answer struct {
		Neighbors    []neighbor
		Timeline     []struct{ Date, Predicate string }
		TimelineMore int `json:"timeline_more"`
	}
	for _, g := range []string{sampleGraph(t), sampleStore(t)} {
		query := func(args ...string) answer {
			t.Helper()
			r := runCLI(t, "", append(append([]string{"neighbors", "--format", "json"}, args...), g, "Trump")...)
			if r.Code != 0 {
				t.Fatalf("%s %v: exit %d: %s", g, args, r.Code, r.Stderr)
			}
			var a answer
			if err := json.Unmarshal([]byte(r.Stdout), &a); err != nil {
				t.Fatalf("%s %v: %v", g, args, err)
			}
			return a
		}
		all, capped := query("--evidence", "0", "--limit", "0"), query("--evidence", "1", "--limit", "2")
		if len(all.Timeline) < 3 {
			t.Fatalf("%s: the sample's timeline of Trump has %d statements; the test needs 3", g, len(all.Timeline))
		}
		if len(capped.Timeline) != 2 || capped.TimelineMore != len(all.Timeline)-2 {
			t.Errorf("%s --limit 2: timeline of %d, %d more; want 2, %d more", g, len(capped.Timeline), capped.TimelineMore, len(all.Timeline)-2)
		}
		if !slices.Equal(capped.Timeline, all.Timeline[len(all.Timeline)-2:]) {
			t.Errorf("%s --limit 2: timeline %v, want the latest two of %v", g, capped.Timeline, all.Timeline)
		}
		several := false
		for _, n := range all.Neighbors {
			several = several || len(n.Evidence) > 1
		}
		if !several {
			t.Errorf("%s: no link of Trump rests on two sentences: the cap is not tested", g)
		}
		if len(capped.Neighbors) != 2 {
			t.Errorf("%s --limit 2: %d links", g, len(capped.Neighbors))
		}
		for _, n := range capped.Neighbors {
			i := slices.IndexFunc(all.Neighbors, func(m neighbor) bool { return m.link == n.link })
			if i < 0 {
				t.Errorf("%s: link %v is not among all the links", g, n.link)
				continue
			}
			full := all.Neighbors[i]
			if len(n.Evidence) != 1 || n.Evidence[0] != full.Evidence[0] || n.Statements != full.Statements {
				t.Errorf("%s --evidence 1: link %v has %v (%d statements), want the first of %v (%d)", g, n.link, n.Evidence, n.Statements, full.Evidence, full.Statements)
			}
		}
	}
	if r := runCLI(t, "", "neighbors", "--evidence", "-1", sampleGraph(t), "Trump"); r.Code != 2 || !strings.Contains(r.Stderr, "-evidence") {
		t.Errorf("--evidence -1: exit %d: %s", r.Code, r.Stderr)
	}
}

func TestNeighborsNames(t *testing.T) {
	dir := t.TempDir()
	g := write(t, filepath.Join(dir, "g.nq"), labelled("http://e.org", "Kim Jong Un", "Kim Yo Jong", "Moon Jae-in", "Zürich")+
		"<http://e.org/a/1> <http://e.org/rel/met> <http://e.org/a/3> .\n")
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
			if r.Code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", r.Code, tt.code, r.Stdout, r.Stderr)
			}
			if !strings.Contains(r.Stdout+r.Stderr, tt.want) {
				t.Errorf("output lacks %q:\n%s%s", tt.want, r.Stdout, r.Stderr)
			}
		})
	}
}

// TestGraphBadLines: render and neighbors name each bad line, use the rest
// and exit 1.
func TestGraphBadLines(t *testing.T) {
	dir := t.TempDir()
	g := write(t, filepath.Join(dir, "broken.nq"), `<http://e.org/a/1> <http://www.w3.org/2000/01/rdf-schema#label> "Iraq" .
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
			if r.Code != 1 {
				t.Errorf("exit %d, want 1", r.Code)
			}
			for _, want := range []string{"broken.nq:3:", "broken.nq:4:", "skipped 2 invalid line(s)"} {
				if !strings.Contains(r.Stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.Stderr)
				}
			}
			if !strings.Contains(r.Stdout, tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, r.Stdout)
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
			b := renderFile(t, filepath.Join(dir, tt.out), g, tt.extra...)
			if !strings.Contains(string(b), tt.want) {
				t.Errorf("%s lacks %q", tt.out, tt.want)
			}
		})
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "", "demo", "-dir", dir)
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, f := range []string{"graph.nq", "graph.svg"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
		if !strings.Contains(r.Stdout, f) {
			t.Errorf("demo does not say where %s is:\n%s", f, r.Stdout)
		}
	}
	if !strings.Contains(r.Stdout, "->") && !strings.Contains(r.Stdout, "<-") {
		t.Errorf("demo printed no neighbour lines:\n%s", r.Stdout)
	}
}

func TestParse(t *testing.T) {
	r := runCLI(t, "Russia was expelled from Syria.\n", "parse")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, want := range []string{"# text = Russia was expelled from Syria.", "\texpel\t", "\tnsubj:pass\t"} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("parse output lacks %q:\n%s", want, r.Stdout)
		}
	}
	conllu := "# sent_id = x\n# text = Iraq invaded Kuwait\n1\tIraq\t_\t_\t_\t_\t_\t_\t_\t_\n2\tinvaded\t_\t_\t_\t_\t_\t_\t_\t_\n3\tKuwait\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\n"
	r = runCLI(t, conllu, "parse", "--tokenized")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, "2\tinvaded\tinvade\tVERB") {
		t.Errorf("tokenized parse:\n%s", r.Stdout)
	}
	r = runCLI(t, "1\tbroken\n", "parse", "--tokenized")
	if r.Code != 1 || !strings.Contains(r.Stderr, "stdin: line 1") {
		t.Errorf("bad CoNLL-U: exit %d, stderr %s", r.Code, r.Stderr)
	}
	r = runCLI(t, "Russia was expelled from Syria.\n", "parse", "--beam")
	if r.Code != 0 {
		t.Fatalf("--beam: exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, "\tnsubj:pass\t") || !strings.Contains(r.Stdout, "\troot\t") {
		t.Errorf("--beam parse:\n%s", r.Stdout)
	}
}

// write writes content to the file path and returns path.
// labelled returns N-Quads that give the actors base/a/1, base/a/2, ...
// the labels, in order.
func labelled(base string, labels ...string) string {
	var sb strings.Builder
	for i, l := range labels {
		fmt.Fprintf(&sb, "<%s/a/%d> <http://www.w3.org/2000/01/rdf-schema#label> %q .\n", base, i+1, l)
	}
	return sb.String()
}

func write(t *testing.T, path, content string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBuildActorList: a user's actor list adds actors the built-in lists do
// not know; its bad lines are named, and the rest is used.
func TestBuildActorList(t *testing.T) {
	dir := t.TempDir()
	list := write(t, filepath.Join(dir, "actors.tsv"), "# analyst's list\nZorblax Federation\tCountry\tZorblax|the Zorblaxi state\nBad Line\tSpaceship\n")
	article := write(t, filepath.Join(dir, "a.txt"), "Zorblax invaded Kuwait in August 1990.\n")
	r := runCLI(t, "", "build", "--actors", list, article)
	if r.Code != 1 {
		t.Errorf("exit %d, want 1 for the bad line", r.Code)
	}
	if !strings.Contains(r.Stderr, "actors.tsv:3") {
		t.Errorf("stderr does not name the bad line:\n%s", r.Stderr)
	}
	for _, want := range []string{"/actor/Zorblax%20Federation>", `"Zorblax"`} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, r.Stdout)
		}
	}
	r = runCLI(t, "", "build", "--actors", filepath.Join(dir, "none.tsv"), article)
	if r.Code != 1 || !strings.Contains(r.Stderr, "none.tsv") {
		t.Errorf("missing list: exit %d, stderr %s", r.Code, r.Stderr)
	}
}

// TestRenderEveryLinkedActor: -max-nodes 0 draws every linked actor and no
// actor linked to none, grouped or not; the map says what it left out.
func TestRenderEveryLinkedActor(t *testing.T) {
	dir := t.TempDir()
	path := write(t, filepath.Join(dir, "g.nq"), labelled("https://t.example", "Ruritania", "Freedonia", "Sylvania", "Latveria")+
		`<https://t.example/a/1> <https://t.example/rel/met> <https://t.example/a/2> .
<https://t.example/a/3> <https://t.example/rel/met> <https://t.example/a/2> .
`)
	for _, groups := range []string{"true", "false"} {
		b := renderFile(t, filepath.Join(dir, "map-"+groups+".dot"), path, "--max-nodes", "0", "--groups="+groups)
		for _, name := range []string{"Ruritania", "Freedonia", "Sylvania"} {
			if !strings.Contains(string(b), name) {
				t.Errorf("-groups=%s: the map lacks %s", groups, name)
			}
		}
		if strings.Contains(string(b), "Latveria") {
			t.Errorf("-groups=%s: the map draws Latveria, linked to no one", groups)
		}
		if groups == "true" && !strings.Contains(string(b), "Drawn: 3 of 4 actors (3 linked) and 2 of 2 relations.") {
			t.Errorf("no caption in:\n%s", b)
		}
	}
}
