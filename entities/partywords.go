package entities

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// partyPersonNouns are the nouns for the people of a party's politics
// that a party word stands before without being a role: "Democratic
// candidate Jane Roe", "Conservative hopefuls", "his Republican rival".
var partyPersonNouns = words.Set(`
	candidate candidates nominee nominees hopeful hopefuls challenger challengers
	incumbent incumbents contender contenders rival rivals opponent opponents
	predecessor successor
`)

// partyWordsBeforePersons finds the parties that party words name before a
// role, a title or a person's name: "Democratic Senator Jane Roe", "Liberal
// Democrat leader Tom Hale", "Tory lawmaker Tom Hale". The gazetteer knows
// a party's plain names, but not every adjective of one: "Democratic"
// alone opens names of states and movements too, and only the person after
// it says that it names the party. A longer name the gazetteer knows
// ("Democratic Republic of Congo") or a capitalised word before the party
// word ("Social Democratic leader") leaves it alone. The tokens a party
// word covers are marked taken.
func (x *Finder) partyWordsBeforePersons(si int, toks []ud.Token, sentWords []string, taken []bool) []candidate {
	var out []candidate
	for i := 0; i < len(toks); i++ {
		if taken[i] || !layout.StartsUpper(toks[i].Form) || layout.IsAllCaps(toks[i].Form) {
			continue
		}
		for n := 2; n >= 1; n-- {
			if i+n >= len(toks) {
				continue
			}
			words := sentWords[i : i+n]
			party := x.roles.Party(words...)
			if party == "" || !layout.StartsUpper(words[n-1]) {
				continue
			}
			if m, _, ok := x.gaz.Match(sentWords, i); ok && m > n {
				break // "Democratic Republic of Congo"
			}
			if !x.partyWordOpens(toks, i) || !x.personAfterPartyWord(toks[i+n:]) || x.portfolio(sentWords[i:i+n+1]) {
				break
			}
			out = append(out, candidate{sent: si, start: i, end: i + n, typ: graph.Organization, canonical: party, words: words})
			for k := i; k < i+n; k++ {
				taken[k] = true
			}
			i += n - 1
			break
		}
	}
	return out
}

// portfolio reports whether a party word and the role after it name one
// office whose portfolio the word is: "Labour Minister Tom Hale" is the
// minister of labour, of whatever party.
func (x *Finder) portfolio(words []string) bool {
	_, ok := x.roles.Phrase(words...)
	return ok
}

// partyWordOpens reports whether a party word at token i is not the end of
// a longer capitalised name: it opens the sentence, or the word before it
// is lower case, a title, a role or a chamber ("former", "Senate"), or
// opens the sentence without being a proper noun ("Former").
func (x *Finder) partyWordOpens(toks []ud.Token, i int) bool {
	if i == 0 || sentenceStart(toks, i) {
		return true
	}
	p := toks[i-1].Form
	if !layout.StartsUpper(p) || toks[i-1].UPOS == "PUNCT" || (toks[i-1].UPOS != "PROPN" && sentenceStart(toks, i-1)) {
		return true // "former", "Former Labour leader"
	}
	return words.HasLower(affiliationWords, p) || x.titleWord(p) || x.stateBefore(toks, i)
}

// stateBefore reports whether the capitalised words right before token i
// name a state or a place, itself not the end of a longer name: "Norland
// Democrat Ann Reed", "New Kessab Republican Tom Hale" give the place the
// person stands for.
func (x *Finder) stateBefore(toks []ud.Token, i int) bool {
	ws := wordsOf(toks[:i])
	for k := max(0, i-4); k < i; k++ {
		n, e, ok := x.gaz.Match(ws, k)
		if !ok || k+n != i || e.Type != graph.Country && e.Type != graph.Location || e.Kind == gazetteer.Demonym {
			continue
		}
		return k == 0 || sentenceStart(toks, k) || !layout.StartsUpper(toks[k-1].Form) || toks[k-1].UPOS == "PUNCT" || x.titleWord(toks[k-1].Form)
	}
	return false
}

// personAfterPartyWord reports whether the tokens after a party word
// speak of a person of the party: a role, an honorific or title, a noun
// for a candidate, or a person's name opened by a known given name, perhaps
// after a state's name or adjective ("Democratic U.S. Senator").
func (x *Finder) personAfterPartyWord(rest []ud.Token) bool {
	if len(rest) == 0 {
		return false
	}
	t := rest[0]
	lower := strings.ToLower(t.Form)
	switch {
	case len(rest) > 1 && isDemonymLike(x.gaz, t.Form):
		return x.personAfterPartyWord(rest[1:]) // "Democratic U.S. Senator Jane Roe"
	case x.titleWord(t.Form):
		return true
	case partyPersonNouns[lower]:
		return true
	case t.UPOS == "PROPN" && layout.StartsUpper(t.Form) && !layout.IsAllCaps(t.Form) && (opensPersonName(t.Form) || coref.GivenName(t.Form)):
		return len(rest) > 1 && rest[1].UPOS == "PROPN" && layout.StartsUpper(rest[1].Form)
	}
	return false
}
