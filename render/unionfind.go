package render

// disjointSets is a union-find over the indices 0..n-1, with path halving;
// the root of a set is its smallest index.
type disjointSets []int

func newDisjointSets(n int) disjointSets {
	p := make(disjointSets, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// find returns the root of i's set.
func (p disjointSets) find(i int) int {
	for p[i] != i {
		p[i] = p[p[i]]
		i = p[i]
	}
	return i
}

// union joins the sets of a and b and reports whether they were apart.
func (p disjointSets) union(a, b int) bool {
	ra, rb := p.find(a), p.find(b)
	if ra == rb {
		return false
	}
	p[max(ra, rb)] = min(ra, rb)
	return true
}
