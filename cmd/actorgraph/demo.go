package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/render"
)

const demoAbout = `Demo builds the sample corpus embedded in actorgraph, writes the graph as
graph.nq and its map as graph.svg into -dir, and prints the neighbours of the
best-connected actors.`

func runDemo(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags]", demoAbout)
	dir := fs.String("dir", ".", "write graph.nq and graph.svg into `DIR`")
	if _, err := cli.ParseArgs(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	nqPath := filepath.Join(*dir, "graph.nq")
	svgPath := filepath.Join(*dir, "graph.svg")
	for _, p := range []string{nqPath, svgPath} {
		if err := checkOutput(p, nil); err != nil {
			return err
		}
	}
	pipe, _, err := newPipeline(ctx, "", false, dates.Date{})
	if err != nil {
		return err
	}
	res, err := buildGraph(ctx, e, pipe, nil, runtime.NumCPU(), defaultReadOptions())
	if err != nil {
		return err
	}
	defer res.articles.Close()
	minter, _ := graph.NewMinter(graph.DefaultBase)
	if err := writeOutput(nqPath, nil, func(w io.Writer) error { return res.articles.WriteNQuads(w, minter) }); err != nil {
		return err
	}
	// the map and the neighbours are drawn from the file, as a user would
	g, lineErr, err := loadGraph(ctx, nqPath, nil)
	if err == nil && lineErr != nil {
		err = lineErr // the file was just written: a bad line is a bug
	}
	if err != nil {
		return err
	}
	if err := renderTo(ctx, e, svgPath, g, render.Options{Format: "svg", Layout: "auto", Title: "actorgraph: sample corpus"}); err != nil {
		return err
	}
	nodes := g.Nodes()
	fmt.Fprintf(e.Stdout, "Built %d articles: %d actors, %d relation statements.\n", res.articles.Len(), len(nodes), countStatements(g))
	fmt.Fprintf(e.Stdout, "  N-Quads: %s\n  Map:     %s\n\n", absPath(nqPath), absPath(svgPath))
	for _, n := range topNodes(nodes, 2) {
		ns := g.Neighbors(n.IRI, memgraph.NeighborOptions{Depth: 1, Direction: memgraph.Both})
		if err := writeNeighborsText(e.Stdout, n, ns, 6, store.More{}); err != nil {
			return err
		}
	}
	if top := topNodes(nodes, 1); len(top) > 0 {
		fmt.Fprintf(e.Stdout, "\nTry: actorgraph neighbors %s %q\n", nqPath, top[0].Label)
	}
	return res.report(e.Stderr, "demo")
}

// topNodes returns the k best-connected nodes, by degree then support.
func topNodes(nodes []memgraph.Node, k int) []memgraph.Node {
	best := slices.Clone(nodes)
	slices.SortStableFunc(best, func(a, b memgraph.Node) int {
		return cmp.Or(cmp.Compare(b.Degree, a.Degree), cmp.Compare(b.Support, a.Support))
	})
	return best[:min(k, len(best))]
}

func countStatements(g *memgraph.Graph) int {
	n := 0
	for _, e := range g.Edges() {
		for _, r := range e.Relations {
			n += r.Count
		}
	}
	return n
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
