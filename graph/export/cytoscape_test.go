package export

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// TestCytoscapeJSON checks the document against what Cytoscape.js reads
// (js.cytoscape.org, "Notation for elements"): {"elements": {"nodes":
// [...], "edges": [...]}}, each element an object whose data has a string
// id, unique among all elements; an edge's data has string source and
// target that are node ids. Text comes back as written, bad bytes U+FFFD.
func TestCytoscapeJSON(t *testing.T) {
	g := sampleGraph()
	var buf bytes.Buffer
	if err := WriteCytoscapeJSON(&buf, g); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) || !json.Valid(buf.Bytes()) {
		t.Fatalf("not valid UTF-8 JSON:\n%s", buf.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	els, ok := doc["elements"].(map[string]any)
	if !ok {
		t.Fatalf("no elements object: %v", doc)
	}
	list := func(k string) []map[string]any {
		raw, ok := els[k].([]any)
		if !ok {
			t.Fatalf("elements.%s is not an array", k)
		}
		var out []map[string]any
		for i, r := range raw {
			el, ok := r.(map[string]any)
			if !ok {
				t.Fatalf("elements.%s[%d] is not an object", k, i)
			}
			data, ok := el["data"].(map[string]any)
			if !ok {
				t.Fatalf("elements.%s[%d] has no data object", k, i)
			}
			out = append(out, data)
		}
		return out
	}
	// elements checks that there are want elements of kind ("node" or
	// "edge"), each with an id no other element has, and returns the ids.
	ids := map[string]bool{}
	elements := func(kind string, els []map[string]any, want int) []string {
		if len(els) != want {
			t.Errorf("%d %ss, want %d", len(els), kind, want)
		}
		out := make([]string, len(els))
		for i, d := range els {
			id, ok := d["id"].(string)
			if !ok || id == "" || ids[id] {
				t.Errorf("%s %d: id %v missing or used twice", kind, i, d["id"])
			}
			ids[id] = true
			out[i] = id
		}
		return out
	}
	nodes := list("nodes")
	nodeIDs := map[string]bool{}
	for i, id := range elements("node", nodes, len(g.Nodes)) {
		nodeIDs[id] = true
		n, d := g.Nodes[i], nodes[i]
		if id != string(n.ID) || d["label"] != validUTF8(n.Label) || d["type"] != n.Type.String() {
			t.Errorf("node %d: %v", i, d)
		}
	}
	edges := list("edges")
	for i, id := range elements("edge", edges, len(g.Edges)) {
		d := edges[i]
		src, ok1 := d["source"].(string)
		dst, ok2 := d["target"].(string)
		if !ok1 || !ok2 || !nodeIDs[src] || !nodeIDs[dst] {
			t.Errorf("edge %s: source %v, target %v are not node ids", id, d["source"], d["target"])
		}
		e := g.Edges[i]
		if d["predicate"] != validUTF8(e.Predicate) || d["label"] != validUTF8(e.Predicate) ||
			(e.Evidence != "" && d["evidence"] != validUTF8(e.Evidence)) ||
			(e.Date != "" && d["date"] != e.Date) || (e.Class != "" && d["class"] != e.Class) {
			t.Errorf("edge %s: %v", id, d)
		}
	}
}
