package pairs

import (
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// The model's parts, for the tests of package pairs_test, which train it on
// the output of package relations (which imports pairs).

var (
	Prob            = prob
	ReadingFeatures = readingFeatures
	StrictFeatures  = strictFeatures
	ModelText       = pairsModelTxt
)

func (m *Model) Normalise(p graph.Predicate) graph.Predicate { return m.normalise(p) }

func (m *Model) Readings(c *Candidate) []graph.Predicate { return m.readings(c) }

func (m *Model) Choose(c *Candidate) (graph.Predicate, float64) {
	p, margin, _ := m.choose(c, nil)
	return p, margin
}

func (m *Model) Scores(cands []Candidate) (pair []float64, preds []graph.Predicate, strict []float64) {
	return m.scores(cands)
}

func (m *Model) Decide(found *entities.Found, rels []graph.Relation, cands []Candidate, pair []float64, preds []graph.Predicate, strict []float64) []graph.Relation {
	return m.decide(found, rels, cands, pair, preds, strict)
}
