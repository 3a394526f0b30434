package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/render"
	"github.com/actorgraph/actorgraph/render/htmlmap"
)

const renderAbout = `Render draws the graph in GRAPH.nq (- for stdin) as a relationship map: node
colour and shape by actor type, edges labelled with their predicate and
thicker the more statements support them. The format comes from -format or
from the extension of -o (.svg, .png, .dot, .html, in any case); with
neither, it is SVG.

HTML is an interactive map in one self-contained file that needs no network:
search, filters by actor type (and by relation class and date, when the
graph has them), actors sized by their links, and a side panel with the
evidence sentences of the relation clicked. -focus, -depth, -max-nodes,
-min-support, -class, -since and -until choose what it holds, as for the
other formats.`

func runRender(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "render", "[flags] GRAPH.nq", renderAbout)
	out := fs.String("o", "map.svg", "write the map to `FILE` (- for stdout)")
	format := fs.String("format", "", "`format`: svg, png, dot or html (default: from the extension of -o, else svg)")
	focus := fs.String("focus", "", "draw only the actors within -depth links of the actor `NAME`")
	depth := fs.Int("depth", 1, "with -focus, how many links away to go")
	maxNodes := fs.Int("max-nodes", 200, "keep the `N` most connected actors (0: all)")
	minSupport := fs.Int("min-support", 1, "keep relations stated at least `N` times")
	layout := fs.String("layout", "auto", "Graphviz `engine`: auto (by size), dot, neato, fdp, sfdp or circo (not for html)")
	title := fs.String("title", "", "title drawn above the map")
	filter := addFilterFlags(fs)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		fs.Usage()
		return usagef("render wants one GRAPH.nq, got %d argument(s)", len(args))
	}
	f, err := renderFormat(*format, *out)
	if err != nil {
		return err
	}
	opt := render.Options{Format: f, Layout: *layout, Title: *title}
	if f == "html" {
		if l := strings.ToLower(strings.TrimSpace(*layout)); l != "auto" && l != "" {
			return usagef("-layout chooses a Graphviz engine; the HTML map is laid out in the browser")
		}
	} else if err := opt.Validate(); err != nil {
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
	g, d, lineErr, err := loadFiltered(ctx, args[0], e.stdin, keep)
	if err != nil {
		return err
	}
	lineReport := reportLineErrors(e, "render", lineErr)
	if g.Len() == 0 {
		return fmt.Errorf("%s holds no actors: nothing to draw", displayText(args[0]))
	}
	if *focus != "" {
		n, err := resolveName(g, *focus)
		if err != nil {
			return err
		}
		g = g.Ego(n.IRI, *depth)
	}
	if *maxNodes > 0 || *minSupport > 1 {
		g = g.Top(*maxNodes, *minSupport)
	}
	if g.Len() == 0 {
		return fmt.Errorf("no actor of %s is left to draw with -min-support %d", displayText(args[0]), *minSupport)
	}
	if f == "html" {
		err = writeOutput(*out, e.stdout, func(w io.Writer) error {
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

// renderFormat returns the output format: format itself (in any case),
// else the extension of out (in any case), else svg for stdout or a name
// without extension. An unknown format or extension is a usage error:
// writing SVG into map.gif would only mislead.
func renderFormat(format, out string) (string, error) {
	known := func(f string) bool { return f == "svg" || f == "png" || f == "dot" || f == "html" }
	if format != "" {
		f := strings.ToLower(strings.TrimSpace(format))
		if !known(f) {
			return "", usagef("-format must be svg, png, dot or html, not %q", format)
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
		return "", usagef("cannot tell the format of -o %s from its extension %q: name it .svg, .png, .dot or .html, or give -format", displayText(out), ext)
	}
	return f, nil
}

// renderTo renders g into path (see writeOutput) or stdout.
func renderTo(ctx context.Context, e *env, path string, g *memgraph.Graph, opt render.Options) error {
	return writeOutput(path, e.stdout, func(w io.Writer) error {
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
