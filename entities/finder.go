package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Finder finds the actors of an article in its analysed sentences: names
// from the gazetteer and the recogniser, tidied of titles and possessives,
// merged so that one real-world actor is one actor, and pronouns and
// descriptions resolved to them. It is safe for concurrent use.
type Finder struct {
	gaz   *gazetteer.Gazetteer
	ner   *ner.Recognizer
	roles *Roles
}

// NewFinder returns a Finder that looks names up in gaz and recognises
// unknown ones with ner.
func NewFinder(gaz *gazetteer.Gazetteer, ner *ner.Recognizer) *Finder {
	return &Finder{gaz: gaz, ner: ner, roles: DefaultRoles()}
}

// Roles returns the role nouns the finder strips from names.
func (x *Finder) Roles() *Roles { return x.roles }

// Gazetteer returns the gazetteer the finder looks names up in.
func (x *Finder) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// candidate is a name found in one sentence, before names are merged.
type candidate struct {
	sent, start, end int
	typ              graph.ActorType
	canonical        string // set when the gazetteer knows the name
	words            []string
	demonym          bool
	// people marks a plural demonym that names a people ("the
	// Palestinians"): another name of its state's actor, not only an
	// adjective, though no name that makes the state an actor.
	people bool
	// inst groups the phrases of one state's institution of one kind
	// ("Russia|foreign ministry"; "|foreign ministry" when no state
	// anchors the phrase); words are then its name, not its tokens.
	inst string
	also []string // another name of the actor, as written
	// cued says that the words around the name gave its type ("the town
	// of Kessab", "the state-owned Kestrel"), not the recogniser.
	cued bool
	// needs is the canonical name of the actor the article must name for
	// this ambiguous match to stand ("United Nations" for "Security
	// Council"), or "".
	needs string
}

// Find returns the actors of the sentences of one article and the spans
// that refer to them.
func (x *Finder) Find(sents []ud.Sentence) *Found { return x.FindWith(sents, nil) }

// FindWith is Find with a table of state officials (nil for none) that
// tells which persons the article names held the office a definite
// description names ("the prime minister") on the article's dates.
func (x *Finder) FindWith(sents []ud.Sentence, offices coref.Offices) *Found {
	sents, brackets := layout.Unbracket(sents)
	var recognized [][]ner.Mention
	if x.ner != nil {
		recognized = x.ner.RecognizeDocument(sents)
		for si, b := range brackets {
			if b != nil && si < len(recognized) {
				recognized[si] = layout.CutAtBrackets(sents[si].Tokens, recognized[si], b)
			}
		}
	}
	var cands []candidate
	for si := range sents {
		if layout.Credits(sents[si].Tokens) {
			continue // the story's reporters and editors
		}
		var ms []ner.Mention
		if si < len(recognized) {
			ms = recognized[si]
		}
		var b []uint8
		if si < len(brackets) {
			b = brackets[si]
		}
		cands = append(cands, x.sentenceNames(si, &sents[si], ms, b)...)
	}
	if offices != nil {
		cands = x.officialsBySurname(cands, sents, offices)
	}
	finalLegalForms(cands, sents)
	cands = unanchorAmbiguous(cands)
	cands = dropHeadlineGuesses(cands, sents)
	cands = dropTableLabels(cands, sents)
	cands = dropOpeningCommonWords(cands, sents)
	cands = x.dropPluralPersons(cands, sents)
	cands = x.pairedFirms(cands, sents, brackets)
	cands = propagateNames(cands, sents)
	cands = dropProducts(cands, sents)
	cands = dropNamePairs(cands)
	x.possessorBodies(cands, sents)
	ownAcronyms(cands, sents)
	f := mergeNames(cands, sents, x.place)
	bodies := make([]int, len(sents))
	for si := range sents {
		bodies[si] = layout.Body(sents[si].Tokens)
	}
	coref.Resolve(f, sents, bodies, x.roles, offices)
	f.Index(len(sents))
	x.findModifiers(f, sents)
	return f
}

