package htmlmap

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/memgraph/memgraphtest"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

// hostileNames are actor names, as articles may hold them, that would
// break out of a script element or inject markup if written carelessly.
var hostileNames = []string{
	`</script><script>window.__injected=true</script>`,
	`</SCRIPT ><img src=x onerror="window.__injected=true">`,
	`<!--<script>window.__injected=true//`,
	"Line\u2028separator and\u2029paragraph",
	`Ali "the Chemist" Hassan & Sons`,
	`<b onmouseover="window.__injected=true">bold</b>`,
	"بشار الأسد",
	"São Paulo",
}

const testBase = "https://t.example/"

func hostileDataset() *graph.Dataset {
	d := &graph.Dataset{Sentences: map[graph.IRI]graph.Evidence{}}
	for i, name := range hostileNames {
		d.Actors = append(d.Actors, graph.ActorNode{
			IRI:   graph.IRI(testBase + "actor/" + strconv.Itoa(i)),
			Label: name, Type: graph.ActorType(i % 5),
			Aliases: []string{"alias " + name},
		})
	}
	for i := 1; i < len(hostileNames); i++ {
		s := graph.IRI(testBase + "article/a/sentence/" + strconv.Itoa(i))
		d.Sentences[s] = graph.Evidence{
			Text:    "A sentence about " + hostileNames[i] + " </script><!-- -->",
			Article: graph.IRI(testBase + "article/a"),
		}
		d.Statements = append(d.Statements, graph.Statement{
			Subject: d.Actors[0].IRI, Object: d.Actors[i].IRI,
			Predicate: graph.IRI(testBase + "rel/said-<script>-to<!--"), Graph: s,
		})
	}
	return d
}

func write(t testing.TB, g *memgraph.Graph, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, g, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var dataRE = regexp.MustCompile(`(?s)<script type="application/json" id="graph-data">(.*?)</script>`)

// readData returns the page's data as the browser's JSON.parse would read
// the element's text.
func readData(t *testing.T, out []byte) page {
	t.Helper()
	m := dataRE.FindSubmatch(out)
	if m == nil {
		t.Fatal("no graph-data element")
	}
	var p page
	if err := json.Unmarshal(m[1], &p); err != nil {
		t.Fatalf("graph data: %v", err)
	}
	return p
}

func TestWriteEscapesHostileLabels(t *testing.T) {
	out := write(t, rendertest.Graph(t, hostileDataset()), Options{Title: `</title><script>window.__injected=true</script>`})
	lower := strings.ToLower(string(out))
	// The page's own three script elements, and nothing else that opens,
	// closes or comments.
	for _, c := range []struct {
		s    string
		want int
	}{{"<script", 3}, {"</script", 3}, {"<!--", 0}, {"</title", 1}, {"<img", 0}, {"<b ", 0}} {
		if n := strings.Count(lower, c.s); n != c.want {
			t.Errorf("page holds %q %d times, want %d", c.s, n, c.want)
		}
	}
	if bytes.ContainsAny(out, "\u2028\u2029") {
		t.Error("page holds a raw U+2028 or U+2029")
	}
	if !strings.Contains(string(out), "<title>&lt;/title&gt;&lt;script&gt;") {
		t.Error("title is not escaped as text")
	}
	// Every label comes back whole from the JSON.
	p := readData(t, out)
	var got []string
	for _, n := range p.Nodes {
		got = append(got, n.Label)
	}
	for _, name := range hostileNames {
		if !strings.Contains(strings.Join(got, "\x00"), name) {
			t.Errorf("label %q did not survive the round trip; got %q", name, got)
		}
	}
	if len(p.Edges) != len(hostileNames)-1 || p.Edges[0].Predicate != "said-<script>-to<!--" {
		t.Errorf("edges = %+v", p.Edges)
	}
}

func TestPageOf(t *testing.T) {
	d := memgraphtest.Sample()
	g := rendertest.Graph(t, d)
	var article graph.IRI
	for _, ev := range d.Sentences {
		article = ev.Article
		break
	}
	p := pageOf(g, Options{Title: "T", Dataset: &graph.Dataset{Sources: map[graph.IRI]string{article: "news/one.txt"}}})
	if len(p.Nodes) != g.Len() {
		t.Errorf("%d nodes, want %d", len(p.Nodes), g.Len())
	}
	relations := 0
	for _, e := range g.Edges() {
		relations += len(e.Relations)
	}
	if len(p.Edges) != relations {
		t.Errorf("%d edges, want one per relation, %d", len(p.Edges), relations)
	}
	ids := map[string]pageNode{}
	for i, n := range p.Nodes {
		if n.ID != "n"+strconv.Itoa(i) || n.Type == "" || n.Degree < 1 {
			t.Errorf("node %d = %+v", i, n)
		}
		ids[n.ID] = n
	}
	sourced := 0
	for i, e := range p.Edges {
		if e.ID != "e"+strconv.Itoa(i) || ids[e.Source].Label == "" || ids[e.Target].Label == "" || e.Source == e.Target {
			t.Errorf("edge %d = %+v", i, e)
		}
		if e.Count < 1 || len(e.Evidence) == 0 || e.Predicate == "" {
			t.Errorf("edge %d has no count, predicate or evidence: %+v", i, e)
		}
		for _, ev := range e.Evidence {
			if ev.Source == "news/one.txt" {
				sourced++
				if graph.IRI(ev.Article) != article {
					t.Errorf("source given to a sentence of %s", ev.Article)
				}
			}
		}
	}
	if sourced == 0 {
		t.Error("no evidence sentence names its source")
	}
	// The same graph makes the same page.
	if a, b := write(t, g, Options{}), write(t, g, Options{}); !bytes.Equal(a, b) {
		t.Error("two pages of one graph differ")
	}
}

func TestWriteEmptyGraph(t *testing.T) {
	p := readData(t, write(t, rendertest.Graph(t, &graph.Dataset{}), Options{}))
	if p.Nodes == nil || p.Edges == nil || len(p.Nodes)+len(p.Edges) != 0 {
		t.Errorf("empty graph = %+v, want empty lists", p)
	}
	if err := Write(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("nil graph: no error")
	}
}

type failWriter struct{}

var errFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errFull }

