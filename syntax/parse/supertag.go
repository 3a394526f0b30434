package parse

import (
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// The parser's supertagger guesses, before the parse, the relation of every
// word to its head and the side its head is on: "nsubj>" for a subject
// whose head is to its right, "<obj" for an object whose head is to its
// left, "root" (after Ouchi, Duh and Matsumoto 2014, "Improving dependency
// parsers with supertags"). It is a left-to-right averaged perceptron over
// a window of words and tags and over where the verbs, subordinators and
// auxiliaries of the sentence lie, so it sees what the parser, reading the
// stack and the first words of the buffer, cannot: the verb that is still
// to come, the clause a word opens. The parser reads the supertags as
// features of the words on its stack and buffer and weighs them against
// its own evidence; on EWT dev with predicted tags they gained 0.8 UAS
// and 0.8 LAS.

// supertagger predicts the supertags of the words of a sentence. Its
// weights are laid out as the parser's label weights are, a row of int8
// weights per feature summed eight classes at a time, so that a row costs
// one cache line (classes are at most 64).
type supertagger struct {
	classes []string // supertag of each class
	tab     perceptron.LaneTable
	qtab    perceptron.LaneTable // the weights of the quick model (cascade.go)
	quick   int64                // the margin from which the quick model decides (cascade.go)
}

// newSupertagger returns a supertagger of the given classes and weights of
// the full and the quick model.
func newSupertagger(classes []string, full, quick perceptron.Table) *supertagger {
	st := &supertagger{classes: classes, tab: perceptron.NewLaneTable(full), qtab: perceptron.NewLaneTable(quick)}
	st.quick = perceptron.Threshold(quickSuperMargin, st.qtab.Scale())
	return st
}

// Limits of a supertagger.
const (
	// maxSupertags bounds the classes. Rarer supertags than the most
	// frequent maxSupertags-1 share the last class, otherSupertag.
	maxSupertags  = 64
	otherSupertag = "_"
	// supertagBits is log2 of the rows of the weight table.
	supertagBits = 17
)

// supertagOf names the supertag of word j (0-based) of a parsed sentence:
// its relation without subtype and the side of its head.
func supertagOf(s *ud.Sentence, j int) string {
	t := &s.Tokens[j]
	switch {
	case t.Head == 0:
		return "root"
	case t.Head > j+1:
		return ud.Universal(t.Deprel) + ">"
	}
	return "<" + ud.Universal(t.Deprel)
}

// superCtx holds what the supertagger reads of a sentence besides the
// words' atoms: for every word, the atoms of the nearest verb (VERB or AUX)
// before and after it with the distance to it, and the lemmas of the
// nearest subordinator (SCONJ, WDT, WP, WRB, TO) and auxiliary before it in
// its clause. Its slices are reused between sentences.
type superCtx struct {
	n                int
	atoms            []tokAtoms
	prevVerb, nextV  []int32 // word number of the nearest verb, 0 for none
	subLemma, auxLem []uint64
}

// Atom values of the context features when there is no such word.
const (
	atomNoVerb = 5
	atomNoSub  = 6
	atomNoAux  = 7
)

// clauseWindow is how far back, at most, a subordinator or auxiliary may
// lie and still count as opening a word's clause.
const clauseWindow = 6

// fill computes the context of s, whose atoms fillAtoms made.
func (c *superCtx) fill(s *ud.Sentence, atoms []tokAtoms) {
	n := len(s.Tokens)
	c.n, c.atoms = n, atoms
	c.prevVerb = resizeI32(c.prevVerb, n+1)
	c.nextV = resizeI32(c.nextV, n+2)
	if cap(c.subLemma) < n+1 {
		c.subLemma, c.auxLem = make([]uint64, n+1), make([]uint64, n+1)
	}
	c.subLemma, c.auxLem = c.subLemma[:n+1], c.auxLem[:n+1]
	var lastVerb, barrier, lastSub, lastAux int32
	for i := int32(1); int(i) <= n; i++ {
		c.prevVerb[i] = lastVerb
		c.subLemma[i], c.auxLem[i] = atomNoSub, atomNoAux
		if lastSub > barrier && i-lastSub <= clauseWindow {
			c.subLemma[i] = atoms[lastSub].m
		}
		if lastAux > barrier && i-lastAux <= clauseWindow {
			c.auxLem[i] = atoms[lastAux].m
		}
		t := &s.Tokens[i-1]
		switch t.UPOS {
		case "VERB":
			lastVerb, barrier = i, i
		case "AUX":
			lastVerb, lastAux = i, i
		case "PUNCT":
			barrier = i
		case "SCONJ":
			lastSub = i
		default:
			switch t.XPOS {
			case "WDT", "WP", "WRB", "TO":
				lastSub = i
			}
		}
	}
	next := int32(0)
	for i := int32(n); i >= 1; i-- {
		c.nextV[i] = next
		if u := s.Tokens[i-1].UPOS; u == "VERB" || u == "AUX" {
			next = i
		}
	}
}

// at returns the atoms of word i, those of an empty position outside the
// sentence.
func (c *superCtx) at(i int) *tokAtoms {
	if i < 1 || i > c.n {
		return &c.atoms[c.n+1]
	}
	return &c.atoms[i]
}

// verbCounts returns how many verbs come before word i and after it, and
// how many punctuation marks before it, each up to 3.
func (c *superCtx) verbCounts(i int) (before, after, punct uint64) {
	prev, here, last := c.atoms[i-1].nv, c.atoms[i].nv, c.atoms[c.n].nv
	return min(prev&0xffffffff, 3), min(last&0xffffffff-here&0xffffffff, 3), min(prev>>32, 3)
}

// verbAtoms returns the XPOS atom of verb v and its distance bucket from
// word i, or the atoms of no verb.
func (c *superCtx) verbAtoms(v int32, i int) (p, d uint64) {
	if v == 0 {
		return atomNoVerb, 0
	}
	return c.atoms[v].p, distBucket(v, int32(i))
}

// supertagFeatures lists the features of word i (1-based) given the
// classes h1 and h2 of the two words before it (superStart when none).
func supertagFeatures(f *depFeats, c *superCtx, i int, h1, h2 uint64) {
	f.reset(0)
	n := c.n
	A := &c.atoms[i]
	p1, p2, p3 := c.at(i-1), c.at(i-2), c.at(i-3)
	n1, n2, n3 := c.at(i+1), c.at(i+2), c.at(i+3)
	before, after, punct := c.verbCounts(i)
	var pos uint64
	switch i {
	case 1:
		pos = 1
	case n:
		pos = 2
	}
	rel := uint64(4 * (i - 1) / n)
	length := uint64(min(n/5, 6))
	sub, aux := c.subLemma[i], c.auxLem[i]
	lv, ld := c.verbAtoms(c.prevVerb[i], i)
	rv, rd := c.verbAtoms(c.nextV[i], i)

	// The word and its window.
	f.add1(A.p)
	f.add1(A.u)
	f.add1(A.w)
	f.add1(A.m)
	f.add2(A.sfx, A.u)
	f.add2(A.shp, A.p)
	f.add2(A.p, p1.p)
	f.add2(A.p, n1.p)
	f.add3(p1.p, A.p, n1.p)
	f.add3(p2.p, p1.p, A.p)
	f.add3(A.p, n1.p, n2.p)
	f.add3(A.p, n3.p, n1.p)
	f.add3(A.p, p3.p, p1.p)
	f.add2(A.p, p1.w)
	f.add2(A.p, n1.w)
	f.add2(A.p, p2.w)
	f.add2(A.p, n2.w)
	f.add2(A.p, p1.m)
	f.add2(A.p, n1.m)
	f.add2(A.w, n1.w)
	f.add2(p1.m, A.w)
	f.add3(A.w, p1.p, n1.p)

	// Where the word stands among the verbs and in the sentence.
	f.add2(A.p, before)
	f.add2(A.p, after)
	f.add3(A.p, before, after)
	f.add2(A.m, before)
	f.add3(A.p, p1.p, before)
	f.add2(A.p, punct)
	f.add2(A.u, punct)
	f.add2(A.p, pos)
	f.add2(A.p, rel)
	f.add3(A.p, rel, length)
	f.add3(A.p, lv, ld)
	f.add3(A.p, rv, rd)
	f.add3(A.p, lv, rv)
	f.add3(A.u, ld, rd)

	// What opens its clause.
	f.add2(A.p, sub)
	f.add2(A.p, aux)
	f.add3(A.p, sub, aux)

	// The supertags before it.
	f.add1(h1)
	f.add2(h1, h2)
	f.add2(h1, A.p)
	f.add3(h1, A.p, p1.p)
}

// superStart is the history value standing for "no previous word".
const superStart = 1<<16 + 3

// superWork is the scratch space of tag.
type superWork struct {
	ctx  superCtx
	f    depFeats
	rows []int
	lab  perceptron.LaneScratch
	// static holds, for every word, the sums of the rows of its quick
	// features that do not read the supertag before it, in the lanes of
	// perceptron.LaneTable.SumLanes: superLanes words each.
	static []uint64
}

// superLanes is the number of lane words of a sum of supertagger rows: a
// row is at most eight words (maxSupertags classes).
const superLanes = 16

// tag sets atoms[i].st, for every word i of s, to the atom of its
// supertag, and returns the classes in classes[1..n] (reusing its space).
// atoms must come from fillAtoms(s).
//
// The rows of the quick model's features that only read the sentence are
// summed for all the words first, no word waiting on the supertag of the
// one before, so that their cache misses overlap; the words are then
// tagged left to right, adding to those sums the rows of the supertag
// before.
func (t *supertagger) tag(w *superWork, s *ud.Sentence, atoms []tokAtoms, classes []uint8) []uint8 {
	n := len(s.Tokens)
	classes = resizeU8(classes, n+1)
	w.ctx.fill(s, atoms)
	w.static = slices.Grow(w.static[:0], superLanes*(n+1))[:superLanes*(n+1)]
	for i := 1; i <= n; i++ {
		quickSupertagFeatures(&w.f, &w.ctx, i, superStart)
		w.rows = t.qtab.RowsOf(w.rows, w.f.list())
		rows := slices.Delete(w.rows, quickSuperHistory, quickSuperHistory+2)
		t.qtab.SumLanes(w.static[superLanes*i:superLanes*(i+1)], rows)
	}
	if len(w.lab.Lanes) < superLanes {
		w.lab.Lanes = make([]uint64, superLanes)
	}
	lanes := (*[superLanes]uint64)(w.lab.Lanes)
	h1, h2 := uint64(superStart), uint64(superStart)
	for i := 1; i <= n; i++ {
		w.f.resetAt(quickTemplates, quickSuperHistory)
		quickSupertagHistory(&w.f, &w.ctx, i, h1)
		w.rows = t.qtab.RowsOf(w.rows, w.f.list()[quickSuperHistory:])
		copy(lanes[:], w.static[superLanes*i:])
		t.qtab.AddLanes(lanes, w.rows)
		b, margin := perceptron.BestOfAll(lanes, len(t.classes))
		if margin < t.quick {
			supertagFeatures(&w.f, &w.ctx, i, h1, h2)
			w.rows = t.tab.RowsOf(w.rows, w.f.list())
			t.tab.SumLanes(lanes[:], w.rows)
			b, _ = perceptron.BestOfAll(lanes, len(t.classes))
		}
		c := int(b)
		classes[i] = uint8(c)
		atoms[i].st = supertagAtom(c)
		h1, h2 = uint64(c), h1
	}
	return classes
}

// supertagAtom is the atom of supertag class c: never that of the root or
// of an empty position.
func supertagAtom(c int) uint64 { return uint64(c+1)*0x9e37_79b9_7f4a_7c15 | 1<<63 }

// setSupertags sets the supertag atoms of atoms from classes[1..n].
func setSupertags(atoms []tokAtoms, classes []uint8) {
	for i := 1; i < len(classes); i++ {
		atoms[i].st = supertagAtom(int(classes[i]))
	}
}
