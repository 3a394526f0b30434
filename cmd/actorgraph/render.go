package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/render"
)

const renderAbout = `Render draws the graph in GRAPH, a store that build --db made or an N-Quads
file (- for stdin), as a relationship map: node colour and shape by actor
type, edges labelled with their predicate and thicker the more statements
support them. The format comes from -format or from the extension of -o
(.svg, .png, .dot, in any case); with neither, it is SVG.`

func runRender(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "render", "[flags] GRAPH", renderAbout)
	out := fs.String("o", "map.svg", "write the map to `FILE` (- for stdout)")
	format := fs.String("format", "", "`format`: svg, png or dot (default: from the extension of -o, else svg)")
	focus := fs.String("focus", "", "draw only the actors within -depth links of the actor `NAME`")
	depth := fs.Int("depth", 1, "with -focus, how many links away to go")
	maxNodes := fs.Int("max-nodes", 200, "keep the `N` most connected actors (0: all)")
	minSupport := fs.Int("min-support", 1, "keep relations stated at least `N` times")
	layout := fs.String("layout", "auto", "Graphviz `engine`: auto (by size), dot, neato, fdp, sfdp or circo")
	title := fs.String("title", "", "title drawn above the map")
	filter := addFilterFlags(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		fs.Usage()
		return usagef("render wants one GRAPH, got %d argument(s)", len(args))
	}
	f, err := renderFormat(*format, *out)
	if err != nil {
		return err
	}
	opt := render.Options{Format: f, Layout: *layout, Title: *title}
	if err := opt.Validate(); err != nil {
		return &usageError{msg: err.Error()}
	}
	if *depth < 1 || *maxNodes < 0 || *minSupport < 1 {
		return usagef("-depth and -min-support must be at least 1, -max-nodes at least 0")
	}
	if err := checkOutput(*out, args); err != nil {
		return err
	}
	keep, err := filter.keep()
	if err != nil {
		return err
	}
	src, err := openGraph(ctx, args[0], e.stdin, keep)
	if err != nil {
		return err
	}
	defer src.Close()
	lineReport := reportLineErrors(e, "render", src.lineErr)
	if n, err := src.actors(ctx); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("%s holds no actors: nothing to draw", displayText(args[0]))
	}
	g, err := mapGraph(ctx, src, *focus, *depth, *minSupport)
	if err != nil {
		return err
	}
	if *maxNodes > 0 || *minSupport > 1 {
		g = g.Top(*maxNodes, *minSupport)
	}
	if g.Len() == 0 {
		return fmt.Errorf("no actor of %s is left to draw with -min-support %d", displayText(args[0]), *minSupport)
	}
	err = renderTo(ctx, e, *out, g, opt)
	if err != nil {
		return err
	}
	return lineReport
}

// mapGraph returns the graph to draw, before -max-nodes and -min-support
// cut it: the whole graph, or with focus the actors within depth links of
// the actor focus names and the links between them. From a store, only
// that part is loaded, and without focus only the relations stated at
// least minSupport times; the filter of src applies to the store's
// statements as it did to the N-Quads file's.
func mapGraph(ctx context.Context, src *graphSource, focus string, depth, minSupport int) (*memgraph.Graph, error) {
	if src.st == nil {
		if focus == "" {
			return src.g, nil
		}
		n, err := resolveName(src.finder(ctx), focus)
		if err != nil {
			return nil, err
		}
		return src.g.Ego(n.IRI, depth), nil
	}
	if focus == "" {
		return storeGraph(ctx, src.st, nil, minSupport, src.filter())
	}
	n, err := resolveName(src.finder(ctx), focus)
	if err != nil {
		return nil, err
	}
	id, err := storeID(ctx, src.st, n)
	if err != nil {
		return nil, err
	}
	ns, err := src.st.Neighbors(ctx, id, store.NeighborOptions{Depth: depth, Filter: src.filter()})
	if err != nil {
		return nil, err
	}
	keep := []store.ActorID{id}
	for _, nb := range ns {
		keep = append(keep, nb.Node.ID)
	}
	return storeGraph(ctx, src.st, keep, 1, src.filter())
}

// renderFormat returns the output format: format itself (in any case),
// else the extension of out (in any case), else svg for stdout or a name
// without extension. An unknown format or extension is a usage error:
// writing SVG into map.gif would only mislead.
func renderFormat(format, out string) (string, error) {
	known := func(f string) bool { return f == "svg" || f == "png" || f == "dot" }
	if format != "" {
		f := strings.ToLower(strings.TrimSpace(format))
		if !known(f) {
			return "", usagef("-format must be svg, png or dot, not %q", format)
		}
		return f, nil
	}
	ext := filepath.Ext(out)
	if out == "-" || ext == "" {
		return "svg", nil
	}
	f := strings.ToLower(strings.TrimPrefix(ext, "."))
	if !known(f) {
		return "", usagef("cannot tell the format of -o %s from its extension %q: name it .svg, .png or .dot, or give -format", displayText(out), ext)
	}
	return f, nil
}

// renderTo renders g into path (see writeOutput) or stdout.
func renderTo(ctx context.Context, e *env, path string, g *memgraph.Graph, opt render.Options) error {
	return writeOutput(path, e.stdout, func(w io.Writer) error {
		return render.Render(ctx, w, g, opt)
	})
}
