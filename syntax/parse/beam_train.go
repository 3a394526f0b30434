package parse

import (
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// Beam training is the structured perceptron of Zhang and Clark (2008) with
// the max-violation update of Huang, Fayong and Guo (2012): the sentence
// is parsed with a beam, beside a gold derivation that takes, at every
// step, the best-scoring transition that keeps the gold tree reachable;
// where the best item of the beam outscores the gold derivation by the
// most, the transitions of the gold prefix are rewarded and those of the
// beam's best penalised. Labels are learnt along the gold derivation, as in
// greedy training.

// beamTrain holds the beam buffers of a parseTrainer.
type beamTrain struct {
	beamWork
	gold   beamItem
	replay parseState
	steps  []beamStep
}

// beamSentence trains on one sentence with a beam of k configurations.
func (t *parseTrainer) beamSentence(g *parseGold, k int) {
	t.atoms = fillAtoms(t.atoms, g.s)
	setSupertags(t.atoms, g.super)
	n := len(g.s.Tokens)
	b := &t.beam
	b.grow(k)
	cur := b.cur[:1]
	cur[0].st.reset(n)
	cur[0].score, cur[0].last, cur[0].correct = 0, nil, true
	gold := &b.gold
	gold.st.reset(n)
	gold.score, gold.last, gold.correct = 0, nil, true

	var (
		worst              int64 = -1 // the largest violation so far
		goldLast, predLast *beamStep
	)
	for !cur[0].st.terminal() {
		t.step++
		b.cands = b.cands[:0]
		for i, it := range cur {
			if a, forced := it.st.onlyLegal(); forced {
				ok := it.correct && oracleCost(&it.st, g.head, a) == 0
				b.cands = append(b.cands, beamCand{from: i, a: a, score: it.score, correct: ok})
				continue
			}
			sc := t.scoreState(&it.st)
			for a := actShift; a < numActions; a++ {
				if it.st.legal(a) {
					ok := it.correct && oracleCost(&it.st, g.head, a) == 0
					b.cands = append(b.cands, beamCand{from: i, a: a, score: it.score + sc[a], correct: ok})
				}
			}
		}
		kept, next := b.extend(cur, k)
		for j, c := range kept {
			it := next[j]
			it.score, it.correct = c.score, c.correct
			var lab uint8
			if c.a != actShift {
				lab = t.predictLabel(&it.st, c.a)
			}
			it.last = &beamStep{prev: cur[c.from].last, a: c.a, lab: lab}
			it.st.apply(c.a, lab)
		}
		b.cur, b.next = b.next, b.cur
		cur = next
		t.goldStep(g, gold)
		if top := cur[0]; !top.correct && top.score-gold.score > worst {
			worst = top.score - gold.score
			goldLast, predLast = gold.last, top.last
		}
	}
	if predLast != nil {
		t.beamUpdate(goldLast, predLast)
	}
}

// scoreState scores the transitions of st with the current weights.
func (t *parseTrainer) scoreState(st *parseState) [numActions]int64 {
	actionFeatures(&t.f, st, t.atoms)
	t.rows = t.act.RowsOf(t.rows, t.f.list())
	return perceptron.Score3(t.act.W, t.rows)
}

// goldStep advances the gold derivation by its best-scoring transition of
// zero cost, training the label classifier on the arc it makes.
func (t *parseTrainer) goldStep(g *parseGold, gold *beamItem) {
	st := &gold.st
	a, forced := st.onlyLegal()
	if !forced {
		sc := t.scoreState(st)
		found := false
		for c := actShift; c < numActions; c++ {
			if st.legal(c) && oracleCost(st, g.head, c) == 0 && (!found || sc[c] > sc[a]) {
				a, found = c, true
			}
		}
		gold.score += sc[a]
	}
	var lab uint8
	if a != actShift {
		lab = t.labelOn(st, g, a, true)
	}
	gold.last = &beamStep{prev: gold.last, a: a, lab: lab}
	st.apply(a, lab)
}

// predictLabel returns the label the current weights give the arc that
// transition a makes in st.
func (t *parseTrainer) predictLabel(st *parseState, a transition) uint8 {
	h, d, cands := t.cands.arc(st, a, t.atoms)
	if len(cands) == 0 {
		return t.root
	}
	labelFeatures(&t.f, st, t.atoms, a, h, d)
	t.rows = t.lab.RowsOf(t.rows, t.f.list())
	return perceptron.ScoreCands(t.lab.W, t.rows, t.lab.Width, cands, t.scores)
}

// beamUpdate rewards the transitions of the gold derivation ending in gold
// and penalises those of the one ending in pred, which is as long, from
// where they part.
func (t *parseTrainer) beamUpdate(gold, pred *beamStep) {
	b := &t.beam
	b.steps = b.steps[:0]
	for x, y := gold, pred; x != nil; x, y = x.prev, y.prev {
		b.steps = append(b.steps, *x, *y)
	}
	slices.Reverse(b.steps) // pairs now read (pred, gold), first step first
	from := 0
	for from < len(b.steps) && b.steps[from].a == b.steps[from+1].a && b.steps[from].lab == b.steps[from+1].lab {
		from += 2
	}
	for side, delta := range [2]int32{-1, 1} {
		st := &b.replay
		st.reset(len(t.atoms) - 2)
		for i := side; i < len(b.steps); i += 2 {
			s := b.steps[i]
			if _, forced := st.onlyLegal(); !forced && i >= from {
				actionFeatures(&t.f, st, t.atoms)
				t.rows = t.act.RowsOf(t.rows, t.f.list())
				t.act.Update(t.rows, int(s.a), delta, t.step)
			}
			st.apply(s.a, s.lab)
		}
	}
}
