package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/render/htmlmap"
)

const renderAbout = `Render draws the graph in GRAPH, a store that build --db made or an N-Quads
file (- for stdin), as a relationship map: node colour and shape by actor
type, edges labelled with their predicate and thicker the more statements
support them. The format comes from -format or
from the extension of -o (.svg, .png, .dot, .html, in any case); with
neither, it is SVG.

A large graph is drawn by community: its linked actors are grouped (Louvain's
method over the relations), the -max-nodes are shared among the largest
groups, and each group is laid out in a frame of its own with its most
connected actors and its strongest relations; a caption under the legend
says how many actors and relations the map leaves out, and each frame's
heading how many of the group's.

HTML is an interactive map in one self-contained file that needs no network:
search, filters by actor type (and by relation class and date, when the
graph has them), actors sized by their links, and a side panel with the
evidence sentences of the relation clicked. -focus, -depth, -max-nodes,
-min-support, -class, -since and -until choose what it holds, as for the
other formats.`

func runRender(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] GRAPH", renderAbout)
	out := fs.String("o", "map.svg", "write the map to `FILE` (- for stdout)")
	format := fs.String("format", "", "`format`: svg, png, dot or html (default: from the extension of -o, else svg)")
	focus := fs.String("focus", "", "draw only the actors within -depth links of the actor `NAME`")
	depth := fs.Int("depth", 1, "with -focus, how many links away to go")
	maxNodes := fs.Int("max-nodes", 200, "draw at most `N` actors, the most connected of each group (0: every linked actor)")
	groups := fs.Bool("groups", true, "beyond 60 actors, draw them by community, each group in its frame, with the relations within groups; false draws the most connected actors and every relation between them")
	minSupport := fs.Int("min-support", 1, "keep relations stated at least `N` times")
	layout := fs.String("layout", "auto", "Graphviz `engine`: auto (by size), dot, neato, fdp, sfdp or circo (not for html)")
	title := fs.String("title", "", "title drawn above the map")
	filter := addFilterFlags(fs)
	args, err := cli.ParseArgs(fs, args, 1, 1, "one GRAPH")
	if err != nil {
		return err
	}
	f, err := renderFormat(*format, *out)
	if err != nil {
		return err
	}
	opt := render.Options{Format: f, Layout: *layout, Title: *title}
	if f == "html" {
		if l := strings.ToLower(strings.TrimSpace(*layout)); l != "auto" && l != "" {
			return cli.Usagef("-layout chooses a Graphviz engine; the HTML map is laid out in the browser")
		}
	} else if err := opt.Validate(); err != nil {
		return &cli.UsageError{Msg: err.Error()}
	}
	if *depth < 1 || *maxNodes < 0 || *minSupport < 1 {
		return cli.Usagef("-depth and -min-support must be at least 1, -max-nodes at least 0")
	}
	if err := checkOutput(*out, args); err != nil {
		return err
	}
	src, err := filter.openGraph(ctx, args[0], e.Stdin)
	if err != nil {
		return err
	}
	defer src.Close()
	if f == "html" && src.st != nil {
		// the map shows aliases and evidence: the store's whole graph
		d, err := storeDataset(ctx, args[0], src.keep)
		if err != nil {
			return err
		}
		g, err := memgraph.NewContext(ctx, d)
		if err != nil {
			return err
		}
		src = &graphSource{g: g, d: d, keep: src.keep}
	}
	lineReport := reportLineErrors(e, "render", src.lineErr)
	if n, err := src.actors(ctx); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("%s holds no actors: nothing to draw", cli.DisplayText(args[0]))
	}
	g, err := mapGraph(ctx, src, *focus, *depth)
	if err != nil {
		return err
	}
	d := src.d
	switch {
	case *focus != "" && len(g.Edges()) == 0:
		// An actor linked to no other: draw it alone.
	case *groups:
		ch := render.Choose(g, *maxNodes, *minSupport)
		g, opt = ch.Graph, ch.Apply(opt)
	default:
		g = g.Top(*maxNodes, *minSupport)
	}
	if g.Len() == 0 {
		return fmt.Errorf("no two actors of %s are linked by a relation stated at least %d time(s): no actor is left to draw with -min-support %d", cli.DisplayText(args[0]), *minSupport, *minSupport)
	}
	if f == "html" {
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error {
			return htmlmap.Write(w, g, htmlmap.Options{
				Title: *title, Dataset: d,
				Class:    func(s graph.Statement) string { return s.Class },
				Date:     func(s graph.Statement) string { return s.Date },
				Describe: describeClass,
			})
		})
	} else {
		err = renderTo(ctx, e, *out, g, opt)
	}
	if err != nil {
		return err
	}
	return lineReport
}

// mapGraph returns the graph to draw, before -max-nodes and -min-support
// cut it: the whole graph, or with focus the actors within depth links of
// the actor focus names and the links between them. From a store, only
// that part is loaded (without focus, the whole graph: a map's caption
// counts what it leaves out); the filter of src applies to the store's
// statements as it did to the N-Quads file's.
func mapGraph(ctx context.Context, src *graphSource, focus string, depth int) (*memgraph.Graph, error) {
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
		return storeGraph(ctx, src.st, nil, 1, src.filter())
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

// storeDataset reads every quad of the store at path into a dataset, as
// an N-Quads file of them would decode, keeping the statements keep
// accepts (all when nil).
func storeDataset(ctx context.Context, path string, keep func(graph.Statement) bool) (*graph.Dataset, error) {
	quads, _, err := readQuads(ctx, path, nil)
	if err != nil {
		return nil, err
	}
	d := graph.Decode(quads)
	if keep != nil {
		d.Statements = slices.DeleteFunc(d.Statements, func(s graph.Statement) bool { return !keep(s) })
	}
	return d, nil
}

// renderFormat returns the output format: format itself (in any case),
// else the extension of out (in any case), else svg for stdout or a name
// without extension. An unknown format or extension is a usage error:
// writing SVG into map.gif would only mislead.
func renderFormat(format, out string) (string, error) {
	known := func(f string) bool { return f == "svg" || f == "png" || f == "dot" || f == "html" }
	if format != "" {
		f := strings.ToLower(strings.TrimSpace(format))
		if !known(f) {
			return "", cli.Usagef("-format must be svg, png, dot or html, not %q", format)
		}
		return f, nil
	}
	ext := filepath.Ext(out)
	if out == "-" || ext == "" {
		return "svg", nil
	}
	f := strings.ToLower(strings.TrimPrefix(ext, "."))
	if f == "htm" {
		f = "html"
	}
	if !known(f) {
		return "", cli.Usagef("cannot tell the format of -o %s from its extension %q: name it .svg, .png, .dot or .html, or give -format", cli.DisplayText(out), ext)
	}
	return f, nil
}

// renderTo renders g into path (see writeOutput) or stdout.
func renderTo(ctx context.Context, e *cli.Env, path string, g *memgraph.Graph, opt render.Options) error {
	return writeOutput(path, e.Stdout, func(w io.Writer) error {
		return render.Render(ctx, w, g, opt)
	})
}

// describeClass names an event class and its group for the HTML map's
// class filter: CAMEO's quad class for an event, "standing relations" for
// the non-event classes (role, member, ally, ...).
func describeClass(c string) (name, group string) {
	k := cameo.Class(c)
	return k.Name(), cmp.Or(k.Quad(), "standing relations")
}
