package parse

import "math/bits"

// depFeats collects the feature hashes of one configuration; the template
// number of a feature is its position in the list, so templates must be
// added unconditionally and in a fixed order. The hashes go to an array,
// not a slice that append may have to grow: with no call to growslice on
// any path, the compiler keeps the atoms of the templates in registers.
// A list longer than maxDepFeats makes list panic.
type depFeats struct {
	n int
	// first is the number of the first template of the list: the
	// templates of the quick models (cascade.go) are numbered apart from
	// those of the full ones, so that they have weights of their own in
	// the same table.
	first int
	h     [maxDepFeats]uint64
}

// maxDepFeats bounds the features of one configuration.
const maxDepFeats = 512

// reset empties the list, whose templates are numbered from first.
func (f *depFeats) reset(first int) { f.n, f.first = 0, first }
func (f *depFeats) list() []uint64  { return f.h[:f.n] }

// resetAt is reset for a list that begins at template first+n: the
// features added next are those at n and after of a full list, and
// list()[n:] holds them.
func (f *depFeats) resetAt(first, n int) { f.n, f.first = n, first }

// put mixes a feature's hash (see start) and adds it to the list.
func (f *depFeats) put(h uint64) {
	h ^= h >> 32
	f.h[uint(f.n)%maxDepFeats] = h * 0x9e37_79b9_7f4a_7c15
	f.n++
}

// A feature's hash xors its template's number, scrambled, with its atoms,
// each rotated by its own amount so that (a, b) and (b, a) differ and small
// numbers in different places do not meet; put then mixes the result once,
// a single multiplication spreading every bit into the top bits that pick
// the feature's row (rowOf).
func (f *depFeats) start() uint64 { return uint64(f.first+f.n+1) * 0xd6e8_feb8_6659_fd93 }

func (f *depFeats) add1(a uint64)    { f.put(f.start() ^ a) }
func (f *depFeats) add2(a, b uint64) { f.put(f.start() ^ a ^ bits.RotateLeft64(b, 16)) }
func (f *depFeats) add3(a, b, c uint64) {
	f.put(f.start() ^ a ^ bits.RotateLeft64(b, 16) ^ bits.RotateLeft64(c, 32))
}
func (f *depFeats) add4(a, b, c, d uint64) {
	f.put(f.start() ^ a ^ bits.RotateLeft64(b, 16) ^ bits.RotateLeft64(c, 32) ^ bits.RotateLeft64(d, 48))
}

// childLabel is the label atom of child c (0 when there is none).
func (s *parseState) childLabel(c int32) uint64 {
	if c == noWord {
		return 0
	}
	return uint64(s.label[c]) + 1
}

// depKid returns a child slot of x, or noWord when x is empty.
func depKid(x int32, slot []int32) int32 {
	if x == noWord {
		return noWord
	}
	return slot[x]
}

// valency packs the left and right valency and label sets of x.
func (s *parseState) valency(x int32) (vl, vr, sl, sr uint64) {
	if x == noWord {
		return 0, 0, 0, 0
	}
	return uint64(s.nl[x]), uint64(s.nr[x]), s.lset[x] | 1<<63, s.rset[x] | 1<<63
}