// sentenceNames finds the names in one sentence: gazetteer matches first,
// then recognised names that do not overlap them, each trimmed of
// determiners, titles and possessives. brackets says where Reuters' angle
// brackets opened and closed (layout.Unbracket), nil if none did.
func (x *Finder) sentenceNames(si int, s *ud.Sentence, recognized []ner.Mention, brackets []uint8) []candidate {
	toks := s.Tokens
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Form
	}
	taken := make([]bool, len(toks))
	// Words in capitals are looked up in title case too: a dateline's
	// place ("WASHINGTON (Reuters) -") and the words of a headline in
	// capitals.
	lookup := words
	dstart, dend, isDateline := layout.Dateline(toks)
	caps := layout.CapsHeadline(toks)
	if isDateline || caps {
		lookup = make([]string, len(words))
		for i, w := range words {
			lookup[i] = w
			if layout.IsAllCaps(w) && (caps || (i >= dstart && i < dend)) {
				lookup[i] = layout.TitleCase(w)
			}
		}
		if isDateline {
			recognized = layout.OutsideDateline(toks, recognized, dend)
		}
		if caps {
			recognized = nil // the recogniser reads capitals as names
		}
	}
	out := x.partyWordsBeforePersons(si, toks, words, taken)
	agStart, agEnd, agency := datelineAgency(toks)
	for k := agStart; agency && k < agEnd; k++ {
		taken[k] = true // the wire of "OSLO (AP) -"
	}
	var noActor []bool // the words of known names that are no actors
	for i := 0; i < len(toks); {
		if taken[i] {
			i++ // a party word before a person's name
			continue
		}
		n, e, ok := x.gaz.Match(words, i)
		if !ok && lookup[i] != words[i] {
			n, e, ok = x.gaz.Match(lookup, i)
			if ok && e.Ambiguous {
				ok = false // "TURKEY", "CHAD": capitals hide which one
			}
		}
		next := ""
		if ok && i+n < len(toks) {
			next = toks[i+n].Form
		}
		if ok && n > 0 && e.Type != graph.Person && !taken[i] && (i == 0 || toks[i-1].UPOS == "DET" || toks[i-1].UPOS == "PUNCT" || !layout.StartsUpper(toks[i-1].Form)) {
			end, firm := firmAfter(toks, i+n)
			if !firm && !strings.HasSuffix(toks[i+n-1].Form, ".") {
				// not after "U.S.", where wire copy capitalises the
				// next word ("U.S. Products", "U.S. Securities houses")
				end, firm = pluralFirmAfter(toks, i+n)
			}
			if firm && x.plausibleMatch(toks[i:i+n], e, next) {
				// "American Motors Corp", "Japan Airlines Co", "British
				// Airways": a company's name, not its state
				out = append(out, candidate{sent: si, start: i, end: end, typ: graph.Organization, words: words[i:end]})
				for k := i; k < end; k++ {
					taken[k] = true
				}
				i = end
				continue
			}
		}
		parent := ""
		if ok && n > 1 && e.Ambiguous && (i == 0 || !layout.StartsUpper(toks[i-1].Form) || toks[i-1].UPOS == "DET") {
			// "Security Council": the U.N.'s when the article names the
			// U.N.; not the end of a longer name ("Homeland Security
			// Council")
			parent = x.parentOf(e)
		}
		if ok && n == 1 && gradeAt(toks, i) {
			taken[i] = true // "cut to CCC from B-minus": a rating
			i++
			continue
		}
		if ok && n == 1 && x.acronymInPerson(toks, i, recognized) {
			ok = false
		}
		if !ok || n <= 0 || (parent == "" && !x.plausibleMatch(toks[i:i+n], e, next)) || x.roleNotName(toks, i, n, e) || x.insideLongerName(toks, i, n, e, taken) || x.otherStates(toks, i, n, e) ||
			(i+n < len(toks) && x.portfolio(words[i:i+n+1])) {
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			taken[k] = true
		}
		if e.Type == graph.Unknown || documentOf(toks, i, e) {
			if noActor == nil {
				noActor = make([]bool, len(toks))
			}
			for k := i; k < i+n; k++ {
				noActor[k] = true
			}
			i += n // a known name that is no actor: "Paris Agreement"; "the Treaty of Rome"
			continue
		}
		c := candidate{sent: si, start: i, end: i + n, typ: e.Type, canonical: e.Canonical, words: words[i : i+n], needs: parent}
		if e.Kind == gazetteer.Capital && (cityOffice(toks, i, i+n) || cityStruck(toks, i, i+n)) {
			c = candidate{sent: si, start: i, end: i + n, typ: graph.Location, canonical: strings.Join(words[i:i+n], " "), words: words[i : i+n]}
		}
		if e.Kind == gazetteer.Demonym {
			c.demonym = true
		}
		out = append(out, c)
		i += n
	}
	// Peoples named by a plural of their adjective ("the Russians") stand
	// for their state as the adjective does.
	for i, t := range toks {
		if taken[i] || (t.XPOS != "NNPS" && t.XPOS != "NNS") || !layout.StartsUpper(t.Form) {
			continue
		}
		if country, ok := x.pluralDemonym(t.Form); ok {
			out = append(out, candidate{sent: si, start: i, end: i + 1, typ: graph.Country, canonical: country, words: words[i : i+1], demonym: true, people: true})
			taken[i] = true
		}
	}
	// Institutions named by common nouns: "Russia's foreign ministry".
	for _, in := range x.findInstitutions(toks, taken) {
		c := candidate{sent: si, start: in.start, end: in.end, typ: graph.Organization, inst: in.country + "|" + in.kind}
		switch {
		case in.country != "":
			c.words = institutionName(in.anchor, toks[in.start:in.end])
		default:
			c.words = words[in.start:in.end]
		}
		out = append(out, c)
		for k := in.start; k < in.end; k++ {
			taken[k] = true
		}
	}
	{
		var pieces []ner.Mention
		for _, m := range x.tidyMentions(toks, cuedPlaces(toks, recognized, taken), taken, brackets) {
			start, end, typ := x.trimName(toks, m.Start, m.End, m.Type)
			if start >= end || typ == graph.Person && x.noPersonLeft(toks[start:end]) {
				continue
			}
			if end-start > 1 && documentNouns[strings.ToLower(toks[end-1].Form)] && layout.StartsUpper(toks[end-1].Form) {
				continue // "the Louvre Accord", "the Farm Act": a text, no actor
			}
			if end-start == 1 && calendarOrTableWord(toks, start) {
				continue // "Qtr ended Jan 31": a month and a table's word, no actors
			}
			if n := stormWords(toks[start:end]); n > 0 {
				for k := start; k < end; k++ {
					taken[k] = true // "Hurricane Ada": a storm, no actor
				}
				continue
			}
			if typ == graph.Person {
				end = surnameAfterGiven(toks, start, end, taken)
			}
			if agency && start >= agStart && end <= agEnd {
				continue
			}
			if x.moneyName(toks, start, end) || end-start == 1 && notchedGrade(toks[start].Form) {
				for k := start; k < end; k++ {
					taken[k] = true // "Ecus", "LNG", the "Korean" of "the Korean won", "B-minus"
				}
				continue
			}
			if noActor != nil && !slices.Contains(noActor[start:end], false) {
				continue // "Rome" of "the Treaty of Rome"
			}
			m = ner.Mention{Start: start, End: end, Type: typ}
			if k, known, ok := x.placeThenPerson(toks, m); ok {
				// "Ambassador to" + "the United Nations Jane Roe"
				pieces = append(pieces, ner.Mention{Start: start, End: k, Type: known}, ner.Mention{Start: k, End: end, Type: graph.Person})
				continue
			}
			pieces = append(pieces, m)
		}
		for _, m := range pieces {
			start, end, typ := m.Start, m.End, retype(toks[m.Start:m.End], m.Type)
			cued, region := false, false
			switch {
			case placeNounBefore(toks, start):
				typ, cued = graph.Location, true // "the town of Kessab", "the capital Lusaka"
			case ownedName(toks, start, end):
				typ, cued = graph.Organization, true // "the state-owned Velcred", "Oslo-based Halvard"
			case typ == graph.Person && basedIn(toks, end):
				typ, cued = graph.Location, true // "a Velmar-based company"
			case typ != graph.Location && facilityAfter(toks, end):
				typ, cued = graph.Location, true // "the city's Kessab prison"
			case regionNounAfter(toks, end) && !taken[end] && !hasInstitutionNoun(toks[start:end]) && !compassOnly(toks[start:end]):
				typ, cued, region = graph.Location, true, true // "northern Kessab state"
			default:
				if t := appositiveType(toks, end); t != graph.Unknown && t != typ && !opensPersonName(toks[start].Form) {
					typ, cued = t, true // "Velmar, a Kessab-based conglomerate"
				}
			}
			if end-start == 1 && end < len(toks) && personalNouns[toks[end].Form] {
				typ = graph.Person // "the Reagan administration", "the Obama campaign"
				if campaign(toks, start) {
					end, typ = end+1, graph.Organization
				}
			}
			if s := x.afterPartyWord(toks, out, start, end, typ); s > start {
				// the party word was read for the person named after it
				// (partyWordsBeforePersons)
				start, typ = s, graph.Person
			}
			// A longer recognised name replaces gazetteer matches inside it
			// ("Ukraine's National Security and Defense Council"); one that
			// crosses or equals a match gives way to it.
			inside, ok := []int(nil), true
			uncovered := 0
			for k := start; k < end; k++ {
				if !taken[k] && toks[k].UPOS != "PUNCT" && toks[k].UPOS != "PART" {
					uncovered++
				}
			}
			for ci, c := range out {
				if c.end <= start || c.start >= end {
					continue
				}
				if c.start >= start && c.end <= end && c.end-c.start < end-start && uncovered >= 2 {
					inside = append(inside, ci)
					continue
				}
				ok = false
			}
			if !ok {
				continue
			}
			for k := len(inside) - 1; k >= 0; k-- {
				out = append(out[:inside[k]], out[inside[k]+1:]...)
			}
			name := words[start:end]
			if region {
				end++ // the region noun heads the phrase (see regionNames)
			}
			out = append(out, candidate{sent: si, start: start, end: end, typ: typ, words: name, cued: cued})
			for k := start; k < end; k++ {
				taken[k] = true
			}
		}
	}
	out = ofPlaceOrganisations(si, toks, out, taken)
	out = x.namesAfterOffice(si, toks, out, taken)
	out = x.namesAfterRole(si, toks, out, taken)
	// The readers of bodies and firms by the words around their names
	// leave a headline in title case alone: its capitals are the
	// headline's, not names'.
	titleCase := headline(toks)
	if !titleCase {
		out = x.unreadInstitutions(si, toks, out, taken)
		out = x.bodiesOfPersons(si, toks, out, taken)
		out = x.classedBodies(si, toks, out, taken)
		out = x.joinedFirms(si, toks, out, taken)
		out = x.designatedFirms(si, toks, out, taken)
	}
	out = x.bracketedFirms(si, toks, out, taken, brackets)
	if !titleCase {
		out = x.ownedFirms(si, toks, out, taken)
		out = x.openingFirm(si, toks, out, taken)
		out = x.partnershipFirms(si, toks, out, taken)
	}
	out = ledCoalitions(si, toks, out, taken)
	out = regionNames(si, toks, out, taken)
	out = x.armedGroupNames(si, toks, out, taken)
	// Demonyms not already part of a name: "Russian jets", "the Ukrainian leader".
	for i, t := range toks {
		if taken[i] || (t.UPOS != "ADJ" && t.UPOS != "PROPN") {
			continue
		}
		if country, ok := x.gaz.Demonym(t.Form); ok {
			out = append(out, candidate{sent: si, start: i, end: i + 1, typ: graph.Country, canonical: country, words: words[i : i+1], demonym: true})
		}
	}
	return out
}

