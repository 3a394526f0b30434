package render

import (
	"cmp"
	"slices"
)

// wedge is one end of an undirected weighted link: the node at the other
// end and the link's weight.
type wedge struct {
	to int
	w  float64
}

// level is a graph that Louvain's method works on: each node's links to
// the others (no self-links), sorted by node, and the weight of the links
// inside it, counted once, for the nodes that stand for communities of a
// level below.
type level struct {
	adj  [][]wedge
	self []float64
}

// Tuning of communities.
const (
	// maxLevels and maxSweeps bound Louvain's method: levels of
	// aggregation, and sweeps over the nodes of one level.
	maxLevels = 16
	maxSweeps = 32
	// minGain is the least gain of modularity, in the units of gain
	// below, for which a node changes community: smaller gains are
	// rounding.
	minGain = 1e-9
)

// communities finds groups of nodes more linked among themselves than to
// the rest (Blondel et al.'s Louvain method, maximising modularity) in the
// undirected graph whose links adj lists: adj[i] holds i's links, each also
// listed at its other end. It returns each node's community, numbered from
// 0 by size, largest first, ties by smallest member. The result depends on
// adj alone: nodes are visited in index order and ties go to the node's own
// community, then to the first neighbour's.
func communities(adj [][]wedge) []int {
	n := len(adj)
	lv := level{adj: make([][]wedge, n), self: make([]float64, n)}
	for i, es := range adj {
		var own []wedge
		for _, e := range es {
			if e.to == i {
				lv.self[i] += e.w / 2 // listed at both ends: twice
				continue
			}
			own = append(own, e)
		}
		lv.adj[i] = mergeLinks(own)
	}
	comm := make([]int, n)
	for i := range comm {
		comm[i] = i
	}
	for range maxLevels {
		part, moved := sweep(lv)
		if !moved {
			break
		}
		for i := range comm {
			comm[i] = part[comm[i]]
		}
		lv = aggregate(lv, part)
	}
	return bySize(comm)
}

// mergeLinks sorts links by node and adds up those to the same node.
func mergeLinks(es []wedge) []wedge {
	slices.SortStableFunc(es, func(a, b wedge) int { return cmp.Compare(a.to, b.to) })
	out := es[:0]
	for _, e := range es {
		if k := len(out); k > 0 && out[k-1].to == e.to {
			out[k-1].w += e.w
			continue
		}
		out = append(out, e)
	}
	return out
}

// sweep is the first phase of a Louvain level: it moves nodes, one at a
// time in index order, to the neighbouring community that raises
// modularity most, until a sweep moves none. It returns the communities,
// numbered from 0 in order of their first node, and whether any node
// moved.
func sweep(lv level) (part []int, moved bool) {
	n := len(lv.adj)
	k := make([]float64, n) // each node's weighted degree
	var m2 float64          // twice the total weight
	for i, es := range lv.adj {
		k[i] = 2 * lv.self[i]
		for _, e := range es {
			k[i] += e.w
		}
		m2 += k[i]
	}
	part = make([]int, n)
	tot := make([]float64, n) // total degree of each community
	for i := range part {
		part[i] = i
		tot[i] = k[i]
	}
	if m2 == 0 {
		return part, false
	}
	toComm := make([]float64, n) // weight from the node to each community
	var touched []int
	for range maxSweeps {
		changed := false
		for i, es := range lv.adj {
			touched = touched[:0]
			for _, e := range es {
				c := part[e.to]
				if toComm[c] == 0 {
					touched = append(touched, c)
				}
				toComm[c] += e.w
			}
			old := part[i]
			tot[old] -= k[i]
			best := old
			bestGain := toComm[old] - tot[old]*k[i]/m2
			for _, c := range touched {
				if g := toComm[c] - tot[c]*k[i]/m2; g > bestGain+minGain {
					best, bestGain = c, g
				}
			}
			for _, c := range touched {
				toComm[c] = 0
			}
			part[i] = best
			tot[best] += k[i]
			if best != old {
				changed, moved = true, true
			}
		}
		if !changed {
			break
		}
	}
	// Number the communities in order of their first node.
	number := make(map[int]int, n)
	for i, c := range part {
		id, ok := number[c]
		if !ok {
			id = len(number)
			number[c] = id
		}
		part[i] = id
	}
	return part, moved
}

// aggregate is the second phase of a Louvain level: the graph whose nodes
// are the communities of part.
func aggregate(lv level, part []int) level {
	n := 0
	for _, c := range part {
		n = max(n, c+1)
	}
	next := level{adj: make([][]wedge, n), self: make([]float64, n)}
	for i, es := range lv.adj {
		c := part[i]
		next.self[c] += lv.self[i]
		for _, e := range es {
			d := part[e.to]
			if d == c {
				next.self[c] += e.w / 2 // seen from both ends
				continue
			}
			next.adj[c] = append(next.adj[c], wedge{d, e.w})
		}
	}
	for c := range next.adj {
		next.adj[c] = mergeLinks(next.adj[c])
	}
	return next
}

// bySize renumbers communities by size, largest first, ties by smallest
// member.
func bySize(comm []int) []int {
	size := map[int]int{}
	first := map[int]int{}
	for i, c := range comm {
		if size[c] == 0 {
			first[c] = i
		}
		size[c]++
	}
	ids := make([]int, 0, len(size))
	for c := range size {
		ids = append(ids, c)
	}
	slices.SortFunc(ids, func(a, b int) int {
		return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(first[a], first[b]))
	})
	rank := make(map[int]int, len(ids))
	for r, c := range ids {
		rank[c] = r
	}
	out := make([]int, len(comm))
	for i, c := range comm {
		out[i] = rank[c]
	}
	return out
}
