package pairs_test

import (
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
