package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// The recogniser cuts long names of institutions short: it starts them
// late ("Licensing Department" for "Coastal Fisheries Licensing
// Department", "Standards Committee" for "Ethics and Standards
// Committee", "Circuit Court of Appeals" without its "5th"), ends them
// early ("House Armed Services" without "Committee") and stops at an "and"
// inside them ("Institute for Peace" + "and Security Studies").
// extendOrganization gives such names back their words.

// extendOrganization extends a recognised organisation's name over the
// capitalised words around it that belong to it, within [prev, free): the
// tokens between the names before and after it; taken marks the tokens the
// gazetteer has matched, which are names of their own.
func extendOrganization(toks []ud.Token, m ner.Mention, prev, free int, taken []bool) ner.Mention {
	if m.Type != graph.Organization && !names.IsInstitutionNounLower(toks[m.End-1].Form) {
		return m
	}
	free = min(free, len(toks))
	// "House Armed Services" + "Committee"
	for m.End < free && !taken[m.End] && layout.StartsUpper(toks[m.End].Form) && names.IsInstitutionNounLower(toks[m.End].Form) {
		m.End++
	}
	// "Institute for Peace" + "and Security Studies"
	if hasOfFor(toks[m.Start:m.End]) && m.End+1 < free && (toks[m.End].Form == "and" || toks[m.End].Form == "&") {
		j := m.End + 1
		for j < free && j-m.End <= 3 && orgWord(toks, j, taken) {
			j++
		}
		if j > m.End+1 && (j == len(toks) || !layout.StartsUpper(toks[j].Form)) {
			m.End = j
		}
	}
	// "House Energy" + "and Commerce Committee", "House Parks" + "and
	// Lands freight subcommittee": a name that ends with no institution's
	// noun goes on past "and" to the noun that ends it
	m.End = andToHead(toks, m, free, taken)
	// "Coastal Fisheries" + "Licensing Department", "Ethics and" +
	// "Standards Committee", "5th" + "U.S. Circuit Court"
	crossed := false
	for m.Start-1 >= prev {
		k := m.Start - 1
		switch {
		case orgWord(toks, k, taken) && !sentenceStart(toks, k):
			m.Start--
			continue
		case !crossed && (toks[k].Form == "and" || toks[k].Form == "&") && k-1 >= prev && orgWord(toks, k-1, taken) && !sentenceStart(toks, k-1):
			m.Start -= 2
			crossed = true
			continue
		case isOrdinal(toks[k].Form):
			m.Start--
		}
		break
	}
	return m
}

// andToHead returns where a recognised organisation's name ends when it
// stops at an "and" inside it: the name ends with no institution's noun,
// nor with an acronym ("IMF and World bank" are two), and one to three
// capitalised words of a name follow the "and", then the
// institution's noun, capitalised ("and Commerce Committee") or not; a
// lower-case noun before the institution's ends the name before it ("and
// Lands" of "and Lands freight subcommittee"). Otherwise it returns the
// name's end.
func andToHead(toks []ud.Token, m ner.Mention, free int, taken []bool) int {
	if m.End+1 >= free || toks[m.End].Form != "and" || headNoun(toks[m.End-1].Form) || layout.IsAllCaps(toks[m.End-1].Form) {
		return m.End
	}
	j := m.End + 1
	for j < free && j-m.End <= 3 && orgWord(toks, j, taken) && !headNoun(toks[j].Form) {
		j++
	}
	if j == m.End+1 || j >= free {
		return m.End
	}
	if t := toks[j]; j+1 < free && t.UPOS == "NOUN" && !layout.StartsUpper(t.Form) && !headNoun(t.Form) {
		if taken[j+1] || !headNoun(toks[j+1].Form) {
			return m.End
		}
		return j // "trade subcommittee" describes the body the name names
	}
	if taken[j] || !headNoun(toks[j].Form) {
		return m.End
	}
	return j + 1
}

// headNoun reports whether w, in any case, is a noun that ends an
// institution's name, or a subcommittee.
func headNoun(w string) bool {
	return names.IsInstitutionNounLower(w) || strings.EqualFold(w, "subcommittee")
}

