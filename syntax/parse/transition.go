package parse

// The parser's transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez
// and Satta 2011) with the artificial root at the end of the buffer
// (Ballesteros and Nivre 2013). Words are numbered 1..n and the root is 0.
// A configuration is a stack, a buffer front b (word b, or the root once
// b > n) and the arcs built so far:
//
//	shift:  push b, advance b
//	left:   pop s0 and attach it to b        (b → s0)
//	right:  pop s0 and attach it to s1       (s1 → s0)
//
// The root may take a dependent only when the stack holds exactly one word,
// so every derivation ends in a tree with exactly one root word, after
// exactly 2n transitions.

// transition is a transition kind: shift, left or right. Labels are
// chosen separately.
type transition uint8

const (
	actShift transition = iota
	actLeft
	actRight
	numActions
)

// noWord marks an empty feature position (no such stack item, child, ...).
const noWord = -1

// parseState is a configuration of the arc-hybrid system over one sentence. Its
// slices are reused between sentences.
type parseState struct {
	n     int
	stack []int32
	b     int32
	head  []int32 // head of words 1..n; noWord while unattached
	label []uint8 // label index of words 1..n
	// For every word and the root (index 0): the nearest and second
	// nearest left and right children so far, valencies and the sets of
	// child labels (bit label%64).
	l1, l2, r1, r2 []int32
	nl, nr         []uint8
	lset, rset     []uint64
}

// reset prepares s for a sentence of n words.
func (s *parseState) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 1
	s.head = resizeI32(s.head, n+1)
	s.label = resizeU8(s.label, n+1)
	s.l1 = resizeI32(s.l1, n+1)
	s.l2 = resizeI32(s.l2, n+1)
	s.r1 = resizeI32(s.r1, n+1)
	s.r2 = resizeI32(s.r2, n+1)
	s.nl = resizeU8(s.nl, n+1)
	s.nr = resizeU8(s.nr, n+1)
	if cap(s.lset) < n+1 {
		s.lset = make([]uint64, n+1)
		s.rset = make([]uint64, n+1)
	}
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.label[i] = noWord, 0
		s.l1[i], s.l2[i], s.r1[i], s.r2[i] = noWord, noWord, noWord, noWord
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
	}
}

func resizeI32(x []int32, n int) []int32 {
	if cap(x) < n {
		return make([]int32, n)
	}
	return x[:n]
}

func resizeU8(x []uint8, n int) []uint8 {
	if cap(x) < n {
		return make([]uint8, n)
	}
	return x[:n]
}

// terminal reports whether the derivation is complete.
func (s *parseState) terminal() bool { return len(s.stack) == 0 && int(s.b) > s.n }

// front is the word at the buffer front, 0 for the root.
func (s *parseState) front() int32 {
	if int(s.b) > s.n {
		return 0
	}
	return s.b
}

// buf is the i-th buffer item (0-based): a word, 0 for the root, or noWord.
func (s *parseState) buf(i int) int32 {
	j := int(s.b) + i
	switch {
	case j <= s.n:
		return int32(j)
	case j == s.n+1:
		return 0
	}
	return noWord
}

// stk is the i-th stack item from the top, or noWord.
func (s *parseState) stk(i int) int32 {
	if i >= len(s.stack) {
		return noWord
	}
	return s.stack[len(s.stack)-1-i]
}

// legal reports whether transition a may be applied.
func (s *parseState) legal(a transition) bool {
	switch a {
	case actShift:
		return int(s.b) <= s.n
	case actLeft:
		return len(s.stack) == 1 || (len(s.stack) > 1 && int(s.b) <= s.n)
	case actRight:
		return len(s.stack) >= 2
	}
	return false
}

// onlyLegal reports whether a single transition is legal, and which: at
// the start (shift), once the buffer holds only the root (right until one
// word is left, then left), and whenever the stack is empty. Such steps
// need no scoring; they are about a quarter of all.
func (s *parseState) onlyLegal() (transition, bool) {
	switch {
	case len(s.stack) == 0:
		return actShift, true
	case int(s.b) > s.n && len(s.stack) == 1:
		return actLeft, true
	case int(s.b) > s.n:
		return actRight, true
	}
	return 0, false
}

// arcOf returns the head and dependent an arc transition would join.
func (s *parseState) arcOf(a transition) (h, d int32) {
	d = s.stk(0)
	if a == actLeft {
		return s.front(), d
	}
	return s.stk(1), d
}

// apply performs transition a, labelling a new arc with lab. The caller
// must have checked legal(a).
func (s *parseState) apply(a transition, lab uint8) {
	if a == actShift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	h, d := s.arcOf(a)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d], s.label[d] = h, lab
	if a == actLeft {
		addChild(s.l1, s.l2, s.nl, s.lset, h, d, lab)
	} else {
		addChild(s.r1, s.r2, s.nr, s.rset, h, d, lab)
	}
}

// addChild records d, attached with label lab, as the nearest child of h
// on one side, whose nearest and second nearest children, valency and
// label set are near, second, count and set.
func addChild(near, second []int32, count []uint8, set []uint64, h, d int32, lab uint8) {
	second[h], near[h] = near[h], d
	if count[h] < 255 {
		count[h]++
	}
	set[h] |= 1 << (lab & 63)
}