// possessorBodies retypes as an organisation a one-word name taken for
// a person that owns a person named in full ("Velmar's Ann Reed" said):
// one who speaks for a body is named with it so, while a person's name
// before another's is seldom written so. A word of a longer person's
// name of the article, a given name or a name written first is a
// person's and stays one; a place the gazetteer knows is no body
// ("Kessab's Ann Reed").
func (x *Finder) possessorBodies(cands []candidate, sents []ud.Sentence) {
	inPerson := map[string]bool{}
	for _, c := range cands {
		if c.typ == graph.Person && len(c.words) > 1 {
			for _, w := range c.words {
				inPerson[w] = true
			}
		}
	}
	lone := func(c candidate) bool {
		return c.typ == graph.Person && c.canonical == "" && c.inst == "" && len(c.words) == 1 && c.end-c.start == 1 && !inPerson[c.words[0]]
	}
	var bodies map[string]bool
	for _, c := range cands {
		if !lone(c) || opensPersonName(c.words[0]) || coref.GivenName(c.words[0]) || x.place(c.words[0]) {
			continue
		}
		toks := sents[c.sent].Tokens
		if c.end+1 >= len(toks) || toks[c.end].XPOS != "POS" && toks[c.end].Form != "'s" && toks[c.end].Form != "’s" {
			continue
		}
		for _, d := range cands {
			if d.sent == c.sent && d.start == c.end+1 && d.typ == graph.Person && len(d.words) >= 2 {
				if bodies == nil {
					bodies = map[string]bool{}
				}
				bodies[c.words[0]] = true
			}
		}
	}
	for i, c := range cands {
		if bodies[strings.Join(c.words, " ")] && lone(c) {
			cands[i].typ, cands[i].cued = graph.Organization, true
		}
	}
}

// documentNouns end the names of laws, treaties and doctrines, which are
// no actors though the recogniser often takes them for persons ("the
// Farm Act", "the Louvre Accord"); the gazetteer's (the Paris Agreement)
// are known as such already.
var documentNouns = words.Set(`
	act accord accords bill treaty agreement agreements amendment doctrine protocol
`)

// afterPartyWord returns where a name [start, end) that the recogniser
// opened before a party word found inside it starts: after that word
// ("Norland Democrat Ann Reed" is Ann Reed, of the Democrats, from
// Norland), the words before it being the party's or the state's. The
// party word was found before a person (partyWordsBeforePersons).
func (x *Finder) afterPartyWord(toks []ud.Token, out []candidate, start, end int, typ graph.ActorType) int {
	for _, c := range out {
		if c.start < start || c.end >= end || c.typ != graph.Organization || c.canonical == "" || x.roles.Party(c.words...) == "" {
			continue
		}
		rest := toks[c.end:end]
		if typ != graph.Person && !opensPersonName(rest[0].Form) || !x.personAfterPartyWord(rest) ||
			slices.ContainsFunc(rest, func(t ud.Token) bool {
				return names.IsInstitutionNoun(t.Form) || !layout.StartsUpper(t.Form) && t.UPOS != "PUNCT"
			}) {
			continue // "Republican National Committee", "Social Democrat-Liberal Alliance": one body
		}
		start = c.end
	}
	return start
}

// hyphenParticiple reports whether t is a lower-case participle that a
// hyphen joins to a name before it ("led" of "Reed-led", "based" of
// "Kessab-based"), not the lower-case end of a hyphenated name ("ming"
// of "Wang Chao-ming").
func hyphenParticiple(t ud.Token) bool {
	if layout.StartsUpper(t.Form) || t.UPOS != "VERB" && t.UPOS != "ADJ" {
		return false
	}
	return strings.HasSuffix(t.Form, "ed") || t.Form == "run" || t.Form == "born" || t.Form == "made"
}

// stormNouns open the names of storms ("Hurricane Ada", "Typhoon Oren",
// "Tropical Storm Bela"), which are no actors though the recogniser
// takes them for persons.
var stormNouns = words.Set("hurricane hurricanes typhoon typhoons cyclone cyclones storm storms")

// stormWords returns how many of the words opening toks name a kind of
// storm ("Hurricane", "Tropical Storm"), when a name follows them; 0
// otherwise.
func stormWords(toks []ud.Token) int {
	n := 0
	if len(toks) > 1 && strings.EqualFold(toks[0].Form, "tropical") {
		n = 1
	}
	if n >= len(toks)-1 || !layout.StartsUpper(toks[n].Form) || !stormNouns[strings.ToLower(toks[n].Form)] {
		return 0
	}
	return n + 1
}

