package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var graphDataRE = regexp.MustCompile(`(?s)<script type="application/json" id="graph-data">(.*?)</script>`)

// htmlMap is the part of an HTML map's data these tests read.
type htmlMap struct {
	Title string
	Nodes []struct{ Label string }
	Edges []struct {
		Predicate string
		Evidence  []struct{ Text, Article, Source string }
	}
}

// TestRenderHTML: -o *.html and -format html write the interactive map,
// holding what the selection flags keep and naming each sentence's source.
func TestRenderHTML(t *testing.T) {
	g := sampleGraph(t)
	dir := t.TempDir()
	tests := []struct {
		name, out string
		extra     []string
		nodes     string // "all", "fewer" (than all) or a number
		has       string
	}{
		{"from extension", "map.html", nil, "all", "Donald Trump"},
		{"upper-case htm", "MAP.HTM", []string{"-title", "Sample <map>"}, "all", "Donald Trump"},
		{"by format", "map.out", []string{"--format", "HTML"}, "all", "Donald Trump"},
		{"few nodes", "top.html", []string{"--max-nodes", "3"}, "3", ""},
		{"ego map", "ego.html", []string{"--focus", "Zelenskyy", "--depth", "1"}, "fewer", "Volodymyr Zelenskyy"},
	}
	all := -1
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.out)
			args := append([]string{"render", "-o", path}, tt.extra...)
			r := runCLI(t, "", append(args, g)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(b), "<!DOCTYPE html>") {
				t.Fatalf("%s is not an HTML page: %.80q", tt.out, b)
			}
			m := graphDataRE.FindSubmatch(b)
			if m == nil {
				t.Fatal("no graph data in the page")
			}
			var data htmlMap
			if err := json.Unmarshal(m[1], &data); err != nil {
				t.Fatal(err)
			}
			switch n := len(data.Nodes); {
			case tt.nodes == "all" && all < 0:
				all = n
			case tt.nodes == "all" && n != all,
				tt.nodes == "fewer" && (n >= all || n < 2),
				tt.nodes != "all" && tt.nodes != "fewer" && strconv.Itoa(n) != tt.nodes:
				t.Errorf("%d actors on the map, want %s (all: %d)", n, tt.nodes, all)
			}
			var labels []string
			for _, n := range data.Nodes {
				labels = append(labels, n.Label)
			}
			if tt.has != "" && !strings.Contains(strings.Join(labels, "|"), tt.has) {
				t.Errorf("actors %q lack %q", labels, tt.has)
			}
			sources := 0
			for _, e := range data.Edges {
				for _, ev := range e.Evidence {
					if strings.HasSuffix(ev.Source, ".txt") && ev.Text != "" && ev.Article != "" {
						sources++
					}
				}
			}
			if len(data.Edges) == 0 || sources == 0 {
				t.Errorf("%d relations, %d sentences with their source", len(data.Edges), sources)
			}
			if tt.name == "upper-case htm" && (data.Title != "Sample <map>" || !strings.Contains(string(b), "<title>Sample &lt;map&gt;</title>")) {
				t.Errorf("title %q not kept and escaped", data.Title)
			}
		})
	}
}
