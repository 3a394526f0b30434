package pairs_test

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestCandidates checks which candidate pairs, with which predicate and
// assertion, the parsed analysis of short sentences of our own yields.
func TestCandidates(t *testing.T) {
	p, err := loadPipeline()
	if err != nil {
		t.Fatal(err)
	}
	cands := func(text string) []string {
		sents := p.model.Analyze(norm.NFC.String(text))
		found := p.finder.Find(sents)
		_, cs := p.reader.ReadRules(sents, found)
		var out []string
		for _, c := range cs {
			s := found.Actor(c.Subj).Name + " | " + string(c.Pred) + " | " + found.Actor(c.Obj).Name
			if !c.Asserted {
				s += " (unasserted)"
			}
			out = append(out, s)
		}
		return out
	}
	for _, tc := range []struct {
		text      string
		want, not []string
	}{{
		// an open complement shares its subject with the verb above
		text: "Peru continued to help Chile.",
		want: []string{"Peru | helped | Chile"},
	}, {
		// a passive's subject is its patient: the pair runs from the agent
		text: "Chile was invaded by Peru in the spring.",
		want: []string{"Peru | invaded | Chile"},
		not:  []string{"Chile | invaded | Peru"},
	}, {
		// two agents of one passive are both doers, not one the other's
		// patient
		text: "The bonds are rated AA by Kestrel Ratings and A-plus by Standard and Poor's Corp.",
		not: []string{"Standard & Poor's | rated | Kestrel Ratings",
			"Kestrel Ratings | rated | Standard & Poor's"},
	}, {
		// a verb done together acts bare on nobody but its object
		text: "Ana Soto was speaking at a meeting of the Andean Council, whose leading members are Luis Diaz and Jorge Ruiz.",
		not:  []string{"Ana Soto | spoke | Luis Diaz", "Ana Soto | spoke | Jorge Ruiz"},
	}, {
		// a negation on a word of the link, wherever the parser hangs it
		text: "Peru did not continue to help Chile.",
		want: []string{"Peru | helped | Chile (unasserted)"},
		not:  []string{"Peru | helped | Chile"},
	}, {
		// a state holds no office: the role's holder is the name after it
		text: "Lund Motors counts itself among the leading carmakers in Sweden, manager of Lund's press office Eva Berg said.",
		not:  []string{"Sweden | manager-of | Lund Motors"},
	}, {
		// nor does a body: the person who heads its unit holds the
		// role, and a firm is no director or president of another
		text: "Velmar and Co said the head of its mergers and acquisitions department in London, accused by U.S. regulators of breaking trading rules, has been suspended from the bank.",
		not:  []string{"Velmar and Co | head-of | United Kingdom"},
	}, {
		text: "The suit names Norcom Inc and Tom Hale, who until May 3 was a director of Corlan Co, Norcom's main subsidiary and its president and chief operating officer.",
		not:  []string{"Norcom Inc | director-of | Corlan Co"},
	}, {
		// a person placed by an organisation works for it
		text: "Olga Brandt of the Nordic Refugee Council visited the camp.",
		want: []string{"Olga Brandt | works-for | Nordic Refugee Council"},
		not:  []string{"Olga Brandt | of | Nordic Refugee Council"},
	}} {
		got := cands(tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: no candidate %q in %q", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%q: candidate %q in %q", tc.text, n, got)
			}
		}
	}
}