// surnameAfterGiven returns the end of a person's name [start, end)
// that the recogniser ended on a given name ("Mitch" of "Senate Leader
// Mitch Rowan"), taking in the capitalised proper nouns that the parser
// attaches to it as the rest of the name (flat), or that it heads as a
// compound's: the recogniser's doc
// context reads a surname that the article gives alone now and then
// ("Rowan scorched ...") as another kind of name. A word in capitals
// ("MD" of "McDonnell Douglas MD-11") names a model, not a person.
func surnameAfterGiven(toks []ud.Token, start, end int, taken []bool) int {
	if end <= start || !opensPersonName(toks[end-1].Form) {
		return end
	}
	given, first := toks[end-1], end
	for end < len(toks) && !taken[end] && toks[end].UPOS == "PROPN" && layout.StartsUpper(toks[end].Form) &&
		!names.IsInstitutionNoun(toks[end].Form) && !corporateWords[strings.ToLower(toks[end].Form)] &&
		!names.IsAcronym(toks[end].Form) && strings.ToUpper(toks[end].Form) != toks[end].Form {
		t := toks[end]
		switch {
		case t.Deprel == "flat" && (t.Head == given.ID || t.Head == toks[end-1].ID):
		case end == first && given.Head == t.ID && (given.Deprel == "compound" || given.Deprel == "flat"):
		default:
			return end
		}
		end++
	}
	return end
}

// documentOf reports whether a gazetteer match at token i is a capital
// that names a text signed or passed there, not its state: the
// capitalised document noun and "of" come right before it ("the Treaty
// of Rome", "the Protocol of Velmar").
func documentOf(toks []ud.Token, i int, e gazetteer.Entry) bool {
	return e.Kind == gazetteer.Capital && i >= 2 && toks[i-1].Form == "of" && layout.StartsUpper(toks[i-2].Form) &&
		documentNouns[strings.ToLower(toks[i-2].Form)]
}

// cityOfficeNouns are the offices of a city, which a capital with them
// names as the city itself, not its state.
var cityOfficeNouns = words.Set("mayor mayors mayoralty governor")

// cityOffice reports whether the capital at [start, end) names the city
// whose office a noun beside it gives, not its state: "the mayor of
// Lima", "Lima's mayor", "Lima Mayor Ann Reed", "the governor of Tokyo".
func cityOffice(toks []ud.Token, start, end int) bool {
	if start >= 2 && toks[start-1].Form == "of" && cityOfficeNouns[strings.ToLower(toks[start-2].Form)] {
		return true
	}
	k := end
	if k < len(toks) && toks[k].XPOS == "POS" {
		k++
	}
	return k < len(toks) && cityOfficeNouns[strings.ToLower(toks[k].Form)]
}

// strikeNouns are the nouns of an armed strike, which a capital after
// "on" or "against" suffers as a city, not as its state: "Russian strikes
// on Kyiv", "a drone attack on Beirut". ofStrikeNouns take it after "of"
// too: "the shelling of Kyiv", "the siege of Sarajevo". An attack or an
// assault is armed only with the arm compounded with it ("missile
// attacks on Kyiv", "a drone attack", which the tagger may call an
// adjective): "his attacks on Pyongyang" are as often words.
var (
	strikeNouns   = words.Set("strike airstrike attack bombing bombardment shelling raid barrage assault")
	ofStrikeNouns = words.Set("bombing bombardment shelling siege")
	wordyStrikes  = words.Set("attack assault")
)

// strikeVerbs are the verbs of an armed strike, whose object or passive
// subject is a city when a capital names it: "missiles hit Kyiv", "Kyiv was
// shelled". "attack" counts only in the passive: "Moscow attacked Kyiv"
// is as often words as arms.
var strikeVerbs = words.Set("strike hit bomb shell bombard pound attack")

// cityStruck reports whether the capital at [start, end) names the city a
// strike falls on, not its state: the object of a strike noun ("strikes
// on Kyiv", "the shelling of Kyiv") or of a strike verb ("missiles hit
// Kyiv", "Kyiv was struck by missiles").
func cityStruck(toks []ud.Token, start, end int) bool {
	h := -1
	for k := start; k < end; k++ {
		if g := toks[k].Head - 1; g < start || g >= end {
			h = k
			break
		}
	}
	if h < 0 {
		return false
	}
	g := toks[h].Head - 1
	if g >= 0 && g < len(toks) && toks[h].Deprel == "nmod:poss" && toks[g].UPOS == "NOUN" {
		h, g = g, toks[g].Head-1 // "bombed Beirut's suburbs": the city's part
	}
	if g < 0 || g >= len(toks) {
		return false
	}
	lemma := strings.ToLower(toks[g].Lemma)
	switch toks[h].Deprel {
	case "nmod":
		prep := caseOf(toks, h)
		if wordyStrikes[lemma] && !slices.ContainsFunc(toks, func(t ud.Token) bool { return t.Head == g+1 && t.Deprel == "compound" && t.UPOS != "PROPN" }) {
			return false
		}
		return toks[g].UPOS == "NOUN" && (strikeNouns[lemma] && (prep == "on" || prep == "against") || ofStrikeNouns[lemma] && prep == "of")
	case "nsubj:pass":
		return toks[g].UPOS == "VERB" && strikeVerbs[lemma] && !economicBlow(toks, g)
	case "obj":
		return toks[g].UPOS == "VERB" && strikeVerbs[lemma] && lemma != "attack" && !economicBlow(toks, g)
	}
	return false
}

// economicMeasures are the nouns of a measure that hits a state, not a
// city: "Tehran was hit by new sanctions".
var economicMeasures = words.Set("sanction tariff duty embargo measure penalty restriction ban tax levy")

// economicBlow reports whether the strike verb g is dealt by an economic
// measure, its subject or its "by" or "with" phrase: "the sanctions hit
// Moscow", "Washington hit Tehran with tariffs".
func economicBlow(toks []ud.Token, g int) bool {
	for _, t := range toks {
		if t.Head == g+1 && (strings.HasPrefix(t.Deprel, "nsubj") || strings.HasPrefix(t.Deprel, "obl")) && economicMeasures[strings.ToLower(t.Lemma)] {
			return true
		}
	}
	return false
}

// caseOf returns the lower-cased preposition that marks token h, "" if
// none does.
func caseOf(toks []ud.Token, h int) string {
	for _, t := range toks {
		if t.Head == h+1 && t.Deprel == "case" {
			return strings.ToLower(t.Form)
		}
	}
	return ""
}

