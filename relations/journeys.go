package relations

import (
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
)

// journeyVerbs take their subject somewhere; a "for" phrase after one
// names what the subject went there to do: "flew to Oslo for talks with
// Ortiz", "arrived for a visit to Peru".
var journeyVerbs = words.Set("arrive come fly travel go head return journey")

// purposeSubjects returns, for event noun n that is the purpose of a
// journey ("flew to Oslo for talks with Ortiz"), the subjects of the
// journey's verb, who do what the noun names; nil for a noun after "for"
// elsewhere ("voted for sanctions on Peru" imposes none).
func (r *reader) purposeSubjects(n int) []graph.ActorID {
	t := r.t
	g := t.Head(n)
	if g < 0 || t.Rel(n) != "obl" || t.Prep(n) != "for" || t.Toks[g].UPOS != "VERB" || !journeyVerbs[t.Lemma(g)] {
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
	for _, k := range t.Children(v, "obl") {
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
	for _, c := range t.Children(v, "obl", "obl:tmod") {
		if !timeWords[t.Lower(c)] {
			continue
		}
		if t.Has(c, "conj") {
			continue // "on Monday and officials with the Treasury": no time word alone
		}
		for _, k := range t.Children(c, "nmod") {
			if cs := t.Children(k, "case"); len(cs) > 0 && cs[0] == c+1 && partyPreps[t.Prep(k)] {
				out = append(out, k)
			}
		}
	}
	return out
}
