package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

// networkxDump is what testdata/networkx_dump.py prints.
type networkxDump struct {
	Multigraph bool                      `json:"multigraph"`
	Directed   bool                      `json:"directed"`
	Nodes      map[string]map[string]any `json:"nodes"`
	Edges      [][3]json.RawMessage      `json:"edges"`
}

// readNetworkx reads file with networkx's reader for kind (graphml or
// gexf), or skips the test when python3 or networkx is missing
// (.ci/install-validators.sh installs Debian's python3-networkx).
func readNetworkx(t *testing.T, kind, file string) networkxDump {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: the networkx reader is not run (.ci/install-validators.sh installs it)")
	}
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		t.Skip("python3 has no networkx module: the networkx reader is not run (apt-get install python3-networkx, or .ci/install-validators.sh)")
	}
	cmd := exec.Command(py, filepath.Join("testdata", "networkx_dump.py"), kind, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx could not read the %s: %v\n%s", kind, err, stderr.String())
	}
	var d networkxDump
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatalf("networkx_dump.py: %v\n%s", err, out)
	}
	return d
}

// wantNodeData is what a reader should find on node n of the XML formats.
func wantNodeData(n Node) map[string]any {
	m := map[string]any{"label": xmlText(n.Label), "type": n.Type.String(), "iri": string(n.ID)}
	if len(n.Aliases) > 0 {
		m["aliases"] = xmlText(aliasList(n.Aliases))
	}
	return m
}

// wantEdgeData is what a reader should find on edge e of the XML formats.
func wantEdgeData(e Edge) map[string]any {
	m := map[string]any{"predicate": xmlText(e.Predicate), "predicate_iri": string(e.PredicateIRI)}
	for k, v := range map[string]string{
		"class": e.Class, "date": e.Date, "evidence": xmlText(e.Evidence), "sentence": string(e.Sentence),
		"article": string(e.Article), "file": xmlText(e.File),
	} {
		if v != "" {
			m[k] = v
		}
	}
	if e.Sentence != "" && e.Evidence != "" {
		m["start_offset"] = float64(e.Start)
		m["end_offset"] = float64(e.End)
	}
	return m
}

func equalJSON(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestNetworkx: networkx reads the GraphML and the GEXF of a graph whose
// labels and sentences are hostile, and finds every node and every edge
// with all its attributes, the text as written less the characters XML
// cannot hold; in GEXF dated edges span the days of their dates.
func TestNetworkx(t *testing.T) {
	g := sampleGraph()
	for _, tc := range []struct {
		kind  string
		write func(io.Writer, *Graph) error
	}{{"graphml", WriteGraphML}, {"gexf", WriteGEXF}} {
		t.Run(tc.kind, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, g); err != nil {
				t.Fatal(err)
			}
			wellFormed(t, buf.Bytes())
			file := filepath.Join(t.TempDir(), "g."+tc.kind)
			if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			d := readNetworkx(t, tc.kind, file)
			if !d.Directed || !d.Multigraph {
				t.Errorf("directed %v, multigraph %v; want both (parallel statements e1 and e3)", d.Directed, d.Multigraph)
			}
			ids := nodeIDs(g)
			if len(d.Nodes) != len(g.Nodes) {
				t.Errorf("%d nodes, want %d", len(d.Nodes), len(g.Nodes))
			}
			for _, n := range g.Nodes {
				if got, want := d.Nodes[ids[string(n.ID)]], wantNodeData(n); !equalJSON(got, want) {
					t.Errorf("node %s:\n got %v\nwant %v", n.ID, got, want)
				}
			}
			if len(d.Edges) != len(g.Edges) {
				t.Fatalf("%d edges, want %d", len(d.Edges), len(g.Edges))
			}
			byID := map[string]Edge{}
			for _, e := range g.Edges {
				byID[e.ID] = e
			}
			for _, raw := range d.Edges {
				var from, to string
				var data map[string]any
				if json.Unmarshal(raw[0], &from) != nil || json.Unmarshal(raw[1], &to) != nil || json.Unmarshal(raw[2], &data) != nil {
					t.Fatalf("edge %s", raw)
				}
				id, _ := data["id"].(string) // GEXF
				if k, ok := data["_key"].(string); ok {
					id = k // GraphML: the edge id is the multigraph key
				}
				e, ok := byID[id]
				if !ok {
					t.Errorf("edge %q read, not written", id)
					continue
				}
				delete(byID, id)
				if from != ids[string(e.Source)] || to != ids[string(e.Target)] {
					t.Errorf("edge %s: %s -> %s, want %s -> %s", id, from, to, ids[string(e.Source)], ids[string(e.Target)])
				}
				want := wantEdgeData(e)
				delete(data, "_key")
				if tc.kind == "gexf" {
					want["id"], want["label"] = e.ID, xmlText(e.Predicate)
					if start, end, ok := dateInterval(e.Date); ok {
						want["start"], want["end"] = start, end
					}
				}
				if !equalJSON(data, want) {
					t.Errorf("edge %s:\n got %v\nwant %v", id, data, want)
				}
			}
		})
	}
}

// wellFormed parses data with encoding/xml, which rejects the characters
// XML forbids and markup that does not nest.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

func TestXMLEscape(t *testing.T) {
	tabletest.Func(t, "xmlEscape", xmlEscape, []tabletest.Case[string, string]{
		{"plain", "plain"},
		{`a<b>&"c'`, "a&lt;b&gt;&amp;&quot;c&apos;"},
		{"x]]>y", "x]]&gt;y"},
		{"l1\nl2\r\tz", "l1&#10;l2&#13;&#9;z"},
		{"nul\x00esc\x1b\ufffe\uffffok", "nulescok"},
		{"bad\xff", "bad\ufffd"},
		{"two\xff\xfebad", "two\ufffd\ufffdbad"},
		{"\U0001F600\u0085", "\U0001F600\u0085"},
	})
}

func TestDateInterval(t *testing.T) {
	tests := []struct {
		in, start, end string
		ok             bool
	}{
		{"2024-03-02", "2024-03-02", "2024-03-02", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2023", "2023-01-01", "2023-12-31", true},
		{"2023-13", "", "", false},
		{"2023-02-30", "", "", false},
		{"yesterday", "", "", false},
		{"", "", "", false},
		{"0000", "", "", false},
	}
	for _, tt := range tests {
		start, end, ok := dateInterval(tt.in)
		if start != tt.start || end != tt.end || ok != tt.ok {
			t.Errorf("dateInterval(%q) = %q, %q, %v; want %q, %q, %v", tt.in, start, end, ok, tt.start, tt.end, tt.ok)
		}
	}
}

// TestGEXFStatic: a graph with no dated edge is a static GEXF, without
// time attributes.
func TestGEXFStatic(t *testing.T) {
	g := sampleGraph()
	for i := range g.Edges {
		g.Edges[i].Date = ""
	}
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, g); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, buf.Bytes())
	for _, s := range []string{`mode="dynamic"`, `timeformat`, ` start="`} {
		if bytes.Contains(buf.Bytes(), []byte(s)) {
			t.Errorf("static GEXF holds %s", s)
		}
	}
	if !bytes.Contains(buf.Bytes(), []byte(`mode="static"`)) {
		t.Error(`no mode="static"`)
	}
}
