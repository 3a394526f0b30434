package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/render/internal/rendertest"
)

// linkAll lists adj for an undirected graph of n nodes with unit links.
func linkAll(n int, pairs [][2]int) [][]wedge {
	adj := make([][]wedge, n)
	for _, p := range pairs {
		adj[p[0]] = append(adj[p[0]], wedge{p[1], 1})
		adj[p[1]] = append(adj[p[1]], wedge{p[0], 1})
	}
	return adj
}

func TestCommunities(t *testing.T) {
	// Two cliques, of five (0-4) and four (5-8), joined by one link, and
	// a pair (9, 10) on its own.
	var pairs [][2]int
	for a := range 5 {
		for b := a + 1; b < 5; b++ {
			pairs = append(pairs, [2]int{a, b})
		}
	}
	for a := 5; a < 9; a++ {
		for b := a + 1; b < 9; b++ {
			pairs = append(pairs, [2]int{a, b})
		}
	}
	pairs = append(pairs, [2]int{4, 5}, [2]int{9, 10})
	got := communities(linkAll(11, pairs))
	want := []int{0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("communities = %v, want %v", got, want)
	}
	// Listing the links in another order changes nothing.
	for i, j := 0, len(pairs)-1; i < j; i, j = i+1, j-1 {
		pairs[i], pairs[j] = pairs[j], pairs[i]
	}
	if again := communities(linkAll(11, pairs)); !reflect.DeepEqual(again, want) {
		t.Errorf("with links reversed, communities = %v, want %v", again, want)
	}
	if got := communities(nil); len(got) != 0 {
		t.Errorf("communities of no nodes = %v", got)
	}
	if got := communities(make([][]wedge, 2)); !reflect.DeepEqual(got, []int{0, 1}) {
		t.Errorf("communities of two unlinked nodes = %v, want [0 1]", got)
	}
}

// starGraph is a hub linked to leaves that link to nothing else, a ring of
// six actors all linked to their two neighbours and each once to the hub,
// and actors linked to no one.
func starGraph(t testing.TB, leaves, unlinked int) *memgraph.Graph {
	d := &graph.Dataset{}
	iri := func(s string) graph.IRI { return graph.IRI("https://t.example/actor/" + s) }
	add := func(name string) {
		d.Actors = append(d.Actors, graph.ActorNode{IRI: iri(name), Label: name, Type: graph.Person})
	}
	link := func(s, o string, times int) {
		for k := range times {
			d.Statements = append(d.Statements, graph.Statement{
				Subject: iri(s), Object: iri(o), Predicate: "https://t.example/rel/met",
				Graph: graph.IRI(fmt.Sprintf("https://t.example/s/%s-%s-%d", s, o, k)),
			})
		}
	}
	add("Hub")
	for i := range leaves {
		name := fmt.Sprintf("Leaf %02d", i)
		add(name)
		link("Hub", name, 1)
	}
	for i := range 6 {
		add(fmt.Sprintf("Ring %d", i))
	}
	for i := range 6 {
		link(fmt.Sprintf("Ring %d", i), fmt.Sprintf("Ring %d", (i+1)%6), 3)
		link(fmt.Sprintf("Ring %d", i), "Hub", 1)
	}
	for i := range unlinked {
		add(fmt.Sprintf("Alone %d", i))
	}
	return rendertest.Graph(t, d)
}

func TestChooseEveryLinkedActor(t *testing.T) {
	g := starGraph(t, 80, 25)
	ch := Choose(g, 0, 1)
	if ch.Actors != 112 || ch.Linked != 87 {
		t.Errorf("Actors, Linked = %d, %d, want 112, 87", ch.Actors, ch.Linked)
	}
	if ch.Graph.Len() != 87 {
		t.Errorf("max 0 drew %d actors, want the 87 linked", ch.Graph.Len())
	}
	for _, n := range ch.Graph.Nodes() {
		if strings.HasPrefix(n.Label, "Alone") {
			t.Errorf("drew %s, linked to no one", n.Label)
		}
		if _, ok := ch.Groups[n.IRI]; !ok {
			t.Errorf("%s has no group", n.Label)
		}
	}
}

