package render

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// frame is where one group of a grouped map goes: its rectangle, in
// points, y up, and the centre of its heading.
type frame struct {
	group          int
	x0, y0, x1, y1 float64
	heading        point
}

// Typography of grouped maps.
const (
	headingFontSize = 15
	captionFontSize = 13
	captionColour   = "#333333"
)

// groupColours are the colours of the groups' frames and headings, in
// turn: dark enough for text on white, and unlike each other.
func groupColours() []string {
	return []string{"#1f77b4", "#c0392b", "#2a8a2a", "#7d4fb0", "#8c564b", "#c2418f", "#138d9c", "#8a8a12", "#d35400", "#5d6d7e"}
}

func groupColour(n int) string {
	cs := groupColours()
	return cs[n%len(cs)]
}

// groupTitle is the heading of group n.
func groupTitle(opt Options, n int) string {
	if n < len(opt.GroupTitles) && opt.GroupTitles[n] != "" {
		return opt.GroupTitles[n]
	}
	return "Group " + strconv.Itoa(n+1)
}

// groupsPresent returns the numbers of the groups of g's actors, each
// once, in the order of their first actor.
func groupsPresent(g *memgraph.Graph, groups map[graph.IRI]int) []int {
	var ids []int
	seen := map[int]bool{}
	for _, n := range g.Nodes() {
		c, ok := groups[n.IRI]
		if !ok || c < 0 || seen[c] {
			continue
		}
		seen[c] = true
		ids = append(ids, c)
	}
	return ids
}

// writeFrameSizes adds to the sizing DOT a node for each group heading
// present (hN for group N) and one for the caption (c0).
func writeFrameSizes(b *bytes.Buffer, g *memgraph.Graph, opt Options) {
	if opt.Groups != nil {
		for _, c := range groupsPresent(g, opt.Groups) {
			fmt.Fprintf(b, "\th%d [%s]\n", c, headingAttrs(opt, c))
		}
	}
	if opt.Caption != "" {
		fmt.Fprintf(b, "\tc0 [%s]\n", captionAttrs(opt))
	}
}

func headingAttrs(opt Options, c int) string {
	return fmt.Sprintf("shape=plaintext, style=\"\", label=%s, fontsize=%d, fontcolor=%q, margin=0.02, width=0, height=0",
		quote(groupTitle(opt, c)), headingFontSize, groupColour(c))
}

func captionAttrs(opt Options) string {
	return fmt.Sprintf("shape=plaintext, style=\"\", label=%s, fontsize=%d, fontcolor=%q, margin=0.02, width=0, height=0",
		quote(opt.Caption), captionFontSize, captionColour)
}

// writeFrames writes the placed map's group frames, their headings and
// the caption. The frames come before every other node, so that actors
// are drawn over them; their tint is translucent, so that the edges,
// drawn first, show through.
func writeFrames(b *bytes.Buffer, opt Options, at *placement) {
	if at == nil {
		return
	}
	for _, f := range at.frames {
		colour := groupColour(f.group)
		fmt.Fprintf(b, "\tf%d [pos=\"%.2f,%.2f!\", shape=box, style=\"rounded,filled\", label=\" \", fixedsize=true, width=%.3f, height=%.3f, color=%q, fillcolor=\"%s14\", penwidth=2]\n",
			f.group, (f.x0+f.x1)/2, (f.y0+f.y1)/2, (f.x1-f.x0)/72, (f.y1-f.y0)/72, colour, colour)
		fmt.Fprintf(b, "\th%d [pos=\"%.2f,%.2f!\", %s]\n", f.group, f.heading.X, f.heading.Y, headingAttrs(opt, f.group))
	}
	if opt.Caption != "" {
		fmt.Fprintf(b, "\tc0 [pos=\"%.2f,%.2f!\", %s]\n", at.caption.X, at.caption.Y, captionAttrs(opt))
	}
}

// groupTies returns pairs of actors (by index in g.Nodes()) that join the
// pieces of each group: for every piece of a group that g's edges do not
// link to the piece of the group's first actor, its first actor and the
// group's first.
func groupTies(g *memgraph.Graph, groups map[graph.IRI]int, index map[string]int) [][2]int {
	if groups == nil {
		return nil
	}
	nodes := g.Nodes()
	sets := newDisjointSets(len(nodes))
	for _, e := range g.Edges() {
		sets.union(index[string(e.From)], index[string(e.To)])
	}
	first := map[int]int{} // group -> its first actor
	var ties [][2]int
	for i, n := range nodes {
		c, ok := groups[n.IRI]
		if !ok || c < 0 {
			continue
		}
		f, ok := first[c]
		if !ok {
			first[c] = i
			continue
		}
		if sets.union(i, f) {
			ties = append(ties, [2]int{f, i})
		}
	}
	return ties
}