// remitPreps open the phrase of an institution's name that says what it
// is for: "Commission of Experts", "Center for Energy Policy",
// "Committee on Trade".
var remitPreps = map[string]bool{"of": true, "for": true, "on": true}

// extendOfPhrase gives an organisation whose recognised name ends with an
// institution's noun the one or two phrases of its remit that the
// recogniser cut: "Joint Commission" + "on Mining and Energy", "Commission"
// + "of Experts". A phrase is its preposition and capitalised nouns,
// adjectives and proper nouns, "and" or "&" between two of them (the
// recogniser may have read them as names of their own), and the first
// phrase's first word must be no name the gazetteer matched: "the Security
// Council on Libya" and "the Commission on Monday" are left alone; a
// second phrase may name a place ("of Experts" + "on Peru"), and a title
// after the name ends it ("on Peru Chairman Ana Ruiz" ends before
// "Chairman").
func (x *Finder) extendOfPhrase(toks []ud.Token, m ner.Mention, free int, taken []bool) ner.Mention {
	if !names.IsInstitutionNounLower(toks[m.End-1].Form) || headline(toks) {
		return m
	}
	free = min(free, len(toks))
	word := func(k int) bool {
		t := toks[k]
		lower := strings.ToLower(t.Form)
		return (t.UPOS == "PROPN" || t.UPOS == "NOUN" || t.UPOS == "ADJ") && layout.StartsUpper(t.Form) && layout.Letters(t.Form) > 0 && !x.titleWord(t.Form) &&
			!nonNameWords[lower] && !timeWords[lower] && !strings.HasSuffix(t.Form, "'s") && !strings.HasSuffix(t.Form, "’s")
	}
	end := m.End
	for n := range 2 {
		// the first phrase opens with no known name; a second may name a
		// place ("of Experts" + "on Peru")
		if end+1 >= free || !remitPreps[toks[end].Form] || (taken[end+1] && n == 0) || !word(end+1) {
			break
		}
		j := end + 2
		for j < free && j-end <= 5 {
			if word(j) {
				j++
				continue
			}
			if (toks[j].Form == "and" || toks[j].Form == "&") && j+1 < free && word(j+1) {
				j += 2
				continue
			}
			break
		}
		if _, ok := x.roles.Phrase(toks[j-1].Form, toks[min(j, len(toks)-1)].Form); ok && j < len(toks) {
			break // "of Prime" + "Minister ...": a title's words
		}
		end = j
	}
	m.End = end
	return m
}

// extendPairPrefix gives an institution's name the first of the two
// names joined by a hyphen or an en dash before it that the recogniser
// cut: "U.S.-" + "China Business Council", "Keller–" + "Lindqvist Center". The name
// must end with an institution's noun or its remit and open with a
// capitalised proper noun glued to the hyphen, which another capitalised
// proper noun comes right before; a name recognised of that noun alone is
// then part of this one.
func extendPairPrefix(toks []ud.Token, m ner.Mention) ner.Mention {
	k := m.Start
	if k < 2 || (toks[k-1].Form != "-" && toks[k-1].Form != "–") || ud.SpaceAfter(toks[k-2].Misc) || ud.SpaceAfter(toks[k-1].Misc) ||
		toks[k].UPOS != "PROPN" || toks[k-2].UPOS != "PROPN" || !layout.StartsUpper(toks[k].Form) || !layout.StartsUpper(toks[k-2].Form) ||
		!institutional(toks[m.Start:m.End]) {
		return m
	}
	m.Start = k - 2
	return m
}

// institutional reports whether a name ends with an institution's noun
// or has one before a remit phrase ("Joint Commission on Trade").
func institutional(toks []ud.Token) bool {
	for _, t := range toks {
		if names.IsInstitutionNounLower(t.Form) && layout.StartsUpper(t.Form) {
			return true
		}
	}
	return false
}

