package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// News gives a second name of an actor beside the first in two ways that
// say outright the two are one: a phrase of naming between them ("Ahmed
// Karim, also known as Abu Hamza", "X, better known as Y", "X aka Y") and
// a gloss in brackets right after a name ("the Shabiba (Hezbollah)
// fighters"). aliasLinks finds both.

// namingWords are the word sequences between a name and another name of
// the same actor, the comma before them and a "the" after them aside.
var namingWords = [][]string{
	{"also", "known", "as"}, {"better", "known", "as"}, {"otherwise", "known", "as"},
	{"formerly", "known", "as"}, {"known", "as"}, {"also", "called"}, {"aka"}, {"a.k.a."},
	{"alias"}, {"nicknamed"}, {"dubbed"},
}

// aliasLink is a pair of candidates that the text gives as names of one
// actor: alias is the second name, or the gloss in brackets.
type aliasLink struct {
	name, alias int
	gloss       bool // alias is a bracketed gloss
}

// aliasLinks returns the pairs of candidates, next to each other in one
// sentence, that a naming phrase or a bracketed gloss links. cands are in
// text order.
func aliasLinks(cands []candidate, sents []ud.Sentence) []aliasLink {
	var out []aliasLink
	for i := 0; i+1 < len(cands); i++ {
		a, b := cands[i], cands[i+1]
		if a.sent != b.sent || a.demonym || b.demonym || b.start < a.end {
			continue
		}
		toks := sents[a.sent].Tokens
		between := toks[a.end:b.start]
		switch {
		case len(between) == 1 && between[0].Form == "(" && b.end < len(toks) && toks[b.end].Form == ")" && !inDateline(toks, a.start) && !dashAfter(toks, b.end+1):
			out = append(out, aliasLink{name: i, alias: i + 1, gloss: true})
		case namingPhrase(between):
			out = append(out, aliasLink{name: i, alias: i + 1})
		}
	}
	return out
}

// inDateline reports whether token i is in the dateline that opens its
// sentence ("YANGON/NAYPYITAW (Reuters) -"), whose bracket holds the
// agency, no other name of the place.
func inDateline(toks []ud.Token, i int) bool {
	if _, end, ok := layout.Dateline(toks); ok && i < end {
		return true
	}
	for k := 0; k <= i; k++ {
		if layout.Letters(toks[k].Form) > 0 && !layout.IsAllCaps(toks[k].Form) {
			return false
		}
	}
	return true // words in capitals from the start: "YANGON/NAYPYITAW"
}

// dashAfter reports whether token i is a dash: "By Jane Roe WASHINGTON
// (Reuters) -", a dateline that does not open its sentence.
func dashAfter(toks []ud.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].Form {
	case "-", "--", "–", "—":
		return true
	}
	return false
}

// namingPhrase reports whether toks, the words between two names, are a
// phrase of naming: a comma or a bracket, one of namingWords, then "the"
// or an opening quote.
func namingPhrase(toks []ud.Token) bool {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.UPOS == "PUNCT" || t.Form == "the" {
			continue
		}
		words = append(words, strings.ToLower(t.Form))
	}
	for _, n := range namingWords {
		if len(n) == len(words) && strings.Join(n, " ") == strings.Join(words, " ") {
			return true
		}
	}
	return false
}

// joinAliases joins the clusters of the names that aliasLinks links,
// unless the two are actors the gazetteer knows apart. A bracketed gloss
// names no person and glosses no place ("Springfield (Illinois)" is a
// city of a state, not the state), glosses no place ("CHICAGO (Reuters)"
// is a dateline) and no person's full name. The joined actor keeps the
// gazetteer's name when it knows one, else the gloss's or the first name's
// cluster is the root.
func joinAliases(clusters []*cluster, links []aliasLink, of []int, root func(int) int, join func(i, j int)) {
	for _, l := range links {
		a, b := root(of[l.name]), root(of[l.alias])
		if a == b {
			continue
		}
		ca, cb := clusters[a], clusters[b]
		if ca.known && cb.known {
			continue
		}
		if l.gloss {
			ta, tb := ca.typ(), cb.typ()
			if tb == graph.Person || ta == graph.Location || tb == graph.Location || ta == graph.Country || tb == graph.Country ||
				(ca.first != "" && ca.surname != "") || ca.known {
				continue
			}
			join(a, b) // the gloss names the actor: "Shabiba (Hezbollah)" is Hezbollah
			continue
		}
		if ca.typ() != cb.typ() && ca.typ() != graph.Unknown && cb.typ() != graph.Unknown {
			continue
		}
		if cb.known {
			join(a, b)
		} else {
			join(b, a)
		}
	}
}

// lookalike maps the digits that print like capitals to those capitals:
// "M16" typed for "MI6", "M15" for "MI5".
func lookalike(w string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '1':
			return 'I'
		case '0':
			return 'O'
		}
		return r
	}, w)
}