// actionFeatures lists the features that choose the next transition, after
// Zhang and Nivre (2011) adapted to the arc-hybrid stack and buffer.
func actionFeatures(f *depFeats, s *parseState, atoms []tokAtoms) {
	f.reset(0)
	s0i, s1i, s2i := s.stk(0), s.stk(1), s.stk(2)
	b0i, b1i, b2i := s.buf(0), s.buf(1), s.buf(2)
	s0l, s0l2 := depKid(s0i, s.l1), depKid(s0i, s.l2)
	s0r, s0r2 := depKid(s0i, s.r1), depKid(s0i, s.r2)
	s1l, s1r, s1r2 := depKid(s1i, s.l1), depKid(s1i, s.r1), depKid(s1i, s.r2)
	b0l, b0l2 := depKid(b0i, s.l1), depKid(b0i, s.l2)

	s0, s1, s2 := atomsOf(atoms, s0i), atomsOf(atoms, s1i), atomsOf(atoms, s2i)
	b0, b1, b2 := atomsOf(atoms, b0i), atomsOf(atoms, b1i), atomsOf(atoms, b2i)
	s0L, s0L2 := atomsOf(atoms, s0l), atomsOf(atoms, s0l2)
	s0R, s0R2 := atomsOf(atoms, s0r), atomsOf(atoms, s0r2)
	s1L, s1R, s1R2 := atomsOf(atoms, s1l), atomsOf(atoms, s1r), atomsOf(atoms, s1r2)
	b0L, b0L2 := atomsOf(atoms, b0l), atomsOf(atoms, b0l2)

	// Single words.
	f.add1(s0.w)
	f.add1(s0.p)
	f.add2(s0.w, s0.p)
	f.add1(s0.m)
	f.add1(b0.w)
	f.add1(b0.p)
	f.add2(b0.w, b0.p)
	f.add1(b0.m)
	f.add1(b1.w)
	f.add1(b1.p)
	f.add2(b1.w, b1.p)
	f.add1(b2.w)
	f.add1(b2.p)
	f.add2(b2.w, b2.p)
	f.add1(s1.w)
	f.add1(s1.p)
	f.add2(s1.w, s1.p)
	f.add1(s1.m)
	f.add1(s2.p)
	f.add2(s2.w, s2.p)
	f.add2(s0.sfx, s0.u)
	f.add2(b0.sfx, b0.u)
	f.add2(s0.shp, s0.p)
	f.add2(b0.shp, b0.p)
	f.add2(b1.shp, b1.p)
	f.add3(s0.shp, b0.shp, b0.p)
	f.add2(b0.w, b1.w)
	f.add2(s0.w, b1.w)
	f.add3(b0.sfx, b1.p, b0.shp)

	// Verbs and punctuation between s0 and b0, and between s1 and s0.
	bsb, bss := between(atoms, s0i, b0i), between(atoms, s1i, s0i)
	f.add3(s0.p, b0.p, bsb)
	f.add2(distBucket(s0i, b0i), bsb)
	f.add3(s1.p, s0.p, bss)
	f.add3(s0.w, b0.p, bsb)

	// Word pairs.
	f.add4(s0.w, s0.p, b0.w, b0.p)
	f.add3(s0.w, s0.p, b0.w)
	f.add3(s0.w, b0.w, b0.p)
	f.add3(s0.w, s0.p, b0.p)
	f.add3(s0.p, b0.w, b0.p)
	f.add2(s0.w, b0.w)
	f.add2(s0.p, b0.p)
	f.add2(b0.p, b1.p)
	f.add2(s0.m, b0.m)
	f.add2(s1.p, s0.p)
	f.add2(s1.w, s0.w)
	f.add3(s1.w, s1.p, s0.p)
	f.add3(s1.p, s0.w, s0.p)
	f.add2(s1.m, s0.m)
	f.add2(s1.p, b0.p)
	f.add2(s1.w, b0.w)
	f.add2(s0.u, b0.u)

	// Three tags.
	f.add3(b0.p, b1.p, b2.p)
	f.add3(s0.p, b0.p, b1.p)
	f.add3(s1.p, s0.p, b0.p)
	f.add3(s2.p, s1.p, s0.p)
	f.add3(s0.p, s0L.p, b0.p)
	f.add3(s0.p, s0R.p, b0.p)
	f.add3(s0.p, b0.p, b0L.p)
	f.add3(s1.p, s1R.p, s0.p)
	f.add3(s1.p, s1L.p, s0.p)
	f.add3(s1.u, s0.u, b0.u)
	f.add3(s0.u, b0.u, b1.u)
	f.add4(s1.p, s0.p, b0.p, b1.p)

	// Distance.
	d := distBucket(s0i, b0i)
	d2 := distBucket(s1i, s0i)
	f.add2(s0.w, d)
	f.add2(s0.p, d)
	f.add2(b0.w, d)
	f.add2(b0.p, d)
	f.add3(s0.w, b0.w, d)
	f.add3(s0.p, b0.p, d)
	f.add3(s1.p, s0.p, d2)
	f.add3(s1.w, s0.w, d2)
	f.add4(s1.p, s0.p, b0.p, d2)

	// Valency and label sets.
	s0vl, s0vr, s0sl, s0sr := s.valency(s0i)
	s1vl, s1vr, s1sl, s1sr := s.valency(s1i)
	b0vl, _, b0sl, _ := s.valency(b0i)
	f.add2(s0.w, s0vr)
	f.add2(s0.p, s0vr)
	f.add2(s0.w, s0vl)
	f.add2(s0.p, s0vl)
	f.add2(b0.w, b0vl)
	f.add2(b0.p, b0vl)
	f.add2(s1.p, s1vr)
	f.add2(s1.p, s1vl)
	f.add2(s0.w, s0sr)
	f.add2(s0.p, s0sr)
	f.add2(s0.w, s0sl)
	f.add2(s0.p, s0sl)
	f.add2(b0.w, b0sl)
	f.add2(b0.p, b0sl)
	f.add2(s1.p, s1sr)
	f.add2(s1.p, s1sl)
	f.add3(s0.p, s0sl, b0.p)

	// Children of s0, s1 and b0.
	f.add1(s0L.w)
	f.add1(s0L.p)
	f.add1(s.childLabel(s0l))
	f.add1(s0R.w)
	f.add1(s0R.p)
	f.add1(s.childLabel(s0r))
	f.add1(b0L.w)
	f.add1(b0L.p)
	f.add1(s.childLabel(b0l))
	f.add1(s1R.w)
	f.add1(s1R.p)
	f.add1(s.childLabel(s1r))
	f.add2(s0.p, s.childLabel(s0l))
	f.add2(s0.p, s.childLabel(s0r))
	f.add2(b0.p, s.childLabel(b0l))
	f.add2(s1.p, s.childLabel(s1r))
	f.add1(s0L2.w)
	f.add1(s0L2.p)
	f.add1(s.childLabel(s0l2))
	f.add1(s0R2.w)
	f.add1(s0R2.p)
	f.add1(s.childLabel(s0r2))
	f.add1(b0L2.w)
	f.add1(b0L2.p)
	f.add1(s.childLabel(b0l2))
	f.add3(s0.p, s0L.p, s0L2.p)
	f.add3(s0.p, s0R.p, s0R2.p)
	f.add3(b0.p, b0L.p, b0L2.p)
	f.add3(s1.p, s1R.p, s1R2.p)
	f.add3(s0.p, s.childLabel(s0l), s.childLabel(s0l2))
	f.add3(s0.p, s.childLabel(s0r), s.childLabel(s0r2))
	f.add3(b0.p, s.childLabel(b0l), s.childLabel(b0l2))

	// Supertags.
	f.add1(s0.st)
	f.add1(b0.st)
	f.add1(s1.st)
	f.add1(b1.st)
	f.add2(s0.st, b0.st)
	f.add2(s1.st, s0.st)
	f.add3(s1.st, s0.st, b0.st)
	f.add2(s0.st, s0.p)
	f.add2(b0.st, b0.p)
	f.add2(s0.st, b0.p)
	f.add2(s0.p, b0.st)
}
