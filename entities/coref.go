package entities

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// mention is an earlier reference that a pronoun or description may point
// back to.
type mention struct {
	sent, tok int
	actor     int
	typ       graph.ActorType
	subject   bool
}

// pronounTypes says which actor types a pronoun can stand for. "they" and
// "them" are left alone: they stand for groups more often than for one
// actor; so are reflexives, which stand for their own clause's subject and
// so give no relation between two actors.
var pronounTypes = map[string][]graph.ActorType{
	"he": {graph.Person}, "him": {graph.Person}, "his": {graph.Person},
	"she": {graph.Person}, "her": {graph.Person}, "hers": {graph.Person},
	"it": {graph.Country, graph.Organization}, "its": {graph.Country, graph.Organization},
}

// descriptionTypes says which actor types a definite description ("the
// country", "the alliance") can stand for.
var descriptionTypes = map[string][]graph.ActorType{
	"country": {graph.Country}, "nation": {graph.Country}, "state": {graph.Country},
	"government": {graph.Country}, "administration": {graph.Country}, "regime": {graph.Country},
	"alliance": {graph.Organization}, "bloc": {graph.Organization}, "organization": {graph.Organization},
	"organisation": {graph.Organization}, "group": {graph.Organization}, "movement": {graph.Organization},
	"party": {graph.Organization}, "agency": {graph.Organization},
	"leader": {graph.Person}, "president": {graph.Person}, "premier": {graph.Person},
	"chancellor": {graph.Person}, "minister": {graph.Person}, "monarch": {graph.Person},
}

// maxBack is how many sentences back a pronoun or description may reach.
const maxBack = 2

// resolveReferences adds a span for every pronoun and definite description
// that refers to an actor named earlier in the article.
func (x *Finder) resolveReferences(f *Found, sents []ud.Sentence) {
	f.index()
	var history []mention
	for si := range sents {
		toks := sents[si].Tokens
		for ti := range toks {
			if sp, ok := f.At(si, ti); ok {
				if ti == sp.Head && sp.Kind == NameSpan {
					history = append(history, mention{si, ti, sp.Actor, f.Actors[sp.Actor].Type, isSubject(toks[ti])})
				}
				continue
			}
			t := toks[ti]
			var want []graph.ActorType
			kind := PronounSpan
			switch {
			case t.UPOS == "PRON" || t.XPOS == "PRP$" || t.XPOS == "PRP":
				want = pronounTypes[strings.ToLower(t.Form)]
				if want != nil && want[0] != graph.Person && expletive(toks, ti) {
					want = nil
				}
			case t.UPOS == "NOUN" && definite(toks, ti):
				want = descriptionTypes[strings.ToLower(t.Form)]
				kind = DescriptionSpan
			}
			if want == nil {
				continue
			}
			m, ok := antecedent(history, si, ti, toks, want)
			if !ok {
				continue
			}
			f.Spans = append(f.Spans, Span{Sentence: si, Start: ti, End: ti + 1, Head: ti, Actor: m.actor, Kind: kind})
			history = append(history, mention{si, ti, m.actor, m.typ, isSubject(t)})
		}
	}
	sortSpans(f.Spans)
}

func isSubject(t ud.Token) bool { return strings.HasPrefix(t.Deprel, "nsubj") }

// expletive reports whether "it" is a dummy subject ("it is worth noting",
// "it can be assumed that", "it seems").
func expletive(toks []ud.Token, i int) bool {
	t := toks[i]
	if t.Deprel == "expl" || strings.ToLower(t.Form) != "it" {
		return t.Deprel == "expl"
	}
	h := t.Head - 1
	if h < 0 || h >= len(toks) {
		return false
	}
	head := toks[h]
	if head.UPOS != "VERB" {
		return true // "it is worth", "it is clear": a copular predicate
	}
	switch head.Lemma {
	case "be", "seem", "appear", "happen", "remain", "matter", "take":
		return true
	}
	for _, c := range toks {
		if c.Head-1 == h && (c.Deprel == "ccomp" || c.Deprel == "csubj" || c.Deprel == "csubj:pass") && strings.HasSuffix(t.Deprel, ":pass") {
			return true // "it can be assumed that ..."
		}
	}
	return false
}

// definite reports whether the noun at i has "the", "this" or "that" as its
// determiner and no other content words before it but adjectives.
func definite(toks []ud.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.Head-1 != i {
			return false
		}
		switch {
		case t.UPOS == "DET":
			l := strings.ToLower(t.Form)
			return l == "the" || l == "this" || l == "that"
		case t.UPOS == "ADJ":
			continue
		default:
			return false
		}
	}
	return false
}

// antecedent picks what a pronoun or description refers to: the nearest
// earlier mention of a wanted type in the same sentence that is not a
// co-argument of the same verb, else, in the nearest earlier sentence that
// has one of a wanted type, its subject or its first such mention.
func antecedent(history []mention, si, ti int, toks []ud.Token, want []graph.ActorType) (mention, bool) {
	fits := func(m mention) bool {
		for _, w := range want {
			if m.typ == w {
				return true
			}
		}
		return false
	}
	head := toks[ti].Head
	for k := len(history) - 1; k >= 0; k-- {
		m := history[k]
		if m.sent != si {
			break
		}
		if fits(m) && !(m.subject && toks[m.tok].Head == head && toks[ti].XPOS != "PRP$") {
			return m, true
		}
	}
	// In an earlier sentence: its subject, else its first fitting mention
	// (the more prominent, as a reader scans it).
	for back := 1; back <= maxBack; back++ {
		var first *mention
		for k := len(history) - 1; k >= 0; k-- {
			m := history[k]
			if m.sent < si-back {
				break
			}
			if m.sent != si-back || !fits(m) {
				continue
			}
			if m.subject {
				return m, true
			}
			first = &history[k]
		}
		if first != nil {
			return *first, true
		}
	}
	return mention{}, false
}
