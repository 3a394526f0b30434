package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPath(t *testing.T) {
	g := sampleGraph(t)
	r := runCLI(t, "", "path", "Zelenskyy", "Ushakov", g)
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	for _, want := range []string{
		"Volodymyr Zelenskyy (Person) to Yuri Ushakov (Person): 1 chain of 2 statements",
		"Volodymyr Zelenskyy - Donald Trump - Yuri Ushakov",
		"<-[met-with]- Donald Trump (Person)",
	} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("path lacks %q:\n%s", want, r.Stdout)
		}
	}

	// JSON, names as neighbors takes them, the graph from stdin
	data, err := os.ReadFile(g)
	if err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, string(data), "path", "--format", "json", "putin", "the U.S.")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	var out struct {
		From, To struct{ Label string }
		Paths    []struct {
			Actors []struct{ Label string }
			Hops   []struct {
				From, To  string
				Relations []struct {
					Predicate, Direction string
					Statements           int
					Evidence             []struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.Stdout)
	}
	if out.From.Label != "Vladimir Putin" || out.To.Label != "United States" || len(out.Paths) == 0 {
		t.Fatalf("unexpected answer: %+v", out)
	}
	for _, p := range out.Paths {
		if len(p.Hops) != len(p.Actors)-1 || p.Actors[0].Label != "Vladimir Putin" || p.Actors[len(p.Actors)-1].Label != "United States" {
			t.Errorf("path %+v", p)
		}
		for _, h := range p.Hops {
			if len(h.Relations) == 0 || h.Relations[0].Predicate == "" || len(h.Relations[0].Evidence) == 0 {
				t.Errorf("hop without relation or evidence: %+v", h)
			}
		}
	}

	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"path", "Trump", "Nobodyxyz", g}, 1, `no actor named "Nobodyxyz"`},
		{[]string{"path", "--max-hops", "1", "Zelenskyy", "Ushakov", g}, 1, "no chain of at most 1 statement links"},
		{[]string{"path", "Trump", "Donald Trump", g}, 1, "are the same actor"},
		{[]string{"path", "Trump"}, 2, "wants two actor names"},
		{[]string{"path", "--format", "xml", "A", "B", g}, 2, "-format must be"},
	} {
		r := runCLI(t, "", tc.args...)
		if r.Code != tc.code || !strings.Contains(r.Stderr, tc.msg) {
			t.Errorf("%q: exit %d, stderr %q; want %d and %q", tc.args, r.Code, r.Stderr, tc.code, tc.msg)
		}
	}
}

// TestPathEscapes: a label with a terminal escape reaches the terminal
// escaped.
func TestPathEscapes(t *testing.T) {
	nq := `<http://e.org/a> <http://www.w3.org/2000/01/rdf-schema#label> "Al\u001B[2Jpha" .
<http://e.org/b> <http://www.w3.org/2000/01/rdf-schema#label> "Beta" .
<http://e.org/a> <http://e.org/rel/met> <http://e.org/b> <http://e.org/s1> .
<http://e.org/s1> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> "Alpha met\nBeta." .
`
	r := runCLI(t, nq, "path", "Al 2Jpha", "Beta", "-")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	if strings.ContainsAny(r.Stdout, "\x1b") || !strings.Contains(r.Stdout, `Al\x1b[2Jpha`) || !strings.Contains(r.Stdout, `Alpha met\nBeta.`) {
		t.Errorf("not escaped:\n%s", r.Stdout)
	}
}

// TestExport writes the sample corpus in every format and reads each
// back with a parser of its kind; graph/export's tests check the formats
// against their readers.
func TestExport(t *testing.T) {
	g := sampleGraph(t)
	dir := t.TempDir()
	for _, f := range []string{"graphml", "gexf", "cypher", "json", "nquads"} {
		out := filepath.Join(dir, "g."+f)
		r := runCLI(t, "", "export", "--format", f, "-o", out, g)
		if r.Code != 0 {
			t.Fatalf("%s: exit %d: %s", f, r.Code, r.Stderr)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		switch f {
		case "graphml", "gexf":
			var doc struct {
				XMLName xml.Name
				Graph   struct {
					Nodes []struct{} `xml:"node"`
					Edges []struct{} `xml:"edge"`
					Sub   struct {
						Nodes []struct{} `xml:"node"`
					} `xml:"nodes"`
					Sub2 struct {
						Edges []struct{} `xml:"edge"`
					} `xml:"edges"`
				} `xml:"graph"`
			}
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			nodes, edges := len(doc.Graph.Nodes)+len(doc.Graph.Sub.Nodes), len(doc.Graph.Edges)+len(doc.Graph.Sub2.Edges)
			if nodes < 10 || edges < 10 || doc.XMLName.Local != map[string]string{"graphml": "graphml", "gexf": "gexf"}[f] {
				t.Errorf("%s: %s with %d nodes, %d edges", f, doc.XMLName.Local, nodes, edges)
			}
		case "json":
			var doc struct {
				Elements struct {
					Nodes []struct{ Data struct{ ID string } }
					Edges []struct {
						Data struct{ Source, Target string }
					}
				}
			}
			if err := json.Unmarshal(data, &doc); err != nil || len(doc.Elements.Nodes) < 10 || len(doc.Elements.Edges) < 10 {
				t.Errorf("json: %v, %d nodes, %d edges", err, len(doc.Elements.Nodes), len(doc.Elements.Edges))
			}
		case "nquads":
			orig, _ := os.ReadFile(g)
			if string(data) != string(orig) {
				t.Error("nquads of a build's output is not the same bytes")
			}
		case "cypher":
			if !strings.Contains(string(data), "MERGE (a:Actor {iri: 'https://actorgraph.example/actor/Donald%20Trump'}) SET a:Person") {
				t.Errorf("cypher:\n%.500s", data)
			}
		}
	}

	r := runCLI(t, "", "export", "--format", "csv", "-o", filepath.Join(dir, "neo.csv"), g)
	if r.Code != 0 {
		t.Fatalf("csv: exit %d: %s", r.Code, r.Stderr)
	}
	for _, name := range []string{"neo.nodes.csv", "neo.relationships.csv"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 10 {
			t.Errorf("%s: %v, %d rows", name, err, len(rows))
		}
	}

	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"export", "--format", "csv", g}, "writes two files"},
		{[]string{"export", "--format", "svg", g}, "-format must be one of"},
		{[]string{"export", "--format", "graphml", "-o", g, g}, "is also an input"},
		{[]string{"export", "--format", "csv", "-o", filepath.Join(dir, "x.csv"), filepath.Join(dir, "x.relationships.csv")}, "is also an input"},
	} {
		if tc.args[len(tc.args)-1] != g {
			write(t, tc.args[len(tc.args)-1], "")
		}
		r := runCLI(t, "", tc.args...)
		if r.Code != 2 || !strings.Contains(r.Stderr, tc.msg) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, r.Code, r.Stderr, tc.msg)
		}
	}
}
