package entities

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Currencies and traded goods are no actors, though the recogniser takes
// some of them for names ("2 billion Ecus", "Sterling fell", "LNG
// prices") and the adjective before a currency for a person ("the Korean
// won"). (A known adjective before a currency, "the Swiss franc", stays the
// state's: the story's state is read from such adjectives.)

// currencyNouns are the names of currencies that are seldom anything else.
var currencyNouns = words.Set(`
	dollar dollars euro euros ecu ecus sterling yen yuan renminbi peseta pesetas
	escudo escudos guilder guilders schilling schillings krona kronor krone kroner
	rouble roubles ruble rubles rupee rupees rupiah peso pesos baht ringgit dinar
	dinars dirham dirhams riyal riyals rial rials shekel shekels zloty zlotys forint
	drachma drachmas cruzado cruzados naira cedi cedis kwacha hryvnia lira lire
	deutschemark deutschemarks francs dlr dlrs stg
`)

// currencyNamesakes are currencies whose names are also ordinary words or
// names ("won", "Mark", "Rand"): a currency only after an amount or an
// adjective of nationality.
var currencyNamesakes = words.Set(`
	won mark marks franc pound pounds rand real reais sol dong lev leu lei kip taka
	shilling shillings austral australs bolivar bolivars sucre sucres
`)

// Currency reports whether w names a currency: a currency's name in any
// case ("yen", "Francs"), a news agency's abbreviation of one ("dlrs",
// "stg"), or in lower case a currency named like a word or a name ("won",
// "mark"). A state's name or adjective that qualifies it names the money,
// not the state: "200 mln Canadian dlrs", "the U.S. dollar".
func Currency(w string) bool {
	return words.HasLower(currencyNouns, w) || !layout.StartsUpper(w) && words.HasLower(currencyNamesakes, w)
}

// commodityAcronyms are traded goods written as acronyms: gases and grades
// of oil.
var commodityAcronyms = words.Set(`lng lpg cng ngl wti`)

// currencyAt reports whether token i names a currency: a currency noun, or
// a namesake after an amount or an adjective of nationality ("the Korean
// won", "50 million rand"; not "the Republicans won").
func (x *Finder) currencyAt(toks []ud.Token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	w := toks[i].Form
	if words.HasLower(currencyNouns, w) {
		return !currencyOwner(toks, i)
	}
	if !words.HasLower(currencyNamesakes, w) || i == 0 || layout.StartsUpper(w) {
		return false
	}
	prev := toks[i-1].Form
	return toks[i-1].UPOS == "NUM" || words.HasLower(amountWords, prev) || nationalityOf(x.gaz, prev)
}

// amountWords multiply an amount ("50 mln").
var amountWords = words.Set(`thousand million billion trillion mln bln`)

// nationalityOf reports whether w is an adjective of nationality: a
// demonym the gazetteer knows, or a state's name with "n" ("Korean" of
// the two Koreas, which the gazetteer cannot tell apart).
func nationalityOf(g *gazetteer.Gazetteer, w string) bool {
	if _, ok := g.Demonym(w); ok {
		return true
	}
	stem, ok := strings.CutSuffix(w, "n")
	if !ok || !layout.StartsUpper(w) {
		return false
	}
	n, e, ok := g.Match([]string{stem}, 0)
	return ok && n == 1 && e.Type == graph.Country
}

// moneyName reports whether toks[start:end], a recognised name, is a
// currency or a traded good, or an adjective that qualifies a currency.
func (x *Finder) moneyName(toks []ud.Token, start, end int) bool {
	if end-start != 1 {
		return false
	}
	if words.HasLower(commodityAcronyms, toks[start].Form) || x.currencyAt(toks, start) {
		return true
	}
	return nationalityOf(x.gaz, toks[start].Form) && x.currencyAt(toks, end)
}

// currencyOwner reports whether the currency noun at i is part of a
// longer name ("Sterling Drug"): a capitalised proper noun follows.
func currencyOwner(toks []ud.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].UPOS == "PROPN" && layout.StartsUpper(toks[i+1].Form)
}
