package parse

import (
	"sync"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Parser is a transition-based dependency parser, greedy or with a beam
// (see the package documentation). It produces UD basic dependencies with
// subtypes.
//
// Work is linear in the sentence length: 2n transitions, each costing a
// fixed number of feature hashes and table reads, with no maps, no strings
// built and no allocations once its buffers are warm. A Parser is safe for
// concurrent use.
type Parser struct {
	labels []string             // relation names, indexed by label number
	root   uint8                // number of the "root" label
	beam   int                  // configurations kept while parsing; 1 is greedy
	act    perceptron.Table3    // transition weights
	lab    perceptron.LaneTable // label weights, width len(labels)
	cands  labelCands           // labels worth scoring
	qact   perceptron.Table3    // transition weights of the quick model (cascade.go)
	qlab   perceptron.LaneTable // label weights of the quick model
	super  *supertagger
	// quickAct and quickLab are the margins from which the quick models
	// decide (cascade.go), in the units of the tables.
	quickAct, quickLab int64

	work sync.Pool // *parseWork
}

// parseWork holds the buffers of one parse, reused between sentences.
type parseWork struct {
	st    parseState
	atoms []tokAtoms
	stags []uint8 // supertag classes of the words
	sw    superWork
	f     depFeats
	rows  []int
	lab   perceptron.LaneScratch
	beam  beamWork
}

func (p *Parser) getWork() *parseWork {
	if w, ok := p.work.Get().(*parseWork); ok {
		return w
	}
	return new(parseWork)
}

// Parse sets the Head and Deprel of every token of s from its forms, lemmas
// and tags. The result is a projective tree with exactly one word attached
// to the root. A Parser that did not come from Train or Read
// leaves s alone.
func (p *Parser) Parse(s *ud.Sentence) {
	n := len(s.Tokens)
	if n == 0 || len(p.labels) == 0 || p.act.Empty() || p.lab.Empty() || p.super == nil {
		return
	}
	if p.beam > 1 && n <= maxBeamWords {
		p.parseBeam(s, p.beam)
		return
	}
	w := p.getWork()
	p.fillAtoms(w, s)
	st := &w.st
	st.reset(n)
	for !st.terminal() {
		a, forced := st.onlyLegal()
		if !forced {
			a = p.chooseAction(w, st)
		}
		var lab uint8
		if a != actShift {
			lab = p.bestLabel(w, st, a)
		}
		st.apply(a, lab)
	}
	for i := range s.Tokens {
		s.Tokens[i].Head = int(st.head[i+1])
		s.Tokens[i].Deprel = p.labels[st.label[i+1]]
	}
	p.work.Put(w)
}

// fillAtoms fills w.atoms with the atoms of the words of s and their
// supertags.
func (p *Parser) fillAtoms(w *parseWork, s *ud.Sentence) {
	w.atoms = fillAtoms(w.atoms, s)
	w.stags = p.super.tag(&w.sw, s, w.atoms, w.stags)
}

// chooseAction returns the transition to take in st, one of several legal
// ones: the quick model's choice when it is sure enough, else the full
// model's.
func (p *Parser) chooseAction(w *parseWork, st *parseState) transition {
	quickActionFeatures(&w.f, st, w.atoms)
	w.rows = p.qact.RowsOf(w.rows, w.f.list())
	sc := p.qact.Score(w.rows)
	if a, margin := bestLegalMargin(st, &sc); margin >= p.quickAct {
		return a
	}
	actionFeatures(&w.f, st, w.atoms)
	w.rows = p.act.RowsOf(w.rows, w.f.list())
	sc = p.act.Score(w.rows)
	return bestLegal(st, &sc)
}

// setQuick sets the margins of the quick models from the scales of the
// tables.
func (p *Parser) setQuick() {
	p.quickAct = perceptron.Threshold(quickActionMargin, p.qact.Scale())
	p.quickLab = perceptron.Threshold(quickLabelMargin, p.qlab.Scale())
}

// bestLegal returns the legal transition with the highest score.
func bestLegal(st *parseState, sc *[numActions]int64) transition {
	best, found := actShift, false
	for a := actShift; a < numActions; a++ {
		if st.legal(a) && (!found || sc[a] > sc[best]) {
			best, found = a, true
		}
	}
	return best
}

// bestLabel chooses the label of the arc that transition a would make in
// st: "root" for the root's dependent, the best other label otherwise.
func (p *Parser) bestLabel(w *parseWork, st *parseState, a transition) uint8 {
	h, d, cands := p.cands.arc(st, a, w.atoms)
	if len(cands) == 0 {
		return p.root
	}
	quickLabelFeatures(&w.f, st, w.atoms, a, h, d)
	w.rows = p.qlab.RowsOf(w.rows, w.f.list())
	if l, margin := p.qlab.BestMargin(w.rows, cands, &w.lab); margin >= p.quickLab {
		return l
	}
	labelFeatures(&w.f, st, w.atoms, a, h, d)
	w.rows = p.lab.RowsOf(w.rows, w.f.list())
	return p.lab.Best(w.rows, cands, &w.lab)
}