// unreadInstitutions finds the names of institutions the recogniser left
// unread: a whole run of two to five capitalised words that no name has
// taken, ending with an institution's noun ("Andean Affairs Council",
// "Federal Trade Commission"), with the phrases of its remit after it. A
// title case headline (sentenceNames does not call it on one), a role or
// title among the words, a sentence's first
// word that is no proper noun ("Trade Council ..."), a run that a name
// before it goes on (partOfName) or a capitalised word after the noun
// goes on ("Spring Bank Holiday", "Asian Bank Bhd") are left alone.
func (x *Finder) unreadInstitutions(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	word := func(k int) bool {
		t := toks[k]
		return !taken[k] && (t.UPOS == "PROPN" || t.UPOS == "NOUN" || t.UPOS == "ADJ") && layout.StartsUpper(t.Form) && layout.Letters(t.Form) > 0 &&
			(!x.titleWord(t.Form) || x.titleInName(toks, k)) && !words.HasLower(nonNameWords, t.Form) && !words.HasLower(timeWords, t.Form) && !strings.HasSuffix(t.Form, "'s") && !strings.HasSuffix(t.Form, "’s") &&
			!(t.UPOS != "PROPN" && sentenceStart(toks, k))
	}
	for i := 0; i < len(toks); i++ {
		if !word(i) {
			continue
		}
		j := i
		for j < len(toks) && word(j) {
			j++
		}
		end := j
		if n := end - i; n < 2 || n > 5 || !names.IsInstitutionNounLower(toks[end-1].Form) || x.partOfName(toks, i) {
			i = j - 1
			continue
		}
		m := x.extendOfPhrase(toks, ner.Mention{Start: i, End: end, Type: graph.Organization}, len(toks), taken)
		if k := slices.IndexFunc(out, func(c candidate) bool { return c.demonym && c.start == i-1 && c.end == i }); k >= 0 {
			// "Asian" + "Development Bank", "Peruvian" + "High Command":
			// the adjective opens the name
			out = slices.Delete(out, k, k+1)
			m.Start = i - 1
		}
		words := make([]string, 0, m.End-m.Start)
		for _, t := range toks[m.Start:m.End] {
			words = append(words, t.Form)
		}
		out = append(out, candidate{sent: si, start: m.Start, end: m.End, typ: graph.Organization, words: words})
		for k := m.Start; k < m.End; k++ {
			taken[k] = true
		}
		i = m.End - 1
	}
	return out
}

// titleInName reports whether the title word at token k is a word of an
// institution's name rather than a person's title: a capitalised word
// that is no title comes before it and an institution's noun that ends
// the name right after it ("Velmar Environmental Justice Alliance"),
// where no person's name can follow the title; "Deputy Chief Cabinet
// Secretary" is a title.
func (x *Finder) titleInName(toks []ud.Token, k int) bool {
	return k > 0 && k+1 < len(toks) && layout.StartsUpper(toks[k-1].Form) && !x.titleWord(toks[k-1].Form) &&
		layout.StartsUpper(toks[k+1].Form) && names.IsInstitutionNounLower(toks[k+1].Form) &&
		(k+2 == len(toks) || !layout.StartsUpper(toks[k+2].Form))
}

// partOfName reports whether a run of capitalised words from token i
// goes on a name before it: a capitalised word other than a determiner,
// an opening possessive, or "and" after a capitalised word comes right
// before it ("Japan Development Bank", "Seafarers' International Union",
// "Ways and Means Committee"); an adjective of nationality opens the
// name instead ("Asian Development Bank").
func (x *Finder) partOfName(toks []ud.Token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if (p.Form == "and" || p.Form == "&") && i >= 2 && layout.StartsUpper(toks[i-2].Form) {
		return true // "Ways and" + "Means Committee"
	}
	if _, ok := x.gaz.Demonym(p.Form); ok {
		return false // "the Peruvian" + "High Command"
	}
	if p.UPOS == "DET" || (p.UPOS == "PUNCT" && p.Form != "'" && p.Form != "’") {
		return false
	}
	return layout.StartsUpper(p.Form) || p.UPOS == "PART" || p.Form == "'" || p.Form == "’"
}

