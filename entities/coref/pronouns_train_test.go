package coref

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

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

var updatePronouns = flag.Bool("update-pronouns", false, "train the pronoun ranker on GUM's training split and rewrite pronouns.model")

// pronounEpochs is how many passes over the training documents the
// perceptron makes.
const pronounEpochs = 6

func formatPronounModel(m *pronounModel) string {
	var sb strings.Builder
	sb.WriteString("# Weights of the pronoun ranker (pronouns.go): feature <TAB> weight.\n")
	sb.WriteString("# Learned from the coreference chains of the training split of UD English\n")
	sb.WriteString("# GUM (CC BY 4.0 and others, see its LICENSE.txt) by TestTrainPronouns;\n")
	sb.WriteString("# rewrite with go test -run TestTrainPronouns -update-pronouns ./entities/coref/\n")
	keys := slices.Sorted(maps.Keys(m.w))
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s\t%.4f\n", k, m.w[k])
	}
	return sb.String()
}

// goldEntities maps each token of a GUM document inside a mention to the
// entity of the smallest mention that has it among its heads, else of the
// smallest mention that holds it.
func goldEntities(doc gum.Document) map[tokenRef]string {
	type best struct {
		size int
		head bool
		ent  string
	}
	at := map[tokenRef]best{}
	for _, m := range doc.Mentions {
		for k := m.Start; k < m.End; k++ {
			b := best{m.End - m.Start, slices.Contains(m.Heads, k), m.Entity}
			ref := tokenRef{m.Sentence, k}
			old, ok := at[ref]
			if !ok || (b.head && !old.head) || (b.head == old.head && b.size < old.size) {
				at[ref] = b
			}
		}
	}
	out := make(map[tokenRef]string, len(at))
	for r, b := range at {
		out[r] = b.ent
	}
	return out
}

// trainPronouns trains the ranker on documents: for each pronoun GUM
// annotates, the candidates in the pronoun's own chain are right (none is
// right when no candidate is), and the perceptron learns to rank one of
// them first.
func trainPronouns(find func([]ud.Sentence) *found.Found, x *resolver, docs []gum.Document, sents [][]ud.Sentence, epochs int) *pronounModel {
	// The perceptron's weights depend on the order it reads the documents
	// in; the mean of the models of several orders varies less.
	out := &pronounModel{w: map[string]float64{}}
	rng := rand.New(rand.NewPCG(1, 2))
	for bag := range pronounBags {
		order := make([]int, len(docs))
		for i := range order {
			order[i] = i
		}
		if bag > 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		m := trainPronounsOnce(find, x, docs, sents, epochs, order)
		for f, w := range m.w {
			out.w[f] += w / pronounBags
		}
	}
	return out
}

// pronounBags is how many orders of the documents trainPronouns averages.
const pronounBags = 5

func trainPronounsOnce(find func([]ud.Sentence) *found.Found, x *resolver, docs []gum.Document, sents [][]ud.Sentence, epochs int, order []int) *pronounModel {
	p := perceptron.NewSparse()
	table, _ := defaultGenders()
	for range epochs {
		for _, di := range order {
			doc := docs[di]
			f := find(sents[di])
			f.Spans = slices.DeleteFunc(f.Spans, func(s found.Span) bool { return s.Kind == found.PronounSpan })
			f.Index(len(sents[di]))
			gold := goldEntities(doc)
			nps := x.articleNPs(f, sents[di], nil, personGenders(f, sents[di], table))
			resolvePronouns(nps, sents[di], func(pi int, cands []pronounCandidate) int {
				pred := 0
				for k := range cands {
					if p.Score(cands[k].feats) > p.Score(cands[pred].feats) {
						pred = k
					}
				}
				pe, ok := gold[tokenRef{nps[pi].sent, nps[pi].tok}]
				right := func(k int) bool {
					if k == 0 {
						return false
					}
					e, ok := gold[tokenRef{cands[k].n.sent, cands[k].n.tok}]
					return ok && e == pe
				}
				goodK := -1
				for k := range cands {
					if ok && right(k) && (goodK < 0 || p.Score(cands[k].feats) > p.Score(cands[goodK].feats)) {
						goodK = k
					}
				}
				if goodK < 0 {
					goodK = 0
				}
				if pred != goodK && !(pred > 0 && ok && right(pred)) {
					p.Update(cands[goodK].feats, cands[pred].feats)
				}
				p.Tick()
				return pred
			})
		}
	}
	// strictly more than 1e-4 in magnitude, as the shipped model was pruned
	return &pronounModel{w: p.Average(math.Nextafter(1e-4, 1))}
}

// testTrainPronouns, run by TestTrainPronouns of entities_test.go with the
// finder of package entities, trains the ranker on the sample documents and checks
// it resolves their pronoun; with -update-pronouns it trains on GUM's
// training split and rewrites pronouns.model.
func testTrainPronouns(t *testing.T, find func([]ud.Sentence) *found.Found, roles Roles) {
	model := testenv.Must(t, syntax.DefaultModel)
	x := &resolver{roles: roles}
	split := "sample"
	var docs []gum.Document
	if *updatePronouns {
		split = "train"
		docs = gumtest.Split(t, "train")
	} else {
		docs = gumtest.SampleDocuments(t)
	}
	sents := make([][]ud.Sentence, len(docs))
	for i, d := range docs {
		sents[i] = gumtest.Reanalyse(d, model.AnalyzeSentence)
	}
	m := trainPronouns(find, x, docs, sents, pronounEpochs)
	if len(m.w) == 0 {
		t.Fatalf("training on %s learned no weights", split)
	}
	if *updatePronouns {
		if err := os.WriteFile("pronouns.model", []byte(formatPronounModel(m)), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("trained on %d documents of GUM %s: %d weights", len(docs), split, len(m.w))
		return
	}
	// the sample's "He" refers to the president named before it
	f := find(sents[0])
	f.Spans = slices.DeleteFunc(f.Spans, func(s found.Span) bool { return s.Kind == found.PronounSpan })
	f.Index(len(sents[0]))
	table, _ := defaultGenders()
	nps := x.articleNPs(f, sents[0], nil, personGenders(f, sents[0], table))
	spans := resolvePronouns(nps, sents[0], func(_ int, c []pronounCandidate) int { return m.best(c) })
	if len(spans) != 1 || f.Actors[spans[0].Actor].Name != "Donald Trump" {
		var got []string
		for _, s := range spans {
			got = append(got, fmt.Sprintf("s%d:%d -> %s", s.Sentence, s.Start, f.Actors[s.Actor].Name))
		}
		t.Errorf("trained on the sample, the sample's pronouns resolve to %v, want He -> Donald Trump", got)
	}
}
