package parse

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
	"golang.org/x/sync/errgroup"
)

// Config sets how a parser is trained.
type Config struct {
	// Epochs is the number of passes over the training sentences; 0 means
	// DefaultEpochs.
	Epochs int
	// Members is the number of parsers trained, each with its own seed
	// (Seed, Seed+1, ...), whose averaged weights are averaged into the
	// one parser returned; 0 means DefaultMembers.
	Members int
	// Workers bounds the members trained at once; 0 means
	// min(GOMAXPROCS, 4). Each member holds about 200 MB while it trains.
	// The parser is the same whatever the number of workers.
	Workers int
	// Seed seeds the shuffles and the exploration of the dynamic oracle;
	// the same data, configuration and seed give the same parser.
	Seed int64
	// Beam, when above 1, trains a parser that keeps that many
	// configurations while it parses, with the structured perceptron
	// (beam_train.go) instead of the greedy dynamic oracle.
	Beam int
	// ParseBeam is the number of configurations such a parser keeps when it
	// parses; 0 means Beam. A beam parser may parse best with a beam a
	// little wider than it was trained with.
	ParseBeam int
}

// DefaultEpochs is the number of training passes when the
// configuration leaves it zero. On EWT dev with predicted tags, 10 passes
// gave UAS 84.61, 15 gave 85.08 and 20 gave 84.88.
const DefaultEpochs = 15

// DefaultMembers is the number of parsers averaged when the
// configuration leaves it zero. A linear model whose weights are the mean
// of k models' weights scores every transition with the mean of their
// scores, so the average is an ensemble that parses as fast as one
// parser. The members differ only in the order they see the sentences and
// in where the dynamic oracle explores. On EWT dev with predicted tags, 4
// members gained 0.33 UAS and 0.38 LAS over one (85.36/81.92 against
// 85.03/81.54), on GUM dev 0.35 and 0.54; 8 members did no better
// (85.40/81.93, GUM 84.94/81.88).
const DefaultMembers = 4

// parseTrainOpts are the training settings not exposed in Config.
type parseTrainOpts struct {
	actBits, labBits uint    // log2 of the table rows
	explore          float64 // how often to follow a wrong prediction
	exploreFrom      int     // first epoch (0-based) that explores
	prune            int     // quantised transition weights below this become zero
	labelPrune       int     // quantised label weights below this become zero
	beam             int     // Config.Beam, at least 1
}

// defaultParseTrainOpts are the settings Train uses. The tables hold
// 4M transition rows (12 MB of int8) and 64K label rows (3.4 MB): on EWT dev
// with predicted tags a 256K-row label table gained only 0.12 LAS (81.65
// against 81.53, same UAS) and parsed markedly slower, the parser's speed
// being bound by memory reads. Wrong predictions are followed with
// probability 0.9 from the second epoch (Goldberg and Nivre 2012).
//
// Four-member parsers trained with other settings scored up to a quarter
// of a point lower on EWT dev, none better than these (85.36/81.92); a
// single parser's score moves by about 0.15 with its seed alone. Tried:
// following wrong predictions with probability 1.0 or 0.7, or from the
// first or the third epoch (UAS 85.10 to 85.13); building arcs with the
// predicted label when exploring (85.19/81.74); updates scaled by how far
// the wrong transition outscored the right one, passive-aggressive style
// (85.11 and 85.32); and parsing without punctuation, which costs the
// other words 0.6 UAS (84.96 against 85.54): the punctuation on the stack
// and buffer helps more than the transitions it takes cost.
func defaultParseTrainOpts() parseTrainOpts {
	return parseTrainOpts{actBits: 22, labBits: 17, explore: 0.9, exploreFrom: 1, prune: 1, labelPrune: 1}
}

// supertagFolds is the number of folds of the supertags the parser trains
// on (see jackknifeSupertags); 10 folds parsed EWT and GUM dev no better.
const supertagFolds = 4

// parseGold is a training sentence in the form the parseTrainer needs.
type parseGold struct {
	s     *ud.Sentence
	head  []int32 // projectivised gold heads, indexed 1..n
	label []uint8 // gold label numbers, indexed 1..n
	super []uint8 // supertag classes, indexed 1..n, as a jackknifed supertagger predicts them
}

// Train trains a parser on sentences with gold heads and relations
// and with the tags and lemmas the parser will see at parse time (for best
// results, tags predicted by a tagger that did not see the sentence).
// Non-projective trees are projectivised by lifting for training.
func Train(train []ud.Sentence, cfg Config) (*Parser, error) {
	return trainParser(train, cfg, defaultParseTrainOpts())
}

