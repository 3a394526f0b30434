package relations

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Extractor turns an article's text into its actors and relations. It is
// safe for concurrent use.
type Extractor struct {
	model  *syntax.Model
	finder *entities.Finder
	lex    *lexicon
}

// NewExtractor returns an Extractor that analyses text with model and finds
// actors with finder.
func NewExtractor(model *syntax.Model, finder *entities.Finder) *Extractor {
	lx, err := parseLexicon(lexiconTxt)
	if err != nil {
		// lexicon.txt is embedded and tested; a parse error is a build bug.
		panic(err)
	}
	return &Extractor{model: model, finder: finder, lex: lx}
}

// article is the state of one article while its relations are read.
type article struct {
	x      *Extractor
	found  *entities.Found
	actors []graph.Actor
	named  []bool
	used   []bool
	rels   []graph.Relation
	seen   map[graph.Relation]bool
}

// Extract analyses text and returns its actors, sentences and relations.
// The article's ID and Source are left for the caller.
func (x *Extractor) Extract(text string) graph.Article {
	sents := x.model.Analyze(text)
	return x.ExtractSentences(text, sents)
}

// ExtractSentences is Extract for text already analysed into sents.
func (x *Extractor) ExtractSentences(text string, sents []ud.Sentence) graph.Article {
	found := x.finder.Find(sents)
	a := &article{
		x: x, found: found,
		actors: append([]graph.Actor(nil), found.Actors...),
		named:  append([]bool(nil), found.Named...),
		used:   make([]bool, len(found.Actors)),
		seen:   map[graph.Relation]bool{},
	}
	for si := range sents {
		r := &reader{a: a, si: si, t: newTree(sents[si].Tokens)}
		r.read()
	}
	out := graph.Article{Relations: a.rels}
	for i, ac := range a.actors {
		if a.named[i] || a.used[i] {
			out.Actors = append(out.Actors, ac)
		}
	}
	out.Sentences = sentenceOffsets(text, sents)
	return out
}

// actorNamed returns the index of the actor with canonical name name,
// adding it (as unnamed) if the article has none.
func (a *article) actorNamed(name string, typ graph.ActorType) int {
	for i, ac := range a.actors {
		if ac.Name == name {
			return i
		}
	}
	a.actors = append(a.actors, graph.Actor{Name: name, Type: typ})
	a.named = append(a.named, false)
	a.used = append(a.used, false)
	return len(a.actors) - 1
}

// add records the relation (s, pred, o) stated in sentence si.
func (a *article) add(si, s int, pred string, o int) {
	if s == o || s < 0 || o < 0 || pred == "" {
		return
	}
	r := graph.Relation{Subject: a.actors[s].Name, Predicate: pred, Object: a.actors[o].Name, Sentence: si}
	if r.Subject == r.Object || a.seen[r] {
		return
	}
	a.seen[r] = true
	a.used[s], a.used[o] = true, true
	a.rels = append(a.rels, r)
}

// sentenceOffsets returns the sentences with their offsets in code points.
func sentenceOffsets(text string, sents []ud.Sentence) []graph.Sentence {
	out := make([]graph.Sentence, len(sents))
	bytePos, runePos := 0, 0
	toRunes := func(b int) int {
		if b < bytePos {
			bytePos, runePos = 0, 0
		}
		runePos += utf8.RuneCountInString(text[bytePos:b])
		bytePos = b
		return runePos
	}
	for i, s := range sents {
		out[i].Text = strings.TrimSpace(s.Text)
		if s.Start >= 0 && s.End <= len(text) && s.Start <= s.End {
			out[i].Start = toRunes(s.Start)
			out[i].End = toRunes(s.End)
		}
	}
	return out
}

// predicate joins words into a predicate: lower case, hyphens between words.
func predicate(words ...string) string {
	var parts []string
	for _, w := range words {
		w = strings.ToLower(strings.TrimSpace(w))
		if w != "" {
			parts = append(parts, strings.Join(strings.Fields(w), "-"))
		}
	}
	return strings.Join(parts, "-")
}

// past returns the past tense of a verb lemma, through the lemmatizer.
func (x *Extractor) past(lemma string) string {
	if x.model != nil && x.model.Lemmatizer != nil {
		if p := x.model.Lemmatizer.PastTense(lemma); p != "" {
			return strings.ToLower(p)
		}
	}
	return lemma
}

// MergeCorpus gives one actor one name across articles built together (see
// entities.MergeCorpus).
func (x *Extractor) MergeCorpus(arts []graph.Article) []graph.Article {
	return entities.MergeCorpus(arts)
}
