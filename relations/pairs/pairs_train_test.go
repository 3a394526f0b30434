package pairs_test

import (
	"flag"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/relations/pairs"
)

var updatePairs = flag.Bool("update-pairs", false, "train the pair model on ../shared/eval/train and rewrite pairs.model")

// The pair model is trained on the annotated training articles: a
// candidate is a positive example of the pair model when the gold relates
// its ordered pair (or the pair in either order, for a symmetric gold
// relation), and of the strict model when the gold also accepts its
// normalised predicate. Thresholds are chosen by cross-validation over
// articles; dev is never read.

// lrEpochs, lrRate and lrL2 set the logistic regression's training: passes
// over the examples, AdaGrad's step and the L2 penalty.
const (
	lrEpochs = 20
	lrRate   = 0.2
	lrL2     = 1e-2
	// minFeatureCount is how many training examples must have a feature
	// for the model to keep it.
	minFeatureCount = 2
	// cvFolds is how many groups of articles cross-validation holds out in
	// turn.
	cvFolds = 6
)

// trainLR fits a logistic regression to examples (feature lists) and their
// labels with AdaGrad, visiting the examples in an order shuffled by a
// fixed seed, so that the weights are the same on every run.
func trainLR(feats [][]string, labels []bool) map[string]float64 {
	seen := map[string]int{}
	for _, fs := range feats {
		for _, f := range fs {
			seen[f]++
		}
	}
	w := map[string]float64{}
	g2 := map[string]float64{}
	order := make([]int, len(feats))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(16, 17))
	for range lrEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			p := pairs.Prob(w, feats[i])
			y := 0.0
			if labels[i] {
				y = 1
			}
			grad := p - y
			for _, f := range feats[i] {
				if seen[f] < minFeatureCount {
					continue
				}
				g := grad + lrL2*w[f]
				g2[f] += g * g
				w[f] -= lrRate * g / math.Sqrt(g2[f]+1e-8)
			}
		}
	}
	for f, x := range w {
		if math.Abs(x) < 1e-4 {
			delete(w, f)
		}
	}
	return w
}

// learnNorm learns the predicate normaliser: over the candidates whose
// sentence the gold quotes for their pair, for each proposed predicate, the
// variant of it (spelt otherwise, or with a preposition more or less: see
// isVariant) that the gold accepts in the most articles, when that is more
// than the proposed one and at least two.
func learnNorm(docs []*trainDoc) map[graph.Predicate]graph.Predicate {
	// articles[p][q] is the set of articles where the gold accepts q for a
	// candidate that proposes p
	articles := map[graph.Predicate]map[graph.Predicate]map[int]bool{}
	for di, d := range docs {
		for _, c := range d.cands {
			ps, ok := d.goldPredsAt(d.names[c.Subj], d.names[c.Obj], c.Sent)
			if !ok || !c.Asserted {
				continue
			}
			if articles[c.Pred] == nil {
				articles[c.Pred] = map[graph.Predicate]map[int]bool{}
			}
			for q := range ps {
				if q != string(c.Pred) && !isVariant(string(c.Pred), q) {
					continue
				}
				if articles[c.Pred][graph.Predicate(q)] == nil {
					articles[c.Pred][graph.Predicate(q)] = map[int]bool{}
				}
				articles[c.Pred][graph.Predicate(q)][di] = true
			}
		}
	}
	norm := map[graph.Predicate]graph.Predicate{}
	for p, qs := range articles {
		best, n := p, len(qs[p])
		for q, arts := range qs {
			if k := len(arts); k > n || k == n && best != p && q < best {
				best, n = q, k
			}
		}
		if best != p && n >= 2 {
			norm[p] = best
		}
	}
	return norm
}