// byLookalike returns the one other actor whose acronym the one name of
// clusters[i], an acronym with a digit, spells with a digit typed for the
// capital it looks like ("M16" for "MI6"), or -1.
func byLookalike(clusters []*cluster, i int) int {
	a := clusters[i]
	if len(a.names) != 1 || !strings.ContainsAny(a.names[0], "01") {
		return -1
	}
	short := lookalike(a.names[0])
	if !names.IsAcronym(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, short)) {
		return -1
	}
	found := -1
	for j, b := range clusters {
		if j == i {
			continue
		}
		for _, n := range b.names {
			if n != a.names[0] && lookalike(n) == short {
				if found >= 0 && found != j {
					return -1
				}
				found = j
			}
		}
	}
	return found
}

// regimeWords name a regime by the adjective that stands before its
// state's name ("Nazi Germany", "Tsarist Russia") and, in the plural, its
// followers ("the Nazis").
var regimeWords = map[string]bool{"nazi": true, "fascist": true, "tsarist": true}

// regimeFollowers makes the plural of a regime's adjective a name of the
// state the article names with that adjective before it ("the Nazis" of
// "Nazi Germany"), when it names one state so.
func regimeFollowers(cands []candidate, sents []ud.Sentence) {
	state := map[string]string{} // "nazis" -> canonical state, "" when two
	for _, c := range cands {
		if c.canonical == "" || c.typ != graph.Country || c.demonym || c.start == 0 {
			continue
		}
		w := strings.ToLower(sents[c.sent].Tokens[c.start-1].Form)
		if !regimeWords[w] {
			continue
		}
		if s, ok := state[w+"s"]; ok && s != c.canonical {
			state[w+"s"] = ""
			continue
		}
		state[w+"s"] = c.canonical
	}
	if len(state) == 0 {
		return
	}
	for i, c := range cands {
		if c.canonical != "" || c.inst != "" || len(c.words) != 1 {
			continue
		}
		if s := state[strings.ToLower(c.words[0])]; s != "" {
			cands[i].canonical, cands[i].typ = s, graph.Country
		}
	}
}

// ownAcronyms takes from the gazetteer the acronyms that an article
// defines for another name in brackets right after it: in "the
// Patriotic Alliance (AP) party" AP is the alliance's, not the news
// agency the gazetteer knows by it. The acronym must spell both the name before it (in its
// order or another, as a translated name's initials may go: "Alianza
// Popular" for "Popular Alliance") and the gazetteer's name, which then
// are two names the acronym could stand for; the article has chosen. So
// must the name before it, in its order, when the gazetteer knows the
// acronym as the old one of a body it calls by another (otherAcronym). A
// name the gazetteer knows itself, or a person's, defines none. Every
// mention of the acronym in the article then is the name's.
func ownAcronyms(cands []candidate, sents []ud.Sentence) {
	own := map[string]graph.ActorType{}
	for i := 0; i+1 < len(cands); i++ {
		a, b := cands[i], cands[i+1]
		if a.sent != b.sent || b.start != a.end+1 || a.canonical != "" || a.demonym || a.inst != "" || a.typ == graph.Person ||
			b.canonical == "" || len(b.words) != 1 || !names.IsAcronym(b.words[0]) {
			continue
		}
		toks := sents[a.sent].Tokens
		if toks[a.end].Form != "(" || b.end >= len(toks) || toks[b.end].Form != ")" {
			continue
		}
		short := strings.ReplaceAll(b.words[0], ".", "")
		if !(spellsAnyOrder(short, a.words) && names.Abbreviates(short, strings.Fields(b.canonical))) && !otherAcronym(short, a.words, b.canonical) {
			continue
		}
		own[b.words[0]] = a.typ
	}
	if len(own) == 0 {
		return
	}
	for i, c := range cands {
		if typ, ok := own[strings.Join(c.words, " ")]; ok && c.canonical != "" {
			cands[i].canonical, cands[i].needs, cands[i].typ = "", "", typ
		}
	}
}

// otherAcronym reports whether the gazetteer knows an acronym by another
// acronym, canonical, of a body that has been renamed since (its old
// initials), while the name before the acronym spells it in its order,
// whole or without its first words (a city's: "Velmar City Corn Exchange
// (CE)"): the article's name is the one the acronym stands for.
func otherAcronym(acronym string, words []string, canonical string) bool {
	if !names.IsAcronym(canonical) || strings.ReplaceAll(canonical, ".", "") == acronym {
		return false
	}
	for i := range words {
		if names.Abbreviates(acronym, words[i:]) {
			return true
		}
	}
	return false
}

// spellsAnyOrder reports whether an acronym spells the initials of a
// name's words of two or more, in their order or in another.
func spellsAnyOrder(acronym string, words []string) bool {
	if len(words) < 2 {
		return false
	}
	if names.Abbreviates(acronym, words) {
		return true
	}
	initials := []rune(names.Acronym(words))
	letters := []rune(acronym)
	if len(initials) != len(letters) {
		return false
	}
	slices.Sort(initials)
	slices.Sort(letters)
	return slices.Equal(initials, letters)
}
