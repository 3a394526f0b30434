package syntax

import "sync"

// Parser is a greedy transition-based dependency parser: the arc-hybrid
// system (transition.go) driven by two averaged-perceptron classifiers over
// hashed features, one for the transition (depfeat.go) and one for the label
// of each arc it makes (depfeat_label.go), scoring only the labels plausible
// for the arc (parse_labels.go). Training follows the dynamic oracle of
// Goldberg and Nivre (transition_oracle.go) on trees projectivised by
// lifting (arc_proj.go); the weights are the mean of several such parsers
// trained with their own seeds (parse_train.go). A parser trained with a
// beam (ParserConfig.Beam) keeps that many configurations instead of one
// (parse_beam.go): more accurate, and as many times slower. It produces UD
// basic dependencies with subtypes.
// Work is linear in the sentence length: 2n transitions, each costing a
// fixed number of feature hashes and table reads, with no maps, no strings
// built and no allocations once its buffers are warm. A Parser is safe for
// concurrent use.
type Parser struct {
	labels []string    // relation names, indexed by label number
	root   uint8       // number of the "root" label
	beam   int         // configurations kept while parsing; 1 is greedy
	act    actionTable // transition weights
	lab    labelTable  // label weights, width len(labels)
	cands  labelCands  // labels worth scoring

	work sync.Pool // *parseWork
}

// parseWork holds the buffers of one parse, reused between sentences.
type parseWork struct {
	st    parseState
	atoms []tokAtoms
	f     depFeats
	rows  []int
	lanes []uint64 // label sums in 16-bit lanes
	sums  []uint32 // label sums
	beam  beamWork
}

func (p *Parser) getWork() *parseWork {
	if w, ok := p.work.Get().(*parseWork); ok {
		return w
	}
	return &parseWork{lanes: make([]uint64, 2*p.lab.words), sums: make([]uint32, len(p.labels))}
}

// Parse sets the Head and Deprel of every token of s from its forms, lemmas
// and tags. The result is a projective tree with exactly one word attached
// to the root. A Parser that did not come from TrainParser or ReadParser
// leaves s alone.
func (p *Parser) Parse(s *Sentence) {
	n := len(s.Tokens)
	if n == 0 || len(p.labels) == 0 || p.act.empty() || len(p.lab.w) == 0 {
		return
	}
	if p.beam > 1 && n <= maxBeamWords {
		p.parseBeam(s, p.beam)
		return
	}
	w := p.getWork()
	w.atoms = fillAtoms(w.atoms, s)
	st := &w.st
	st.reset(n)
	for !st.terminal() {
		a, forced := st.onlyLegal()
		if !forced {
			actionFeatures(&w.f, st, w.atoms)
			w.rows = p.act.rowsOf(w.rows, w.f.list())
			sc := p.act.score(w.rows)
			a = bestLegal(st, &sc)
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
	h, d := st.arcOf(a)
	if h == 0 {
		return p.root
	}
	cands := p.cands.lookup(a, w.atoms[d].u)
	if len(cands) == 0 {
		return p.root
	}
	labelFeatures(&w.f, st, w.atoms, a, h, d)
	w.rows = p.lab.rowsOf(w.rows, w.f.list())
	return p.lab.best(w.rows, cands, w.lanes, w.sums)
}
