package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// The recogniser learned from GUM to take in the words around a person's
// name that English capitalises: the office after a title ("Secretary of
// State Jane Roe", "Chancellor of the Exchequer"), the party and chamber
// before it ("Senate Republican Jane Roe"), and the state a lawmaker
// represents after it ("Jane Roe of Ohio"). None of them is the name.

// officeWords are the capitalised words of the office a title names:
// "Secretary of State", "Minister for Foreign Affairs", "Chancellor of the
// Exchequer", "Charge d'Affaires". Before a person's name they are not part
// of it.
var officeWords = words.Set(`
	state exchequer foreign affairs defense defence finance treasury interior justice
	commerce trade industry agriculture energy health education labor labour transport
	transportation homeland security housing veterans economy economic development
	environment culture information communications tourism home internal external
	planning revenue war staff mines petroleum oil fisheries forestry science
	technology research welfare employment immigration intelligence telecommunications
	budget cooperation integration reconstruction relations international national
	public works charge chargé d'affaires d’affaires general
`)

// affiliationWords are the party and chamber words that precede a
// lawmaker's name ("Senate Republican", "House Democrat", "Labour MP").
var affiliationWords = words.Set(`
	senate house congressional republican republicans democrat democratic democrats gop
	labour conservative tory liberal mp mep
`)

// titleNouns are titles of the church, the courts and the nobility that
// stand before a name and are not part of it ("Cardinal Jane Roe",
// "Archbishop of Westminster").
var titleNouns = words.Set(`
	cardinal archbishop bishop rabbi imam patriarch reverend judge justice duke duchess
	baron baroness count countess madame madam monsignor mullah
`)

// nonNameWords are capitalised words that never continue a person's name:
// days and months ("Putin Tuesday" is no name).
var nonNameWords = words.Set(`
	monday tuesday wednesday thursday friday saturday sunday january february march
	april may june july august september october november december jan. feb. aug. sept.
	oct. nov. dec.
`)

// monthAbbreviations are the months' short forms ("Jan 31", "4 Sept").
var monthAbbreviations = words.Set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// tableWords are the abbreviations of the rows of the wire's results
// tables ("Qtr", "Shr", "Avg shrs"), never an actor's name.
var tableWords = words.Set(`qtr shr shrs avg oper mths revs`)

// calendarOrTableWord reports whether the word at k, a name by itself, is
// a table's row word or a month's short form: "Qtr ended Jan 31", "Aug
// was trading at 157.60" (a futures contract's month). A given name
// written as a month ("Jan Reed") is a name of two words.
func calendarOrTableWord(toks []ud.Token, k int) bool {
	w := strings.TrimSuffix(toks[k].Form, ".")
	return words.HasLower(tableWords, w) || words.HasLower(monthAbbreviations, w)
}

// splitOfPlace splits a recognised person's name at an "of" that follows
// it: "Jane Roe of Ohio" is Jane Roe, and Ohio a place of its own (a
// name of the gazetteer needs no mention: the gazetteer finds it). An "of"
// after a title belongs to the title ("Secretary of State Jane Roe").
func (x *Finder) splitOfPlace(toks []ud.Token, m ner.Mention) []ner.Mention {
	if m.Type == graph.Organization {
		return x.splitPersonOfBody(toks, m)
	}
	if m.Type != graph.Person {
		return []ner.Mention{m}
	}
	for k := m.Start + 1; k < m.End-1; k++ {
		if toks[k].Form != "of" {
			continue
		}
		if x.onlyRoles(toks[m.Start:k]) {
			// a title's office, not a place: "Chancellor of the
			// Exchequer Jane Roe" (see trimName)
			return []ner.Mention{m}
		}
		if names.IsInstitutionNounLower(toks[k-1].Form) {
			// an institution and the place it serves: "Bank of Kobe"
			return []ner.Mention{{Start: m.Start, End: m.End, Type: graph.Organization}}
		}
		var out []ner.Mention
		if hasNameWord(toks[m.Start:k]) {
			out = append(out, ner.Mention{Start: m.Start, End: k, Type: graph.Person})
		} // else no name before "of": "Monday of Chad"
		rs := k + 1
		for rs < m.End && toks[rs].UPOS == "DET" {
			rs++
		}
		if rs < m.End {
			if n, _, ok := x.gaz.Match(wordsOf(toks[:m.End]), rs); !ok || rs+n != m.End {
				typ := graph.Location
				if names.IsInstitutionNounLower(toks[m.End-1].Form) {
					typ = graph.Organization
				}
				out = append(out, ner.Mention{Start: rs, End: m.End, Type: typ})
			}
		}
		return out
	}
	return []ner.Mention{m}
}

