package coref

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// A first-person pronoun inside a quotation is its speaker's: "I" and
// "me" the person who speaks; "we" the person, or the state or body the
// speaker is or speaks for ("'We condemn the attack,' a spokesman for
// Peru said": Peru; "the Peruvian president said: 'We ...'": Peru); "us"
// and "our" that state or body, not a person's, whose "us" and "our" are
// of some group they are one of ("our plans", "gave us time"). The
// speaker is the subject of the verb of saying outside the quotation
// that governs a word inside it, in the sentence where the quotation
// opens ("Reed said: 'We ...'") or where it closes ("'We ... act,' said
// Reed"), so that a quotation of several sentences is its speaker's
// throughout. A pronoun that thinks, wishes or feels ("I think", "we
// believe", "wants us to", "it bothers me") is left alone: what the
// speaker thinks relates them to no one.

// quotingVerbs are the verbs that introduce a quotation.
var quotingVerbs = words.Set(`
	say tell add state declare insist stress note explain write tweet post
	warn argue reply respond answer continue conclude complain acknowledge
	admit announce assert claim vow pledge promise urge remark recall
`)

// spokesNouns are the nouns of people who speak for a state or body,
// whose "we" is that state or body.
var spokesNouns = words.Set(`
	spokesman spokeswoman spokesperson spokesmen spokeswomen official officials
	source sources statement representative envoy ambassador
`)

// quote is a quotation: where it opens and closes, and the first-person
// pronouns inside it.
type quote struct {
	open, close tokenRef // the quotation marks; close.sent < 0 while open
	selves      []tokenRef
}

// quotedSelves returns a span for every first-person pronoun inside a
// quotation whose speaker is an actor (see the comment above).
func (x *resolver) quotedSelves(f *found.Found, sents []ud.Sentence) []found.Span {
	var spans []found.Span
	var cur *quote
	finish := func(q *quote) {
		if len(q.selves) == 0 {
			return
		}
		person, body, ok := x.quoteSpeaker(f, sents, q)
		if !ok {
			return
		}
		for _, s := range q.selves {
			toks := sents[s.sent].Tokens
			w := strings.ToLower(toks[s.tok].Form)
			a := body
			switch {
			case singular[w]:
				a = person
			case body == person && w != "we":
				// a person's "us" and "our" are some group's they
				// are one of ("our plans", "gave us time"), seldom
				// their own
				a = -1
			}
			if a < 0 || opining(toks, s.tok) {
				continue
			}
			if _, taken := f.At(s.sent, s.tok); taken {
				continue
			}
			spans = append(spans, found.Span{Sentence: s.sent, Start: s.tok, End: s.tok + 1, Head: s.tok, Actor: a, Kind: found.PronounSpan})
		}
	}
	for si := range sents {
		for ti, t := range sents[si].Tokens {
			opens, closes := false, false
			switch {
			case t.Form == "“":
				opens = true
			case t.Form == "”":
				closes = true
			case t.UPOS == "PUNCT" && (t.XPOS == "``" || t.XPOS == "''"):
				// a straight mark, which the tagger does not always
				// tell the closing from the opening of: the next one
				// after an opening closes, unless it opens a sentence
				opens, closes = cur == nil || ti == 0, cur != nil && ti > 0
			}
			switch {
			case opens:
				// an opening inside a quotation opens another: the one
				// before ran to the end of a paragraph, its speaker
				// unsaid
				cur = &quote{open: tokenRef{si, ti}, close: tokenRef{-1, -1}}
			case closes && cur != nil:
				cur.close = tokenRef{si, ti}
				finish(cur)
				cur = nil
			case cur != nil && t.UPOS == "PRON" && (singular[strings.ToLower(t.Form)] || plural[strings.ToLower(t.Form)]):
				cur.selves = append(cur.selves, tokenRef{si, ti})
			}
		}
		if cur != nil && si > cur.open.sent+3 {
			cur = nil // no quotation runs on so long: a mark was lost
		}
	}
	return spans
}

// singular and plural are the first-person pronouns.
var (
	singular = words.Set("i me my mine myself")
	plural   = words.Set("we us our ours ourselves")
)

// opining reports whether the pronoun at i is an argument of a verb of
// thinking, wishing or feeling ("I think", "we believe", "wants us to",
// "it seems to me", "we are encouraged by"): what the speaker thinks or
// feels relates them to no one.
func opining(toks []ud.Token, i int) bool {
	h := toks[i].Head - 1
	if h < 0 || h >= len(toks) {
		return false
	}
	if opinionVerbs[strings.ToLower(toks[h].Lemma)] {
		return true
	}
	// "we continue to believe in him": the verb's infinitive thinks
	for _, t := range toks {
		if t.Head-1 == h && t.Deprel == "xcomp" && opinionVerbs[strings.ToLower(t.Lemma)] {
			return true
		}
	}
	return false
}