func trainParser(train []ud.Sentence, cfg Config, opt parseTrainOpts) (*Parser, error) {
	if len(train) == 0 {
		return nil, errors.New("train parser: no training sentences")
	}
	if cfg.Epochs < 0 || cfg.Members < 0 || cfg.Workers < 0 || cfg.Beam < 0 || cfg.ParseBeam < 0 {
		return nil, errors.New("train parser: negative epochs, members, workers or beam")
	}
	if cfg.Beam > maxBeam || cfg.ParseBeam > maxBeam {
		return nil, fmt.Errorf("train parser: beam above %d", maxBeam)
	}
	parseBeam := max(cmp.Or(cfg.ParseBeam, cfg.Beam), 1)
	opt.beam = max(cfg.Beam, 1)
	epochs := cmp.Or(cfg.Epochs, DefaultEpochs)
	members := cmp.Or(cfg.Members, DefaultMembers)
	workers := cmp.Or(cfg.Workers, min(runtime.GOMAXPROCS(0), 4))
	labels, root, err := collectLabels(train)
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	golds, err := goldTrees(train, labels)
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	cands := collectLabelCands(golds, len(labels), root)
	super, err := jackknifeSupertags(golds, supertagFolds, workers, uint64(cfg.Seed))
	if err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	act := perceptron.NewSums(opt.actBits, int(numActions))
	lab := perceptron.NewSums(opt.labBits, len(labels))
	qact := perceptron.NewSums(quickActionBits, int(numActions))
	qlab := perceptron.NewSums(quickLabelBits, len(labels))
	var g errgroup.Group
	g.SetLimit(workers)
	for m := range members {
		g.Go(func() error {
			t := &parseTrainer{
				opt:    opt,
				root:   root,
				cands:  cands,
				act:    perceptron.NewTrainTable(opt.actBits, int(numActions)),
				lab:    perceptron.NewTrainTable(opt.labBits, len(labels)),
				qact:   perceptron.NewTrainTable(quickActionBits, int(numActions)),
				qlab:   perceptron.NewTrainTable(quickLabelBits, len(labels)),
				scores: make([]int64, len(labels)),
				rng:    rand.New(rand.NewPCG(uint64(cfg.Seed)+uint64(m), 0x5eed_0f_9a75e)),
			}
			t.train(golds, epochs)
			return errors.Join(act.Add(t.act, t.step), lab.Add(t.lab, t.step), qact.Add(t.qact, t.step), qlab.Add(t.qlab, t.step))
		})
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("train parser: %w", err)
	}
	p := &Parser{
		labels: labels,
		root:   root,
		beam:   parseBeam,
		cands:  cands,
		super:  super,
		act:    perceptron.NewTable3(act.Average(opt.prune), perceptron.MaxCorrections),
		lab:    perceptron.NewLaneTable(lab.Average(opt.labelPrune)),
		qact:   perceptron.NewTable3(qact.Average(opt.prune), perceptron.MaxCorrections),
		qlab:   perceptron.NewLaneTable(qlab.Average(opt.labelPrune)),
	}
	p.setQuick()
	return p, nil
}

// train runs the given number of epochs over golds, each in its own
// shuffled order.
func (t *parseTrainer) train(golds []parseGold, epochs int) {
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	for ep := range epochs {
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= t.opt.exploreFrom
		for _, i := range order {
			if t.opt.beam > 1 {
				t.beamSentence(&golds[i], t.opt.beam)
				continue
			}
			t.sentence(&golds[i], explore)
		}
	}
}