// splitPersonOfBody splits a name the recogniser took for one
// organisation where a person's name is followed by "of" and the body the
// person speaks for: "Ana Ruiz of Federal Defenders" is Ana Ruiz and
// Federal Defenders. The person's name is two or three capitalised proper
// nouns that open with a given name.
func (x *Finder) splitPersonOfBody(toks []ud.Token, m ner.Mention) []ner.Mention {
	for k := m.Start + 2; k < m.End-1 && k <= m.Start+3; k++ {
		if toks[k].Form != "of" {
			continue
		}
		first := toks[m.Start].Form
		if !opensPersonName(first) && !coref.GivenName(first) || !personWords(toks[m.Start:k]) || toks[k-1].XPOS == "NNPS" {
			break // "Barnett Banks of Florida Inc": a firm's name
		}
		if _, _, known := x.gaz.Match(wordsOf(toks[:m.End]), m.Start); known {
			break // "Florida House of Representatives"
		}
		rs := k + 1
		for rs < m.End && toks[rs].UPOS == "DET" {
			rs++
		}
		if rs == m.End || !layout.StartsUpper(toks[rs].Form) || words.HasLower(companyDesignators, toks[m.End-1].Form) {
			break
		}
		return []ner.Mention{{Start: m.Start, End: k, Type: graph.Person}, {Start: rs, End: m.End, Type: graph.Organization}}
	}
	return []ner.Mention{m}
}

// onlyRoles reports whether every token is a title, a role or a word of an
// office.
func (x *Finder) onlyRoles(toks []ud.Token) bool {
	for _, t := range toks {
		if !x.titleWord(t.Form) && !words.HasLower(officeWords, t.Form) && t.UPOS != "DET" && t.UPOS != "ADP" {
			return false
		}
	}
	return true
}

// titleWord reports whether w is a role, an honorific or a title noun.
func (x *Finder) titleWord(w string) bool {
	return x.roles.Role(w) != "" || x.roles.IsTitle(w) || words.HasLower(titleNouns, w)
}

// hasNameWord reports whether some token is a capitalised proper noun
// that can be part of a person's name.
func hasNameWord(toks []ud.Token) bool {
	for _, t := range toks {
		if t.UPOS == "PROPN" && layout.StartsUpper(t.Form) && !words.HasLower(nonNameWords, t.Form) {
			return true
		}
	}
	return false
}

// prefixWord reports whether w is a word of an office, a party or a
// chamber, which stands before a person's name without being part of it.
func prefixWord(w string) bool {
	w = strings.ToLower(w)
	return officeWords[w] || affiliationWords[w]
}

// trimOffice strips from the start of a name the words of an office named
// before it ("Secretary of" + "State Jane Roe"): the recogniser often
// starts the name after the title and its "of". ok reports whether
// anything was stripped; what is left is a person's name.
func (x *Finder) trimOffice(toks []ud.Token, start, end int) (int, bool) {
	k := start - 1
	for k >= 0 && (toks[k].UPOS == "DET" || toks[k].Form == "of" || toks[k].Form == "for") {
		k--
	}
	if k < 0 || k == start-1 || !x.titleWord(toks[k].Form) {
		return start, false
	}
	j := start
	for j < end-1 && (words.HasLower(officeWords, toks[j].Form) || toks[j].Form == "and" || toks[j].UPOS == "DET" || toks[j].Form == "of") {
		j++
	}
	if j == start || end-j > 3 || !hasNameWord(toks[j:end]) {
		return start, false
	}
	return j, true
}

// extendPerson extends a recognised person's name over the capitalised
// proper nouns that follow it and that the recogniser left out ("Vice
// President Mike" + "Pence"), up to free, the start of the next name.
func (x *Finder) extendPerson(toks []ud.Token, m ner.Mention, free int) ner.Mention {
	if last := toks[m.End-1].Form; m.Type != graph.Person || !layout.StartsUpper(last) || prefixWord(last) || x.titleWord(last) {
		return m
	}
	words := wordsOf(toks)
	for m.End < free && m.End-m.Start < 4 {
		t := toks[m.End]
		if t.Form == "-" && m.End+1 < free && m.End-m.Start >= 2 && !ud.SpaceAfter(toks[m.End-1].Misc) && !ud.SpaceAfter(t.Misc) &&
			givenNamePart(toks[m.End+1].Form) {
			m.End += 2 // a hyphenated given name: "Park Sung" + "-ho"
			continue
		}
		lower := strings.ToLower(t.Form)
		// a family name that is also a common word ("Tom" + "Price"): the
		// tagger takes it for a noun after a lone given name
		surname := t.UPOS == "NOUN" && m.End-m.Start == 1 && opensPersonName(toks[m.Start].Form)
		if (t.UPOS != "PROPN" && !surname) || !layout.StartsUpper(t.Form) || layout.IsAllCaps(t.Form) || nonNameWords[lower] ||
			names.IsInstitutionNoun(lower) || prefixWord(lower) || x.titleWord(t.Form) || !ud.SpaceAfter(toks[m.End-1].Misc) {
			break
		}
		if _, _, ok := x.gaz.Match(words, m.End); ok {
			break
		}
		m.End++
	}
	return m
}

// titledPerson reports whether a recognised name of another type is a
// title and a person's name: "Cardinal Jane Roe", "President Roe". The
// name after the title has one to three capitalised words, none of them an
// institution's; "General" needs two ("General Motors" is a company).
func (x *Finder) titledPerson(toks []ud.Token, m ner.Mention) bool {
	if m.Type == graph.Person || m.End-m.Start < 2 || !x.titleWord(toks[m.Start].Form) || !layout.StartsUpper(toks[m.Start].Form) {
		return false
	}
	rest := toks[m.Start+1 : m.End]
	if len(rest) > 3 || (len(rest) < 2 && strings.EqualFold(toks[m.Start].Form, "general")) {
		return false
	}
	for _, t := range rest {
		lower := strings.ToLower(t.Form)
		if t.UPOS != "PROPN" || !layout.StartsUpper(t.Form) || names.IsInstitutionNoun(lower) || prefixWord(lower) || x.titleWord(t.Form) {
			return false
		}
	}
	return true
}