// opinionVerbs are the verbs of thinking, wishing or feeling.
var opinionVerbs = words.Set(`
	think believe feel find know hope expect regard consider trust want wish
	seem guess suppose understand fear doubt bother encourage humble please
	disappoint surprise concern worry impress upset frustrate delight sure
	positive confident convinced certain glad happy
`)

// quoteSpeaker returns who speaks quotation q: the person, when a named
// person does, and the actor that "we" stands for, -1 for none.
func (x *resolver) quoteSpeaker(f *found.Found, sents []ud.Sentence, q *quote) (person, body graph.ActorID, ok bool) {
	// after the quotation, in the sentence where it closes
	if v := quotingVerb(sents[q.close.sent].Tokens, q.close.tok+1, len(sents[q.close.sent].Tokens), 0, q.close.tok, q.open, q.close); v >= 0 {
		return x.verbSpeaker(f, sents, q.close.sent, v)
	}
	// before it, in the sentence where it opens
	if v := quotingVerb(sents[q.open.sent].Tokens, 0, q.open.tok, q.open.tok, len(sents[q.open.sent].Tokens), q.open, q.close); v >= 0 {
		return x.verbSpeaker(f, sents, q.open.sent, v)
	}
	return -1, -1, false
}

// quotingVerb returns the verb of saying among toks[from:to] that
// governs a word in toks[in:out], the quoted part of the sentence, or -1.
func quotingVerb(toks []ud.Token, from, to, in, out int, open, close tokenRef) int {
	for k := from; k < to; k++ {
		if toks[k].UPOS != "VERB" || !quotingVerbs[strings.ToLower(toks[k].Lemma)] {
			continue
		}
		if h := toks[k].Head - 1; h >= in && h < out {
			return k // "'We ...,' Reed said", the parser's root the quoted verb
		}
		for i := in; i < out; i++ {
			if toks[i].Head-1 == k && toks[i].UPOS != "PUNCT" {
				return k
			}
		}
	}
	return -1
}

// verbSpeaker returns who speaks as the subject of verb v of sentence si:
// the person and the actor "we" stands for (see quoteSpeaker).
func (x *resolver) verbSpeaker(f *found.Found, sents []ud.Sentence, si, v int) (person, body graph.ActorID, ok bool) {
	toks := sents[si].Tokens
	s := -1
	for k, t := range toks {
		if t.Head-1 == v && t.Deprel == "nsubj" {
			s = k
			break
		}
	}
	if s < 0 {
		return -1, -1, false
	}
	if sp, ok := f.At(si, s); ok {
		a := sp.Actor
		if f.Actors[a].Type != graph.Person {
			return -1, a, f.Actors[a].Type == graph.Country || f.Actors[a].Type == graph.Organization
		}
		// "Ann Reed, a spokeswoman for Peru": Peru's "we"
		for k, t := range toks {
			if t.Head-1 == s && t.Deprel == "appos" && spokesNouns[strings.ToLower(t.Form)] {
				if b, ok := spokenFor(f, toks, si, k); ok {
					return a, b, true
				}
			}
		}
		return a, a, true
	}
	w := strings.ToLower(toks[s].Form)
	if !spokesNouns[w] && x.roles.Role(w) == "" {
		return -1, -1, false
	}
	b, ok := spokenFor(f, toks, si, s)
	return -1, b, ok
}

// spokenFor returns the state or body that noun n of toks, sentence si,
// speaks for: a modifier of it that names one ("a Peruvian spokesman", "a
// NATO official", "a spokesman for Peru", "Peru's envoy").
func spokenFor(f *found.Found, toks []ud.Token, si, n int) (graph.ActorID, bool) {
	for k, t := range toks {
		if t.Head-1 != n {
			continue
		}
		switch t.Deprel {
		case "compound", "amod", "nmod:poss", "nmod", "flat":
		default:
			continue
		}
		if t.Deprel == "nmod" && prepOf(toks, k) != "for" && prepOf(toks, k) != "of" {
			continue
		}
		if sp, ok := f.At(si, k); ok {
			if typ := f.Actors[sp.Actor].Type; typ == graph.Country || typ == graph.Organization {
				return sp.Actor, true
			}
		}
	}
	return -1, false
}
