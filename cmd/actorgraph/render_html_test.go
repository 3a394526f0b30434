package main

import (
	"cmp"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/cameo"
)

var graphDataRE = regexp.MustCompile(`(?s)<script type="application/json" id="graph-data">(.*?)</script>`)

// htmlMap is the part of an HTML map's data these tests read.
type htmlMap struct {
	Title string
	Nodes []struct{ Label string }
	Edges []struct {
		Predicate, Class string
		Evidence         []struct{ Text, Article, Source, Class, Date string }
	}
	Classes map[string]struct{ Name, Group string }
}

// TestRenderHTML: -o *.html and -format html write the interactive map,
// holding what the selection flags keep, with each sentence's source, class
// and date, and every class described.
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
		{"conflict only", "conflict.html", []string{"--class", "conflict"}, "fewer", ""},
	}
	all := -1
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := renderFile(t, filepath.Join(dir, tt.out), g, tt.extra...)
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
			sources, dated := 0, 0
			for _, e := range data.Edges {
				for _, ev := range e.Evidence {
					if strings.HasSuffix(ev.Source, ".txt") && ev.Text != "" && ev.Article != "" {
						sources++
					}
					if ev.Date != "" {
						dated++
					}
					class := cmp.Or(ev.Class, e.Class)
					if info, ok := data.Classes[class]; class == "" || !ok || info.Name == "" || info.Group == "" {
						t.Errorf("%s: class %q described as %+v", e.Predicate, class, info)
					}
					if tt.name == "conflict only" && !cameo.Class(class).Matches("conflict") {
						t.Errorf("--class conflict kept %s of class %s", e.Predicate, class)
					}
				}
			}
			if len(data.Edges) == 0 || sources == 0 || dated == 0 {
				t.Errorf("%d relations; %d sentences with their source, %d with a date", len(data.Edges), sources, dated)
			}
			if tt.name == "upper-case htm" && (data.Title != "Sample <map>" || !strings.Contains(string(b), "<title>Sample &lt;map&gt;</title>")) {
				t.Errorf("title %q not kept and escaped", data.Title)
			}
		})
	}
}