// retype corrects the recogniser's type of a name whose shape says what it
// is: a company's designator ("Acme Co", "Siemens AG") or an
// institution's noun at its end ("Air Force", "Judiciary Committee") or at
// its start ("Bank of Lisbon") make an organisation of a "person"; a body's
// noun at its end, or at its start before "of", makes one of a "place"; an
// acronym is no person's name.
func retype(toks []ud.Token, typ graph.ActorType) graph.ActorType {
	last := strings.ToLower(toks[len(toks)-1].Form)
	switch {
	case len(toks) > 1 && (companyDesignators[last] || corporatePlurals[last] || legalInside(toks)):
		return graph.Organization // "Velmar Industries", "AB Kessab", "Dorn Inc Toronto"
	case typ == graph.Person && len(toks) > 1 && (names.IsInstitutionNoun(last) || last == "force"):
		return graph.Organization
	case typ == graph.Person && len(toks) > 1 && (names.IsInstitutionNounLower(toks[0].Form) || words.HasLower(foreignBankWords, toks[0].Form)):
		return graph.Organization // "Bank of Lisbon", "Banco Comercial", "Council of Elders"
	case typ == graph.Location && len(toks) > 1 && (bodyNounsNoPlace[last] || placeBodyNoun(toks)):
		return graph.Organization // "Federal Home Loan Bank Board" taken for a place
	case typ == graph.Location && len(toks) > 2 && names.IsInstitutionNounLower(toks[0].Form) && toks[1].Form == "of":
		return graph.Organization // "Bank of Norland", "Council of Elders" taken for a place
	case typ == graph.Person && len(toks) == 1 && names.IsAcronym(toks[0].Form):
		return graph.Organization
	case typ != graph.Person && (personShaped(toks) || particleName(toks)):
		return graph.Person
	case typ == graph.Person && len(toks) > 1 && words.HasLower(foreignFirmWords, toks[0].Form):
		return graph.Organization // "Compagnie Generale de Velmar", "Caisse Centrale du Kessab"
	}
	return typ
}

// corporatePlurals end the names of companies and never a person's or a
// place's: the plurals of what a company makes or does ("Velmar
// Industries", "Kessab Securities").
var corporatePlurals = words.Set(`
	industries enterprises technologies airlines airways pharmaceuticals securities
	communications networks resources systems partners foods motors labs laboratories
	products services stores brands
`)

// legalInside reports whether a legal form in capitals opens a name ("AB
// Kessab", "NV Velmar") or one written as in a company's name stands
// inside it ("Dorn Inc Toronto", "Velmar Co of Ohio"): the recogniser runs
// a company's name into the words around it.
func legalInside(toks []ud.Token) bool {
	switch toks[0].Form {
	case "AB", "NV", "N.V.", "AG", "SA", "S.A.":
		return true
	}
	for _, t := range toks[1 : len(toks)-1] {
		switch t.Form {
		case "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "PLC", "Plc", "AG", "NV", "N.V.", "GmbH", "LLC", "SpA":
			return true
		}
	}
	return false
}

// surnameParticles are the lower-case words inside the family names of
// European and Latin American people ("Jan de Vroom", "Ana da Costa",
// "Karl von Alt").
var surnameParticles = words.Set(`de da do dos das del della di van von der den ter du la le`)

// particleName reports whether a recognised name is a person's by its
// shape: a given name, then a family name with a particle in it ("Pieter de
// Vroom", "Tomas de Alvarez Lira"), and no word of an institution, a
// company or a place. The recogniser, which knows few such names, takes
// them for places and companies, whose foreign names have the particles
// too ("Banco de Lima") but open with no given name.
func particleName(toks []ud.Token) bool {
	if len(toks) < 3 || len(toks) > 6 || !givenWord(names.Fold(toks[0].Form)) {
		return false
	}
	particle := false
	for i, t := range toks[1:] {
		lower := strings.ToLower(t.Form)
		if surnameParticles[t.Form] && i+2 < len(toks) {
			particle = true
			continue
		}
		if !layout.StartsUpper(t.Form) || names.IsInstitutionNoun(lower) || corporateWords[lower] || featureNouns[lower] || facilityNouns[lower] || companyDesignators[lower] || partyNouns[lower] {
			return false
		}
	}
	return particle
}

// ForeignFirmOpening reports whether w opens the name of a company or a
// body in French, Spanish, Portuguese or Italian ("Compagnie", "Caisse",
// "Banco"), whose name goes on with particles ("Caisse Nationale du
// Kessab") that open no part of it.
func ForeignFirmOpening(w string) bool {
	return words.HasLower(foreignFirmWords, w) || words.HasLower(foreignBankWords, w)
}

// foreignFirmWords open the names of companies and bodies in French,
// Spanish, Portuguese and Italian, which the recogniser, knowing few of
// their words, takes for persons' ("Compania Telefonica de Velmar").
var foreignFirmWords = words.Set(`
	compagnie cie compania companhia caisse cassa societe sociedad sociedade societa
	empresa istituto instituto groupe grupo gruppo comptoir cooperativa confederacion
	federacion fundacion fundacao credito
`)

