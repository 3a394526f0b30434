package pairs

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

func TestParsePairModel(t *testing.T) {
	good := "# a comment\nadd-pair\t0.9\nadd-strict\t0.5\ndrop\t0.1\nnorm\tmet\tmet-with\npair\tbias\t-1.5\nrank\tr0\t0.25\nstrict\tbias\t0.5\n"
	m, err := Parse(good)
	if err != nil {
		t.Fatal(err)
	}
	if m.AddPair != 0.9 || m.AddStrict != 0.5 || m.Drop != 0.1 {
		t.Errorf("thresholds %v %v %v, want 0.9 0.5 0.1", m.AddPair, m.AddStrict, m.Drop)
	}
	if m.normalise("met") != "met-with" || m.normalise("visited") != "visited" {
		t.Errorf("normalise: met -> %s, visited -> %s", m.normalise("met"), m.normalise("visited"))
	}
	if m.Pair["bias"] != -1.5 || m.Rank["r0"] != 0.25 || m.Strict["bias"] != 0.5 {
		t.Errorf("weights %v %v %v", m.Pair, m.Rank, m.Strict)
	}
	empty, err := Parse("")
	if err != nil {
		t.Fatal(err)
	}
	if empty.AddPair <= 1 || empty.AddStrict <= 1 || empty.Drop != 0 {
		t.Errorf("a model without thresholds adds or drops: %+v", empty)
	}
	for _, bad := range []string{
		"add-pair\tmany\n",
		"pair\tbias\n",
		"norm\tmet\n",
		"weights\tbias\t1\n",
		"pair\tbias\t1\textra\n",
	} {
		_, err := Parse("# first line\n" + bad)
		if err == nil || !strings.Contains(err.Error(), "pairs.model:2:") {
			t.Errorf("Parse(%q) = %v, want an error at line 2", bad, err)
		}
	}
}

// TestPairModelDecide checks what the model adds and drops, given the
// probabilities of the candidates.
func TestPairModelDecide(t *testing.T) {
	found := &entities.Found{Actors: []graph.Actor{{Name: "A"}, {Name: "B"}, {Name: "C"}, {Name: "D"}, {Name: "A"}}}
	cand := func(s, o graph.ActorID, asserted bool) Candidate {
		return Candidate{Subj: s, Obj: o, Asserted: asserted, Pred: "x", Sent: 2}
	}
	cands := []Candidate{
		cand(0, 1, true),  // confident: added
		cand(0, 1, true),  // the same pair again, less confident
		cand(1, 2, false), // confident but negated: not added
		cand(2, 3, true),  // below the threshold
		cand(3, 0, true),  // the reverse of a rule's pair: not added
		cand(2, 1, true),  // the pair of a rule edge the model doubts: dropped
		cand(0, 4, true),  // two actors of one name: never related
		cand(1, 0, true),  // the reverse of the first through the same word, less sure: not added
		cand(1, 3, true),  // confident, but its predicate is a bare preposition: not added
	}
	pair := []float64{0.9, 0.3, 0.9, 0.9, 0.9, 0.01, 0.9, 0.9, 0.9}
	preds := []graph.Predicate{"met", "saw", "attacked", "praised", "visited", "joined", "met", "met", "of"}
	strict := []float64{0.8, 0.2, 0.9, 0.4, 0.9, 0.01, 0.9, 0.7, 0.9}
	rules := []graph.Relation{
		{Subject: 0, Predicate: "called", Object: 3, Sentence: 0},
		{Subject: 2, Predicate: "joined", Object: 1, Sentence: 1},
	}
	m := &Model{AddPair: 2, AddStrict: 0.5, Drop: 0.05}
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
	var none *Model
	if got := none.Revise(found, rules, cands); !slices.Equal(got, rules) {
		t.Errorf("a nil model revised the rules' relations: %v", got)
	}
}

// TestBodyOf checks the wording of a bare "of" between a body and a state.
func TestBodyOf(t *testing.T) {
	found := &entities.Found{Actors: []graph.Actor{
		{Name: "Labour Party", Type: graph.Organization}, {Name: "Ruritania", Type: graph.Country},
		{Name: "Electoral Commission", Type: graph.Organization}, {Name: "Ana Ruiz", Type: graph.Person},
		{Name: "Lund Shipping Corp", Type: graph.Organization}, {Name: "Lund Motors", Type: graph.Organization},
	}}
	for _, c := range []struct {
		s, o graph.ActorID
		pred graph.Predicate
		want graph.Predicate
	}{
		{0, 1, "of", "party-of"},
		{2, 1, "of", "part-of"},
		{3, 1, "of", "of"},   // a person's "of" says too little to word it
		{2, 1, "met", "met"}, // a predicate of its own is kept
		{1, 0, "of", "of"},   // a state is no body of a party
		{4, 1, "of", "of"},   // a company is no part of its state
		{5, 1, "of", "of"},   // nor is an organisation its name does not say is a public body
	} {
		if got := bodyOf(found, c.s, c.o, c.pred); got != c.want {
			t.Errorf("bodyOf(%d, %d, %q) = %q, want %q", c.s, c.o, c.pred, got, c.want)
		}
	}
}

// TestReadingAndStrictFeatures pins the features the ranker and the strict
// model see, which they now sum as eachReadingFeature and
// eachStrictFeature write them.
func TestReadingAndStrictFeatures(t *testing.T) {
	c := &Candidate{Feats: []string{"bias", "kind=verb", "types=PER|ORG", "ends=nsubj|obj", "lemma=verb|meet", "oarc=obj"}}
	got := readingFeatures(c, "met", 5)
	want := []string{"r3", "rp=met", "r3|kind=verb", "r3|types=PER|ORG", "rp=met|types=PER|ORG", "rp=met|ends=nsubj|obj", "r3|lemma=verb|meet", "r3|oarc=obj"}
	if !slices.Equal(got, want) {
		t.Errorf("readingFeatures = %q, want %q", got, want)
	}
	if got := readingFeatures(c, "met", 1)[0]; got != "r1" {
		t.Errorf("the rank feature of the second reading is %q, want r1", got)
	}
	got = strictFeatures(c, "met", 5.5)
	want = append(slices.Clone(c.Feats), "chose=met", "margin=4-6", "chose=met|kind=verb", "chose=met|types=PER|ORG", "chose=met|lemma=verb|meet")
	if !slices.Equal(got, want) {
		t.Errorf("strictFeatures = %q, want %q", got, want)
	}
}
