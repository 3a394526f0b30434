package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Margins kept clear around nodes when separating them, in points.
const (
	actorMarginX, actorMarginY = 8, 6
	labelMargin                = 2
	legendGap                  = 28 // between the map and the legend row
	legendSpacing              = 16 // between legend entries
	legendLine                 = 40 // length of the edge-thickness samples
)

// arrange places actors where the engine put them and edge labels at the
// middle of their edges, separates each connected part of the map, packs
// the parts together and puts the legend in a row under them.
func arrange(g *memgraph.Graph, actors, sizes map[string]plainNode, labels map[string]int) (*placement, error) {
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
	pack(boxes, components(len(nodes), edges, index))
	at := &placement{}
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
	if len(boxes) == 0 {
		minX, minY = 0, 0
	}
	x := minX
	for i := 0; ; i++ {
		s, ok := sizes["k"+strconv.Itoa(i)]
		if !ok {
			break
		}
		at.legend = append(at.legend, point{x + s.w/2, minY - legendGap - s.h/2})
		x += s.w + legendSpacing
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
	parent := make([]int, actors)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, e := range edges {
		a, b := find(index[string(e.From)]), find(index[string(e.To)])
		parent[max(a, b)] = min(a, b)
	}
	byRoot := map[int][]int{}
	for i := range actors {
		r := find(i)
		byRoot[r] = append(byRoot[r], i)
	}
	for k, e := range edges {
		r := find(index[string(e.From)])
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

// pack separates the boxes of each part and lays the parts out in rows,
// left to right and top to bottom, largest first, in a rectangle about
// aspect times as wide as tall.
func pack(boxes []box, parts [][]int) {
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
		ext[k] = extent{x0, y0, x1 - x0, y1 - y0}
		area += (ext[k].w + partGap) * (ext[k].h + partGap)
		widest = math.Max(widest, ext[k].w)
	}
	width := math.Max(widest, math.Sqrt(area*aspect))
	x, top, rowHeight := 0.0, 0.0, 0.0
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
		x += e.w + partGap
		rowHeight = math.Max(rowHeight, e.h)
	}
}