// plausibleMatch rejects gazetteer matches that the sentence shows to be
// ordinary words: a match must contain a capitalised or acronym token, and
// a capital or seat of government joined by a hyphen to a word ("Minsk-style")
// is not its state.
func (x *Finder) plausibleMatch(toks []ud.Token, e gazetteer.Entry, next string) bool {
	if (e.Kind == gazetteer.Capital || e.Kind == gazetteer.Seat) && (next == "-" || strings.HasPrefix(next, "-")) &&
		!ud.SpaceAfter(toks[len(toks)-1].Misc) {
		return false
	}
	if e.Ambiguous && (len(toks) != 1 || toks[0].UPOS != "PROPN" && !openingSubject(toks[0], next)) {
		return false // "Turkey" the bird, "Chad" the name: only a proper noun
	}
	for _, t := range toks {
		r := []rune(t.Form)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// openingSubject reports whether t, a word the tagger took for a common
// noun, opens its sentence in capitals before a verb in the past tense,
// as a state's name does as the subject ("Guinea expelled the envoy"); a
// bird or a coin would have a determiner.
func openingSubject(t ud.Token, next string) bool {
	return t.ID == 1 && t.XPOS == "NN" && layout.StartsUpper(t.Form) && strings.HasSuffix(next, "ed") && strings.ToLower(next) == next
}

// acronymInPerson reports whether the gazetteer's one-word match at
// token i is an acronym written in title case ("Rand" for "RAND", "Nasa"
// for "NASA") inside a longer name the recogniser reads as a person's:
// a given name or a surname ("Senator Rand Paul", "Ann Rand"), titles
// left out, not the body. An acronym standing alone ("the Nato summit")
// or before a title ("Nato Secretary General Ann Reed") stays the body's.
func (x *Finder) acronymInPerson(toks []ud.Token, i int, recognized []ner.Mention) bool {
	if !x.gaz.TitledAcronym(toks[i].Form) {
		return false
	}
	for _, m := range recognized {
		if m.Type != graph.Person || i < m.Start || i >= m.End {
			continue
		}
		// the name less its titles: not "Nato" of "Nato Secretary
		// General Ann Reed"
		start, end, typ := x.trimName(toks, m.Start, m.End, m.Type)
		if typ == graph.Person && start <= i && i < end && end-start > 1 {
			return true
		}
	}
	return false
}

// nameWord reports whether a token is a capitalised proper noun written
// with lower-case letters, no ticker or code in capitals ("CCI.N", "GD").
func nameWord(t ud.Token) bool {
	return t.UPOS == "PROPN" && layout.StartsUpper(t.Form) && hasLowerLetter(t.Form) && !strings.ContainsAny(t.Form, ".<>")
}

// hasLowerLetter reports whether w has a lower-case letter.
func hasLowerLetter(w string) bool { return strings.ContainsFunc(w, unicode.IsLower) }

// roleNotName reports whether the gazetteer's match toks[i:i+n] is one
// word that is also a role, written without "the": the role ("Economist
// Ann Reed said", "chief economist at a bank"), not the body whose name it
// is too ("The Economist").
func (x *Finder) roleNotName(toks []ud.Token, i, n int, e gazetteer.Entry) bool {
	return e.Ambiguous && n == 1 && x.roles.Role(toks[i].Form) != "" && (i == 0 || !strings.EqualFold(toks[i-1].Form, "the"))
}

// firmAfter reports whether the tokens from k are the rest of a company's
// name, which ends before end: one to four capitalised words, the last a
// company's designator ("Motors Corp" after "American"), the first a
// proper noun or a capitalised word the tagger read otherwise ("Can Co");
// "and" or "&" may join two of them ("Telephone and Telegraph Co").
func firmAfter(toks []ud.Token, k int) (end int, ok bool) {
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if j > k && j+1 < len(toks) && (t.Form == "and" || t.Form == "&") && nameWord(toks[j-1]) && !words.HasLower(companyDesignators, toks[j-1].Form) && nameWord(toks[j+1]) {
			continue // not "Citicorp <CCI.N> and Chase Corp", "Dynamics Corp and Boeing Co": a list of firms
		}
		if !layout.StartsUpper(t.Form) || t.UPOS == "PUNCT" || strings.ContainsAny(t.Form, "<>'’") || t.UPOS != "PROPN" && (j > k || !hasLowerLetter(t.Form)) {
			return 0, false
		}
		if j > k && words.HasLower(companyDesignators, t.Form) {
			end = j + 1
			for end < len(toks) && words.HasLower(companyDesignators, toks[end].Form) && layout.StartsUpper(toks[end].Form) {
				end++ // "Co Ltd", "Group Inc"
			}
			return end, true
		}
	}
	return 0, false
}

// pluralFirmAfter returns the end of a company's name that the words
// from k finish without a legal form: one or two capitalised proper nouns,
// the last a plural that only companies' names end in ("British
// [Airways]", "Norland [State Railways]").
func pluralFirmAfter(toks []ud.Token, k int) (end int, ok bool) {
	for j := k; j < len(toks) && j < k+2; j++ {
		t := toks[j]
		if t.UPOS != "PROPN" && t.UPOS != "NOUN" || !layout.StartsUpper(t.Form) || layout.IsAllCaps(t.Form) && len(t.Form) < 4 {
			return 0, false
		}
		if corporatePlurals[strings.ToLower(t.Form)] {
			if j+1 < len(toks) && (layout.StartsUpper(toks[j+1].Form) || joinsNames(toks[j+1].Form) || toks[j+1].Form == "of") {
				return 0, false // a longer name: "Ontario Securities Commission", "U.S. Communications and Television Inc"
			}
			return j + 1, true
		}
	}
	return 0, false
}

// insideLongerName reports whether a gazetteer match of one word is part
// of a longer name the gazetteer does not know: after a capitalised word
// that is not a title, a direction or an earlier match ("Air China",
// "Social Democrats"), or before an institution's noun ("China Development
// Bank", "Democratic Alliance"). Adjectives of nationality are left alone:
// "Russian Army" still speaks of Russia.
func (x *Finder) insideLongerName(toks []ud.Token, i, n int, e gazetteer.Entry, taken []bool) bool {
	if n != 1 || e.Kind == gazetteer.Demonym {
		return false
	}
	if i > 0 && !taken[i-1] {
		p := toks[i-1]
		lower := strings.ToLower(p.Form)
		if p.UPOS == "PROPN" && layout.StartsUpper(p.Form) && !layout.IsAllCaps(p.Form) && !strings.Contains(p.Form, "-") && !sentenceStart(toks, i-1) &&
			!x.titleWord(p.Form) && !prefixWord(lower) && !qualifierWords[lower] && !nonNameWords[lower] {
			return true
		}
	}
	if i+1 < len(toks) {
		nx := toks[i+1]
		if layout.StartsUpper(nx.Form) && (names.IsInstitutionNounLower(nx.Form) || words.HasLower(partyNouns, nx.Form)) {
			return true
		}
	}
	return false
}

// personalNouns follow a person's surname to name what the person leads.
var personalNouns = map[string]bool{"administration": true, "campaign": true}

// campaign reports whether the surname at token i names, with the
// "campaign" after it, a candidate's campaign organisation: "the Obama
// campaign hired", "an adviser to the Obama campaign". The campaign is an
// actor of its own, with staff and advisers, that courts and rivals act
// on; an administration is the state it governs, which the relations read
// from the surname. A campaign with an object of its own ("the Obama
// campaign against graft") is an effort, not a body.
func campaign(toks []ud.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Form != "campaign" || toks[i].XPOS != "NNP" {
		return false
	}
	if i+2 < len(toks) {
		switch strings.ToLower(toks[i+2].Form) {
		case "against", "for", "to", "of", "on":
			return false
		}
	}
	return true
}

// sentenceStart reports whether token i opens its sentence (after
// punctuation and quotes).
func sentenceStart(toks []ud.Token, i int) bool {
	for k := 0; k < i; k++ {
		if layout.Letters(toks[k].Form) > 0 {
			return false
		}
	}
	return true
}

// trimName strips from a recognised name what is not part of it: leading
// determiners, honorifics, role nouns and adjectives of nationality before a
// person's name ("U.S. President Donald Trump" -> "Donald Trump"), and a
// trailing possessive or punctuation.
func (x *Finder) trimName(toks []ud.Token, start, end int, typ graph.ActorType) (int, int, graph.ActorType) {
	for end > start && (toks[end-1].UPOS == "PUNCT" || toks[end-1].XPOS == "POS" || toks[end-1].Form == "'s" || toks[end-1].Form == "’s") {
		end--
	}
	for end-start > 2 && toks[end-2].Form == "-" && hyphenParticiple(toks[end-1]) {
		// "the Ann Reed-led Velmar", "a Kessab-based bank": the name
		// before the hyphen modifies what follows it, whose word is none
		// of the name's
		end -= 2
	}
	if end-start > 1 && words.HasLower(facilityNouns, toks[end-1].Form) && layout.StartsUpper(toks[end-1].Form) {
		// "King Khaled Airport": a site named after a titled person
		if typ == graph.Person {
			typ = graph.Location
		}
		for start < end && (toks[start].UPOS == "DET" || toks[start].UPOS == "PUNCT") {
			start++
		}
		return start, end, typ
	}
	if typ == graph.Person && end-start > 2 && x.titleWord(toks[start].Form) && layout.StartsUpper(toks[start].Form) {
		// "General Widget Inc", "Premier Care Alliance": a body whose
		// name opens with a title's word, which is its name's
		// (not "President of the Coffee Institute": the title of the
		// body's head)
		last := strings.ToLower(toks[end-1].Form)
		if (companyDesignators[last] || names.IsInstitutionNoun(last)) && !slices.ContainsFunc(toks[start:end], func(t ud.Token) bool { return !layout.StartsUpper(t.Form) }) {
			typ = graph.Organization
		}
	}
	title, office := "", false // the last title stripped; whether its "of" was
	for start < end {
		t := toks[start]
		switch {
		case t.UPOS == "DET" || t.UPOS == "PUNCT" || t.XPOS == "POS":
			start++
			continue
		case typ == graph.Person && end-start > 1 && x.titleWord(t.Form) && !patronymics[toks[start+1].Form]:
			// (not "Sultan" of "Sheikh Sultan bin Rashid": a title's word
			// before "bin" is an Arab's given name)
			start, title = start+1, strings.ToLower(t.Form)
			continue
		case typ == graph.Organization && end-start > 1 && partyChamber(toks[start:end]):
			start++ // "Republican Senate candidate", "the Democratic House Ethics Committee": the party's, no word of the chamber's name
			continue
		case end-start > 1 && (start == 0 || toks[start-1].UPOS == "PUNCT") && words.HasLower(leadingDescriptors, t.Form) && layout.StartsUpper(toks[start+1].Form):
			start++ // "Investor Ann Reed said", "Insurer Velmar AG": a description capitalised at the sentence's start
			continue
		case end-start > 1 && start > 0 && toks[start-1].Form == "-" && titleSuffixes[t.Form]:
			start++ // "Senator-elect Ann Reed": the title's word, not the name's
			continue
		case typ == graph.Person && end-start > 1 && prefixWord(t.Form) && hasNameWord(toks[start+1:end]):
			start++ // "State Jane Roe", "Senate Republican Jane Roe"
			continue
		case typ == graph.Person && end-start > 1 && isDemonymLike(x.gaz, t.Form):
			start++
			continue
		case typ == graph.Person && end-start > 1 && t.UPOS != "PROPN" && !layout.StartsUpper(t.Form):
			office = office || t.Form == "of" && seatTitles[title] && strings.EqualFold(toks[start-1].Form, title)
			start++ // "senior aide ..." style lower-case words
			continue
		}
		break
	}
	if s, ok := x.trimOffice(toks, start, end); ok {
		return s, end, graph.Person
	}
	if office && typ == graph.Person && officeSeat(toks[start:end]) {
		// "Archbishop of Kessab", "Mayor of Dunmore": the see or the
		// town of the title, no person
		typ = graph.Location
		if names.IsInstitutionNounLower(toks[end-1].Form) {
			typ = graph.Organization
		}
	}
	// a state and a person's name run together: "ambassador to
	// Washington Jane Roe", "envoy for Syria Jane de Roe"
	if end-start >= 3 && isDemonymLike(x.gaz, toks[start].Form) && nameOnly(toks[start+1:end]) && layout.StartsUpper(toks[start+1].Form) {
		return start + 1, end, graph.Person
	}
	// a person's name after a role phrase: "Finance Minister Serhiy
	// Marchenko", "U.S. Special Envoy for Ukraine Keith Kellogg",
	// "Secretary of State Jane Roe"
	for k := end - 2; k >= start; k-- {
		if x.roles.Role(toks[k].Form) == "" && !x.roles.IsTitle(toks[k].Form) || patronymics[toks[k+1].Form] || k > 0 && patronymics[toks[k-1].Form] {
			continue // (the "Sultan" of "Sultan bin Rashid" and of "Zaid bin Sultan" is a given name)
		}
		j := k + 1
		for j < end-1 && (toks[j].UPOS == "ADP" || toks[j].UPOS == "DET" || toks[j].XPOS == "POS" || toks[j].Form == "and" ||
			isDemonymLike(x.gaz, toks[j].Form) || words.HasLower(officeWords, toks[j].Form)) {
			j++
		}
		if typ == graph.Person || (end-j >= 2 && end-j <= 3 && nameOnly(toks[j:end])) {
			start, typ = j, graph.Person
		}
		break
	}
	return start, end, typ
}

// seatTitles are the titles whose "of" names a place, the see, town or
// realm of the office ("Archbishop of Kessab", "Mayor of Dunmore"); other
// titles' "of" names a body or a field as often ("President of Velmar
// Corp", "Professor of Economics").
var seatTitles = words.Set(`
	mayor archbishop bishop governor king queen prince princess duke duchess emir sultan patriarch
`)

// officeSeat reports whether what remains of a name the recogniser took
// for a person's, once its title and the title's "of" are stripped, names
// the place the title is of, not a person: one to three words, none of which opens a person's name
// or is a word of an office ("Archbishop of" + "Kessab"; not "Archbishop
// of" + "Kessab Tom Hale", nor "Chancellor of the" + "Exchequer").
func officeSeat(toks []ud.Token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if opensPersonName(t.Form) || coref.GivenName(t.Form) || prefixWord(t.Form) {
			return false
		}
	}
	return true
}

