package render

import (
	"cmp"
	"container/heap"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Choice is the part of a graph that a map draws, and what it leaves out.
type Choice struct {
	// Graph holds the actors to draw and the relations between actors of
	// one group.
	Graph *memgraph.Graph
	// Groups maps each actor of Graph to its group, numbered from 0 by
	// size in the whole graph, largest first; nil when the map is not
	// grouped. Apply gives it to Options.
	Groups map[graph.IRI]int
	// Actors and Relations count the whole graph: its actors, and its
	// edges (ordered pairs of linked actors, whatever their predicates).
	Actors, Relations int
	// Linked counts the actors of the whole graph linked to another by a
	// relation stated at least minSupport times: those Choose chooses
	// from. InGroups is how many groups they fall into.
	Linked, InGroups int
	// Between counts the relations between two chosen actors of different
	// groups, which are not drawn.
	Between int
	// Sizes holds, by group, the group's linked actors in the whole
	// graph, and Outside its relations to actors of other groups,
	// chosen or not.
	Sizes, Outside []int
}

// Tuning of Choose.
const (
	// perGroup is the fewest actors Choose gives each group shown: a map
	// of n actors shows at most n/perGroup groups.
	perGroup = 6
	// maxUngrouped is the most linked actors that Choose draws whole,
	// ungrouped, when they all fit.
	maxUngrouped = 60
	// pairsPerActor bounds the linked pairs of actors a group's map
	// draws, per actor drawn: past it, the relations of a dense group
	// cannot be followed.
	pairsPerActor = 2
	// maxLeaves is how many actors linked to nothing drawn but one actor
	// Choose adds around that actor before it prefers any other actor of
	// the group: past it, a hub's map is a starburst of unrelated names.
	maxLeaves = 5
)

// Choose picks the actors of g for a map of at most maxActors (every
// linked actor when maxActors is zero or less), counting only relations
// stated at least minSupport times. It groups the linked actors into
// communities (see communities; links weigh their statements), shares the
// actors among the largest groups, more to the larger but less than in
// proportion, and grows each group's share from its most connected actor,
// adding next the actor tied to most of those already chosen (two ties or
// more count alike), then the most connected within its group, then by
// label. An actor tied to nothing chosen but a hub that already has
// maxLeaves such actors is left out (unless every linked actor fits), and
// the room it leaves goes to other groups; a part of the group not linked to the chosen ones within it
// comes after the rest. The map draws the relations within
// groups; those between groups are counted in Between and Outside. When
// all the linked actors fit and there are at most maxUngrouped of them,
// Choose keeps them all with every relation between them, ungrouped. The
// result depends on g alone.
func Choose(g *memgraph.Graph, maxActors, minSupport int) Choice {
	core := g.Top(0, minSupport)
	nodes, edges := core.Nodes(), core.Edges()
	index := make(map[graph.IRI]int, len(nodes))
	for i, n := range nodes {
		index[n.IRI] = i
	}
	adj := make([][]wedge, len(nodes))
	for _, e := range edges {
		a, b, w := index[e.From], index[e.To], float64(e.Statements())
		adj[a] = append(adj[a], wedge{b, w})
		adj[b] = append(adj[b], wedge{a, w})
	}
	for i := range adj {
		adj[i] = mergeLinks(adj[i])
	}
	group := communities(adj)
	groups := 0
	for _, c := range group {
		groups = max(groups, c+1)
	}
	ch := Choice{
		Actors:    g.Len(),
		Relations: len(g.Edges()),
		Linked:    len(nodes),
		InGroups:  groups,
		Sizes:     make([]int, groups),
		Outside:   make([]int, groups),
	}
	members := make([][]int, groups)
	for i, c := range group {
		members[c] = append(members[c], i)
		ch.Sizes[c]++
	}
	for _, e := range edges {
		a, b := group[index[e.From]], group[index[e.To]]
		if a != b {
			ch.Outside[a]++
			ch.Outside[b]++
		}
	}
	if maxActors <= 0 {
		maxActors = len(nodes)
	}
	if len(nodes) <= min(maxActors, maxUngrouped) {
		// Small enough to draw whole, every relation with it.
		ch.Graph = core
		return ch
	}
	// Each group's actors in the order grow takes them, up to the most
	// any group can be given; how many it takes is what the group can
	// give the map.
	leafCap := maxLeaves
	if maxActors >= len(nodes) {
		leafCap = len(nodes) // every linked actor, leaves and all
	}
	orders := make([][]int, groups)
	room := make([]int, groups)
	for c := range orders {
		orders[c] = grow(adj, group, members[c], nodes, leafCap, maxActors)
		room[c] = len(orders[c])
	}
	var keep []graph.IRI
	for c, q := range shares(room, maxActors) {
		for _, i := range orders[c][:q] {
			keep = append(keep, nodes[i].IRI)
		}
	}
	drawn := pairBudget(adj, group, keep, index)
	ch.Graph = core.Subgraph(keep, func(e memgraph.Edge) bool {
		a, b := index[e.From], index[e.To]
		return drawn[[2]int{min(a, b), max(a, b)}]
	})
	ch.Groups = make(map[graph.IRI]int, len(keep))
	for _, v := range keep {
		ch.Groups[v] = group[index[v]]
	}
	for _, e := range edges {
		_, a := ch.Groups[e.From]
		_, b := ch.Groups[e.To]
		if a && b && group[index[e.From]] != group[index[e.To]] {
			ch.Between++
		}
	}
	return ch
}

// shares divides n actors among groups of the given sizes (largest first):
// at most n/perGroup groups, the largest, each in proportion to the
// square root of its size and at most its size; what a small group cannot
// take goes to the others.
func shares(sizes []int, n int) []int {
	total := 0
	for _, s := range sizes {
		total += s
	}
	out := make([]int, len(sizes))
	if n >= total {
		copy(out, sizes)
		return out
	}
	shown := min(len(sizes), max(1, n/perGroup))
	open := make([]bool, shown) // still below its size
	for i := range open {
		open[i] = true
	}
	left := n
	for left > 0 {
		var weight float64
		for i := range shown {
			if open[i] {
				weight += math.Sqrt(float64(sizes[i]))
			}
		}
		if weight == 0 {
			break
		}
		given := 0
		for i := range shown {
			if !open[i] {
				continue
			}
			q := int(float64(left) * math.Sqrt(float64(sizes[i])) / weight)
			q = min(max(q, 1), sizes[i]-out[i], left-given)
			out[i] += q
			given += q
			if out[i] == sizes[i] {
				open[i] = false
			}
			if given == left {
				break
			}
		}
		left -= given
		if given == 0 {
			break
		}
	}
	return out
}

// grow orders a group's members (indices into nodes, in index order) as
// Choose describes, and returns the first limit of them in that order,
// without the leaves past leafCap on one actor.
func grow(adj [][]wedge, group, members []int, nodes []memgraph.Node, leafCap, limit int) []int {
	c := group[members[0]]
	inner := make(map[int]int, len(members)) // neighbours within the group
	for _, i := range members {
		for _, e := range adj[i] {
			if group[e.to] == c {
				inner[i]++
			}
		}
	}
	// Rank the members, most connected first: a member is known by its
	// rank from here on, so that the lowest rank is the best.
	ranked := slices.Clone(members)
	slices.SortFunc(ranked, func(a, b int) int {
		return cmp.Or(
			cmp.Compare(inner[b], inner[a]),
			cmp.Compare(nodes[b].Support, nodes[a].Support),
			strings.Compare(nodes[a].Label, nodes[b].Label),
			cmp.Compare(a, b),
		)
	})
	rank := make(map[int]int, len(ranked))
	for r, i := range ranked {
		rank[i] = r
	}
	n := len(ranked)
	chosen := make([]bool, n)
	ties := make([]int, n)   // chosen neighbours
	anchor := make([]int, n) // with one tie: that neighbour
	leaves := make([]int, n) // leaves hung on a chosen actor
	// Candidates of two ties or more, and of one; an entry goes stale
	// when its actor is chosen or its ties change, and is skipped.
	var two, one rankHeap
	var order []int
	add := func(r int) {
		chosen[r] = true
		order = append(order, ranked[r])
		for _, e := range adj[ranked[r]] {
			if group[e.to] != c {
				continue
			}
			o := rank[e.to]
			if chosen[o] {
				continue
			}
			ties[o]++
			switch ties[o] {
			case 1:
				anchor[o] = r
				heap.Push(&one, o)
			case 2:
				heap.Push(&two, o)
			}
		}
	}
	next := 0 // the best member not yet reached, to start again from
	for len(order) < min(n, limit) {
		best := -1
		for best < 0 && two.Len() > 0 {
			if r := heap.Pop(&two).(int); !chosen[r] {
				best = r
			}
		}
		for best < 0 && one.Len() > 0 {
			r := heap.Pop(&one).(int)
			if chosen[r] || ties[r] != 1 {
				continue
			}
			if leaves[anchor[r]] >= leafCap {
				continue // a crowded leaf, unless another tie comes
			}
			best = r
			leaves[anchor[r]]++
		}
		if best < 0 {
			// The members within reach are all chosen or crowded
			// leaves: the rest of the group is not linked to the chosen
			// within it. Start again from the most connected of the
			// rest.
			for next < n && (chosen[next] || ties[next] > 0) {
				next++
			}
			if next == n {
				break
			}
			best = next
		}
		add(best)
	}
	return order
}

// rankHeap is a min-heap of ranks.
type rankHeap []int

func (h rankHeap) Len() int           { return len(h) }
func (h rankHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h rankHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *rankHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *rankHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Caption says what a map of ch draws of the whole graph, in one line.
func (ch Choice) Caption() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Drawn: %s of %s actors (%s linked", count(ch.Graph.Len()), count(ch.Actors), count(ch.Linked))
	if ch.Groups != nil {
		shown := map[int]bool{}
		for _, c := range ch.Groups {
			shown[c] = true
		}
		fmt.Fprintf(&b, ", in %s groups; %s shown", count(ch.InGroups), count(len(shown)))
	}
	fmt.Fprintf(&b, ") and %s of %s relations", count(len(ch.Graph.Edges())), count(ch.Relations))
	if ch.Between > 0 {
		fmt.Fprintf(&b, "; %s more link drawn actors of different groups", count(ch.Between))
	}
	b.WriteString(".")
	return b.String()
}

// count writes n with thousands separated by commas.
func count(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + count(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Titles returns the headings of ch's groups, by number: the group's
// number from 1, the actors drawn of those it has, and its relations to
// other groups, which the map does not draw.
func (ch Choice) Titles() []string {
	drawn := make([]int, len(ch.Sizes))
	for _, c := range ch.Groups {
		drawn[c]++
	}
	titles := make([]string, len(ch.Sizes))
	for c := range titles {
		t := fmt.Sprintf("Group %d: %s of %s actors", c+1, count(drawn[c]), count(ch.Sizes[c]))
		switch ch.Outside[c] {
		case 0:
		case 1:
			t += ", 1 relation to other groups"
		default:
			t += ", " + count(ch.Outside[c]) + " relations to other groups"
		}
		titles[c] = t
	}
	return titles
}

// Apply returns opt drawing ch by group: Groups, GroupTitles and Caption
// set from ch.
func (ch Choice) Apply(opt Options) Options {
	opt.Groups = ch.Groups
	opt.GroupTitles = nil
	if ch.Groups != nil {
		opt.GroupTitles = ch.Titles()
	}
	opt.Caption = ch.Caption()
	return opt
}

// pairBudget returns the pairs of chosen actors (indices into adj, lower
// first) whose relations a map draws: within each group, the strongest
// links that join the group's chosen actors (a maximum spanning forest,
// links weighing their statements), then the strongest others, up to
// pairsPerActor pairs per actor. Ties go to the lower indices.
func pairBudget(adj [][]wedge, group []int, keep []graph.IRI, index map[graph.IRI]int) map[[2]int]bool {
	chosen := make(map[int]bool, len(keep))
	for _, v := range keep {
		chosen[index[v]] = true
	}
	type pair struct {
		a, b int
		w    float64
	}
	byGroup := map[int][]pair{}
	actors := map[int]int{}
	for a := range chosen {
		actors[group[a]]++
		for _, e := range adj[a] {
			if b := e.to; a < b && chosen[b] && group[a] == group[b] {
				byGroup[group[a]] = append(byGroup[group[a]], pair{a, b, e.w})
			}
		}
	}
	parent := map[int]int{}
	find := func(i int) int {
		for {
			p, ok := parent[i]
			if !ok || p == i {
				return i
			}
			parent[i] = parent[p]
			i = p
		}
	}
	drawn := map[[2]int]bool{}
	for c, ps := range byGroup {
		slices.SortFunc(ps, func(x, y pair) int {
			return cmp.Or(cmp.Compare(y.w, x.w), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
		})
		budget := pairsPerActor * actors[c]
		var rest []pair
		for _, p := range ps {
			ra, rb := find(p.a), find(p.b)
			if ra == rb {
				rest = append(rest, p)
				continue
			}
			parent[max(ra, rb)] = min(ra, rb)
			drawn[[2]int{p.a, p.b}] = true
			budget--
		}
		for _, p := range rest {
			if budget <= 0 {
				break
			}
			drawn[[2]int{p.a, p.b}] = true
			budget--
		}
	}
	return drawn
}