// placeNouns name the kinds of places a name is given after ("the town
// of Kessab", "the capital Lusaka").
var placeNouns = words.Set(`
	town towns city village villages capital oasis province region district port
	island islands enclave outpost township
`)

// placeNounBefore reports whether a name at token start is a place by the
// noun before it: a lower-case place noun with "of" ("the town of
// Kessab"), or right before it after a determiner or a possessive ("the
// capital Lusaka", "Peru's capital Lima").
func placeNounBefore(toks []ud.Token, start int) bool {
	k := start - 1
	if k >= 1 && toks[k].Form == "of" {
		k--
	} else if k < 1 || (toks[k-1].UPOS != "DET" && toks[k-1].UPOS != "PART" && toks[k-1].UPOS != "ADJ") {
		return false
	}
	return k >= 0 && placeNouns[toks[k].Form]
}

// cuedPlaces returns the recogniser's mentions of a sentence with each
// name it missed after a place noun and "of" added as a place: "shelled
// the town of Kessab" names Kessab, however unknown the name. The name
// runs over the capitalised proper nouns no other name has taken.
func cuedPlaces(toks []ud.Token, ms []ner.Mention, taken []bool) []ner.Mention {
	var out []ner.Mention
	for i := 2; i < len(toks); i++ {
		if taken[i] || toks[i-1].Form != "of" || toks[i].UPOS != "PROPN" || !layout.StartsUpper(toks[i].Form) || !placeNounBefore(toks, i) || toks[i-2].Form == "capital" {
			continue
		}
		end := i + 1
		for end < len(toks) && !taken[end] && toks[end].UPOS == "PROPN" && layout.StartsUpper(toks[end].Form) {
			end++
		}
		if slices.ContainsFunc(ms, func(m ner.Mention) bool { return m.Start < end && m.End > i }) {
			continue
		}
		if out == nil {
			out = slices.Clone(ms)
		}
		out = append(out, ner.Mention{Start: i, End: end, Type: graph.Location})
	}
	if out == nil {
		return ms
	}
	slices.SortFunc(out, func(a, b ner.Mention) int { return a.Start - b.Start })
	return out
}

// regionNouns are the lower-case nouns of a country's divisions and of
// land features that follow a place's name as its head ("northern Kessab
// state", "the Dunmore peninsula", "Velmar province").
var regionNouns = words.Set(`
	state province region district peninsula county prefecture governorate oblast
`)

// regionNounAfter reports whether the name that ends at token end is a
// place by the lower-case region noun after it that heads the phrase:
// "Kessab state", not "Kessab state media", "Velmar state-run" or a
// compound the noun modifies.
func regionNounAfter(toks []ud.Token, end int) bool {
	if end >= len(toks) || toks[end].UPOS != "NOUN" || !regionNouns[toks[end].Form] || toks[end].Deprel == "compound" {
		return false
	}
	if end+1 < len(toks) {
		next := toks[end+1]
		if next.UPOS == "NOUN" || next.UPOS == "PROPN" || !ud.SpaceAfter(toks[end].Misc) && next.Form == "-" {
			return false
		}
	}
	return true
}

// regionNameWord reports whether token i can be a word of a place's name
// before a region noun: a capitalised proper noun, a capitalised noun
// inside the sentence (the tagger reads an unknown name as a noun) or a
// capitalised compass word ("Northern Kessab province").
func regionNameWord(toks []ud.Token, i int) bool {
	t := toks[i]
	if !layout.StartsUpper(t.Form) || layout.IsAllCaps(t.Form) {
		return false
	}
	if names.IsInstitutionNounLower(t.Form) {
		return false // "a state Senate district"
	}
	return t.UPOS == "PROPN" || t.UPOS == "NOUN" && !sentenceStart(toks, i) || compassWords[strings.ToLower(t.Form)]
}

// partOfLonger reports whether the words from token j are the end of a
// longer name that no name has taken: after a capitalised word, after a
// hyphen that joins them to one ("Midi-Pyrenees") or after a possessive
// of a capitalised word that is no name the gazetteer knows ("Cox's
// Bazar"); known marks the words of the gazetteer's names.
func partOfLonger(toks []ud.Token, j int, known []bool) bool {
	if j == 0 {
		return false
	}
	p := toks[j-1]
	switch {
	case p.UPOS == "PROPN" && layout.StartsUpper(p.Form):
		return true
	case p.Form == "-" && !ud.SpaceAfter(p.Misc):
		return true
	case (p.XPOS == "POS" || p.Form == "'s" || p.Form == "’s") && j >= 2 && !known[j-2] && layout.StartsUpper(toks[j-2].Form):
		return true // not after a known name: "Iraq's Dunmore peninsula"
	}
	return false
}

// compassOnly reports whether every token is a compass word: "the
// Southern state" names no place.
func compassOnly(toks []ud.Token) bool {
	return !slices.ContainsFunc(toks, func(t ud.Token) bool { return !compassWords[strings.ToLower(t.Form)] })
}

// compassWords open the names of regions: "Northern Cape", "West Bengal".
var compassWords = words.Set(`
	north south east west northern southern eastern western central upper lower
`)

