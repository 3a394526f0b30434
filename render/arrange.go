package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Margins kept clear around nodes when separating them, in points.
const (
	actorMarginX, actorMarginY = 8, 6
	labelMargin                = 2
	legendGap                  = 28 // between the map and the legend row
	legendSpacing              = 16 // between legend entries
	legendLine                 = 40 // length of the edge-thickness samples
	framePad                   = 14 // inside a group's frame, around its map
	captionGap                 = 14 // between the legend and the caption
)

// arrange places actors where the engine put them and edge labels at the
// middle of their edges, separates each connected part of the map, packs
// the parts together and puts the legend in a row under them.
//
// With opt.Groups, the parts are the groups instead, each in a frame with
// its heading on top, and opt.Caption goes under the legend.
func arrange(g *memgraph.Graph, opt Options, actors, sizes map[string]plainNode, labels map[string]int) (*placement, error) {
	nodes, edges := g.Nodes(), g.Edges()
	boxes := make([]box, 0, len(nodes)+len(edges))
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		p, ok := actors["a"+strconv.Itoa(i)]
		if !ok {
			return nil, fmt.Errorf("render: layout lost actor %q", n.Label)
		}
		index[string(n.IRI)] = i
		boxes = append(boxes, box{X: p.x, Y: p.y, W: p.w/2 + actorMarginX, H: p.h/2 + actorMarginY})
	}
	pairs := map[[2]int]bool{}
	for _, e := range edges {
		pairs[[2]int{index[string(e.From)], index[string(e.To)]}] = true
	}
	for _, e := range edges {
		s, ok := sizes["s"+strconv.Itoa(labels[quoteLines(edgeLines(e))])]
		if !ok {
			return nil, fmt.Errorf("render: no size for edge label of %s -> %s", e.From, e.To)
		}
		i, j := index[string(e.From)], index[string(e.To)]
		a, b := boxes[i], boxes[j]
		x, y := (a.X+b.X)/2, (a.Y+b.Y)/2
		if pairs[[2]int{j, i}] {
			// The reverse edge has a label at the same middle: start
			// each on its own side of the line.
			dx, dy := b.X-a.X, b.Y-a.Y
			if l := math.Hypot(dx, dy); l > 0 {
				off := s.h/2 + labelMargin
				x, y = x-dy/l*off, y+dx/l*off
			}
		}
		boxes = append(boxes, box{X: x, Y: y, W: s.w/2 + labelMargin, H: s.h/2 + labelMargin})
	}
	var parts [][]int
	var pads []frameSpace
	var ids []int
	if opt.Groups == nil {
		parts = components(len(nodes), edges, index)
	} else {
		parts, ids = groupParts(nodes, edges, index, opt.Groups)
		for _, id := range ids {
			if id < 0 {
				pads = append(pads, frameSpace{})
				continue
			}
			h, ok := sizes["h"+strconv.Itoa(id)]
			if !ok {
				return nil, fmt.Errorf("render: no size for the heading of group %d", id)
			}
			pads = append(pads, frameSpace{top: framePad + h.h, side: framePad, width: h.w + 2*framePad})
		}
	}
	rects := pack(boxes, parts, pads)
	at := &placement{}
	for k, id := range ids {
		if id < 0 {
			continue
		}
		r := rects[k]
		h := sizes["h"+strconv.Itoa(id)]
		at.frames = append(at.frames, frame{
			group: id, x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1,
			heading: point{r.x0 + framePad + h.w/2, r.y1 - framePad/2 - h.h/2},
		})
	}
	for _, b := range boxes[:len(nodes)] {
		at.actors = append(at.actors, point{b.X, b.Y})
	}
	for _, b := range boxes[len(nodes):] {
		at.labels = append(at.labels, point{b.X, b.Y})
	}
	minX, minY := math.Inf(1), math.Inf(1)
	for _, b := range boxes {
		minX, minY = math.Min(minX, b.X-b.W), math.Min(minY, b.Y-b.H)
	}
	for _, f := range at.frames {
		minX, minY = math.Min(minX, f.x0), math.Min(minY, f.y0)
	}
	if len(boxes) == 0 {
		minX, minY = 0, 0
	}
	rowHeight := 0.0
	x := minX
	for i := 0; ; i++ {
		s, ok := sizes["k"+strconv.Itoa(i)]
		if !ok {
			break
		}
		at.legend = append(at.legend, point{x + s.w/2, minY - legendGap - s.h/2})
		x += s.w + legendSpacing
		rowHeight = math.Max(rowHeight, s.h)
	}
	if opt.Caption != "" {
		s, ok := sizes["c0"]
		if !ok {
			return nil, fmt.Errorf("render: no size for the caption")
		}
		y := minY - s.h/2
		if rowHeight > 0 {
			y -= legendGap + rowHeight + captionGap
		}
		at.caption = point{minX + s.w/2, y}
	}
	if len(edges) > 0 && len(at.legend) > 0 {
		y := at.legend[0].Y
		x += legendSpacing
		for i := range legendWeights() {
			s, ok := sizes["w"+strconv.Itoa(i)+"t"]
			if !ok {
				return nil, fmt.Errorf("render: no size for legend text %d", i)
			}
			k := weightKey{A: point{x, y}, B: point{x + legendLine, y}}
			k.Text = point{k.B.X + 6 + s.w/2, y}
			at.weights = append(at.weights, k)
			x = k.B.X + 6 + s.w + legendSpacing
		}
	}
	return at, nil
}

