package pairs

import (
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
)

//go:embed pairs.model
var pairsModelTxt string

// Model is a logistic regression over the features of candidate pairs
// (pairs_features.go), learned from annotated articles, with the
// thresholds at which it adds a pair the rules missed or drops a pair the
// rules read, and a table that maps the predicates the paths propose to the
// forms annotators write.
type Model struct {
	// Pair scores whether a reader relates the pair; Rank chooses its
	// predicate among the path's readings; Strict scores whether a reader
	// who relates the pair accepts the chosen predicate
	Pair, Rank, Strict map[string]float64
	// AddPair and AddStrict are the probabilities from which a candidate
	// pair the rules did not relate is added: by either model's
	AddPair, AddStrict float64
	Drop               float64 // drop a rule's pair whose best candidate's pair probability is below this; 0 drops none
	Norm               map[graph.Predicate]graph.Predicate
}

// Default parses the shipped model, pairs.model.
func Default() (*Model, error) { return Parse(pairsModelTxt) }

// Parse reads the format of pairs.model (the tests' formatPairModel writes it): lines of
// tab-separated fields, "add-pair P", "add-strict P", "drop P", "norm FROM
// TO", or "pair", "rank" or "strict" followed by FEATURE and WEIGHT; #
// starts a comment line. A threshold the text does not give adds or drops nothing.
func Parse(text string) (*Model, error) {
	m := &Model{
		Pair: map[string]float64{}, Rank: map[string]float64{}, Strict: map[string]float64{},
		Norm: map[graph.Predicate]graph.Predicate{}, AddPair: 2, AddStrict: 2,
	}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		var err error
		switch {
		case f[0] == "add-pair" && len(f) == 2:
			m.AddPair, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "add-strict" && len(f) == 2:
			m.AddStrict, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "drop" && len(f) == 2:
			m.Drop, err = strconv.ParseFloat(f[1], 64)
		case f[0] == "norm" && len(f) == 3:
			m.Norm[graph.Predicate(f[1])] = graph.Predicate(f[2])
		case (f[0] == "pair" || f[0] == "rank" || f[0] == "strict") && len(f) == 3:
			var w float64
			w, err = strconv.ParseFloat(f[2], 64)
			map[string]map[string]float64{"pair": m.Pair, "rank": m.Rank, "strict": m.Strict}[f[0]][f[1]] = w
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
	return logistic(s)
}

// logistic is the probability that prob gives a sum of weights s.
func logistic(s float64) float64 { return 1 / (1 + math.Exp(-s)) }

// normalise returns the form of predicate p that annotators write.
func (m *Model) normalise(p graph.Predicate) graph.Predicate {
	if q, ok := m.Norm[p]; ok {
		return q
	}
	return p
}

// scores returns, for each candidate, the probability that a reader relates
// its pair, and, for an asserted candidate, the predicate the model chooses
// and the probability that a reader relates the pair with that predicate
// (decide reads those of asserted candidates only; the others get "" and
// 0).
func (m *Model) scores(cands []Candidate) (pair []float64, preds []graph.Predicate, strict []float64) {
	pair, strict = make([]float64, len(cands)), make([]float64, len(cands))
	preds = make([]graph.Predicate, len(cands))
	var buf []byte // the room the features of the ranker and the strict model are written in
	for i := range cands {
		c := &cands[i]
		pair[i] = prob(m.Pair, c.Feats)
		if !c.Asserted {
			continue
		}
		var margin float64
		preds[i], margin, buf = m.choose(c, buf)
		// prob(m.Strict, strictFeatures(...)), summed in the same order
		s := 0.0
		for _, f := range c.Feats {
			s += m.Strict[f]
		}
		buf = eachStrictFeature(buf, c, string(preds[i]), margin, func(f []byte) { s += m.Strict[string(f)] })
		strict[i] = pair[i] * logistic(s)
	}
	return pair, preds, strict
}

// Revise applies the model to the relations the rules read. A nil model
// returns rels as they are.
func (m *Model) Revise(found *entities.Found, rels []graph.Relation, cands []Candidate) []graph.Relation {
	if m == nil {
		return rels
	}
	pair, preds, strict := m.scores(cands)
	return m.decide(found, rels, cands, pair, preds, strict)
}

// decide drops the rule pairs whose every candidate has a pair probability
// below m.Drop, and adds, once an article, each ordered pair the rules did
// not relate either way round whose best asserted candidate reaches
// m.AddStrict by the strict model or m.AddPair by the pair model, with that
// candidate's chosen predicate (worded by bodyOf) and its sentence as the
// evidence, unless that predicate is vague or a bare event noun
// (Candidate.Bare), or the object only the place where the subject acts
// (Candidate.Where); of a pair that passes both
// ways round through one word, only the direction of higher strict (then
// pair) probability.
func (m *Model) decide(found *entities.Found, rels []graph.Relation, cands []Candidate, pair []float64, preds []graph.Predicate, strict []float64) []graph.Relation {
	type key [2]graph.ActorID
	bestPair := map[key]float64{}     // over every candidate of the pair
	assertedPair := map[key]float64{} // over its asserted candidates
	best := map[key]int{}             // the asserted candidate of highest strict probability
	var order []key
	for i := range cands {
		c := &cands[i]
		k := key{c.Subj, c.Obj}
		if p, ok := bestPair[k]; !ok || pair[i] > p {
			bestPair[k] = pair[i]
		}
		if !c.Asserted {
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
		if p, ok := bestPair[k]; ok && p < m.Drop {
			continue
		}
		ruled[k] = true
		out = append(out, r)
	}
	passes := func(k key) bool {
		i, ok := best[k]
		return ok && (strict[i] >= m.AddStrict || assertedPair[k] >= m.AddPair)
	}
	for _, k := range order {
		i := best[k]
		c := &cands[i]
		// the rules decided the direction of a pair they relate
		if ruled[k] || ruled[key{k[1], k[0]}] || !passes(k) {
			continue
		}
		// the two directions of a pair read off one word are one
		// statement: the model adds the one it believes more
		// ("Chile's problems with Bolivia": not both)
		if rk := (key{k[1], k[0]}); passes(rk) && cands[best[rk]].Sent == c.Sent && cands[best[rk]].Trigger == c.Trigger {
			j := best[rk]
			if strict[j] > strict[i] || strict[j] == strict[i] && (assertedPair[rk] > assertedPair[k] || assertedPair[rk] == assertedPair[k] && k[0] > k[1]) {
				continue
			}
		}
		if found.Actor(c.Subj).Name == found.Actor(c.Obj).Name {
			continue
		}
		pred := bodyOf(found, c.Subj, c.Obj, preds[i])
		if c.Widened != "" && pred == m.normalise(c.Clipped) {
			pred = c.Widened // "lifted-on" is "lifted-sanctions-on"
		}
		if vague(pred) || c.Where {
			// nor is one that says no more than that two actors are
			// linked, or where the other acted; the reverse direction
			// through the same word, which the model believed less, is
			// not added in its place
			continue
		}
		if pred == c.Bare && pred != "" {
			// "Acme's deal to buy Zenith", "Iraq's war with Iran"
			// read between the wrong pair: an event noun with no
			// preposition says the two take part in one event, not
			// how
			continue
		}
		if c.Kind == "noun" || c.Kind == "adj" {
			// a predicate read off an ordinary noun ("remark-at") is
			// seldom one a reader draws: such candidates only inform
			// the drop decision
			continue
		}
		out = append(out, graph.Relation{Subject: c.Subj, Predicate: pred, Object: c.Obj, Sentence: c.Sent})
	}
	return out
}

// vague reports whether p is a bare preposition ("of"), the reading of a
// pair with no word between its mentions ("the Iran-Iraq conflict", "the
// Lima-Quito route") that bodyOf could not word, or a bare verb of saying
// or being ("said", "noted", "had"), read off a clause that tells
// something of the object ("Peru said Chile's exports rose"): it says
// that two actors are linked but not how, which no reader can check, so
// the model adds no such pair.
func vague(p graph.Predicate) bool {
	return p == "of" || vagueVerbs[string(p)]
}

// vagueVerbs are the bare pasts of saying and being that name no relation.
var vagueVerbs = words.Set("said added noted stated had was were")

// readings returns the path's readings of c's predicate, normalised, once
// each, in the order the candidate gives them.
func (m *Model) readings(c *Candidate) []graph.Predicate {
	out := make([]graph.Predicate, 0, len(c.Alts))
	for _, a := range c.Alts {
		if p := m.normalise(a); !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// choose returns the reading the ranker scores highest for c, the first on
// a tie, and its margin over the next best (99 when it is the only one). It
// writes the features of the readings in buf, and returns it for reuse.
func (m *Model) choose(c *Candidate, buf []byte) (graph.Predicate, float64, []byte) {
	best, bestScore, second := -1, 0.0, math.Inf(-1)
	rs := m.readings(c)
	for i, p := range rs {
		s := 0.0
		buf = eachReadingFeature(buf, c, string(p), i, func(f []byte) { s += m.Rank[string(f)] })
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
		return c.Pred, 99, buf
	}
	if math.IsInf(second, -1) {
		return rs[best], 99, buf
	}
	return rs[best], bestScore - second, buf
}

// bodyOf words a bare "of" between an organisation and a state as what it
// is: a party's ("the Conservative Party of Britain": party-of), or a
// public body's, whose name ends in an institution noun (part-of: the
// Electoral Commission of Peru). A company is no part of its state ("Lund
// Shipping Corp of Norway", "Lund Motors", and the remnant of a name the
// finder cut at its state's adjective): its "of" stays bare, which decide
// does not add. Other pairs keep their predicate.
func bodyOf(found *entities.Found, s, o graph.ActorID, pred graph.Predicate) graph.Predicate {
	if pred != "of" || found.Actor(s).Type != graph.Organization || found.Actor(o).Type != graph.Country {
		return pred
	}
	ws := strings.Fields(found.Actor(s).Name)
	for _, w := range ws {
		if w == "Party" {
			return "party-of"
		}
	}
	body := false
	for _, w := range ws {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if companyWords[lw] {
			return pred
		}
		body = body || names.IsInstitutionNoun(lw)
	}
	if body {
		return "part-of"
	}
	return pred
}

// companyWords name a company's legal form: "Corp", "Inc", "Co", "PLC".
var companyWords = map[string]bool{
	"corp": true, "corporation": true, "inc": true, "incorporated": true, "co": true, "company": true,
	"ltd": true, "limited": true, "plc": true, "ag": true, "sa": true, "nv": true, "llc": true,
	"holdings": true, "group": true,
}
