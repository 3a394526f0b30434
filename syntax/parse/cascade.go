package parse

import "math"

// Each of the parser's three classifiers, for the next transition, for the
// label of an arc and for a word's supertag, is a cascade of two linear
// models: a quick one of a few features, then the full one. Most decisions
// are easy (shift the determiner, attach it to its noun) and the quick
// model gets them right when its best class leads the next by a wide
// margin; only when it does not does the full model, with three to five
// times as many features, decide. The quick models have small tables of
// their own, so that more of them stays in the cache than of the full
// ones. Each model is trained as a classifier of its own on every decision,
// the full one choosing the path; the quick one's templates are numbered
// apart from the full one's (quickTemplates).
//
// The margins are in the units of the weights as trained (the tables hold
// them quantised, perceptron.Table.Scale a unit). Those of transitions and
// labels were chosen on EWT and GUM dev with predicted tags as the smallest
// that cost no accuracy; that of supertags also sets the supertags the parser
// trains on (jackknifeSupertags), so changing it changes the parser. At
// them the quick models make about two thirds of the transitions, most
// labels and over half the supertags, and the analysis runs about 1.8 times
// as fast as with the full models alone.
const (
	quickActionMargin = 45.0
	quickLabelMargin  = 8.0
	quickSuperMargin  = 20.0
)

// quickTemplates is the number of the first template of a quick model.
const quickTemplates = 256

// log2 of the rows of the quick models' tables: a megabyte or less each,
// against 8 MB for each full one.
const (
	quickActionBits = 18
	quickLabelBits  = 14
	quickSuperBits  = 14
)

// bestLegalMargin returns the legal transition with the highest score and
// how far it leads the next legal one (math.MaxInt64 when it is the only
// one).
func bestLegalMargin(st *parseState, sc *[numActions]int64) (transition, int64) {
	best := bestLegal(st, sc)
	margin := int64(math.MaxInt64)
	for a := actShift; a < numActions; a++ {
		if a != best && st.legal(a) {
			margin = min(margin, sc[best]-sc[a])
		}
	}
	return best, margin
}

// quickActionFeatures lists the features of the quick transition model: the
// supertags and tags of the top of the stack and the front of the buffer,
// their distance and what lies between them, and the words themselves.
func quickActionFeatures(f *depFeats, s *parseState, atoms []tokAtoms) {
	f.reset(quickTemplates)
	s0i, s1i := s.stk(0), s.stk(1)
	b0i, b1i := s.buf(0), s.buf(1)
	s0, s1 := atomsOf(atoms, s0i), atomsOf(atoms, s1i)
	b0, b1 := atomsOf(atoms, b0i), atomsOf(atoms, b1i)
	s0vl, s0vr, _, _ := s.valency(s0i)
	b0vl, _, _, _ := s.valency(b0i)
	f.add1(s0.st)
	f.add1(b0.st)
	f.add1(s1.st)
	f.add2(s0.st, b0.st)
	f.add2(s1.st, s0.st)
	f.add3(s1.st, s0.st, b0.st)
	f.add2(s0.st, s0.p)
	f.add2(b0.st, b0.p)
	f.add1(s0.p)
	f.add1(b0.p)
	f.add2(s0.p, b0.p)
	f.add2(s1.p, s0.p)
	f.add3(s0.p, b0.p, b1.p)
	f.add3(s1.p, s0.p, b0.p)
	f.add3(s0.st, b0.st, distBucket(s0i, b0i))
	f.add3(s0.p, b0.p, between(atoms, s0i, b0i))
	f.add3(s0.st, s0vl, s0vr)
	f.add2(b0.st, b0vl)
	f.add1(s0.w)
	f.add1(b0.w)
	f.add2(b1.st, b0.st)
	f.add1(s0.m)
	f.add1(b0.m)
	f.add2(s0.p, s.childLabel(depKid(s0i, s.l1)))
	f.add2(b0.p, s.childLabel(depKid(b0i, s.l1)))
	f.add2(s0.p, s.childLabel(depKid(s0i, s.r1)))
	f.add3(b0.p, b1.p, atomsOf(atoms, s.buf(2)).p)
}

// quickLabelFeatures lists the features of the quick label model for the
// arc h → d made by arc transition a (see labelFeatures): the supertag,
// tags and words of both words, the labels of the dependent's children and
// those of the head's left children so far (a passive auxiliary makes its
// subject nsubj:pass).
func quickLabelFeatures(f *depFeats, s *parseState, atoms []tokAtoms, a transition, h, d int32) {
	f.reset(quickTemplates)
	dir := uint64(a) << 40
	H, D := atomsOf(atoms, h), atomsOf(atoms, d)
	f.add2(dir, D.st)
	f.add3(dir, D.st, H.p)
	f.add3(dir, D.st, D.p)
	f.add3(dir, D.p, H.p)
	f.add2(dir, D.w)
	f.add2(dir, H.w)
	f.add3(dir, D.p, s.childLabel(s.l1[d]))
	f.add3(dir, D.p, s.childLabel(s.r1[d]))
	f.add3(dir, D.st, s.lset[h])
	f.add3(dir, D.st, H.st)
	f.add3(dir, D.p, H.m)
}

// quickSupertagFeatures lists the features of the quick supertag model for
// word i (see supertagFeatures). Only features quickSuperHistory and the
// one after it read the supertag h1 of the word before: the others the
// supertagger sums for every word of a sentence before it tags the first.
func quickSupertagFeatures(f *depFeats, c *superCtx, i int, h1 uint64) {
	f.reset(quickTemplates)
	A := &c.atoms[i]
	p1, n1 := c.at(i-1), c.at(i+1)
	before, after, _ := c.verbCounts(i)
	lv, _ := c.verbAtoms(c.prevVerb[i], i)
	rv, _ := c.verbAtoms(c.nextV[i], i)
	f.add1(A.p)
	f.add1(A.w)
	f.add2(A.p, p1.p)
	f.add2(A.p, n1.p)
	f.add3(p1.p, A.p, n1.p)
	f.add3(A.p, before, after)
	f.add2(A.p, c.subLemma[i])
	f.add2(A.p, c.auxLem[i])
	f.add3(A.p, lv, rv)
	f.add2(A.w, n1.p)
	quickSupertagHistory(f, c, i, h1)
	f.add1(A.m)
	f.add2(A.p, n1.w)
	f.add2(A.p, p1.w)
	f.add2(A.sfx, A.u)
	f.add3(A.p, n1.p, c.at(i+2).p)
	f.add3(p1.p, A.p, before)
}

// quickSuperHistory is the number of the first of the two features of
// quickSupertagFeatures that quickSupertagHistory adds.
const quickSuperHistory = 10

// quickSupertagHistory adds the features of the quick supertag model that
// read the supertag h1 of the word before word i.
func quickSupertagHistory(f *depFeats, c *superCtx, i int, h1 uint64) {
	p := c.atoms[i].p
	f.add1(h1)
	f.add2(h1, p)
}
