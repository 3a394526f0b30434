package relations

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

func TestParsePairModel(t *testing.T) {
	good := "# a comment\nadd-pair\t0.9\nadd-strict\t0.5\ndrop\t0.1\nnorm\tmet\tmet-with\npair\tbias\t-1.5\nrank\tr0\t0.25\nstrict\tbias\t0.5\n"
	m, err := parsePairModel(good)
	if err != nil {
		t.Fatal(err)
	}
	if m.addPair != 0.9 || m.addStrict != 0.5 || m.drop != 0.1 {
		t.Errorf("thresholds %v %v %v, want 0.9 0.5 0.1", m.addPair, m.addStrict, m.drop)
	}
	if m.normalise("met") != "met-with" || m.normalise("visited") != "visited" {
		t.Errorf("normalise: met -> %s, visited -> %s", m.normalise("met"), m.normalise("visited"))
	}
	if m.pair["bias"] != -1.5 || m.rank["r0"] != 0.25 || m.strict["bias"] != 0.5 {
		t.Errorf("weights %v %v %v", m.pair, m.rank, m.strict)
	}
	empty, err := parsePairModel("")
	if err != nil {
		t.Fatal(err)
	}
	if empty.addPair <= 1 || empty.addStrict <= 1 || empty.drop != 0 {
		t.Errorf("a model without thresholds adds or drops: %+v", empty)
	}
	for _, bad := range []string{
		"add-pair\tmany\n",
		"pair\tbias\n",
		"norm\tmet\n",
		"weights\tbias\t1\n",
		"pair\tbias\t1\textra\n",
	} {
		_, err := parsePairModel("# first line\n" + bad)
		if err == nil || !strings.Contains(err.Error(), "pairs.model:2:") {
			t.Errorf("parsePairModel(%q) = %v, want an error at line 2", bad, err)
		}
	}
}

// TestPairModelDecide checks what the model adds and drops, given the
// probabilities of the candidates.
func TestPairModelDecide(t *testing.T) {
	found := &entities.Found{Actors: []graph.Actor{{Name: "A"}, {Name: "B"}, {Name: "C"}, {Name: "D"}, {Name: "A"}}}
	cand := func(s, o graph.ActorID, asserted bool) pairCandidate {
		return pairCandidate{subj: s, obj: o, asserted: asserted, pred: "x", sent: 2}
	}
	cands := []pairCandidate{
		cand(0, 1, true),  // confident: added
		cand(0, 1, true),  // the same pair again, less confident
		cand(1, 2, false), // confident but negated: not added
		cand(2, 3, true),  // below the threshold
		cand(3, 0, true),  // the reverse of a rule's pair: not added
		cand(2, 1, true),  // the pair of a rule edge the model doubts: dropped
		cand(0, 4, true),  // two actors of one name: never related
	}
	pair := []float64{0.9, 0.3, 0.9, 0.9, 0.9, 0.01, 0.9}
	preds := []graph.Predicate{"met", "saw", "attacked", "praised", "visited", "joined", "met"}
	strict := []float64{0.8, 0.2, 0.9, 0.4, 0.9, 0.01, 0.9}
	rules := []graph.Relation{
		{Subject: 0, Predicate: "called", Object: 3, Sentence: 0},
		{Subject: 2, Predicate: "joined", Object: 1, Sentence: 1},
	}
	m := &pairModel{addPair: 2, addStrict: 0.5, drop: 0.05}
	got := m.decide(found, rules, cands, pair, preds, strict)
	want := []graph.Relation{
		{Subject: 0, Predicate: "called", Object: 3, Sentence: 0},
		{Subject: 0, Predicate: "met", Object: 1, Sentence: 2},
	}
	if !slices.Equal(got, want) {
		t.Errorf("decide = %v, want %v", got, want)
	}
	if len(rules) != 2 || rules[1].Predicate != "joined" {
		t.Errorf("decide changed the rules' slice: %v", rules)
	}
	var none *pairModel
	if got := none.revise(found, rules, cands); !slices.Equal(got, rules) {
		t.Errorf("a nil model revised the rules' relations: %v", got)
	}
}

// TestShippedPairModel runs the analysis of build on a sentence where a
// possessive names the body a role belongs to: no rule reads it, the
// shipped model adds the edge, and not under a negation.
func TestShippedPairModel(t *testing.T) {
	m, err := parsePairModel(pairsModelTxt)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.pair) == 0 || len(m.strict) == 0 || len(m.rank) == 0 {
		t.Fatalf("the shipped model has no weights: %d pair, %d strict, %d rank", len(m.pair), len(m.strict), len(m.rank))
	}
	if m.addStrict <= 0 || m.addStrict > 1 {
		t.Errorf("the shipped model adds nothing: add-strict %v", m.addStrict)
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
		r, _ := p.reader.readRules(sents, found)
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
