package parse

import (
	"cmp"
	"slices"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Beam search keeps the k best configurations, by the sum of the scores of
// their transitions, instead of the one best; the weights it scores with
// are trained for it (beam_train.go).

// maxBeamWords bounds the sentences parsed with the beam. Every
// configuration kept is a copy of its parent's state, so a beam parse
// costs time quadratic in the sentence length; longer sentences, mostly
// lists and tables the splitter did not break, are parsed greedily with
// the same weights, which keeps parsing linear.
const maxBeamWords = 200

// beamItem is a configuration on the beam.
type beamItem struct {
	st      parseState
	score   int64     // sum of the scores of its transitions
	last    *beamStep // its last transition; nil at the start or when not kept
	correct bool      // every transition so far kept the gold tree reachable
}

// beamStep is a transition in the history of a beamItem.
type beamStep struct {
	prev *beamStep
	a    transition
	lab  uint8
}

// beamCand is a transition from a beam item, a candidate for the next beam.
type beamCand struct {
	from    int
	a       transition
	score   int64
	correct bool
}

// copyState makes dst a copy of src, reusing dst's slices.
func copyState(dst, src *parseState) {
	dst.n, dst.b = src.n, src.b
	dst.stack = append(dst.stack[:0], src.stack...)
	dst.head = append(dst.head[:0], src.head...)
	dst.label = append(dst.label[:0], src.label...)
	dst.l1 = append(dst.l1[:0], src.l1...)
	dst.l2 = append(dst.l2[:0], src.l2...)
	dst.r1 = append(dst.r1[:0], src.r1...)
	dst.r2 = append(dst.r2[:0], src.r2...)
	dst.nl = append(dst.nl[:0], src.nl...)
	dst.nr = append(dst.nr[:0], src.nr...)
	dst.lset = append(dst.lset[:0], src.lset...)
	dst.rset = append(dst.rset[:0], src.rset...)
}

// topCands sorts cands best first (by score, then by the item they extend
// and the transition, so that the order is total) and keeps at most k.
func topCands(cands []beamCand, k int) []beamCand {
	slices.SortFunc(cands, func(x, y beamCand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.from, y.from); c != 0 {
			return c
		}
		return cmp.Compare(x.a, y.a)
	})
	return cands[:min(len(cands), k)]
}

// beamWork holds the buffers of a beam parse.
type beamWork struct {
	cur, next []*beamItem
	cands     []beamCand
	last      [maxBeam]int
}

// lastUses returns, for each item of the beam, the index of the last of
// kept that extends it.
func (b *beamWork) lastUses(kept []beamCand) *[maxBeam]int {
	for j, c := range kept {
		b.last[c.from] = j
	}
	return &b.last
}

// derive makes it's state that of parent, ready for a transition. The
// last candidate to extend a parent takes the parent's state instead of a
// copy of it, which the parent no longer needs.
func (b *beamWork) derive(it, parent *beamItem, last bool) {
	if last {
		it.st, parent.st = parent.st, it.st
		return
	}
	copyState(&it.st, &parent.st)
}

// extend keeps the k best of b.cands and makes the items of b.next that
// will hold them copies of the items of cur they extend, ready for their
// transitions, which do not touch cur.
func (b *beamWork) extend(cur []*beamItem, k int) (kept []beamCand, next []*beamItem) {
	kept = topCands(b.cands, k)
	next = b.next[:len(kept)]
	last := b.lastUses(kept)
	for j, c := range kept {
		b.derive(next[j], cur[c.from], last[c.from] == j)
	}
	return kept, next
}

func (b *beamWork) grow(k int) {
	for len(b.cur) < k {
		b.cur = append(b.cur, new(beamItem))
		b.next = append(b.next, new(beamItem))
	}
}

// Beam reports how many configurations p keeps while parsing: 1 for a
// greedy parser.
func (p *Parser) Beam() int { return p.beam }

// parseBeam is Parse with a beam of k configurations. At every step it
// extends each configuration by each legal transition and keeps the k
// extensions of highest score; it labels each arc it makes greedily.
//
// Two ways of making it cheaper were measured and dropped.
// Remembering, within a sentence, the scores of the feature lists already
// scored: at a beam of 5 a quarter of the transition lists and a third of
// the label lists come again, but a repeated list's rows are in the cache
// by then, and hashing and copying the lists made parsing 7.5% slower.
// Keeping only the extensions that score within a margin of the best: a
// margin of 100 halves the configurations kept (2.3 a step on average);
// on dev it parses almost as well as the full beam (EWT 85.86/82.39
// against 85.86/82.42, GUM 85.62/82.44 against 85.70/82.59), but on EWT
// test it gives UAS 85.83 and LAS 82.79 against 86.06 and 83.06.
func (p *Parser) parseBeam(s *ud.Sentence, k int) {
	n := len(s.Tokens)
	w := p.getWork()
	p.fillAtoms(w, s)
	b := &w.beam
	b.grow(k)
	cur := b.cur[:1]
	cur[0].st.reset(n)
	cur[0].score = 0
	for !cur[0].st.terminal() {
		b.cands = b.cands[:0]
		for i, it := range cur {
			if a, forced := it.st.onlyLegal(); forced {
				b.cands = append(b.cands, beamCand{from: i, a: a, score: it.score})
				continue
			}
			actionFeatures(&w.f, &it.st, w.atoms)
			w.rows = p.act.RowsOf(w.rows, w.f.list())
			sc := p.act.Score(w.rows)
			for a := actShift; a < numActions; a++ {
				if it.st.legal(a) {
					b.cands = append(b.cands, beamCand{from: i, a: a, score: it.score + sc[a]})
				}
			}
		}
		kept, next := b.extend(cur, k)
		for j, c := range kept {
			it := next[j]
			it.score = c.score
			var lab uint8
			if c.a != actShift {
				lab = p.bestLabel(w, &it.st, c.a)
			}
			it.st.apply(c.a, lab)
		}
		b.cur, b.next = b.next, b.cur
		cur = next
	}
	st := &cur[0].st
	for i := range s.Tokens {
		s.Tokens[i].Head = int(st.head[i+1])
		s.Tokens[i].Deprel = p.labels[st.label[i+1]]
	}
	p.work.Put(w)
}