// isVariant reports whether predicate q is a variant of p: the same words
// but for a preposition added or dropped at the end ("met", "met-with"),
// or words that differ only past their first five letters ("criticised",
// "criticized").
func isVariant(p, q string) bool {
	pw, qw := strings.Split(p, "-"), strings.Split(q, "-")
	trim := func(w []string) []string {
		if len(w) > 1 && preposition[w[len(w)-1]] {
			return w[:len(w)-1]
		}
		return w
	}
	pw, qw = trim(pw), trim(qw)
	if len(pw) != len(qw) {
		return false
	}
	for i := range pw {
		a, b := pw[i], qw[i]
		if a == b {
			continue
		}
		if len(a) < 6 || len(b) < 6 || a[:5] != b[:5] {
			return false
		}
	}
	return true
}

// preposition holds the prepositions a predicate may end with.
var preposition = map[string]bool{
	"with": true, "to": true, "of": true, "for": true, "in": true, "on": true, "against": true,
	"from": true, "at": true, "by": true, "into": true, "over": true, "about": true, "between": true,
}

const (
	// rankEpochs is how many passes over the examples the predicate
	// ranker's averaged perceptron makes.
	rankEpochs = 8
	// jackknifeFolds is how many groups of articles the ranker is trained
	// without in turn, so that the strict model learns from the choices it
	// makes on articles it has not seen.
	jackknifeFolds = 4
)

// trainRanker trains the predicate ranker of m (whose norm is set) on the
// candidates of docs whose sentence the gold quotes for their pair and of
// which it accepts a reading: the perceptron learns to rank an accepted
// reading first.
func trainRanker(m *pairs.Model, docs []*trainDoc) map[string]float64 {
	type example struct {
		feats [][]string // of each option
		good  []bool
	}
	var exs []example
	for _, d := range docs {
		for k := range d.cands {
			c := &d.cands[k]
			ps, ok := d.goldPredsAt(d.names[c.Subj], d.names[c.Obj], c.Sent)
			if !ok || d.names[c.Subj] == "" || d.names[c.Obj] == "" {
				continue
			}
			rs := m.Readings(c)
			good := make([]bool, len(rs))
			any := false
			for i, p := range rs {
				good[i] = ps[string(p)]
				any = any || good[i]
			}
			if any && len(rs) > 1 {
				e := example{good: good}
				for i, p := range rs {
					e.feats = append(e.feats, pairs.ReadingFeatures(c, string(p), i))
				}
				exs = append(exs, e)
			}
		}
	}
	p := perceptron.NewSparse()
	rng := rand.New(rand.NewPCG(18, 19))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for range rankEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := exs[i]
			pred, gold := -1, -1
			var ps, gs float64
			for k, fs := range e.feats {
				s := p.Score(fs)
				if pred < 0 || s > ps {
					pred, ps = k, s
				}
				if e.good[k] && (gold < 0 || s > gs) {
					gold, gs = k, s
				}
			}
			if !e.good[pred] {
				p.Update(e.feats[gold], e.feats[pred])
			}
			p.Tick()
		}
	}
	return p.Average(1e-4)
}

// examples returns the features of the candidates of docs and their pair
// labels, and, for the candidates whose pair the gold relates, the
// features of the predicate that a ranker trained without the article
// chooses and whether the gold accepts it.
func examples(docs []*trainDoc, rankers []*pairs.Model) (feats [][]string, pair []bool, pfeats [][]string, predOK []bool) {
	for i, d := range docs {
		m := rankers[i%len(rankers)]
		for k := range d.cands {
			c := &d.cands[k]
			s, o := d.names[c.Subj], d.names[c.Obj]
			ps, ok := d.goldPredsAt(s, o, c.Sent)
			ok = ok && s != "" && o != ""
			feats = append(feats, c.Feats)
			pair = append(pair, ok)
			if ok {
				p, margin := m.Choose(c)
				pfeats = append(pfeats, pairs.StrictFeatures(c, string(p), margin))
				predOK = append(predOK, ps[string(p)])
			}
		}
	}
	return feats, pair, pfeats, predOK
}

