package render

import (
	"bytes"
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// ownLayout reports whether the map's actors are placed by stressLayout
// rather than by a Graphviz engine: for grouped maps with the automatic
// layout.
func ownLayout(opt Options) bool { return opt.Groups != nil && opt.Layout == "auto" }

// draw lays g out and returns the SVG. Dot draws in one pass. The other
// engines lay out in three, because go-graphviz's Graphviz lacks the
// triangulation library its good overlap removal needs, and its other
// methods either overlap labels or blow the map up to many times its
// size:
//
//  1. the engine places the actors alone, overlaps allowed, and a
//     no-layout pass measures every distinct edge label;
//  2. each edge label is put at the middle of its edge, and separate
//     moves nodes and labels apart until none overlap;
//  3. neato -n2 draws the nodes where they were put and routes the edges.
func draw(ctx context.Context, g *memgraph.Graph, opt Options, eng engine) ([]byte, error) {
	dot, err := finalDOT(ctx, g, opt, eng)
	if err != nil {
		return nil, err
	}
	final := eng.name
	if eng.labelNodes {
		final = "nop2"
	}
	out, err := runGraphviz(ctx, job{dot, final, "svg"})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// finalDOT returns the DOT that draw lays out last: for dot, DOT's text;
// for the other engines, the map with every node placed (passes 1 and 2
// of draw), which neato -n2 draws as it is.
func finalDOT(ctx context.Context, g *memgraph.Graph, opt Options, eng engine) ([]byte, error) {
	if !eng.labelNodes {
		return writeDOT(g, opt, eng, nil), nil
	}
	own := ownLayout(opt)
	labels, sizing := sizingDOT(g, opt, own)
	jobs := []job{{sizing, "nop", "plain"}}
	if !own {
		jobs = append(jobs, job{skeletonDOT(g, opt, eng), eng.name, "plain"})
	}
	out, err := runGraphviz(ctx, jobs...)
	if err != nil {
		return nil, err
	}
	sizes, err := parsePlain(out[0])
	if err != nil {
		return nil, fmt.Errorf("render: read label sizes: %w", err)
	}
	var actors map[string]plainNode
	if own {
		actors = stressLayout(g, opt.Groups, sizes)
	} else if actors, err = parsePlain(out[1]); err != nil {
		return nil, fmt.Errorf("render: read %s layout: %w", eng.name, err)
	}
	at, err := arrange(g, opt, actors, sizes, labels)
	if err != nil {
		return nil, err
	}
	return writeDOT(g, opt, eng, at), nil
}

// skeletonDOT is the graph the engine lays out in the first pass: the
// actors, drawn as in the map so that they have their sizes, and one plain
// edge per linked pair.
//
// With opt.Groups, an invisible edge ties each piece of a group that no
// edge links to the rest to the group's first actor, so that the engine
// lays each group out in one piece.
func skeletonDOT(g *memgraph.Graph, opt Options, eng engine) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "digraph skeleton {\n\tgraph [overlap=true, splines=false, pack=true, start=1]\n")
	fmt.Fprintf(&b, "\tnode [fontname=%q, fontsize=%d, style=filled, penwidth=1.5, margin=\"0.15,0.07\"]\n", fontName, nodeFontSize)
	index := map[string]int{}
	for i, n := range g.Nodes() {
		index[string(n.IRI)] = i
		fmt.Fprintf(&b, "\ta%d [label=%s, shape=%s]\n", i, quote(n.Label), styleOf(n.Type).shape)
	}
	for _, e := range g.Edges() {
		fmt.Fprintf(&b, "\ta%d -> a%d\n", index[string(e.From)], index[string(e.To)])
	}
	for _, t := range groupTies(g, opt.Groups, index) {
		fmt.Fprintf(&b, "\ta%d -> a%d\n", t[0], t[1])
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// sizingDOT returns every distinct edge label, and legend entries, and a
// DOT that lays each out as a node at the origin, so that Graphviz
// measures them: node sN is the Nth label, node kN the Nth legend entry,
// wNt the text of the Nth edge-thickness sample.
//
// With actors, it measures the actors too, as node aN for the Nth.
func sizingDOT(g *memgraph.Graph, opt Options, actors bool) (labels map[string]int, dot []byte) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "digraph sizes {\n\tgraph [overlap=true]\n\tnode [fontname=%q, pos=\"0,0\"]\n", fontName)
	if actors {
		for i, n := range g.Nodes() {
			fmt.Fprintf(&b, "\ta%d [label=%s, shape=%s, fontsize=%d, style=filled, penwidth=1.5, margin=\"0.15,0.07\"]\n", i, quote(n.Label), styleOf(n.Type).shape, nodeFontSize)
		}
	}
	labels = map[string]int{}
	for _, e := range g.Edges() {
		l := quoteLines(edgeLines(e))
		if _, ok := labels[l]; ok {
			continue
		}
		labels[l] = len(labels)
		fmt.Fprintf(&b, "\ts%d [%s]\n", labels[l], labelNodeAttrs(l))
	}
	present := map[string]bool{}
	for _, n := range g.Nodes() {
		present[styleOf(n.Type).name] = true
	}
	for _, e := range g.Edges() {
		if name, _ := edgeClassStyle(e.Relations[0].Class); name != "" {
			present[name] = true
		}
	}
	for i, s := range legendEntries(present) {
		fmt.Fprintf(&b, "\tk%d [label=%s, shape=%s, style=filled, penwidth=1.5, margin=\"0.15,0.07\", fontsize=%d]\n", i, quote(s.name), s.shape, legendFontSize)
	}
	for i, n := range legendWeights() {
		fmt.Fprintf(&b, "\tw%dt [%s]\n", i, weightTextAttrs(quote(weightText(n))))
	}
	writeFrameSizes(&b, g, opt)
	b.WriteString("}\n")
	return labels, b.Bytes()
}