// titleSuffixes end a title after a hyphen ("President-elect",
// "Secretary-designate"); the recogniser may take one for the first word
// of the name after the title.
var titleSuffixes = map[string]bool{"elect": true, "designate": true}

// noPersonLeft reports whether what is left of a person's name once
// trimmed is no name: titles or a lawmaker's word alone ("Labour MPs"
// without its party word) or a holiday's noun ("Labour Day").
func (x *Finder) noPersonLeft(toks []ud.Token) bool {
	if len(toks) != 1 {
		return x.onlyRoles(toks)
	}
	w := toks[0].Form
	return strings.EqualFold(w, "Day") || x.titleWord(w) || prefixWord(strings.TrimSuffix(w, "s"))
}

func isDemonymLike(g *gazetteer.Gazetteer, w string) bool {
	if _, ok := g.Demonym(w); ok {
		return true
	}
	if n, e, ok := g.Match([]string{w}, 0); ok && n == 1 && e.Type == graph.Country {
		return true
	}
	return false
}

// spanHead returns the token of toks[start:end] whose head lies outside the
// span: the span's syntactic head (the last token when unparsed).
func spanHead(toks []ud.Token, start, end int) int {
	for k := start; k < end; k++ {
		h := toks[k].Head - 1
		if toks[k].Head <= 0 || h < start || h >= end {
			if toks[k].Head >= 0 {
				return k
			}
		}
	}
	return end - 1
}

