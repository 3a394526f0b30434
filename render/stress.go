package render

import (
	"math"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Tuning of stressLayout.
const (
	// unitLength is the length of one link in the layout, in points,
	// before separate scales it.
	unitLength = 100
	// stressSweeps bounds the sweeps of stress majorisation over a group;
	// it stops earlier when no actor moves more than stressSettled.
	stressSweeps  = 300
	stressSettled = 0.05 // points
)

// stressLayout places the actors of a grouped map itself, group by group,
// as Graphviz's neato does with mode=stress: each group's actors at
// distances near their distance in links within the group (stress
// majorisation, Gansner, Koren and North 2004, started from the distances
// to two far-apart actors). Groups are laid out alone, so a group's
// layout does not depend on the others, and a map of thousands of actors
// in hundreds of groups takes well under a second, where sfdp took a
// minute. Parts of a group that no link joins are kept a link further
// apart than the group's farthest pair. sizes holds every actor's size
// by node name ("a" and its index in g.Nodes()); the result adds where it
// goes, in points, by the same names.
func stressLayout(g *memgraph.Graph, groups map[graph.IRI]int, sizes map[string]plainNode) map[string]plainNode {
	nodes := g.Nodes()
	index := make(map[graph.IRI]int, len(nodes))
	for i, n := range nodes {
		index[n.IRI] = i
	}
	adj := make([][]int, len(nodes))
	for _, e := range g.Edges() {
		a, b := index[e.From], index[e.To]
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	byGroup := map[int][]int{}
	var order []int // groups in order of their first actor
	for i, n := range nodes {
		c, ok := groups[n.IRI]
		if !ok || c < 0 {
			c = -1
		}
		if _, seen := byGroup[c]; !seen {
			order = append(order, c)
		}
		byGroup[c] = append(byGroup[c], i)
	}
	out := make(map[string]plainNode, len(nodes))
	for _, c := range order {
		members := byGroup[c]
		xs, ys := stressGroup(members, adj)
		for k, i := range members {
			name := "a" + strconv.Itoa(i)
			s := sizes[name]
			out[name] = plainNode{x: xs[k], y: ys[k], w: s.w, h: s.h}
		}
	}
	return out
}

// stressGroup lays out the actors members (indices into adj) and returns
// their coordinates, in points, in the order of members.
func stressGroup(members []int, adj [][]int) (xs, ys []float64) {
	n := len(members)
	xs, ys = make([]float64, n), make([]float64, n)
	if n < 2 {
		return xs, ys
	}
	local := make(map[int]int, n)
	for k, i := range members {
		local[i] = k
	}
	// Distances in links within the group, by breadth-first search.
	dist := make([][]float64, n)
	far := 0.0
	for k := range members {
		d := make([]float64, n)
		for j := range d {
			d[j] = -1
		}
		d[k] = 0
		queue := []int{k}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[members[u]] {
				w, ok := local[v]
				if !ok || d[w] >= 0 {
					continue
				}
				d[w] = d[u] + 1
				far = math.Max(far, d[w])
				queue = append(queue, w)
			}
		}
		dist[k] = d
	}
	for _, d := range dist {
		for j := range d {
			if d[j] < 0 {
				d[j] = far + 1
			}
			d[j] *= unitLength
		}
	}
	// Start from the distances to two far-apart actors, with a small
	// spiral offset each, so that no two actors start at one spot.
	p1 := farthest(dist[0])
	p2 := farthest(dist[p1])
	for k := range n {
		a := float64(k) * 2.39996 // the golden angle, in radians
		r := unitLength / 4 * math.Sqrt(float64(k)/float64(n))
		xs[k] = dist[p1][k] + r*math.Cos(a)
		ys[k] = dist[p2][k] + r*math.Sin(a)
	}
	weight := make([][]float64, n) // 1/d², as in neato
	for i, d := range dist {
		weight[i] = make([]float64, n)
		for j, v := range d {
			if j != i {
				weight[i][j] = 1 / (v * v)
			}
		}
	}
	for range stressSweeps {
		moved := 0.0
		for i := range n {
			var sx, sy, sw float64
			xi, yi, di, wi := xs[i], ys[i], dist[i], weight[i]
			for j := range n {
				if j == i {
					continue
				}
				w := wi[j]
				dx, dy := xi-xs[j], yi-ys[j]
				tx, ty := xs[j], ys[j]
				if l := math.Sqrt(dx*dx + dy*dy); l > 0 {
					f := di[j] / l
					tx += f * dx
					ty += f * dy
				}
				sx += w * tx
				sy += w * ty
				sw += w
			}
			nx, ny := sx/sw, sy/sw
			moved = math.Max(moved, math.Hypot(nx-xs[i], ny-ys[i]))
			xs[i], ys[i] = nx, ny
		}
		if moved < stressSettled {
			break
		}
	}
	return xs, ys
}

// farthest returns the index of the largest distance, the first of ties.
func farthest(d []float64) int {
	best := 0
	for j, v := range d {
		if v > d[best] {
			best = j
		}
	}
	return best
}