func TestChooseAvoidsStarburst(t *testing.T) {
	g := starGraph(t, 80, 0)
	ch := Choose(g, 12, 1)
	if ch.Graph.Len() > 12 || ch.Graph.Len() < 8 {
		t.Fatalf("drew %d actors, want 8 to 12", ch.Graph.Len())
	}
	leaves, ring := 0, 0
	for _, n := range ch.Graph.Nodes() {
		switch {
		case strings.HasPrefix(n.Label, "Leaf"):
			leaves++
		case strings.HasPrefix(n.Label, "Ring"):
			ring++
		}
	}
	if leaves > maxLeaves {
		t.Errorf("drew %d leaves of the hub, want at most %d", leaves, maxLeaves)
	}
	if ring != 6 {
		t.Errorf("drew %d of the 6 actors of the ring, want all", ring)
	}
	// Every drawn relation is within a group, and the caption counts the
	// rest.
	for _, e := range ch.Graph.Edges() {
		if ch.Groups[e.From] != ch.Groups[e.To] {
			t.Errorf("drew a relation between groups: %s -> %s", e.From, e.To)
		}
	}
	c := ch.Caption()
	want := fmt.Sprintf("Drawn: %d of 87 actors (87 linked, in %d groups;", ch.Graph.Len(), ch.InGroups)
	if !strings.HasPrefix(c, want) || !strings.Contains(c, fmt.Sprintf("and %d of 92 relations", len(ch.Graph.Edges()))) {
		t.Errorf("caption %q, want it to start %q and count the 92 relations", c, want)
	}
	if again := Choose(g, 12, 1); !reflect.DeepEqual(again.Groups, ch.Groups) || again.Caption() != c {
		t.Error("a second Choose chose otherwise")
	}
}

func TestChooseSmallGraphWhole(t *testing.T) {
	g := sampleGraph(t)
	ch := Choose(g, 200, 1)
	if ch.Groups != nil {
		t.Error("a graph of 28 actors was grouped")
	}
	if len(ch.Graph.Edges()) != len(g.Edges()) {
		t.Errorf("drew %d of %d relations, want all", len(ch.Graph.Edges()), len(g.Edges()))
	}
	opt := ch.Apply(Options{})
	if opt.Groups != nil || opt.GroupTitles != nil || !strings.HasPrefix(opt.Caption, "Drawn: ") {
		t.Errorf("Apply gave groups %v, titles %q, caption %q", opt.Groups, opt.GroupTitles, opt.Caption)
	}
}

func TestShares(t *testing.T) {
	tests := []struct {
		sizes []int
		n     int
		want  []int
	}{
		{[]int{10, 5, 2}, 100, []int{10, 5, 2}},
		{[]int{400, 100, 100, 4}, 24, []int{12, 6, 5, 1}},
		{[]int{400, 100, 100, 4}, 12, []int{8, 4, 0, 0}}, // 12/perGroup groups at most
		{[]int{40, 3, 2}, 30, []int{25, 3, 2}},           // small groups pass on the rest
	}
	for _, tt := range tests {
		if got := shares(tt.sizes, tt.n); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("shares(%v, %d) = %v, want %v", tt.sizes, tt.n, got, tt.want)
		}
	}
}

// TestGroupedMap draws a grouped map of 400 synthetic actors: every actor
// drawn, one heading per group drawn, the caption, and no two texts
// overlapping.
func TestGroupedMap(t *testing.T) {
	if testing.Short() {
		t.Skip("slow; skipped in -short mode")
	}
	m := loadMetrics(t)
	ch := Choose(syntheticGraph(t, 400), 150, 1)
	if ch.Groups == nil {
		t.Fatal("a map of 150 of 400 actors is not grouped")
	}
	opt := ch.Apply(Options{})
	svg := render(t, ch.Graph, opt)
	keep(t, svg)
	texts := parseSVG(t, svg)
	if pairs := m.overlappingTexts(texts); len(pairs) > 0 {
		t.Errorf("%d of %d texts overlap, e.g. %q", len(pairs), len(texts), pairs[:min(5, len(pairs))])
	}
	have := map[string]bool{}
	for _, tx := range texts {
		have[tx.text] = true
	}
	for _, n := range ch.Graph.Nodes() {
		if !have[n.Label] {
			t.Errorf("%s is not drawn", n.Label)
		}
	}
	for _, c := range groupsPresent(ch.Graph, ch.Groups) {
		if !have[opt.GroupTitles[c]] {
			t.Errorf("no heading %q", opt.GroupTitles[c])
		}
	}
	if !have[opt.Caption] {
		t.Errorf("no caption %q", opt.Caption)
	}
}
