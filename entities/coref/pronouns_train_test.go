package coref

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

var updatePronouns = flag.Bool("update-pronouns", false, "train the pronoun ranker on GUM's training split and rewrite pronouns.model")

// pronounEpochs is how many passes over the training documents the
// perceptron makes.
const pronounEpochs = 6

// perceptron is an averaged perceptron over string features.
type perceptron struct {
	w, total map[string]float64
	stamp    map[string]int
	t        int
}

func newPerceptron() *perceptron {
	return &perceptron{w: map[string]float64{}, total: map[string]float64{}, stamp: map[string]int{}}
}

func (p *perceptron) score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += p.w[f]
	}
	return s
}

func (p *perceptron) bump(f string, d float64) {
	p.total[f] += float64(p.t-p.stamp[f]) * p.w[f]
	p.stamp[f] = p.t
	p.w[f] += d
}

// update moves the weights towards good and away from bad. The caller
// counts the examples in p.t, after the update.
func (p *perceptron) update(good, bad []string) {
	for _, f := range good {
		p.bump(f, 1)
	}
	for _, f := range bad {
		p.bump(f, -1)
	}
}

// average returns the averaged weights as a model.
func (p *perceptron) average() *pronounModel {
	m := &pronounModel{w: map[string]float64{}}
	for f, w := range p.w {
		avg := (p.total[f] + float64(p.t-p.stamp[f])*w) / float64(max(p.t, 1))
		if avg > 1e-4 || avg < -1e-4 {
			m.w[f] = avg
		}
	}
	return m
}

func formatPronounModel(m *pronounModel) string {
	var sb strings.Builder
	sb.WriteString("# Weights of the pronoun ranker (pronouns.go): feature <TAB> weight.\n")
	sb.WriteString("# Learned from the coreference chains of the training split of UD English\n")
	sb.WriteString("# GUM (CC BY 4.0 and others, see its LICENSE.txt) by TestTrainPronouns;\n")
	sb.WriteString("# rewrite with go test -run TestTrainPronouns -update-pronouns ./entities/coref/\n")
	keys := make([]string, 0, len(m.w))
	for k := range m.w {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s\t%.4f\n", k, m.w[k])
	}
	return sb.String()
}

// reanalyse returns a GUM document's sentences analysed by our own tagger
// and parser from its gold tokens, as the finder sees text.
func reanalyse(model *syntax.Model, doc gum.Document) []ud.Sentence {
	sents := make([]ud.Sentence, len(doc.Sentences))
	for i, s := range doc.Sentences {
		s.Tokens = append([]ud.Token(nil), s.Tokens...)
		for k := range s.Tokens {
			tk := &s.Tokens[k]
			tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel = "", "", "", -1, ""
		}
		model.AnalyzeSentence(&s)
		sents[i] = s
	}
	return sents
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
	p := newPerceptron()
	table, _ := defaultGenders()
	for range epochs {
		for _, di := range order {
			doc := docs[di]
			f := find(sents[di])
			f.Spans = slices.DeleteFunc(f.Spans, func(s found.Span) bool { return s.Kind == found.PronounSpan })
			f.Index(len(sents[di]))
			gold := goldEntities(doc)
			nps := x.articleNPs(f, sents[di], personGenders(f, sents[di], table))
			resolvePronouns(nps, sents[di], func(pi int, cands []pronounCandidate) int {
				pred := 0
				for k := range cands {
					if p.score(cands[k].feats) > p.score(cands[pred].feats) {
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
					if ok && right(k) && (goodK < 0 || p.score(cands[k].feats) > p.score(cands[goodK].feats)) {
						goodK = k
					}
				}
				if goodK < 0 {
					goodK = 0
				}
				if pred != goodK && !(pred > 0 && ok && right(pred)) {
					p.update(cands[goodK].feats, cands[pred].feats)
				}
				p.t++
				return pred
			})
		}
	}
	return p.average()
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
		sents[i] = reanalyse(model, d)
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
	nps := x.articleNPs(f, sents[0], personGenders(f, sents[0], table))
	spans := resolvePronouns(nps, sents[0], func(_ int, c []pronounCandidate) int { return m.best(c) })
	if len(spans) != 1 || f.Actors[spans[0].Actor].Name != "Donald Trump" {
		var got []string
		for _, s := range spans {
			got = append(got, fmt.Sprintf("s%d:%d -> %s", s.Sentence, s.Start, f.Actors[s.Actor].Name))
		}
		t.Errorf("trained on the sample, the sample's pronouns resolve to %v, want He -> Donald Trump", got)
	}
}
