package render

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Typography and colours. Sizes are in points; at these sizes labels read
// at 100 % zoom (see the package tests for what was measured). Graphviz
// knows the metrics of DejaVu Sans, so it sizes nodes right for the font
// that SVG viewers on Linux draw with; a fallback list would make it
// measure with Times and leave labels overflowing.
const (
	fontName      = "DejaVu Sans"
	titleSize     = 22
	nodeFontSize  = 14
	edgeFontSize  = 11
	maxEdgeLines  = 4 // predicates listed on one edge before "+N more"
	maxPenWidth   = 6.0
	edgeColour    = "#4d4d4d"
	edgeFontColor = "#262626"
)

// DOT returns the Graphviz DOT text of g's map: one node per actor, styled
// by type, one edge per ordered pair of actors, labelled with its
// predicates and as thick as the number of statements behind it. The text
// depends only on g and opt; it names the engine Render would choose (an
// unknown Layout counts as "auto"; Render reports it) and lays out in stock
// Graphviz too. With dot it is what Render draws, legend included; for the
// other engines Render places the nodes, and the legend, before drawing
// (see Options.Format to get that DOT).
//
// For the force-directed engines every edge label is a small node in the
// middle of its edge, so that removing node overlaps keeps labels off each
// other and off the actors; dot places edge labels itself.
func DOT(g *memgraph.Graph, opt Options) []byte {
	return writeDOT(g, opt, chooseEngine(g.Len(), opt.Layout), nil)
}

// placement fixes where every node of the map goes, in points: actors by
// index in g.Nodes(), edge labels by index in g.Edges(), legend entries
// in legendTypes order, edge-thickness samples in legendWeights order.
type placement struct {
	actors, labels, legend []point
	weights                []weightKey
	// frames are the groups' frames, by group number (see
	// Options.Groups); caption is where Options.Caption goes.
	frames  []frame
	caption point
}

type point struct{ X, Y float64 }

// writeDOT writes the map's DOT. With a placement, nodes are pinned where
// it says and the graph is drawn by neato -n2 ("nop2"), which only routes
// the edges.
func writeDOT(g *memgraph.Graph, opt Options, eng engine, at *placement) []byte {
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	var actorsAt, labelsAt []point
	if at != nil {
		actorsAt, labelsAt = at.actors, at.labels
	}
	pos := func(ps []point, i int) string {
		if ps == nil {
			return ""
		}
		return fmt.Sprintf("pos=\"%.2f,%.2f!\", ", ps[i].X, ps[i].Y)
	}

	w("digraph actors {\n")
	if at != nil {
		w("\tgraph [layout=nop2, overlap=true, splines=%s", eng.splines)
	} else {
		w("\tgraph [layout=%s", eng.name)
		for _, a := range eng.attrs {
			w(", %s", a)
		}
	}
	w(", fontname=%q, bgcolor=white, pad=0.3, outputorder=edgesfirst", fontName)
	title := opt.Title
	if at == nil && opt.Caption != "" {
		// Unplaced, the caption has no place of its own.
		title = strings.TrimPrefix(title+"\n"+opt.Caption, "\n")
	}
	if title != "" {
		w(", label=%s, labelloc=t, fontsize=%d", quote(title), titleSize)
	}
	w("]\n")
	w("\tnode [fontname=%q, fontsize=%d, style=filled, penwidth=1.5, margin=\"0.15,0.07\"]\n", fontName, nodeFontSize)
	w("\tedge [fontname=%q, fontsize=%d, color=%q, fontcolor=%q, arrowsize=0.8]\n", fontName, edgeFontSize, edgeColour, edgeFontColor)

	writeFrames(&b, opt, at)
	nodes := g.Nodes()
	ids := make(map[graph.IRI]string, len(nodes))
	present := map[string]bool{} // style names
	for i, n := range nodes {
		id := "a" + strconv.Itoa(i)
		ids[n.IRI] = id
		s := styleOf(n.Type)
		present[s.name] = true
		w("\t%s [%slabel=%s, shape=%s, fillcolor=%q, color=%q]\n", id, pos(actorsAt, i), quote(n.Label), s.shape, s.fill, s.border)
	}
	for i, e := range g.Edges() {
		label := quoteLines(edgeLines(e))
		pen := penWidth(e.Statements())
		if name, colour := edgeClassStyle(e.Relations[0].Class); name != "" {
			present[name] = true
			pen += fmt.Sprintf(", color=%q", colour)
		}
		from, to := ids[e.From], ids[e.To]
		if !eng.labelNodes {
			w("\t%s -> %s [label=%s, penwidth=%s]\n", from, to, label, pen)
			continue
		}
		mid := "r" + strconv.Itoa(i)
		w("\t%s [%s%s]\n", mid, pos(labelsAt, i), labelNodeAttrs(label))
		w("\t%s -> %s [penwidth=%s, arrowhead=none]\n", from, mid, pen)
		w("\t%s -> %s [penwidth=%s]\n", mid, to, pen)
	}
	writeLegend(&b, present, len(g.Edges()) > 0, eng, at)
	w("}\n")
	return b.Bytes()
}

// labelNodeAttrs are the attributes of an edge label drawn as a node: the
// text on a white ground that hides the edge passing under it.
func labelNodeAttrs(label string) string {
	return fmt.Sprintf("label=%s, shape=box, style=\"filled,rounded\", fillcolor=white, color=white, penwidth=0, fontsize=%d, fontcolor=%q, margin=\"0.04,0.02\", width=0, height=0",
		label, edgeFontSize, edgeFontColor)
}

// edgeLines returns an edge's label: one line per predicate, "met ×3" when
// stated more than once, at most maxEdgeLines lines.
func edgeLines(e memgraph.Edge) []string {
	var lines []string
	for i, r := range e.Relations {
		if i == maxEdgeLines-1 && len(e.Relations) > maxEdgeLines {
			lines = append(lines, fmt.Sprintf("+%d more", len(e.Relations)-i))
			break
		}
		if r.Count > 1 {
			lines = append(lines, fmt.Sprintf("%s ×%d", r.Predicate, r.Count))
		} else {
			lines = append(lines, r.Predicate)
		}
	}
	return lines
}

// penWidth grows with the logarithm of the statements behind an edge: 1.2
// for one, 2.7 for two, 4.2 for four, at most maxPenWidth.
func penWidth(statements int) string {
	w := 1.2 + 1.5*math.Log2(float64(max(statements, 1)))
	return strconv.FormatFloat(math.Min(w, maxPenWidth), 'f', 1, 64)
}
