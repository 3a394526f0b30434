package entities

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax"
)

// TestPronounResolutionGUM measures the pronoun resolver against GUM's
// coreference chains on its test documents, analysed by our own tagger and
// parser from gold tokens: of the personal and possessive pronouns (he, his,
// she, her, it, its) that the resolver links to a named actor, how many it
// links to a name in the pronoun's own chain (precision); and of the
// pronouns whose chain has a named person, organisation or place before them,
// how many it links correctly (recall). It fails if either falls below the
// level measured when it was written, less a margin.
func TestPronounResolutionGUM(t *testing.T) {
	docs := gumtest.Split(t, "test")
	model := testenv.Must(t, syntax.DefaultModel)
	finder := NewFinder(testenv.Must(t, gazetteer.Default), testenv.Must(t, ner.DefaultRecognizer))
	var resolved, correct, reachable, found int
	for _, doc := range docs {
		sents := gumtest.Reanalyse(doc, model.AnalyzeSentence)
		res := finder.Find(sents)
		// the GUM entity of each single-token pronoun mention
		pronounEntity := map[tokenRef]string{}
		for _, m := range doc.Mentions {
			if m.End-m.Start != 1 {
				continue
			}
			w := strings.ToLower(doc.Sentences[m.Sentence].Tokens[m.Start].Form)
			if evaluatedPronouns[w] {
				pronounEntity[tokenRef{m.Sentence, m.Start}] = m.Entity
			}
		}
		// which entities each actor's names overlap
		actorEntities := map[graph.ActorID]map[string]bool{}
		for _, sp := range res.Spans {
			if sp.Kind != NameSpan {
				continue
			}
			for _, m := range doc.Mentions {
				if m.Sentence == sp.Sentence && m.Start < sp.End && sp.Start < m.End {
					if actorEntities[sp.Actor] == nil {
						actorEntities[sp.Actor] = map[string]bool{}
					}
					actorEntities[sp.Actor][m.Entity] = true
				}
			}
		}
		for ref, ent := range pronounEntity {
			if chainNamedBefore(doc, ent, ref) {
				reachable++
			}
			sp, ok := res.At(ref.sent, ref.tok)
			if !ok || sp.Kind != PronounSpan {
				continue
			}
			resolved++
			if actorEntities[sp.Actor][ent] {
				correct++
				if chainNamedBefore(doc, ent, ref) {
					found++
				}
			}
		}
	}
	if resolved == 0 || reachable == 0 {
		t.Fatalf("no pronoun resolved (%d) or none resolvable (%d)", resolved, reachable)
	}
	p := float64(correct) / float64(resolved)
	r := float64(found) / float64(reachable)
	t.Logf("GUM test pronouns: %d resolved, %d correct (precision %.3f); %d with a named antecedent, %d found (recall %.3f)",
		resolved, correct, p, reachable, found, r)
	if p < minPronounPrecision || r < minPronounRecall {
		t.Errorf("pronoun resolution fell: precision %.3f (floor %.2f), recall %.3f (floor %.2f)", p, minPronounPrecision, r, minPronounRecall)
	}
}

// evaluatedPronouns are the pronouns TestPronounResolutionGUM measures.
var evaluatedPronouns = map[string]bool{
	"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true, "it": true, "its": true,
}

// The floors of TestPronounResolutionGUM: the figures measured when the
// resolver last changed, less a margin for retrained models.
const (
	minPronounPrecision = 0.75
	minPronounRecall    = 0.73
)

// chainNamedBefore reports whether entity ent has a named person,
// organisation or place mention before the token ref.
func chainNamedBefore(doc gum.Document, ent string, ref tokenRef) bool {
	c, ok := doc.Chain(ent)
	if !ok {
		return false
	}
	for _, m := range c.Mentions {
		if m.Sentence > ref.sent || (m.Sentence == ref.sent && m.Start >= ref.tok) {
			return false
		}
		if m.Named && (m.EType == "person" || m.EType == "organization" || m.EType == "place") {
			return true
		}
	}
	return false
}
