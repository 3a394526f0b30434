package pairs_test

import (
	"math"
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/pairs"
)

// TestShippedPairModel runs the analysis of build on a sentence where a
// possessive names the body a role belongs to: no rule reads it, the
// shipped model adds the edge, and not under a negation.
func TestShippedPairModel(t *testing.T) {
	m, err := pairs.Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Pair) == 0 || len(m.Strict) == 0 || len(m.Rank) == 0 {
		t.Fatalf("the shipped model has no weights: %d pair, %d strict, %d rank", len(m.Pair), len(m.Strict), len(m.Rank))
	}
	if m.AddStrict <= 0 || m.AddStrict > 1 {
		t.Errorf("the shipped model adds nothing: add-strict %v", m.AddStrict)
	}
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	read := func(text string) (rules, all []string) {
		sents := p.model.Analyze(norm.NFC.String(text))
		found := p.finder.Find(sents)
		show := func(rs []graph.Relation) []string {
			var out []string
			for _, r := range rs {
				out = append(out, found.Actor(r.Subject).Name+" | "+string(r.Predicate)+" | "+found.Actor(r.Object).Name)
			}
			return out
		}
		r, _ := p.reader.ReadRules(sents, found)
		return show(r), show(p.reader.Read(sents, found))
	}
	// The rules read this title since the q-roles branch; the model must
	// keep what they read, unchanged. (It was the case of a pair the
	// model adds; that half wants a new case the rules miss.)
	rules, all := read("Labour's defence spokesman Tom Baker said the plan was late.")
	want := "Tom Baker | spokesman-for | Labour Party"
	if !slices.Equal(rules, []string{want}) {
		t.Errorf("the rules read %v, want [%s]", rules, want)
	}
	if !slices.Equal(all, []string{want}) {
		t.Errorf("with the pair model: %v, want [%s]", all, want)
	}
	if _, all := read("Tom Baker is not Labour's defence spokesman."); len(all) != 0 {
		t.Errorf("negated, with the pair model: %v, want none", all)
	}
}

// TestScoresSumFeatures checks that the scores of the pair model, which
// sum the weights of the ranker's and the strict model's features as they
// are written, are those of the features listed and summed in order, to
// the last bit: build's output must not change with the way they are
// summed.
func TestScoresSumFeatures(t *testing.T) {
	m, err := pairs.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	text := "Peru's president met the Chilean foreign minister in Lima on Monday. " +
		"Bolivia accused Peru of helping rebels, and Chile said it would send troops to Bolivia. " +
		"The United Nations urged Peru and Chile to talk."
	sents := p.model.Analyze(norm.NFC.String(text))
	found := p.finder.Find(sents)
	_, cands := p.reader.ReadRules(sents, found)
	pair, preds, strict := m.Scores(cands)
	asserted := 0
	for i := range cands {
		c := &cands[i]
		if !c.Asserted {
			continue
		}
		asserted++
		// the ranker, as Choose words it
		best, bestScore, second := -1, 0.0, math.Inf(-1)
		rs := m.Readings(c)
		for k, r := range rs {
			s := 0.0
			for _, f := range pairs.ReadingFeatures(c, string(r), k) {
				s += m.Rank[f]
			}
			switch {
			case best < 0 || s > bestScore:
				if best >= 0 {
					second = bestScore
				}
				best, bestScore = k, s
			case s > second:
				second = s
			}
		}
		pred, margin := c.Pred, 99.0
		if best >= 0 {
			pred = rs[best]
			if !math.IsInf(second, -1) {
				margin = bestScore - second
			}
		}
		if preds[i] != pred {
			t.Errorf("candidate %d: predicate %q, want %q", i, preds[i], pred)
		}
		if want := pair[i] * pairs.Prob(m.Strict, pairs.StrictFeatures(c, string(pred), margin)); strict[i] != want {
			t.Errorf("candidate %d: strict %v, want %v", i, strict[i], want)
		}
	}
	if asserted == 0 {
		t.Fatal("no asserted candidate to score")
	}
}