// components groups the boxes of arrange (actors, then one label per edge)
// by connected part of the map, largest first, each in index order.
func components(actors int, edges []memgraph.Edge, index map[string]int) [][]int {
	sets := newDisjointSets(actors)
	for _, e := range edges {
		sets.union(index[string(e.From)], index[string(e.To)])
	}
	byRoot := map[int][]int{}
	for i := range actors {
		r := sets.find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	for k, e := range edges {
		r := sets.find(index[string(e.From)])
		byRoot[r] = append(byRoot[r], actors+k)
	}
	parts := make([][]int, 0, len(byRoot))
	for _, p := range byRoot {
		parts = append(parts, p)
	}
	slices.SortFunc(parts, func(a, b []int) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0]))
	})
	return parts
}

// Packing of the map's parts.
const (
	partGap = 36  // between parts, in points
	aspect  = 1.5 // the width:height that rows of parts aim at
)

// frameSpace is the room a part needs around it for its frame: above it,
// for the heading; on the other sides; and the least width of the frame.
type frameSpace struct{ top, side, width float64 }

// bounds is a rectangle by its corners, in points, y up.
type bounds struct{ x0, y0, x1, y1 float64 }

// pack separates the boxes of each part and lays the parts out in rows,
// left to right and top to bottom, in order, in a rectangle about aspect
// times as wide as tall. pads, when not nil, is the room each part's
// frame needs; pack returns where each part (its frame, if any) went.
func pack(boxes []box, parts [][]int, pads []frameSpace) []bounds {
	type extent struct{ x0, y0, w, h float64 }
	ext := make([]extent, len(parts))
	area, widest := 0.0, 0.0
	for k, p := range parts {
		sub := make([]box, len(p))
		for i, b := range p {
			sub[i] = boxes[b]
		}
		separate(sub)
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for i, b := range p {
			boxes[b] = sub[i]
			x0, y0 = math.Min(x0, sub[i].X-sub[i].W), math.Min(y0, sub[i].Y-sub[i].H)
			x1, y1 = math.Max(x1, sub[i].X+sub[i].W), math.Max(y1, sub[i].Y+sub[i].H)
		}
		if pads != nil {
			p := pads[k]
			x0, y0, x1, y1 = x0-p.side, y0-p.side, x1+p.side, y1+p.top
			if w := x1 - x0; w < p.width {
				x1 += p.width - w
			}
		}
		ext[k] = extent{x0, y0, x1 - x0, y1 - y0}
		area += (ext[k].w + partGap) * (ext[k].h + partGap)
		widest = math.Max(widest, ext[k].w)
	}
	width := math.Max(widest, math.Sqrt(area*aspect))
	x, top, rowHeight := 0.0, 0.0, 0.0
	out := make([]bounds, len(parts))
	for k, p := range parts {
		e := ext[k]
		if x > 0 && x+e.w > width {
			x, top, rowHeight = 0, top-rowHeight-partGap, 0
		}
		// Graphviz's y axis points up: the part hangs from the row's top.
		dx, dy := x-e.x0, top-e.h-e.y0
		for _, b := range p {
			boxes[b].X += dx
			boxes[b].Y += dy
		}
		out[k] = bounds{x, top - e.h, x + e.w, top}
		x += e.w + partGap
		rowHeight = math.Max(rowHeight, e.h)
	}
	return out
}

// groupParts groups the boxes of arrange (actors, then one label per edge)
// by the actors' groups, in the order of the groups' numbers: an edge's
// label goes with its source actor, actors of no group form a part of
// their own, last. It returns the parts and their groups (-1 for none).
func groupParts(nodes []memgraph.Node, edges []memgraph.Edge, index map[string]int, groups map[graph.IRI]int) (parts [][]int, ids []int) {
	of := func(i int) int {
		if c, ok := groups[nodes[i].IRI]; ok && c >= 0 {
			return c
		}
		return -1
	}
	byGroup := map[int][]int{}
	for i := range nodes {
		byGroup[of(i)] = append(byGroup[of(i)], i)
	}
	for k, e := range edges {
		c := of(index[string(e.From)])
		byGroup[c] = append(byGroup[c], len(nodes)+k)
	}
	for c := range byGroup {
		ids = append(ids, c)
	}
	slices.SortFunc(ids, func(a, b int) int {
		if (a < 0) != (b < 0) {
			return cmp.Compare(b, a) // no group last
		}
		return cmp.Compare(a, b)
	})
	for _, c := range ids {
		parts = append(parts, byGroup[c])
	}
	return parts, ids
}
