package parse

// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013):
// the cost of a transition is the number of gold arcs that become
// unreachable by taking it. It is exact for projective gold trees, which is
// why training trees are projectivised first (see projective.go).

// oracleCost returns the cost of legal transition a in parseState s for the gold
// heads gold (indexed 1..n, 0 for the root).
func oracleCost(s *parseState, gold []int32, a transition) int {
	switch a {
	case actShift:
		b := s.b
		c := 0
		for i, k := range s.stack {
			if gold[k] == b {
				c++ // a stack word whose head is b can no longer get it
			}
			if gold[b] == k && i < len(s.stack)-1 {
				c++ // b's head lies below s0: out of reach once b is pushed
			}
		}
		return c
	case actLeft, actRight:
		h, d := s.arcOf(a)
		c := s.depsInBuffer(gold, d)
		g := gold[d]
		if g == h {
			return c
		}
		if s.inBuffer(g) || (a == actLeft && g == s.stk(1)) {
			c++
		}
		return c
	}
	return 0
}

// inBuffer reports whether word or root x is still in the buffer.
func (s *parseState) inBuffer(x int32) bool { return x == 0 || x >= s.b }

// depsInBuffer counts the buffer words whose gold head is d.
func (s *parseState) depsInBuffer(gold []int32, d int32) int {
	c := 0
	for k := int(s.b); k <= s.n; k++ {
		if gold[k] == d {
			c++
		}
	}
	return c
}
