package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
)

// journeyVerbs take their subject somewhere; a "for" phrase after one
// names what the subject went there to do: "flew to Oslo for talks with
// Ortiz", "arrived for a visit to Peru".
var journeyVerbs = words.Set("arrive come fly travel go head return journey")

// purposeSubjects returns, for event noun n that is the purpose of a
// journey ("flew to Oslo for talks with Ortiz"), or a visit a journey
// comes back from ("returned from a trip to Peru"), the subjects of the
// journey's verb, who do what the noun names; nil for a noun after "for"
// elsewhere ("voted for sanctions on Peru" imposes none).
func (r *reader) purposeSubjects(n int) []graph.ActorID {
	t := r.t
	g := t.Head(n)
	if g < 0 || t.Rel(n) != "obl" || t.Toks[g].UPOS != "VERB" || !journeyVerbs[t.Lemma(g)] {
		return nil
	}
	switch t.Prep(n) {
	case "for":
	case "from":
		if nom, ok := r.eventNoun(n); !ok || nom.Verb != "visit" {
			return nil
		}
	default:
		return nil
	}
	return r.clauseSubjects(g)
}

// purposeNoun returns the event noun after "for" that is the purpose of
// journey verb v when phrase c, which the parser hung on v, follows the
// noun's phrase directly: "travelled to Peru for talks [with the IMF]"
// held talks with the IMF, not travelled with it.
func (r *reader) purposeNoun(v, c int) (int, lex.Nominal, bool) {
	t := r.t
	if !journeyVerbs[t.Lemma(v)] {
		return -1, lex.Nominal{}, false
	}
	for k := range t.Dependents(v, "obl") {
		if k >= c || t.Prep(k) != "for" {
			continue
		}
		nom, ok := r.eventNoun(k)
		if !ok || !r.t.OwnAsserted(r.a.x.lex, k) {
			continue
		}
		adjacent := true
		for j := k + 1; j < c && adjacent; j++ {
			adjacent = t.Dominates(k, j) || t.Dominates(c, j)
		}
		if adjacent {
			return k, nom, true
		}
	}
	return -1, lex.Nominal{}, false
}

// partyPreps link the party to an act ("talks with", "a visit to",
// "strikes against"), where others may link its topic ("talks on aid").
var partyPreps = words.Set("with to against")

// timeWords name a day or a stretch of time: a phrase the parser hangs
// under one after a verb ("met on Friday [with Ortiz]") is the verb's.
var timeWords = words.Set(`
	monday tuesday wednesday thursday friday saturday sunday
	today yesterday tonight weekend morning afternoon evening night
`)

// timeHosted returns the phrases that the parser hung under a time word
// that is a prepositional phrase of verb v, and that are v's own: "met
// on Friday with Ortiz", "held talks on Sunday with Peru's president".
// Only phrases of a party to an act ("with", "to", "against") right after
// the time word are taken; "on Friday in Lima" is where.
func (r *reader) timeHosted(v int) []int {
	t := r.t
	var out []int
	for c := range t.Dependents(v, "obl", "obl:tmod") {
		if !timeWords[t.Lower(c)] {
			continue
		}
		if t.Has(c, "conj") {
			continue // "on Monday and officials with the Treasury": no time word alone
		}
		for k := range t.Dependents(c, "nmod") {
			if cs := t.Children(k, "case"); len(cs) > 0 && cs[0] == c+1 && partyPreps[t.Prep(k)] {
				out = append(out, k)
			}
		}
	}
	return out
}

// quantityNouns count or gather what an "of" phrase names: "a range of
// sanctions", "a new round of talks".
var quantityNouns = words.Set(`
	range variety series package raft set number wave round host slew
	string batch spate flurry
`)

// quantified returns the event noun that quantity noun n counts ("a
// range of sanctions against Peru" is sanctions), which a verb acts with
// as with the noun itself; otherwise n.
func (r *reader) quantified(n int) int {
	t := r.t
	if n < 0 || !quantityNouns[t.Lemma(n)] {
		return n
	}
	for c := range t.Dependents(n, "nmod") {
		if _, event := r.eventNoun(c); event && t.Prep(c) == "of" && t.Toks[c].UPOS == "NOUN" {
			return c
		}
	}
	return n
}

// despiteObjects returns, for event noun n after "despite" whose doer is
// named and whose object is not ("despite Peru's sanctions, Chile
// traded"), the actors of the clause it qualifies, which suffer or
// receive it. A noun written as a stem ("imports", "talks") names a
// standing state between parties, none of them the clause's.
func (r *reader) despiteObjects(n int, nom lex.Nominal) []nounArg {
	if r.phrasePrep(n) != "despite" || strings.HasPrefix(nom.Verb, "=") {
		return nil
	}
	t := r.t
	g := t.Head(n)
	if g < 0 {
		return nil
	}
	var out []nounArg
	switch t.Rel(n) {
	case "nmod":
		if a, ok := r.actorAt(g); ok {
			out = append(out, nounArg{a, "", g})
		}
	case "obl":
		for _, a := range r.clauseSubjects(g) {
			out = append(out, nounArg{a, "", g})
		}
	}
	return out
}

// phrasePrep returns the preposition of noun n's phrase, also when the
// parser hung it on a coordinated modifier before n ("despite [Peru]'s
// and Chile's sanctions": "despite" under "Peru").
func (r *reader) phrasePrep(n int) string {
	t := r.t
	if p := t.Prep(n); p != "" {
		return p
	}
	for c := range t.Dependents(n, "compound", "amod") {
		if cs := t.Children(c, "case"); c < n && len(cs) > 0 && cs[0] < c && t.Has(c, "conj") {
			return t.Prep(c)
		}
	}
	return ""
}

// journeyTakes reads verb v when it is "take" whose subject is a journey
// ("a tour that took her to Peru and Bolivia", "the trip took Lee to
// Oslo"): who it took visited where it took them.
func (r *reader) journeyTakes(v int) {
	t := r.t
	if t.Lemma(v) != "take" || !t.Asserted(r.a.x.lex, v) {
		return
	}
	noun := -1
	for c := range t.Dependents(v, "nsubj") {
		noun = c
		switch {
		case !r.isRelative(c):
		case isRelClause(t.Rel(v)):
			noun = t.Head(v)
		default:
			noun = r.antecedent(c)
		}
	}
	if noun < 0 {
		return
	}
	if nom, ok := r.eventNoun(noun); !ok || nom.Verb != "visit" && nom.Verb != "tour" {
		return
	}
	var places []graph.ActorID
	for c := range t.Dependents(v, "obl") {
		if t.Prep(c) == "to" {
			places = append(places, r.actorsOf(c)...)
		}
	}
	for _, who := range r.arguments(v, "obj") {
		for _, where := range places {
			r.a.add(r.si, who, predicate("visited"), where)
		}
	}
}

// antecedent returns the noun right before relative pronoun c, across a
// comma, for a relative clause the parser did not hang on it ("at the end
// of a trip that took him to Peru" with "took" a conjunct of the main
// verb, "her tour, which has taken her to Chile" an adverbial clause);
// -1 when no noun comes right before.
func (r *reader) antecedent(c int) int {
	t := r.t
	k := c - 1
	if k >= 0 && t.Toks[k].UPOS == "PUNCT" && t.Toks[k].Form == "," {
		k--
	}
	if k < 0 || t.Toks[k].UPOS != "NOUN" {
		return -1
	}
	return k
}