// collectLabels returns the sorted relation names of the training data and
// the number of "root".
func collectLabels(train []ud.Sentence) ([]string, uint8, error) {
	seen := map[string]bool{"root": true}
	for _, s := range train {
		for _, t := range s.Tokens {
			if t.Deprel == "" || t.Deprel == "_" {
				return nil, 0, fmt.Errorf("sentence %q word %d: no relation", s.ID, t.ID)
			}
			seen[t.Deprel] = true
		}
	}
	if len(seen) > 255 {
		return nil, 0, fmt.Errorf("%d relation names, at most 255 supported", len(seen))
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	root, _ := slices.BinarySearch(labels, "root")
	return labels, uint8(root), nil
}

// goldTrees checks and projectivises the training trees.
func goldTrees(train []ud.Sentence, labels []string) ([]parseGold, error) {
	num := make(map[string]uint8, len(labels))
	for i, l := range labels {
		num[l] = uint8(i)
	}
	var lifted []int32
	golds := make([]parseGold, 0, len(train))
	for i := range train {
		s := &train[i]
		n := len(s.Tokens)
		if n == 0 {
			continue
		}
		g := parseGold{s: s, head: make([]int32, n+1), label: make([]uint8, n+1)}
		for j, t := range s.Tokens {
			g.head[j+1] = int32(t.Head)
			g.label[j+1] = num[t.Deprel]
		}
		if err := checkTree(g.head); err != nil {
			return nil, fmt.Errorf("sentence %q: %w", s.ID, err)
		}
		lifted = projectivize(g.head, lifted)
		golds = append(golds, g)
	}
	return golds, nil
}

// parseTrainer holds the parseState of one training run.
type parseTrainer struct {
	opt      parseTrainOpts
	root     uint8
	cands    labelCands
	act, lab *perceptron.TrainTable
	// qact and qlab are the weights of the quick models (cascade.go).
	qact, qlab *perceptron.TrainTable
	step       int64 // perceptron steps so far, for averaging
	rng        *rand.Rand

	st     parseState
	atoms  []tokAtoms
	f      depFeats
	rows   []int
	scores []int64
	beam   beamTrain
}

// sentence runs the parser over one training sentence, updating the
// weights wherever it goes wrong. With explore set it often follows its own
// wrong transitions, learning from the dynamic oracle how to recover.
func (t *parseTrainer) sentence(g *parseGold, explore bool) {
	t.atoms = fillAtoms(t.atoms, g.s)
	setSupertags(t.atoms, g.super)
	st := &t.st
	st.reset(len(g.s.Tokens))
	for !st.terminal() {
		t.step++
		if a, forced := st.onlyLegal(); forced {
			// Nothing to learn, and nothing to score but the label.
			var lab uint8
			if a != actShift {
				lab = t.labelOn(st, g, a, true)
			}
			st.apply(a, lab)
			continue
		}
		var cost [numActions]int
		minCost := 1 << 30
		for a := actShift; a < numActions; a++ {
			if st.legal(a) {
				cost[a] = oracleCost(st, g.head, a)
				minCost = min(minCost, cost[a])
			}
		}
		quickActionFeatures(&t.f, st, t.atoms)
		t.trainActions(t.qact, st, &cost, minCost)
		actionFeatures(&t.f, st, t.atoms)
		pred, gold := t.trainActions(t.act, st, &cost, minCost)
		follow := gold
		if cost[pred] > minCost && explore && t.rng.Float64() < t.opt.explore {
			follow = pred
		}
		var lab uint8
		if follow != actShift {
			lab = t.labelOn(st, g, follow, follow == gold)
		}
		st.apply(follow, lab)
	}
}

// trainActions scores the transitions of st by the features in t.f and,
// when the best-scoring legal one, pred, costs more than minCost, moves the
// weights from it towards gold, the best-scoring of those that cost
// minCost. cost holds the costs of the legal transitions.
func (t *parseTrainer) trainActions(tab *perceptron.TrainTable, st *parseState, cost *[numActions]int, minCost int) (pred, gold transition) {
	t.rows = tab.RowsOf(t.rows, t.f.list())
	sc := perceptron.Score3(tab.W, t.rows)
	pred = bestLegal(st, &sc)
	found := false
	for a := actShift; a < numActions; a++ {
		if st.legal(a) && cost[a] == minCost && (!found || sc[a] > sc[gold]) {
			gold, found = a, true
		}
	}
	if cost[pred] > minCost {
		tab.Update(t.rows, int(gold), 1, t.step)
		tab.Update(t.rows, int(pred), -1, t.step)
	}
	return pred, gold
}

// trainLabel returns the best-scoring of cands by the features in t.f and,
// when the arc is in the gold tree (onArc) and it is not want, moves the
// weights from it towards want.
func (t *parseTrainer) trainLabel(tab *perceptron.TrainTable, cands []uint8, want uint8, onArc bool) uint8 {
	t.rows = tab.RowsOf(t.rows, t.f.list())
	pred := perceptron.ScoreCands(tab.W, t.rows, tab.Width, cands, t.scores)
	if onArc && pred != want {
		tab.Update(t.rows, int(want), 1, t.step)
		tab.Update(t.rows, int(pred), -1, t.step)
	}
	return pred
}

// labelOn trains the label classifier on the arc transition a would make in
// st, if that arc is in the gold tree, and returns the label to build it
// with: the gold one when onGold, else the predicted one.
func (t *parseTrainer) labelOn(st *parseState, g *parseGold, a transition, onGold bool) uint8 {
	h, d, cands := t.cands.arc(st, a, t.atoms)
	if len(cands) == 0 {
		return t.root
	}
	onArc := g.head[d] == h
	want := g.label[d]
	quickLabelFeatures(&t.f, st, t.atoms, a, h, d)
	t.trainLabel(t.qlab, cands, want, onArc)
	labelFeatures(&t.f, st, t.atoms, a, h, d)
	pred := t.trainLabel(t.lab, cands, want, onArc)
	if !onArc {
		return pred
	}
	if onGold {
		return want
	}
	return pred
}
