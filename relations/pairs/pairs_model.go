package relations

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed pairs.model
var pairsModelTxt string

// pairModel is a logistic regression over the features of candidate pairs
// (pairs_features.go), learned from annotated articles, with the
// thresholds at which it adds a pair the rules missed or drops a pair the
// rules read, and a table that maps the predicates the paths propose to the
// forms annotators write.
type pairModel struct {
	// pair scores whether a reader relates the pair; rank chooses its
	// predicate among the path's readings; strict scores whether a reader
	// who relates the pair accepts the chosen predicate
	pair, rank, strict map[string]float64
	// addPair and addStrict are the probabilities from which a candidate
	// pair the rules did not relate is added: by either model's
	addPair, addStrict float64
	drop               float64 // drop a rule's pair whose best candidate's pair probability is below this; 0 drops none
	norm               map[graph.Predicate]graph.Predicate
}

// parsePairModel reads the format formatPairModel writes: lines of
// tab-separated fields, "add-pair P", "add-strict P", "drop P", "norm FROM
// TO", or "pair", "rank" or "strict" followed by FEATURE and WEIGHT; #
// starts a comment line. A threshold the text does not give adds or drops nothing.
func parsePairModel(text string) (*pairModel, error) {
	m := &pairModel{
		pair: map[string]float64{}, rank: map[string]float64{}, strict: map[string]float64{},
		norm: map[graph.Predicate]graph.Predicate{}, addPair: 2, addStrict: 2,
	}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var err error
		switch {
		case f[0] == "add-pair" && len(f) == 2:
			m.addPair, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "add-strict" && len(f) == 2:
			m.addStrict, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "drop" && len(f) == 2:
			m.drop, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "norm" && len(f) == 3:
			m.norm[graph.Predicate(f[1])] = graph.Predicate(f[2])
		case (f[0] == "pair" || f[0] == "rank" || f[0] == "strict") && len(f) == 3:
			var w float64
			w, err = strconv.ParseFloat(f[2], 64)
			map[string]map[string]float64{"pair": m.pair, "rank": m.rank, "strict": m.strict}[f[0]][f[1]] = w
		default:
			err = fmt.Errorf("not a line of the model")
		}
		if err != nil {
			return nil, fmt.Errorf("pairs.model:%d: %q: %w", n+1, line, err)
		}
	}
	return m, nil
}

// prob returns the probability, by the weights w, that a candidate with
// features feats is an edge a reader draws.
func prob(w map[string]float64, feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += w[f]
	}
	return 1 / (1 + math.Exp(-s))
}

// normalise returns the form of predicate p that annotators write.
func (m *pairModel) normalise(p graph.Predicate) graph.Predicate {
	if q, ok := m.norm[p]; ok {
		return q
	}
	return p
}

// scores returns, for each candidate, the probability that a reader relates
// its pair, the predicate the model chooses, and the probability that a
// reader relates the pair with that predicate.
func (m *pairModel) scores(cands []pairCandidate) (pair []float64, preds []graph.Predicate, strict []float64) {
	pair, strict = make([]float64, len(cands)), make([]float64, len(cands))
	preds = make([]graph.Predicate, len(cands))
	for i := range cands {
		c := &cands[i]
		pair[i] = prob(m.pair, c.feats)
		var margin float64
		preds[i], margin = m.choose(c)
		strict[i] = pair[i] * prob(m.strict, strictFeatures(c, string(preds[i]), margin))
	}
	return pair, preds, strict
}

// revise applies the model to the relations the rules read. A nil model
// returns rels as they are.
func (m *pairModel) revise(found *entities.Found, rels []graph.Relation, cands []pairCandidate) []graph.Relation {
	if m == nil {
		return rels
	}
	pair, preds, strict := m.scores(cands)
	return m.decide(found, rels, cands, pair, preds, strict)
}

// decide drops the rule pairs whose every candidate has a pair probability
// below m.drop, and adds, once an article, each ordered pair the rules did
// not relate either way round whose best asserted candidate reaches m.addStrict by the
// strict model or m.addPair by the pair model, with that candidate's
// chosen predicate and its sentence as the evidence.
func (m *pairModel) decide(found *entities.Found, rels []graph.Relation, cands []pairCandidate, pair []float64, preds []graph.Predicate, strict []float64) []graph.Relation {
	type key [2]graph.ActorID
	bestPair := map[key]float64{}     // over every candidate of the pair
	assertedPair := map[key]float64{} // over its asserted candidates
	best := map[key]int{}             // the asserted candidate of highest strict probability
	var order []key
	for i := range cands {
		c := &cands[i]
		k := key{c.subj, c.obj}
		if p, ok := bestPair[k]; !ok || pair[i] > p {
			bestPair[k] = pair[i]
		}
		if !c.asserted {
			continue
		}
		if p, ok := assertedPair[k]; !ok || pair[i] > p {
			assertedPair[k] = pair[i]
		}
		j, ok := best[k]
		if !ok {
			order = append(order, k)
		}
		if !ok || strict[i] > strict[j] || strict[i] == strict[j] && pair[i] > pair[j] {
			best[k] = i
		}
	}
	ruled := map[key]bool{}
	out := rels[:0:0]
	for _, r := range rels {
		k := key{r.Subject, r.Object}
		if p, ok := bestPair[k]; ok && p < m.drop {
			continue
		}
		ruled[k] = true
		out = append(out, r)
	}
	for _, k := range order {
		i := best[k]
		c := &cands[i]
		// the rules decided the direction of a pair they relate
		if ruled[k] || ruled[key{k[1], k[0]}] || strict[i] < m.addStrict && assertedPair[k] < m.addPair {
			continue
		}
		if found.Actor(c.subj).Name == found.Actor(c.obj).Name {
			continue
		}
		if c.kind == "noun" || c.kind == "adj" {
			// a predicate read off an ordinary noun ("remark-at") is
			// seldom one a reader draws: such candidates only inform
			// the drop decision
			continue
		}
		out = append(out, graph.Relation{Subject: c.subj, Predicate: preds[i], Object: c.obj, Sentence: c.sent})
	}
	return out
}

// readings returns the path's readings of c's predicate, normalised, once
// each, in the order the candidate gives them.
func (m *pairModel) readings(c *pairCandidate) []graph.Predicate {
	out := make([]graph.Predicate, 0, len(c.alts))
	for _, a := range c.alts {
		if p := m.normalise(a); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// choose returns the reading the ranker scores highest for c, the first on
// a tie, and its margin over the next best (99 when it is the only one).
func (m *pairModel) choose(c *pairCandidate) (graph.Predicate, float64) {
	best, bestScore, second := -1, 0.0, math.Inf(-1)
	rs := m.readings(c)
	for i, p := range rs {
		s := 0.0
		for _, f := range readingFeatures(c, string(p), i) {
			s += m.rank[f]
		}
		switch {
		case best < 0 || s > bestScore:
			if best >= 0 {
				second = bestScore
			}
			best, bestScore = i, s
		case s > second:
			second = s
		}
	}
	if best < 0 {
		return c.pred, 99
	}
	if math.IsInf(second, -1) {
		return rs[best], 99
	}
	return rs[best], bestScore - second
}