// fit trains a model, without thresholds, on docs.
func fit(docs []*trainDoc) *pairs.Model {
	m := &pairs.Model{Norm: learnNorm(docs)}
	m.Rank = trainRanker(m, docs)
	// rankers[f] is trained without the articles i with i%jackknifeFolds == f
	rankers := make([]*pairs.Model, jackknifeFolds)
	for f := range rankers {
		var part []*trainDoc
		for i, d := range docs {
			if i%jackknifeFolds != f {
				part = append(part, d)
			}
		}
		r := &pairs.Model{Norm: m.Norm}
		r.Rank = trainRanker(r, part)
		rankers[f] = r
	}
	feats, pair, pfeats, predOK := examples(docs, rankers)
	m.Pair = trainLR(feats, pair)
	m.Strict = trainLR(pfeats, predOK)
	return m
}

// heldOut holds, for each article, the probabilities a model trained
// without it gives its candidates, and that model's normaliser.
type heldOut struct {
	pair, strict [][]float64
	preds        [][]graph.Predicate
}

func crossValidate(docs []*trainDoc) heldOut {
	h := heldOut{pair: make([][]float64, len(docs)), strict: make([][]float64, len(docs)), preds: make([][]graph.Predicate, len(docs))}
	for fold := range cvFolds {
		var train []*trainDoc
		for i, d := range docs {
			if i%cvFolds != fold {
				train = append(train, d)
			}
		}
		m := fit(train)
		for i, d := range docs {
			if i%cvFolds == fold {
				h.pair[i], h.preds[i], h.strict[i] = m.Scores(d.cands)
			}
		}
	}
	return h
}

// thresholds are the decision thresholds of a model.
type thresholds struct{ addPair, addStrict, drop float64 }

// evaluate scores the held-out decisions at th over docs.
func evaluate(docs []*trainDoc, h heldOut, th thresholds) counts {
	var total counts
	for i, d := range docs {
		m := &pairs.Model{AddPair: th.addPair, AddStrict: th.addStrict, Drop: th.drop}
		total.add(d.score(m.Decide(d.found, d.rules, d.cands, h.pair[i], h.preds[i], h.strict[i])))
	}
	return total
}

// Precision floors for choosing thresholds on the held-out articles: the
// issue's targets (0.60 strict, 0.70 by pair) with a margin for articles
// the model has not seen, wider for the strict one (precision fell most
// there on articles outside the training set). Above these floors the
// choice maximises F1: a floor of 0.72 left the strict precision of
// unseen articles 0.12 above its target while recall stayed low.
const (
	minStrictP = 0.68
	minPairP   = 0.75
)

// chooseThresholds returns the thresholds that maximise the sum of strict
// and pair F1 over the held-out articles with both precisions above the
// floors.
func chooseThresholds(docs []*trainDoc, h heldOut) (thresholds, counts) {
	var grid []float64
	for x := 0.10; x < 0.96; x += 0.05 {
		grid = append(grid, math.Round(x*100)/100)
	}
	grid = append(grid, 2)
	best, bestC, bestScore := thresholds{addPair: 2, addStrict: 2}, counts{}, -1.0
	for _, ap := range grid {
		for _, as := range grid {
			for _, dr := range []float64{0, 0.05, 0.1, 0.15, 0.2, 0.3} {
				th := thresholds{ap, as, dr}
				c := evaluate(docs, h, th)
				sp, _, sf := c.strict()
				pp, _, pf := c.pairs()
				if sp < minStrictP || pp < minPairP {
					continue
				}
				if sf+pf > bestScore+1e-9 {
					best, bestC, bestScore = th, c, sf+pf
				}
			}
		}
	}
	return best, bestC
}