// regionNames finds the places named before a region noun that the
// recogniser left unread ("fled Kessab state", "held the Dunmore
// peninsula"): one to three capitalised words no name has taken.
func regionNames(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	var known []bool
	for k := 1; k < len(toks); k++ {
		if taken[k-1] || !regionNounAfter(toks, k) {
			continue
		}
		j := k
		for j > 0 && k-j < 3 && !taken[j-1] && regionNameWord(toks, j-1) {
			j--
		}
		if known == nil {
			known = make([]bool, len(toks))
			for _, c := range out {
				for i := c.start; i < c.end && c.canonical != ""; i++ {
					known[i] = true
				}
			}
		}
		if j == k || partOfLonger(toks, j, known) || compassOnly(toks[j:k]) {
			continue // no name, part of a longer one or a compass word alone ("the Southern state")
		}
		// The span takes the noun, the phrase's head, which the
		// relations read as the place; the name is the words before it.
		out = append(out, candidate{sent: si, start: j, end: k + 1, typ: graph.Location, words: wordsOf(toks[j:k]), cued: true})
		for i := j; i <= k; i++ {
			taken[i] = true
		}
	}
	return out
}

// ownedBefore reports whether a name at token start is a company's or
// a body's by the compound adjective right before it that says who owns
// it, where it is based or listed ("the government-owned Kestrel",
// "Oslo-based Halvard"): persons and places are not said to be so. The
// adjective is in lower case; in capitals it is a word of the name.
func ownedBefore(toks []ud.Token, start int) bool {
	k := start - 1
	if k < 1 {
		return false
	}
	w := toks[k].Form
	if layout.StartsUpper(strings.TrimPrefix(w, "-")) {
		return false // "Sea-Based Interceptors": a name's own words
	}
	if head, ok := strings.CutPrefix(w, "-"); ok || toks[k-1].Form == "-" && !ud.SpaceAfter(toks[k-1].Misc) {
		if ok {
			w = head
		}
		return ownershipWords[w]
	}
	// "state-owned": the word after the last hyphen (no word of
	// ownershipWords has one)
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && ownershipWords[w[i+1:]]
}

// ownedName reports whether the name of tokens [start, end) is a
// company's or a body's by the compound adjective before it
// (ownedBefore), and whole: it does not go on after a hyphen ("Petro" +
// "-Canada"), a capitalised word or a lower-case word and a capitalised
// one ("Oil" + "and Natural Gas Commission", "Banco" + "do Brasil"), and
// no noun it describes follows, unless that noun is one of companies
// ("the Jeddah-based Dallah group"; not "the Dallas-based Hunt brothers",
// "a London-based Nordic banking expert").
func ownedName(toks []ud.Token, start, end int) bool {
	if !ownedBefore(toks, start) || strings.HasSuffix(toks[end-1].Form, "-") {
		return false
	}
	if end == len(toks) {
		return true
	}
	next := toks[end]
	switch {
	case strings.HasPrefix(next.Form, "-") || layout.StartsUpper(next.Form):
		return false
	case next.UPOS == "PUNCT":
		return true
	case end+1 < len(toks) && layout.StartsUpper(toks[end+1].Form):
		return false
	case next.UPOS == "NOUN" || next.UPOS == "VERB" && next.XPOS == "VBG":
		return words.HasLower(ownedHeads, next.Form)
	}
	return true
}

// basedIn reports whether a name that ends at token end is the place
// where something is based by the compound adjective it opens ("a
// Velmar-based company", "the Kessab-headquartered group").
func basedIn(toks []ud.Token, end int) bool {
	if end+1 >= len(toks) || toks[end].Form != "-" || ud.SpaceAfter(toks[end-1].Misc) || ud.SpaceAfter(toks[end].Misc) {
		return false
	}
	w := toks[end+1].Form
	return w == "based" || w == "headquartered"
}

// facilityAfter reports whether a name that ends at token end names a
// site by the lower-case noun of a building or site right after it ("the
// Kessab prison", "Velmar airport"); "base" is left out, for "the
// Republican base" is no site.
func facilityAfter(toks []ud.Token, end int) bool {
	if end >= len(toks) || toks[end].UPOS != "NOUN" || layout.StartsUpper(toks[end].Form) {
		return false
	}
	w := toks[end].Form
	return facilityNouns[w] && w != "base" && (end+1 == len(toks) || toks[end+1].UPOS != "NOUN")
}

// appositiveType returns the type that the noun phrase set off by a comma
// right after a name gives it, or Unknown: its head, the last noun
// before anything but nouns, adjectives and the words of compound
// adjectives, names a kind of company ("Velmar, a Kessab-based private
// conglomerate, ...") or of place ("Ouadi Kessar, a town on the
// border").
func appositiveType(toks []ud.Token, end int) graph.ActorType {
	if end+2 >= len(toks) || toks[end].Form != "," || toks[end+1].UPOS != "DET" {
		return graph.Unknown
	}
	head := ""
	for k := end + 2; k < len(toks) && k < end+10; k++ {
		t := toks[k]
		if t.UPOS == "NOUN" {
			head = strings.ToLower(t.Form)
			continue
		}
		if t.XPOS == "POS" || t.Form == "'s" || t.Form == "’s" {
			head = "" // "the company's chairman": the owner is no head
			continue
		}
		if t.UPOS == "ADJ" || t.UPOS == "PROPN" || t.UPOS == "NUM" || t.Form == "-" || t.UPOS == "VERB" && t.XPOS == "VBN" {
			continue
		}
		break
	}
	switch {
	case appositiveFirms[head]:
		return graph.Organization
	case placeNouns[head]:
		return graph.Location
	}
	return graph.Unknown
}