func TestWriteError(t *testing.T) {
	err := Write(failWriter{}, rendertest.Graph(t, memgraphtest.Sample()), Options{})
	if !errors.Is(err, errFull) {
		t.Errorf("err = %v, want it to wrap %v", err, errFull)
	}
}

func TestCheckRaw(t *testing.T) {
	for _, c := range []struct {
		name, text string
		ok         bool
	}{
		{"plain", "var a = 1 < 2 && b > c; // <scrip", true},
		{"close", "x = '</script>'", false},
		{"close upper", "x = '</SCRIPT'", false},
		{"comment", "x = '<!--'", false},
		{"open", "x = '<Script>'", false},
		{"style", "a { } </style>", false},
	} {
		if err := checkRaw(c.text); (err == nil) != c.ok {
			t.Errorf("%s: checkRaw(%q) = %v", c.name, c.text, err)
		}
	}
}

// TestEmbeddedLibrary holds the vendored Cytoscape.js to its note: the
// version and the checksum of the file as npm ships it.
func TestEmbeddedLibrary(t *testing.T) {
	note, err := os.ReadFile("cytoscape/README.md")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(cytoscapeJS))
	if want := "cytoscape.min.js sha256: " + hex.EncodeToString(sum[:]); !strings.Contains(string(note), want) {
		t.Errorf("cytoscape/README.md does not record %q", want)
	}
	if !strings.Contains(string(note), "cytoscape@"+Version) {
		t.Errorf("cytoscape/README.md does not name cytoscape@%s", Version)
	}
	if !strings.Contains(cytoscapeJS[:2000], "Permission is hereby granted") {
		t.Error("cytoscape.min.js lost its licence notice")
	}
}

// TestPageOfAnnotations: Options.Class and Options.Date annotate each
// evidence sentence; an edge takes the class most of its sentences have,
// and Describe names every class on the page.
func TestPageOfAnnotations(t *testing.T) {
	d := memgraphtest.Sample()
	g := rendertest.Graph(t, d)
	// A class by predicate, except that sentences of an even length say
	// "19"; a date by article.
	opt := Options{
		Dataset: d,
		Class: func(s graph.Statement) string {
			if ev := d.Sentences[s.Graph.(graph.IRI)]; len(ev.Text)%2 == 0 {
				return "19"
			}
			return "c-" + s.Name()
		},
		Date: func(s graph.Statement) string {
			return "2025-0" + strconv.Itoa(len(d.Sentences[s.Graph.(graph.IRI)].Article)%9+1)
		},
		Describe: func(c string) (string, string) { return "name of " + c, "group of " + c },
	}
	p := pageOf(g, opt)
	mixed := 0
	for _, e := range p.Edges {
		if e.Class == "" || e.Date != "" {
			t.Errorf("edge %s: class %q, date %q; want a class and no edge date", e.ID, e.Class, e.Date)
		}
		counts := map[string]int{}
		for _, ev := range e.Evidence {
			class := cmp.Or(ev.Class, e.Class)
			counts[class]++
			want := "c-" + e.Predicate
			if ev.Class != "" && ev.Class == e.Class {
				t.Errorf("edge %s: a sentence repeats the edge's class %q", e.ID, e.Class)
			}
			if class != want && class != "19" {
				t.Errorf("edge %s: sentence class %q, want %q or 19", e.ID, class, want)
			}
			if len(ev.Date) != 7 || !strings.HasPrefix(ev.Date, "2025-0") {
				t.Errorf("edge %s: sentence date %q", e.ID, ev.Date)
			}
		}
		for c, n := range counts {
			if n > counts[e.Class] {
				t.Errorf("edge %s has class %q, but %d sentences have %q", e.ID, e.Class, n, c)
			}
		}
		if len(counts) > 1 {
			mixed++
		}
		if info, ok := p.Classes[e.Class]; !ok || info.Name != "name of "+e.Class || info.Group != "group of "+e.Class {
			t.Errorf("class %q described as %+v", e.Class, info)
		}
	}
	if mixed == 0 {
		t.Error("no edge has sentences of two classes: the test tests less than it says")
	}
	// Without Class, Date and Describe, nothing is annotated.
	for _, e := range pageOf(g, Options{Dataset: d}).Edges {
		if e.Class != "" || e.Date != "" || len(evidenceClasses(e.Evidence)) != len(e.Evidence) {
			t.Errorf("unannotated edge %+v", e)
		}
		for _, ev := range e.Evidence {
			if ev.Class != "" || ev.Date != "" {
				t.Errorf("unannotated sentence %+v", ev)
			}
		}
	}
}