// formatPairModel writes a model in the format pairs.Parse reads, its
// lines sorted.
func formatPairModel(m *pairs.Model) string {
	var sb strings.Builder
	sb.WriteString("# The pair model of package relations/pairs (pairs_model.go): its thresholds,\n")
	sb.WriteString("# the predicate normaliser, and the weights of the pair and strict\n")
	sb.WriteString("# logistic regressions and of the predicate ranker over the features of\n")
	sb.WriteString("# candidate actor pairs (pairs_features.go). Learned from the annotated\n")
	sb.WriteString("# articles of ../shared/eval/train by TestTrainPairs; regenerate with\n")
	sb.WriteString("#   go test ./relations/pairs/ -run TestTrainPairs -update-pairs\n")
	fmt.Fprintf(&sb, "add-pair\t%g\nadd-strict\t%g\ndrop\t%g\n", m.AddPair, m.AddStrict, m.Drop)
	lines := func(prefix string, w map[string]float64) {
		keys := slices.Sorted(maps.Keys(w))
		for _, k := range keys {
			fmt.Fprintf(&sb, "%s\t%s\t%.4f\n", prefix, k, w[k])
		}
	}
	var from []string
	for p := range m.Norm {
		from = append(from, string(p))
	}
	slices.Sort(from)
	for _, p := range from {
		fmt.Fprintf(&sb, "norm\t%s\t%s\n", p, m.Norm[graph.Predicate(p)])
	}
	lines("pair", m.Pair)
	lines("rank", m.Rank)
	lines("strict", m.Strict)
	return sb.String()
}

// TestTrainPairs trains the pair model on the training articles and
// checks that the shipped model makes the decisions the trained one makes
// on their candidates: it fails when pairs.model is stale (the rules, the
// entities or the features changed since it was trained). With
// -update-pairs it cross-validates, chooses the thresholds, reports the
// held-out figures and rewrites pairs.model.
func TestTrainPairs(t *testing.T) {
	docs := loadTrain(t)
	if *updatePairs {
		var rules counts
		for _, d := range docs {
			rules.add(d.score(d.rules))
		}
		h := crossValidate(docs)
		th, c := chooseThresholds(docs, h)
		report := func(what string, c counts) {
			sp, sr, sf := c.strict()
			pp, pr, pf := c.pairs()
			t.Logf("%s: strict P %.3f R %.3f F1 %.3f; pairs P %.3f R %.3f F1 %.3f; %d system, %d negatives", what, sp, sr, sf, pp, pr, pf, c.sys, c.negatives)
		}
		report("rules alone", rules)
		report(fmt.Sprintf("held out, thresholds %+v", th), c)
		m := fit(docs)
		m.AddPair, m.AddStrict, m.Drop = th.addPair, th.addStrict, th.drop
		if err := os.WriteFile("pairs.model", []byte(formatPairModel(m)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote pairs.model: %d pair, %d rank and %d strict weights, %d normalised predicates", len(m.Pair), len(m.Rank), len(m.Strict), len(m.Norm))
		return
	}
	shipped, err := pairs.Parse(pairs.ModelText)
	if err != nil {
		t.Fatal(err)
	}
	m := fit(docs)
	m.AddPair, m.AddStrict, m.Drop = shipped.AddPair, shipped.AddStrict, shipped.Drop
	if formatPairModel(m) == pairs.ModelText {
		return
	}
	// not the same file: the same decisions, nearly always?
	var n, differ int
	for _, d := range docs {
		a := m.Revise(d.found, d.rules, d.cands)
		b := shipped.Revise(d.found, d.rules, d.cands)
		n += len(a)
		for _, r := range a {
			if !slices.Contains(b, r) {
				differ++
			}
		}
		for _, r := range b {
			if !slices.Contains(a, r) {
				differ++
			}
		}
	}
	t.Logf("pairs.model is not what training gives now; %d of %d relations differ", differ, n)
	if differ*10 > n {
		t.Errorf("pairs.model is stale: %d of the %d relations of the training articles differ from a model trained now; rewrite it with -update-pairs", differ, n)
	}
}