// remitEnd returns where a remit phrase may run to: across the later
// recognised names that are its words ("Joint Commission" + "on" +
// "Mining and Energy"), up to the first person's name (less the known
// names that the recogniser ran into it), or to the end of the sentence.
func remitEnd(later []ner.Mention, sentLen int, taken []bool) int {
	for _, n := range later {
		if n.Type == graph.Person {
			start := n.Start
			for start < n.End && taken[start] {
				start++ // "Peru" of "Peru Chairman Ana Ruiz": a known place before the title
			}
			return start
		}
	}
	return sentLen
}

// orgWord reports whether token k can be a word of an institution's name:
// capitalised, a noun or adjective or proper noun, no name of the
// gazetteer's, no title, day or month.
func orgWord(toks []ud.Token, k int, taken []bool) bool {
	t := toks[k]
	if taken[k] || !layout.StartsUpper(t.Form) || words.HasLower(nonNameWords, t.Form) || words.HasLower(timeWords, t.Form) || layout.Letters(t.Form) == 0 {
		return false
	}
	switch t.UPOS {
	case "PROPN", "NOUN", "ADJ":
	default:
		return false
	}
	return !strings.HasSuffix(t.Form, "'s") && !strings.HasSuffix(t.Form, "’s")
}

// hasOfFor reports whether a name has "of" or "for" after its first word
// ("Department of Energy", "Institute for Peace").
func hasOfFor(toks []ud.Token) bool {
	for _, t := range toks[1:] {
		if t.Form == "of" || t.Form == "for" {
			return true
		}
	}
	return false
}

// isOrdinal reports whether w is an ordinal number: "9th", "1st", "Fourth".
func isOrdinal(w string) bool {
	switch strings.ToLower(w) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth":
		return unicode.IsUpper([]rune(w)[0])
	}
	n := strings.TrimRightFunc(w, unicode.IsLetter)
	suf := strings.ToLower(w[len(n):])
	if n == "" || strings.TrimLeftFunc(n, unicode.IsDigit) != "" {
		return false
	}
	return suf == "st" || suf == "nd" || suf == "rd" || suf == "th"
}

// ofPlaceOrganisations finds the institutions named by a capitalised
// institution noun and the place they serve, which the recogniser often
// leaves unread: "the Bank of Kobe", "the University of Chile". The place
// is the gazetteer's match after "of", which becomes the end of the
// institution's name, or capitalised words no name has taken; the place
// is named again wherever the article names it alone.
func ofPlaceOrganisations(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for i := 0; i+2 < len(toks); i++ {
		if taken[i] || toks[i+1].Form != "of" || !layout.StartsUpper(toks[i].Form) || !names.IsInstitutionNounLower(toks[i].Form) {
			continue
		}
		end, place := i+2, -1
		for ci, c := range out {
			if c.start == i+2 && !c.demonym && (c.typ == graph.Country || c.typ == graph.Location) {
				end, place = c.end, ci
			}
		}
		if place < 0 {
			for end < len(toks) && end < i+5 && !taken[end] && toks[end].UPOS == "PROPN" && layout.StartsUpper(toks[end].Form) {
				end++
			}
			if end == i+2 {
				continue
			}
		}
		if end < len(toks) && layout.StartsUpper(toks[end].Form) && toks[end].UPOS == "PROPN" {
			continue // the place runs on into another name
		}
		start := i
		for start > 0 && orgWord(toks, start-1, taken) && !sentenceStart(toks, start-1) {
			start-- // "Central Bank" + "of Kobe"
		}
		if start > 0 && (taken[start-1] || layout.StartsUpper(toks[start-1].Form) && !sentenceStart(toks, start-1)) {
			continue // the end of a longer name: "Korean-American Chamber of Commerce"
		}
		words := make([]string, 0, end-start)
		for _, t := range toks[start:end] {
			words = append(words, t.Form)
		}
		c := candidate{sent: si, start: start, end: end, typ: graph.Organization, words: words}
		if place >= 0 {
			out[place] = c
		} else {
			out = append(out, c)
		}
		for k := start; k < end; k++ {
			taken[k] = true
		}
		i = end - 1
	}
	return out
}