// appositiveFirms are the nouns of kinds of companies and bodies that an
// apposition gives a name (appositiveType); nouns of trades that people
// ply too ("a pork producer", "a broker", "a broadcaster") are left out.
var appositiveFirms = words.Set(`
	company firm group conglomerate consortium maker manufacturer bank lender insurer
	retailer carrier airline subsidiary concern utility refiner newspaper charity
	organisation organization agency
`)

// partyChamber reports whether name opens with a party's adjective
// before a legislature's chamber ("Republican Senate", "Democratic House
// Ethics Committee"), which says whose members are meant, not the
// chamber's name; the parties' own committees for the chamber's
// elections ("Democratic Senate Campaign Committee") are named so.
func partyChamber(name []ud.Token) bool {
	switch strings.ToLower(name[0].Form) {
	case "republican", "democratic":
	default:
		return false
	}
	switch strings.ToLower(name[1].Form) {
	case "senate", "house":
	default:
		return false
	}
	return !slices.ContainsFunc(name, func(t ud.Token) bool { return strings.EqualFold(t.Form, "campaign") })
}

// leadingDescriptors are nouns that describe a person or a firm by its
// trade and open a sentence before its name, capitalised there
// ("Investor Ann Reed", "Conglomerate Velmar Corp"); none opens a name
// (unlike "Bank" or "Group": "Bank Negara").
var leadingDescriptors = words.Set(`
	investor financier billionaire tycoon magnate industrialist speculator
	raider conglomerate insurer reinsurer retailer carmaker automaker chipmaker drugmaker
	refiner broker brokerage lender manufacturer
`)

// ownedHeads are the nouns of companies and their parts that a name
// after ownedBefore may describe ("the Oslo-based Halvard group").
var ownedHeads = words.Set(`group company firm unit subsidiary concern bank division`)

// ownershipWords end the compound adjectives of ownedBefore.
var ownershipWords = words.Set(`owned based listed headquartered`)

// bodyNounsNoPlace are the institutions' nouns that end the name of a body
// and never a place's (unlike "Bank", "Center" or "Court": "West Bank",
// "Trade Center", "Earls Court").
var bodyNounsNoPlace = words.Set(`
	council committee ministry department agency commission board bureau authority
	directorate administration parliament senate congress party federation association
	organization organisation institute foundation tribunal fund movement coalition
	alliance league
`)

// placeBodyNoun reports whether a name of several words ends with a noun
// that ends the names of bodies and of a few places, written as a body's:
// "Chicago Mercantile Exchange", "Reserve Bank", "U.S. District Court",
// "United Auto Workers"; not "West Bank" or "Earls Court", where a
// compass word or a name before the noun makes a place.
func placeBodyNoun(toks []ud.Token) bool {
	last := strings.ToLower(toks[len(toks)-1].Form)
	prev := strings.ToLower(toks[len(toks)-2].Form)
	switch last {
	case "exchange", "workers", "union", "bank", "front":
		return !sideWords[prev] // "Democratic Front", not "Western Front"
	case "court":
		return courtKinds[prev]
	}
	return false
}

// sideWords name the sides of a place ("West Bank", "Left Bank").
var sideWords = words.Set(`north south east west northern southern eastern western left right`)

// courtKinds are the words before "Court" in the names of courts of law.
var courtKinds = words.Set(`
	district supreme high appeals appeal federal circuit bankruptcy claims
	constitutional criminal international county superior trade tax
`)

// foreignBankWords open the names of banks in other languages.
var foreignBankWords = map[string]bool{"banca": true, "banco": true, "banque": true, "bancorp": true}

// companyDesignators end the names of companies: their legal forms and
// the words of a company's kind written as one ("Acme Holdings").
var companyDesignators = words.Set(legalForms + " corporation holdings group " + nordicForms)

// pluralDemonym returns the country whose people a plural names
// ("Russians", "Israelis", "Poles").
func (x *Finder) pluralDemonym(w string) (string, bool) {
	if c, ok := x.gaz.Demonym(w); ok {
		return c, true // irregular plurals listed as demonyms: "Poles"
	}
	if sing, ok := strings.CutSuffix(w, "s"); ok && len(sing) > 2 {
		return x.gaz.Demonym(sing)
	}
	return "", false
}

// givenNamePart reports whether w can be the second part of a hyphenated
// given name ("Ing-wen", "Jong-un", "Sung-ho"): a short syllable or a
// capitalised word, not a participle ("Belarus-born").
func givenNamePart(w string) bool {
	return layout.Letters(w) == len(w) && w != "" && !IsParticiple(w) && (len(w) <= 4 || layout.StartsUpper(w))
}