func joinWords(words []string) string {
	// a copy even of one word: a name outlives its article, whose text
	// a token's form would keep
	size := len(words)
	for _, w := range words {
		size += len(w)
	}
	var sb strings.Builder
	sb.Grow(size) // one allocation, not one for each doubling
	for i, w := range words {
		if i > 0 && w != "'s" && w != "’s" && w != "," && w != "-" && w != "–" && !strings.HasPrefix(w, "-") && words[i-1] != "-" && words[i-1] != "–" {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	return sb.String()
}

// otherStates reports whether a gazetteer match of one word, a state's
// body known by its noun alone ("Congress", the U.S. Congress), follows
// another state's name or adjective: "Peru's Congress", "the Philippine
// Congress" are those states' own, which the institutions find.
func (x *Finder) otherStates(toks []ud.Token, i, n int, e gazetteer.Entry) bool {
	if n != 1 || e.Type != graph.Organization || e.Kind != gazetteer.Alias {
		return false
	}
	owner := x.stateOf(e)
	if owner == "" {
		return false
	}
	anchor, _ := x.anchorBefore(toks, i)
	if anchor == "" && i > 0 && layout.IsAllCaps(toks[i-1].Form) {
		// a headline in capitals: "PHILIPPINE CONGRESS"
		anchor, _ = x.gaz.Demonym(layout.TitleCase(toks[i-1].Form))
	}
	return anchor != "" && anchor != owner
}

// stateOf returns the canonical name of the state whose name opens an
// entry's canonical name ("United States" for "U.S. Congress"), or "".
func (x *Finder) stateOf(e gazetteer.Entry) string {
	first, rest, ok := strings.Cut(e.Canonical, " ")
	if !ok || rest == "" {
		return ""
	}
	p, ok := x.gaz.Lookup(first)
	if !ok || p.Ambiguous || p.Type != graph.Country || p.Kind == gazetteer.Capital || p.Kind == gazetteer.Seat {
		return ""
	}
	return p.Canonical
}

// parentOf returns the canonical name of the organisation whose name or
// acronym opens an entry's canonical name ("United Nations" for "UN
// Security Council"), or "".
func (x *Finder) parentOf(e gazetteer.Entry) string {
	first, rest, ok := strings.Cut(e.Canonical, " ")
	if !ok || rest == "" {
		return ""
	}
	p, ok := x.gaz.Lookup(first)
	if !ok || p.Ambiguous || p.Type != graph.Organization || p.Canonical == e.Canonical {
		return ""
	}
	return p.Canonical
}

// unanchorAmbiguous makes the ambiguous matches whose parent organisation the
// article does not name names of their own, as written ("Security
// Council" of some state), not the parent's body.
func unanchorAmbiguous(cands []candidate) []candidate {
	named := map[string]bool{}
	for _, c := range cands {
		if c.needs == "" && c.canonical != "" {
			named[c.canonical] = true
		}
	}
	for i, c := range cands {
		if c.needs != "" && !named[c.needs] {
			cands[i].canonical, cands[i].needs = "", ""
		}
	}
	return cands
}

// dropHeadlineGuesses drops the recogniser's names found only in title-case
// lines (headlines, where every word is capitalised), unless the article
// names them elsewhere too.
func dropHeadlineGuesses(cands []candidate, sents []ud.Sentence) []candidate {
	isHeadline := make([]bool, len(sents))
	for i := range sents {
		isHeadline[i] = headline(sents[i].Tokens)
	}
	if !slices.ContainsFunc(cands, func(c candidate) bool { return isHeadline[c.sent] && c.canonical == "" }) {
		return cands // no guess to check: most articles have no headline
	}
	elsewhere := map[string]bool{}
	for _, c := range cands {
		if !isHeadline[c.sent] {
			elsewhere[names.Fold(joinWords(c.words))] = true
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		if isHeadline[c.sent] && c.canonical == "" && !elsewhere[names.Fold(joinWords(c.words))] {
			if pw := names.PersonWords(c.words); !(c.typ == graph.Person && len(pw) == 1 && elsewhereSurname(elsewhere, pw[0])) {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// elsewhereSurname reports whether a single name ends a name seen elsewhere.
func elsewhereSurname(seen map[string]bool, word string) bool {
	w := " " + names.Fold(word)
	for n := range seen {
		if strings.HasSuffix(" "+n, w) {
			return true
		}
	}
	return false
}

// propagateNames finds again, everywhere in the article, the names found
// somewhere in it: a recogniser misses some occurrences of a name it finds
// elsewhere ("Zelenskyy" after "Volodymyr Zelenskyy"). A proper noun token
// sequence equal to a recognised name, or a single proper noun equal to a
// recognised person's surname (or to a family name written first, "Xi"),
// becomes a name too.
func propagateNames(cands []candidate, sents []ud.Sentence) []candidate {
	type known struct {
		words []string
		typ   graph.ActorType
		// full is the whole name of the company whose name without its
		// legal form words are; such a name takes the place of shorter
		// names inside it, and its candidates carry the whole name
		full []string
	}
	var knowns []known
	seen := map[string]bool{}
	add := func(words []string, typ graph.ActorType) {
		key := strings.Join(words, " ")
		if !seen[key] {
			seen[key] = true
			knowns = append(knowns, known{words: words, typ: typ})
		}
	}
	taken := map[tokenRef]bool{}
	// family names written first ("Xi" of Xi Jinping), when one person
	// of the article has it
	familyOf := map[string]string{}
	for _, c := range cands {
		if c.typ != graph.Person {
			continue
		}
		if pw := names.PersonWords(c.words); len(pw) >= 2 && isFamilyFirst(pw[0]) {
			full := strings.Join(pw, " ")
			if f, ok := familyOf[pw[0]]; ok && f != full {
				full = ""
			}
			familyOf[pw[0]] = full
		}
	}
	for _, c := range cands {
		for k := c.start; k < c.end; k++ {
			taken[tokenRef{c.sent, k}] = true
		}
		if c.canonical != "" || c.demonym || c.inst != "" {
			continue
		}
		if c.typ == graph.Organization && slices.ContainsFunc(c.words, func(w string) bool { return w == "and" || w == "&" }) {
			// a company's name that joins two names takes the place of
			// the persons read in them elsewhere ("Velmar" and "Stroud"
			// of "Velmar and Stroud")
			if key := strings.Join(c.words, " "); !seen[key] {
				seen[key] = true
				knowns = append(knowns, known{words: c.words, typ: c.typ, full: c.words})
			}
		}
		add(c.words, c.typ)
		for _, stem := range [][]string{firmStem(c), joinedOpening(c)} {
			if stem != nil && !seen[strings.Join(stem, " ")] {
				seen[strings.Join(stem, " ")] = true
				knowns = append(knowns, known{words: stem, typ: graph.Organization, full: c.words})
			}
		}
		if c.typ != graph.Person {
			continue
		}
		if pw := names.PersonWords(c.words); len(pw) >= 2 {
			add(pw[len(pw)-1:], graph.Person)
			if familyOf[pw[0]] != "" {
				add(pw[:1], graph.Person)
			}
		}
	}
	// longest names first, by their first word: a token is looked for
	// only among the names it can start
	slices.SortStableFunc(knowns, func(a, b known) int { return len(b.words) - len(a.words) })
	byFirst := map[string][]known{}
	for _, n := range knowns {
		if len(n.words) > 0 {
			byFirst[n.words[0]] = append(byFirst[n.words[0]], n)
		}
	}
	dropped := map[[3]int]bool{} // sentence, start and end of the names a firm's took the place of
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			for _, n := range byFirst[toks[i].Form] {
				end := i + len(n.words)
				if end > len(toks) || !matchAt(toks, i, n.words) {
					continue
				}
				free := true
				for k := i; k < end; k++ {
					free = free && !taken[tokenRef{si, k}]
				}
				if !free && (n.full == nil || !shorterInside(cands, dropped, si, i, end)) {
					continue
				}
				ws := wordsOf(toks[i:end])
				if n.full != nil {
					ws = n.full // one actor with the company at once: "Texas Air" is Texas Air Corp
				}
				cands = append(cands, candidate{sent: si, start: i, end: end, typ: n.typ, words: ws})
				for k := i; k < end; k++ {
					taken[tokenRef{si, k}] = true
				}
				i = end - 1
				break
			}
		}
	}
	if len(dropped) > 0 {
		cands = slices.DeleteFunc(cands, func(c candidate) bool { return dropped[[3]int{c.sent, c.start, c.end}] })
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.start - b.start
	})
	return cands
}

// firmStem returns the name of the company c names without the legal
// forms that end it ("Texas Air" of "Texas Air Corp"), when two words or
// more are left; otherwise nil. A company is named so again in its
// article, where a place's name may open it ("Texas Air"), which the
// gazetteer then reads alone.
func firmStem(c candidate) []string {
	if c.typ != graph.Organization {
		return nil
	}
	n := len(c.words)
	for n > 0 && words.HasLower(companyDesignators, c.words[n-1]) && layout.StartsUpper(c.words[n-1]) {
		n--
	}
	for n > 0 && joinsNames(c.words[n-1]) {
		n-- // "Velmar and" of "Velmar and Co Ltd" names no company
	}
	if n == len(c.words) || n < 2 {
		return nil
	}
	return c.words[:n:n]
}

// joinedOpening returns the two names joined by "and" or "&" that open
// the name of the company c names, when more capitalised words than a
// legal form follow them ("Brill and Dane" of "Brill and Dane Publishers
// Inc"), otherwise nil: the article calls the company so again.
func joinedOpening(c candidate) []string {
	if c.typ != graph.Organization || len(c.words) < 4 || c.words[1] != "and" && c.words[1] != "&" {
		return nil
	}
	if !layout.StartsUpper(c.words[0]) || !layout.StartsUpper(c.words[2]) || !layout.StartsUpper(c.words[3]) ||
		words.HasLower(companyDesignators, c.words[2]) || words.HasLower(companyDesignators, c.words[3]) || words.HasLower(partnerWords, c.words[2]) {
		return nil
	}
	return c.words[:3:3]
}

// shorterInside reports whether every name already found among tokens
// [start, end) of sentence si lies within them and is shorter, and then
// marks them in dropped.
func shorterInside(cands []candidate, dropped map[[3]int]bool, si, start, end int) bool {
	var in [][3]int
	for _, c := range cands {
		if c.sent != si || c.end <= start || c.start >= end || dropped[[3]int{c.sent, c.start, c.end}] {
			continue
		}
		if c.start < start || c.end > end || c.end-c.start >= end-start {
			return false
		}
		in = append(in, [3]int{c.sent, c.start, c.end})
	}
	if len(in) == 0 {
		return false
	}
	for _, k := range in {
		dropped[k] = true
	}
	return true
}

// matchAt reports whether the tokens at i spell words, every one a
// capitalised proper noun or the name's own lower-case particle.
func matchAt(toks []ud.Token, i int, words []string) bool {
	for k, w := range words {
		t := toks[i+k]
		if t.Form != w && (!joinsNames(t.Form) || !joinsNames(w) || t.Form == "/" || w == "/" || t.Form == "-" || w == "-") {
			return false // "and" and "&" join a name's words alike
		}
		if layout.StartsUpper(w) && t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
			return false
		}
	}
	return layout.StartsUpper(words[0])
}

func wordsOf(toks []ud.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Form
	}
	return out
}

// dropNamePairs drops the hyphenated words that join two names the article
// gives apart ("the Reagan-Gorbachev summit", "Merkel-Macron talks"): a
// pair of actors, no name of its own.
func dropNamePairs(cands []candidate) []candidate {
	var single map[string]bool
	for _, c := range cands {
		if hyphenated(c.words) != "" {
			single = map[string]bool{}
			break
		}
	}
	if single == nil {
		return cands
	}
	for _, c := range cands {
		if c.demonym || len(c.words) == 0 {
			continue
		}
		if last := c.words[len(c.words)-1]; hyphenated(c.words) == "" && !strings.Contains(last, "-") {
			single[names.Fold(last)] = true
		}
		if c.canonical != "" {
			single[names.Fold(c.canonical)] = true
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		if w := hyphenated(c.words); c.canonical == "" && w != "" && namePairOf(w, single) {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// hyphenated returns the word that words spell when they are one word with
// hyphens, whether the tokenizer split it at them or not ("Reagan",
// "-", "Gorbachev"), or "".
func hyphenated(words []string) string {
	if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, "-") }) {
		return "" // joinWords adds spaces only: no word to build
	}
	w := joinWords(words)
	if !strings.Contains(w, "-") || strings.Contains(w, " ") {
		return ""
	}
	return w
}

// namePairOf reports whether every part of a hyphenated word is a
// capitalised name of seen.
func namePairOf(w string, seen map[string]bool) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !layout.StartsUpper(p) || !seen[names.Fold(p)] {
			return false
		}
	}
	return true
}

// place reports whether a capitalised word names a country or a place the
// gazetteer knows, or is a country's adjective ("Norland", "Dutch").
func (x *Finder) place(w string) bool {
	if _, ok := x.gaz.Demonym(w); ok {
		return true
	}
	e, ok := x.gaz.Lookup(w)
	return ok && (e.Type == graph.Country || e.Type == graph.Location)
}