// coalitionNouns are the groups a state leads that news names by their
// leader: "the Saudi-led coalition", "U.S.-led forces".
var coalitionNouns = words.Set("coalition alliance forces force bloc mission")

// ledCoalitions finds the groups named by the state that leads them: a
// state's name or adjective, "-led" and a coalition noun ("the Saudi-led
// coalition"). The name is the phrase as written; the state keeps its own
// mention, whose hyphenated modifier the relations read (led).
func ledCoalitions(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-1].Form != "-" || !strings.EqualFold(toks[i].Form, "led") || taken[i] || taken[i+1] || !words.HasLower(coalitionNouns, toks[i+1].Form) {
			continue
		}
		lead := -1
		for ci, c := range out {
			if c.end == i-1 && c.typ == graph.Country {
				lead = ci
			}
		}
		if lead < 0 || ud.SpaceAfter(toks[i-2].Misc) || ud.SpaceAfter(toks[i-1].Misc) {
			continue
		}
		name := []string{toks[i-2].Form + "-led", strings.ToLower(toks[i+1].Form)}
		out = append(out, candidate{sent: si, start: i, end: i + 2, typ: graph.Organization, words: name})
		taken[i], taken[i+1] = true, true
	}
	return out
}

// armedGroupNames finds the armed groups named before a lower-case noun
// of their kind that the recogniser left unread or took for another
// kind of name ("the Free Lions militia", "the Red Hand brigade", "the
// Black Wolves rebel group"): two to four capitalised words, whatever
// the tagger made of them, right after "the", no word of which the
// gazetteer knows. As with a region's
// name, the span takes the noun, the phrase's head, which the relations
// read as the group; the name is the words before it.
func (x *Finder) armedGroupNames(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for k := 3; k < len(toks); k++ {
		if !armedGroupNouns[toks[k].Form] || k+1 < len(toks) && layout.StartsUpper(toks[k+1].Form) {
			continue
		}
		m := k // the name ends before m
		if armedKinds[toks[m-1].Form] {
			m-- // "rebel group"
		} else if toks[k].Form == "group" {
			continue // "the Dudley Taft group": an investor's, a firm's
		}
		j := m
		for j > 0 && m-j < 4 && orgWord(toks, j-1, make([]bool, len(toks))) {
			j--
		}
		if m-j < 2 || j == 0 || strings.ToLower(toks[j-1].Form) != "the" {
			continue
		}
		var inside []int // the recogniser's guesses within the name
		ok := true
		for ci, c := range out {
			switch {
			case c.sent != si || c.end <= j || c.start > k:
			case c.start >= j && c.end <= m && c.canonical == "" && !c.demonym:
				inside = append(inside, ci)
			default:
				ok = false
			}
		}
		if !ok || slices.ContainsFunc(toks[j:m], func(t ud.Token) bool { _, demonym := x.gaz.Demonym(t.Form); return demonym }) {
			continue
		}
		for i := len(inside) - 1; i >= 0; i-- {
			out = slices.Delete(out, inside[i], inside[i]+1)
		}
		out = append(out, candidate{sent: si, start: j, end: k + 1, typ: graph.Organization, words: wordsOf(toks[j:m]), cued: true})
		for i := j; i <= k; i++ {
			taken[i] = true
		}
	}
	return out
}

// armedGroupNouns are the nouns of armed groups written in lower case
// after their names: "the Red Hand brigade"; "group" only after a word
// of armedKinds.
var armedGroupNouns = words.Set("militia militias brigade brigades battalion battalions faction group rebels guerrillas insurgents")

// armedKinds say, before "group" or another such noun, that the group
// bears arms: "the Black Wolves rebel group".
var armedKinds = words.Set("rebel armed militant guerrilla separatist jihadist paramilitary insurgent")