// extendPersonLeft extends a recognised person's name over the word before
// it when that word opens people's names and the recogniser, or the
// tagger, took it for a common noun ("Wang" + "Lihua"); prev is the end of
// the name before.
func (x *Finder) extendPersonLeft(toks []ud.Token, m ner.Mention, prev int) ner.Mention {
	if m.Type != graph.Person || m.Start == 0 || m.Start-1 < prev || m.End-m.Start > 2 {
		return m
	}
	t := toks[m.Start-1]
	switch t.UPOS {
	case "PROPN", "NOUN", "ADJ", "X":
	default:
		return m
	}
	if opensPersonName(t.Form) && !opensPersonName(toks[m.Start].Form) && ud.SpaceAfter(t.Misc) {
		m.Start--
	}
	return m
}

// personShaped reports whether a recognised name of another type is a
// person's: it opens with a given name or a family name written first
// ("Harold Whitcombe" taken for a place) and ends with no word of an
// institution, a company or a place.
func personShaped(toks []ud.Token) bool {
	if len(toks) < 2 || len(toks) > 4 || !opensPersonName(toks[0].Form) {
		return false
	}
	for _, t := range toks {
		lower := strings.ToLower(t.Form)
		if !layout.StartsUpper(t.Form) && !nameParticles[t.Form] && t.Form != "-" && !(layout.Letters(t.Form) > 0 && len(t.Form) <= 4) {
			return false
		}
		if names.IsInstitutionNoun(lower) || corporateWords[lower] || featureNouns[lower] || facilityNouns[lower] || companyDesignators[lower] || partyNouns[lower] {
			return false
		}
	}
	return true
}

// facilityNouns end the names of buildings, sites and works, which are
// often named after a person under a title ("King Khaled Airport",
// "Queen Elizabeth Hospital"): such a name is no titled person. Words
// that are also common surnames ("Hall", "Park", "Tower", "Church") are
// left out.
var facilityNouns = words.Set(`
	airport airbase base hospital clinic stadium arena palace mosque cathedral square
	avenue boulevard highway prison jail harbour harbor museum cemetery memorial
`)

// nameOnly reports whether tokens can be a person's name: capitalised
// proper nouns, none a word of an institution, a company or a place.
func nameOnly(toks []ud.Token) bool {
	for _, t := range toks {
		lower := strings.ToLower(t.Form)
		if nameParticles[t.Form] {
			continue // "Pieter de Waal"
		}
		if t.UPOS != "PROPN" || !layout.StartsUpper(t.Form) || names.IsInstitutionNoun(lower) || corporateWords[lower] ||
			featureNouns[lower] || facilityNouns[lower] || companyDesignators[lower] || lower == "committees" {
			return false
		}
	}
	return true
}

// namesAfterOffice finds the person's name the recogniser leaves unread
// after an office that ends with its place: "Ambassador to the United
// States Jane Roe", "Special Envoy for Syria Tom Hale". The name is the
// run of two to four capitalised proper nouns no name has taken, right
// after the place, which a role word and its preposition come before.
func (x *Finder) namesAfterOffice(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for _, c := range out {
		if c.demonym || c.typ == graph.Person {
			continue
		}
		k := c.start - 1
		if k >= 0 && toks[k].UPOS == "DET" {
			k--
		}
		if k < 1 || !officePreps[toks[k].Form] || !x.titleWord(toks[k-1].Form) {
			continue
		}
		end := c.end
		for end < len(toks) && end-c.end < 5 && !taken[end] && (toks[end].UPOS == "PROPN" && layout.StartsUpper(toks[end].Form) || nameParticles[toks[end].Form]) {
			end++
		}
		if n := end - c.end; n < 2 || n > 4 || nameParticles[toks[end-1].Form] || !layout.StartsUpper(toks[c.end].Form) {
			continue
		}
		words := make([]string, 0, end-c.end)
		for _, t := range toks[c.end:end] {
			words = append(words, t.Form)
		}
		out = append(out, candidate{sent: si, start: c.end, end: end, typ: graph.Person, words: words})
		for j := c.end; j < end; j++ {
			taken[j] = true
		}
	}
	return out
}

// personWords reports whether toks can be a person's name after a title
// or a place: capitalised proper nouns, none of them a company's
// designator or an institution's noun ("West Airlines Inc", "Land Co
// Ltd" are firms, whatever their first word).
func personWords(toks []ud.Token) bool {
	for _, t := range toks {
		lower := strings.ToLower(t.Form)
		if t.UPOS != "PROPN" || !layout.StartsUpper(t.Form) || layout.IsAllCaps(t.Form) || companyDesignators[lower] || names.IsInstitutionNoun(lower) {
			return false
		}
	}
	return true
}

// namesAfterRole finds the person's name the recogniser leaves unread
// right after a role noun: "Israeli U.N. Spokesman Jane Roe said", in a
// long sentence where the recogniser saw no name. The name is a run of two
// or three capitalised proper nouns no name has taken, opening with a
// given name of the shipped lists or read by the parser as a name the
// capitalised role describes (parsedAsTitledName), after a word that is a
// role; a family
// name written first may be followed by a given name the parser read as a
// pronoun (givenAsPronoun).
func (x *Finder) namesAfterRole(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for i := 1; i+1 < len(toks); i++ {
		if taken[i] || taken[i+1] || toks[i].UPOS != "PROPN" || !(opensPersonName(toks[i].Form) || coref.GivenName(toks[i].Form) || parsedAsTitledName(toks, i)) ||
			x.roles.Role(toks[i-1].Form) == "" {
			continue // the role last: most tokens open no name, and the lookup folds the word
		}
		end := i
		for end < len(toks) && end-i < 3 && !taken[end] && (toks[end].UPOS == "PROPN" || givenAsPronoun(toks, i, end)) && layout.StartsUpper(toks[end].Form) && !layout.IsAllCaps(toks[end].Form) {
			end++
		}
		if end-i < 2 || (end < len(toks) && toks[end].UPOS == "PROPN" && layout.StartsUpper(toks[end].Form)) || !personWords(toks[i:end]) && !givenAsPronoun(toks, i, i+1) {
			continue
		}
		words := make([]string, 0, end-i)
		for _, t := range toks[i:end] {
			words = append(words, t.Form)
		}
		out = append(out, candidate{sent: si, start: i, end: end, typ: graph.Person, words: words})
		for j := i; j < end; j++ {
			taken[j] = true
		}
		i = end - 1
	}
	return out
}

// parsedAsTitledName reports whether the parser read token i as a name
// that the capitalised role before it describes and the next token
// continues ("Spokesman" + "Zorvek Quillan": nmod:desc and flat), which tells
// a person's name whose given name the shipped lists do not know.
func parsedAsTitledName(toks []ud.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	role, next := toks[i-1], toks[i+1]
	return layout.StartsUpper(role.Form) && role.Head == toks[i].ID && role.Deprel == "nmod:desc" &&
		next.Head == toks[i].ID && next.Deprel == "flat"
}

// givenAsPronoun reports whether token k, right after a family name
// written first at token i, is a given name the parser took for a
// capitalised pronoun: "Vice Premier Zhou He said" ("He" is no pronoun in
// the middle of a sentence).
func givenAsPronoun(toks []ud.Token, i, k int) bool {
	return k == i+1 && k+1 < len(toks) && toks[k].UPOS == "PRON" && isFamilyFirst(toks[i].Form) && layout.StartsUpper(toks[k].Form) &&
		(toks[k+1].UPOS != "PROPN" || !layout.StartsUpper(toks[k+1].Form))
}

// officePreps link an office to its place: "ambassador to", "envoy for".
var officePreps = map[string]bool{"to": true, "for": true, "of": true, "in": true}

// placeThenPerson finds where a recognised name that runs a known state or
// organisation into a person's name splits: "Ambassador to the" + "United
// Nations Jane Roe". The name must start with the known name, and what
// follows must be two or three capitalised proper nouns that open with a
// given name; k is the first token of the person's name, typ the known
// name's type.
func (x *Finder) placeThenPerson(toks []ud.Token, m ner.Mention) (k int, typ graph.ActorType, ok bool) {
	if m.End-m.Start < 3 {
		return 0, 0, false
	}
	start := m.Start
	if strings.EqualFold(toks[start].Form, "the") {
		start++ // the span may take the article in: "the United Nations"
	}
	n, e, found := x.gaz.Match(wordsOf(toks[:m.End]), start)
	if !found || e.Type == graph.Unknown || e.Type == graph.Person || e.Kind == gazetteer.Demonym {
		return 0, 0, false
	}
	k = start + n
	if rest := m.End - k; rest < 2 || rest > 3 || !opensPersonName(toks[k].Form) {
		return 0, 0, false
	}
	if !personWords(toks[k:m.End]) {
		return 0, 0, false
	}
	return k, e.Type, true
}

// officialsBySurname adds, as a person, each capitalised word alone that
// no name covers, a verb's subject or object or one coordinated with
// them, that is the surname of known holders of one state's national
// office (offices) and no title or institution's noun ("President"):
// the recogniser misses one-word names of known leaders between a verb
// and a place ("Erdogan met Putin in Sochi"), which an article that
// named them in full before finds anyway.
func (x *Finder) officialsBySurname(cands []candidate, sents []ud.Sentence, offices coref.Offices) []candidate {
	covered := map[[2]int]bool{}
	for _, c := range cands {
		for k := c.start; k < c.end; k++ {
			covered[[2]int{c.sent, k}] = true
		}
	}
	var out []candidate
	next := 0 // the first candidate of a later sentence
	for si := range sents {
		for next < len(cands) && cands[next].sent <= si {
			out = append(out, cands[next])
			next++
		}
		toks := sents[si].Tokens
		for i, t := range toks {
			if t.XPOS != "NNP" || covered[[2]int{si, i}] || !layout.StartsUpper(t.Form) || layout.IsAllCaps(t.Form) ||
				words.HasLower(nonNameWords, t.Form) || calendarOrTableWord(toks, i) || x.titleWord(t.Form) || names.IsInstitutionNounLower(t.Form) ||
				words.HasLower(companyDesignators, t.Form) {
				continue
			}
			switch t.Deprel {
			case "nsubj", "nsubj:pass", "obj", "iobj", "conj":
			default:
				continue
			}
			if i > 0 && toks[i-1].UPOS == "PROPN" || i+1 < len(toks) && toks[i+1].UPOS == "PROPN" && layout.StartsUpper(toks[i+1].Form) {
				continue // a word of a longer name
			}
			if offices.Surname(t.Form) {
				out = append(out, candidate{sent: si, start: i, end: i + 1, typ: graph.Person, words: []string{t.Form}})
			}
		}
	}
	return append(out, cands[next:]...)
}
