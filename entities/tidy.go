package entities

import (
	"github.com/actorgraph/actorgraph/entities/coref"
	"regexp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// nameParticles are the lower-case words inside names ("Jaish ul Adl",
// "Ursula von der Leyen", "Osama bin Laden"); "ud", "ul", "ut" are the
// Arabic article as Urdu and Persian names spell it.
var nameParticles = map[string]bool{
	"ud": true, "ul": true, "ut": true, "al": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"del": true, "della": true, "der": true, "van": true, "von": true, "la": true, "le": true,
	"el": true, "du": true, "dos": true, "das": true, "di": true, "ben": true,
	"e": true, "y": true, // "Banco Agricola e Industrial", "Partido Verde y Social"
}

// patronymics join an Arab's given name to his father's ("Ali bin Omar").
var patronymics = words.Set("bin ibn bint")

// rankWords open a title and make its holder a deputy or a stand-in
// ("Deputy Finance Minister", "Acting Central Bank Governor"); no body's
// name opens with them, so before a body's name they are the title's.
var rankWords = words.Set("deputy vice acting assistant")

// tidyMentions repairs the recogniser's spans where names have a shape it
// gets wrong: it extends names across particles, splits an institution from
// a person's name run into it, joins institutions split at "and", gives
// institutions the words the recogniser cut (extendOrganization), and drops
// spans that are roles ("Special Envoy") or pairs of names ("U.S.-Russia").
func (x *Finder) tidyMentions(toks []ud.Token, ms []ner.Mention, taken []bool, brackets []uint8) []ner.Mention {
	// Each list of the mentions is made at the length of the one before,
	// which it most often has, rather than grown from nothing; a sentence
	// with none makes none.
	split := make([]ner.Mention, 0, len(ms))
	prev := 0
	for i, m := range ms {
		if m.End <= prev {
			continue // inside the remit phrase of the name before it
		}
		free := len(toks)
		if i+1 < len(ms) {
			free = ms[i+1].Start
		}
		m = x.extendPersonLeft(toks, x.extendPerson(toks, m, free), prev)
		m = extendOrganization(toks, m, prev, free, taken)
		m = x.extendOfPhrase(toks, m, remitEnd(ms[i+1:], len(toks), taken), taken)
		if n := extendPairPrefix(toks, m); n.Start < m.Start {
			for len(split) > 0 && split[len(split)-1].Start >= n.Start {
				split = split[:len(split)-1] // "U.S." of "U.S.-China Business Council"
			}
			m = n
		}
		if acr, ok := acronymSuffix(toks, m); ok {
			split = append(split, ner.Mention{Start: m.Start, End: acr - 1, Type: m.Type}, ner.Mention{Start: acr, End: m.End, Type: m.Type})
			prev = m.End
			continue
		}
		for _, pair := range splitHyphenPair(toks, m) {
			for _, part := range splitAtVerb(toks, pair) {
				split = append(split, x.splitOfPlace(toks, part)...)
			}
		}
		prev = m.End
	}
	out := make([]ner.Mention, 0, len(split))
	joinedTo := 0 // the end of the last name joined across a particle
	for i, m := range split {
		if m.End <= joinedTo {
			continue // the father's name of "Sheikh Ali" + "bin" + "Omar al-Haddad", joined to the name before it
		}
		// extend back across particles: "Jamaat ud" + "Dawa"
		for m.Start >= 2 && nameParticles[toks[m.Start-1].Form] && toks[m.Start-2].UPOS == "PROPN" && layout.StartsUpper(toks[m.Start-2].Form) &&
			(i == 0 || split[i-1].End <= m.Start-2) {
			m.Start -= 2
		}
		// extend across particles: "Jaish" + "ul Adl"
		for m.End+1 < len(toks) && nameParticles[toks[m.End].Form] && layout.StartsUpper(toks[m.End+1].Form) {
			if i+1 < len(split) && split[i+1].Start == m.End+1 && m.Type == graph.Person && split[i+1].Type == graph.Person && patronymics[toks[m.End].Form] {
				// "Sheikh Ali" + "bin" + "Omar al-Haddad": one man's
				// name, his father's after "bin"
				m.End, joinedTo = split[i+1].End, split[i+1].End
				continue
			}
			m.End += 2
			for m.End < len(toks) && toks[m.End].UPOS == "PROPN" {
				m.End++
			}
		}
		// split "Defense Council Rustem Umerov"
		split := false
		if m.End-m.Start >= 3 {
			for k := m.End - 3; k >= m.Start; k-- {
				if names.IsInstitutionNounLower(toks[k].Form) && layout.StartsUpper(toks[k+1].Form) && toks[k+1].UPOS == "PROPN" {
					out = append(out, ner.Mention{Start: m.Start, End: k + 1, Type: graph.Organization},
						ner.Mention{Start: k + 1, End: m.End, Type: graph.Person})
					split = true
					break
				}
			}
		}
		if !split {
			out = append(out, m)
		}
	}
	out = x.firmsJoinedByAnd(toks, out, taken, brackets)
	// join "National Security" + "and" + "Defense Council"
	joined := make([]ner.Mention, 0, len(out))
	for i := 0; i < len(out); i++ {
		m := out[i]
		if i+1 < len(out) {
			n := out[i+1]
			if end, ok := firmName(toks, m, n); ok {
				// "Krieger Kim" + "&" + "Lewin" + "LLP": one firm
				joined = append(joined, ner.Mention{Start: m.Start, End: end, Type: graph.Organization})
				i++
				continue
			}
			if n.Start == m.End+1 && (toks[m.End].Form == "and" || toks[m.End].Form == "&") && m.Type != graph.Person && !wholeBody(toks[m.Start:m.End]) &&
				(names.IsInstitutionNounLower(toks[n.End-1].Form) || (hasOfFor(toks[m.Start:m.End]) && n.Type == graph.Organization && n.End-n.Start <= 3)) {
				joined = append(joined, ner.Mention{Start: m.Start, End: n.End, Type: graph.Organization})
				i++
				continue
			}
		}
		joined = append(joined, m)
	}
	for i, m := range joined {
		if start := x.serialBodyStart(toks, m, taken); start < m.Start {
			k := i
			for k > 0 && joined[k-1].End > start {
				k--
				// a name that holds the list's first word opens
				// the body's: "Velmar Hotel, Casino and Spa Center"
				start = min(start, joined[k].Start)
			}
			if slices.ContainsFunc(joined[k:i], func(n ner.Mention) bool { return hasInstitutionNoun(toks[n.Start:n.End]) }) {
				continue // "First Bank of Boston, Velmar Savings and Loan Association": a body before the list
			}
			m.Start, m.Type = start, graph.Organization
			joined = append(joined[:k], append([]ner.Mention{m}, joined[i+1:]...)...)
			break // one list a sentence: the slice has changed under the loop
		}
	}
	// A name split in two (ofTitledPerson) adds a mention, so kept has
	// room of its own: written over joined, it would overwrite the next
	// name before it is read.
	var kept []ner.Mention
	if len(joined) > 0 {
		kept = make([]ner.Mention, 0, len(joined)+1)
	}
	for _, m := range joined {
		last := toks[m.End-1].Form
		if (x.roles.Role(last) != "" || x.roles.IsTitle(last)) && !hasOf(toks[m.Start:m.End]) {
			continue // "Special Envoy", "Secretary"; not "House of Representatives"
		}
		if m.Type != graph.Person && x.insideRolePhrase(toks, m) {
			continue // "Chief of Army" of "Chief of Army Staff"
		}
		if m.Type != graph.Person && rankWords[strings.ToLower(toks[m.Start].Form)] {
			j := m.Start
			for j < m.End && rankWords[strings.ToLower(toks[j].Form)] {
				j++
			}
			title := j-m.Start >= 2 || slices.ContainsFunc(toks[j:m.End], func(t ud.Token) bool { return x.titleWord(t.Form) })
			if title && !slices.ContainsFunc(toks[j:m.End], func(t ud.Token) bool { return opensPersonName(t.Form) || coref.GivenName(t.Form) }) {
				continue // "Vice Trade Minister for Asian Affairs", "Assistant Deputy Manager for Velmar": a title, no body (not "Acting Secretary of Labor Ann Reed")
			}
			if j < m.End && m.End < len(toks) && x.titleWord(toks[m.End].Form) {
				m.Start = j // "Deputy" + "Central Bank" + "Governor": the rank is the title's
			}
		}
		if m.End-m.Start == 1 && x.namePair(toks[m.Start].Form) {
			continue // "U.S.-Russia"
		}
		if m.End-m.Start == 1 && partyStateTag(toks[m.Start].Form) {
			continue // "Sen. Ann Reed, D-Conn.": her party and state, no actor
		}
		if m.End-m.Start <= 3 && creditRating(toks[m.Start:m.End]) {
			continue // "BBB", "Baa2", "A-1": a rating, not a rated body
		}
		if m.End-m.Start == 1 && words.HasLower(officeWords, last) {
			continue // "Foreign", "Trade" taken for a name
		}
		if m.Type != graph.Person && m.End < len(toks) && layout.StartsUpper(toks[m.End].Form) && x.roles.Role(toks[m.End].Form) != "" &&
			!hasInstitutionNoun(toks[m.Start:m.End]) {
			continue // "National Security" of "National Security Adviser"
		}
		if n := m.End; m.Type != graph.Person && n-m.Start >= 3 && n < len(toks) && toks[n-2].Form == "of" && toks[n-1].XPOS == "JJ" &&
			toks[n].UPOS == "NOUN" && !layout.StartsUpper(toks[n].Form) {
			m.End -= 2 // "the Paris Club of Western creditors": the adjective is the noun's
		}
		if k, ok := x.ofTitledPerson(toks, m); ok {
			// "the Vatican of Cardinal Ann Rights": a place, and the
			// person the title names
			kept = append(kept, ner.Mention{Start: m.Start, End: k, Type: m.Type})
			m = ner.Mention{Start: k + 1, End: m.End, Type: graph.Person}
		}
		if x.titledPerson(toks, m) {
			m.Type = graph.Person // "Cardinal Jane Roe" taken for an organisation
		}
		kept = append(kept, m)
	}
	return kept
}

// firmsJoinedByAnd gives a company's name that ends with its designator
// the words before its "and": "Cincinnati Gas and Electric Co" and
// "Atlantic Oil and Gas Corp" are one firm each, which the recogniser
// reads as two names or as the part after "and". The words before "and"
// are one to three capitalised words, not a person's full name (one opened
// by a given name), not a
// name the gazetteer knows and no company's name of their own (no
// designator); a comma before them or a capitalised word opening them
// leaves the names apart ("Acme Corp, Lee and Beta Corp"), and so do a
// bracket, which closes or opens a name ("<Acme KK> and <Beta Co>"), an
// "and" after a name before them (a list: "Hale and Dorr and Beta Inc";
// not "Acme Co and Texas Oil and Gas Corp"), and a name
// after "and" that is whole (ownFirm).
func (x *Finder) firmsJoinedByAnd(toks []ud.Token, ms []ner.Mention, taken []bool, brackets []uint8) []ner.Mention {
	out := make([]ner.Mention, 0, len(ms)) // a mention each at most
	for _, n := range ms {
		and := n.Start - 1
		if and < 1 || (toks[and].Form != "and" && toks[and].Form != "&") || !firmEnd(toks, n) || ownFirm(toks, n) {
			out = append(out, n)
			continue
		}
		var m ner.Mention
		if len(out) > 0 && out[len(out)-1].End == and {
			m = out[len(out)-1]
		} else {
			m = ner.Mention{Start: and, End: and, Type: graph.Organization}
			for m.Start > 0 && and-m.Start < 3 && !taken[m.Start-1] && orgWord(toks, m.Start-1, taken) && !sentenceStart(toks, m.Start-1) {
				m.Start--
			}
		}
		start, ok := x.firmHead(toks, m, and, taken)
		if !ok || start > 1 && (toks[start-1].Form == "and" || toks[start-1].Form == "&") && layout.StartsUpper(toks[start-2].Form) &&
			!words.HasLower(companyDesignators, toks[start-2].Form) && !layout.BracketAt(brackets, start-2) || layout.BracketAt(brackets, and-1) || layout.BracketAt(brackets, n.Start) {
			out = append(out, n)
			continue
		}
		for len(out) > 0 && out[len(out)-1].Start >= start {
			out = out[:len(out)-1]
		}
		out = append(out, ner.Mention{Start: start, End: n.End, Type: graph.Organization})
	}
	return out
}

// serialFirmStart returns where a firm's name of partners' surnames
// starts whose last surname before "and" is at start: "Prescott, Ball
// and Turben Inc" starts at "Prescott". Each name before it is one
// capitalised word after a comma, none a name the gazetteer knows, and
// the first follows no capitalised word; otherwise the
// name starts at start.
func (x *Finder) serialFirmStart(toks []ud.Token, start int, taken []bool) int {
	k := start
	for k >= 2 && toks[k-1].Form == "," && x.partnerName(toks, k-2, taken) {
		k -= 2
	}
	if k == start || (k > 0 && layout.StartsUpper(toks[k-1].Form) && !sentenceStart(toks, k-1)) {
		return start
	}
	return k
}

// partnerName reports whether token k may be a partner's surname in a
// firm's name.
func (x *Finder) partnerName(toks []ud.Token, k int, taken []bool) bool {
	f := toks[k].Form
	if !orgWord(toks, k, taken) || toks[k].UPOS != "PROPN" || layout.IsAllCaps(f) {
		return false
	}
	_, _, known := x.gaz.Match([]string{f}, 0)
	return !known
}

// ownFirm reports whether n, a company's name after "and", is whole
// without the words before "and": it opens with an acronym ("MCV
// Holdings Inc") or holds three words or more before its designators
// ("Japex North Sumatra Ltd"), as names joined over "and" seldom do.
func ownFirm(toks []ud.Token, n ner.Mention) bool {
	if f := toks[n.Start].Form; layout.IsAllCaps(f) && layout.Letters(f) >= 2 {
		return true
	}
	end := n.End
	for end > n.Start && words.HasLower(companyDesignators, toks[end-1].Form) {
		end--
	}
	return end-n.Start >= 3
}

// firmEnd reports whether a name ends with a company's designator.
func firmEnd(toks []ud.Token, n ner.Mention) bool {
	return n.End-n.Start >= 2 && words.HasLower(companyDesignators, toks[n.End-1].Form)
}

// firmHead reports whether m, the words before the "and" at index and, may
// open a company's name joined over it (see firmsJoinedByAnd), and where
// the name starts: at m, or before it when m is the last of partners'
// surnames written in a row (serialFirmStart).
func (x *Finder) firmHead(toks []ud.Token, m ner.Mention, and int, taken []bool) (start int, ok bool) {
	if m.Start >= m.End || m.End != and || m.End-m.Start > 3 || (m.Type == graph.Person && m.End-m.Start > 1 && (opensPersonName(toks[m.Start].Form) || coref.GivenName(toks[m.Start].Form))) {
		return 0, false
	}
	for k := m.Start; k < m.End; k++ {
		if f := toks[k].Form; !layout.StartsUpper(f) || words.HasLower(companyDesignators, f) || layout.Letters(f) < 2 || layout.IsAllCaps(f) && m.End-m.Start == 1 {
			return 0, false // not "IBM and Acme Corp", nor a ticker's "T"
		}
	}
	ws := wordsOf(toks[m.Start:m.End])
	if n, _, ok := x.gaz.Match(ws, 0); ok && n == len(ws) {
		return 0, false // "Exxon and Mobil Corp": two known names
	}
	start = m.Start
	if m.End-m.Start == 1 && start > 0 && toks[start-1].Form == "," {
		start = x.serialFirmStart(toks, start, taken)
	}
	if start > 0 && (toks[start-1].Form == "," || layout.StartsUpper(toks[start-1].Form) && !sentenceStart(toks, start-1)) {
		return 0, false
	}
	return start, true
}

// serialBodyStart returns where the name of a body whose name lists
// capitalised words and ends with a body's noun starts when the
// recogniser took only its end: "Hemp, Flax and Jute Exchange" and "Wool,
// Hide and Leather Association" are one body each, not a body and one or
// two commodities. The words before the name are single capitalised
// words the gazetteer does not know, each after a comma, and the last
// before an "and" that the name opens or holds; a list without a comma
// is left to the join of two names over "and" (tidyMentions).
func (x *Finder) serialBodyStart(toks []ud.Token, m ner.Mention, taken []bool) int {
	if m.End-m.Start < 1 || !bodyNoun(toks[m.End-1].Form) {
		return m.Start
	}
	listWord := func(k int) bool {
		f := toks[k].Form
		if !orgWord(toks, k, taken) || layout.IsAllCaps(f) || layout.Letters(f) < 2 || words.HasLower(companyDesignators, f) {
			return false
		}
		_, _, known := x.gaz.Match([]string{f}, 0)
		return !known
	}
	k := m.Start
	switch {
	case k >= 2 && (toks[k-1].Form == "and" || toks[k-1].Form == "&") && listWord(k-2):
		k -= 2
	case !slices.ContainsFunc(toks[m.Start:m.End], func(t ud.Token) bool { return t.Form == "and" || t.Form == "&" }):
		return m.Start
	}
	commas := 0
	for k >= 2 && toks[k-1].Form == "," && listWord(k-2) {
		k -= 2
		commas++
	}
	if commas == 0 {
		return m.Start // "plan, House and Senate Budget Committee"
	}
	return k
}

// bodyNoun reports whether w ends the name of a body: an institution's
// noun or an exchange's.
func bodyNoun(w string) bool {
	return names.IsInstitutionNounLower(w) || strings.EqualFold(w, "exchange")
}

// partyStateTag reports whether w is the tag of an American lawmaker's
// party and state written after the name: "D-Conn", "R-Idaho.", "I-Vt".
func partyStateTag(w string) bool {
	party, state, ok := strings.Cut(strings.TrimSuffix(w, "."), "-")
	if !ok || len(party) != 1 || !strings.Contains("DRI", party) || len(state) < 2 || !layout.StartsUpper(state) {
		return false
	}
	for _, r := range state[1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// firmName reports whether names m and n, joined by "&", end with a
// company's designator that makes them one firm's name ("Krieger Kim &
// Lewin LLP", "Smith & Nephew PLC"); end is the end of the firm's name.
func firmName(toks []ud.Token, m, n ner.Mention) (end int, ok bool) {
	if n.Start != m.End+1 || toks[m.End].Form != "&" {
		return 0, false
	}
	end = n.End
	if end < len(toks) && words.HasLower(companyDesignators, toks[end].Form) {
		end++
	}
	return end, words.HasLower(companyDesignators, toks[end-1].Form)
}

// insideRolePhrase reports whether a name of two words or more, with the
// word or two after it, is a role phrase of several words ("Chief of
// Army" + "Staff"): the recogniser cut a title short and took its words
// for an institution.
func (x *Finder) insideRolePhrase(toks []ud.Token, m ner.Mention) bool {
	if m.End-m.Start < 2 || !x.roles.InPhrase(toks[m.Start].Form) {
		return false
	}
	for end := m.End + 1; end <= m.End+2 && end <= len(toks) && end-m.Start <= x.roles.Longest(); end++ {
		if !layout.StartsUpper(toks[end-1].Form) {
			break
		}
		words := make([]string, 0, end-m.Start)
		for _, t := range toks[m.Start:end] {
			words = append(words, t.Form)
		}
		if _, ok := x.roles.Phrase(words...); ok {
			return true
		}
	}
	return false
}

// wholeBody reports whether a name ends in a body's noun or a chamber's
// ("House", "House of Representatives"), and so is a whole name before "and" ("the House and Senate"
// are two bodies, not one).
func wholeBody(toks []ud.Token) bool {
	last := strings.ToLower(toks[len(toks)-1].Form)
	return names.IsInstitutionNoun(last) || last == "house" || last == "representatives" || last == "deputies" || last == "lords" || last == "commons"
}

// namePair reports whether a hyphenated word joins known names
// ("U.S.-Russia", "Russia-Ukraine").
func (x *Finder) namePair(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n, _, ok := x.gaz.Match([]string{p}, 0); !ok || n != 1 {
			return false
		}
	}
	return true
}

// headline reports whether a sentence is written in title case, where
// ordinary words are capitalised too and capitals say nothing about names:
// most of its words after the first that are not proper nouns are
// capitalised. A sentence that ends in a full stop and writes a verb in
// lower case is prose, however many titles and demonyms it capitalises
// ("Peruvian Prime Minister Ann Reed met Chilean Foreign Minister Tom
// Vale."): title case capitalises verbs.
func headline(toks []ud.Token) bool {
	if layout.CapsHeadline(toks) {
		return true
	}
	if proseSentence(toks) {
		return false
	}
	words, upper := 0, 0
	for i, t := range toks {
		if i == 0 || t.UPOS == "PUNCT" || t.UPOS == "NUM" || t.UPOS == "PROPN" || t.UPOS == "SYM" || len(t.Form) < 3 {
			continue
		}
		words++
		if layout.StartsUpper(t.Form) {
			upper++
		}
	}
	return words >= 3 && upper*10 >= words*7
}

// proseSentence reports whether a sentence ends in a full stop and has a
// verb in lower case after its first word.
func proseSentence(toks []ud.Token) bool {
	if len(toks) == 0 || toks[len(toks)-1].Form != "." {
		return false
	}
	for _, t := range toks[1:] {
		if t.UPOS == "VERB" && len(t.Form) >= 2 && strings.ToLower(t.Form) == t.Form {
			return true
		}
	}
	return false
}

// hasOf reports whether a name has "of" after its first word ("House of
// Representatives", "Chamber of Deputies").
func hasOf(toks []ud.Token) bool {
	for _, t := range toks[1:] {
		if t.Form == "of" {
			return true
		}
	}
	return false
}

// hasInstitutionNoun reports whether a name has a word of institutions'
// names ("European Commission").
func hasInstitutionNoun(toks []ud.Token) bool {
	for _, t := range toks {
		if names.IsInstitutionNounLower(t.Form) {
			return true
		}
	}
	return false
}

// acronymSuffix reports whether a recognised name ends with its own
// acronym after a hyphen, as wire stories write a company's name ("Banca
// Nazionale del Lavoro-BNL"): the acronym's letters are the initials of the
// words before it, particles left out. It returns the acronym's token.
func acronymSuffix(toks []ud.Token, m ner.Mention) (int, bool) {
	if m.End-m.Start < 4 || toks[m.End-2].Form != "-" || !layout.IsAllCaps(toks[m.End-1].Form) {
		return 0, false
	}
	return m.End - 1, names.Abbreviates(toks[m.End-1].Form, wordsOf(toks[m.Start:m.End-2]))
}

// ratingRE matches the credit ratings of the agencies' scales: Standard &
// Poor's and Fitch ("AAA", "BB+"), Moody's ("Aaa", "Baa2"), short-term
// ("A-1", "P-2").
var ratingRE = regexp.MustCompile(`^(?:(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]?|(?:Aaa|Aa|A|Baa|Ba|B|Caa|Ca)[1-3]?|[ABP]-[1-3])$`)

// creditRating reports whether toks, written together, are a credit
// rating.
func creditRating(toks []ud.Token) bool {
	var sb strings.Builder
	for i, t := range toks {
		if i > 0 && ud.SpaceAfter(toks[i-1].Misc) {
			return false
		}
		sb.WriteString(t.Form)
	}
	return ratingRE.MatchString(sb.String())
}

// ofTitledPerson reports whether a name that is no person's runs across
// "of" into a title and a person's name ("Velmar Abbey of Cardinal Ann
// Rights"; not "National Association of Attorneys General"), and returns the
// index of "of".
func (x *Finder) ofTitledPerson(toks []ud.Token, m ner.Mention) (int, bool) {
	if m.Type == graph.Person {
		return 0, false
	}
	for k := m.Start + 1; k+2 < m.End; k++ {
		if toks[k].Form == "of" {
			return k, x.titledPerson(toks, ner.Mention{Start: k + 1, End: m.End, Type: m.Type})
		}
	}
	return 0, false
}

// pairNouns are the nouns of a meeting or a bond between two parties,
// which a pair of names joined by a hyphen modifies ("the Lee-Park
// summit").
var pairNouns = words.Set(`
	meeting meetings summit summits talks call calls encounter handshake rivalry
	relationship ties feud dialogue negotiations partnership alliance
`)

// splitHyphenPair splits a name that is two names joined by a hyphen
// before a noun of a meeting or a bond ("a Lee-Park summit") into the two
// names. Each side is one to three capitalised proper nouns and the hyphen
// has no space around it; a name of one hyphenated piece that no such
// noun follows ("Rolls-Royce", "Hewlett-Packard") is left whole.
func splitHyphenPair(toks []ud.Token, m ner.Mention) []ner.Mention {
	if m.End >= len(toks) || !pairNouns[toks[m.End].Form] {
		return []ner.Mention{m}
	}
	for k := m.Start + 1; k < m.End-1; k++ {
		if toks[k].Form != "-" || ud.SpaceAfter(toks[k-1].Misc) || ud.SpaceAfter(toks[k].Misc) {
			continue
		}
		if k-m.Start > 3 || m.End-k-1 > 3 || !capitalisedNouns(toks[m.Start:k]) || !capitalisedNouns(toks[k+1:m.End]) {
			break
		}
		return []ner.Mention{{Start: m.Start, End: k, Type: m.Type}, {Start: k + 1, End: m.End, Type: m.Type}}
	}
	return []ner.Mention{m}
}

// capitalisedNouns reports whether every token is a capitalised proper
// noun.
func capitalisedNouns(toks []ud.Token) bool {
	for _, t := range toks {
		if t.UPOS != "PROPN" || !layout.StartsUpper(t.Form) {
			return false
		}
	}
	return len(toks) > 0
}

// splitAtVerb splits a name that runs across a verb written in lower case
// ("Trump told Vietnam", which a document's other names can make the
// recogniser read as one) into the names on either side of it.
func splitAtVerb(toks []ud.Token, m ner.Mention) []ner.Mention {
	for k := m.Start + 1; k < m.End-1; k++ {
		if toks[k].UPOS == "VERB" && !layout.StartsUpper(toks[k].Form) {
			return append([]ner.Mention{{Start: m.Start, End: k, Type: m.Type}}, splitAtVerb(toks, ner.Mention{Start: k + 1, End: m.End, Type: m.Type})...)
		}
	}
	return []ner.Mention{m}
}

// dropTableLabels drops the one-word names taken for persons that label
// a row of a table of figures somewhere in the article (tableRow): the
// reports of results the wires send are tables ("Avg shrs 12.1 mln vs
// 11.9 mln"), whose labels the recogniser takes for surnames, in the rows
// and in the notes below them ("Note: Oper excludes a gain"). The first
// sentence, the headline, labels no row.
func dropTableLabels(cands []candidate, sents []ud.Sentence) []candidate {
	var labels map[string]bool
	for si := 1; si < len(sents); si++ {
		if toks := sents[si].Tokens; tableRow(toks) {
			if labels == nil {
				labels = map[string]bool{}
			}
			labels[toks[0].Form] = true
		}
	}
	if labels == nil {
		return cands
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.typ == graph.Person && c.canonical == "" && c.inst == "" && len(c.words) == 1 && labels[c.words[0]]
	})
}

// dropOpeningCommonWords drops the one-word names taken for persons,
// places or organisations (see openingCandidate) that
// open a sentence or a clause after a colon or a dash and that the article
// writes in lower case more often than capitalised inside a clause: the
// capital is the sentence's, and the word a common one ("NOTE: Company
// figures are unaudited", "Velmar Corp - Offering of 30 mln dlrs of
// notes", "Gold eased" in a story of gold's price), not a name a slip
// left in lower case once ("Kessel and Dorn ... left dorn unhappy"); a
// headline in capitals counts neither way. The other names of the
// article in that word go with it. An article that
// writes a day or a month in lower case ("in september") has lost its
// capitals, names' as well, and is left as it is.
func dropOpeningCommonWords(cands []candidate, sents []ud.Sentence) []candidate {
	// the words of the one-word names that open a sentence or a clause,
	// first: most articles have none, and their words need no counting
	var opening []string
	for _, c := range cands {
		if !openingCandidate(c) {
			continue
		}
		if toks := sents[c.sent].Tokens; c.start == 0 || clauseMark(toks[c.start-1].Form) {
			opening = append(opening, c.words[0])
		}
	}
	if len(opening) == 0 {
		return cands
	}
	lower, inside := map[string]int{}, map[string]int{}
	for _, s := range sents {
		if layout.CapsHeadline(s.Tokens) {
			continue // "GOLD FUTURES OPEN FIRMER": its capitals are the headline's
		}
		for k, t := range s.Tokens {
			switch {
			case t.Form == "":
			case layout.StartsUpper(t.Form):
				if k > 0 && !clauseMark(s.Tokens[k-1].Form) {
					inside[strings.ToLower(t.Form)]++
				}
			case strings.ToLower(t.Form) == t.Form:
				if nonNameWords[t.Form] && t.Form != "may" && t.Form != "march" {
					return cands // "in september": no capitals to go by
				}
				lower[t.Form]++
			}
		}
	}
	common := map[string]bool{}
	for _, w := range opening {
		if lw := strings.ToLower(w); lower[lw] > inside[lw] {
			common[w] = true
		}
	}
	if len(common) == 0 {
		return cands
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return openingCandidate(c) && common[c.words[0]]
	})
}

// openingCandidate reports whether a candidate is a one-word name that
// neither the gazetteer nor the institutions know and so may be a common
// word a sentence's capital made look like a name. A word that ends the
// names of institutions ("Senate", "Bank") names the body an article spoke
// of before, however often it writes the word in lower case.
func openingCandidate(c candidate) bool {
	if c.canonical != "" || c.inst != "" || len(c.words) != 1 {
		return false
	}
	return c.typ == graph.Person || !names.IsInstitutionNounLower(c.words[0])
}

// clauseMark reports whether a token opens a clause whose first word is
// capitalised: a colon or a dash.
func clauseMark(form string) bool {
	switch form {
	case ":", "-", "--", "–", "—":
		return true
	}
	return false
}

// tableRow reports whether a sentence is a row of a table of figures,
// labelled by its capitalised first word: a line of a few words that has
// a figure after the label, no verb, and ends without a full stop or
// another mark that ends a sentence ("U.S." and "Inc." end none).
func tableRow(toks []ud.Token) bool {
	if len(toks) < 2 || len(toks) > 12 || !layout.StartsUpper(toks[0].Form) {
		return false
	}
	switch last := toks[len(toks)-1].Form; {
	case strings.HasSuffix(last, "."), last == "!", last == "?", last == "\"", last == "'", last == ")", last == "''", last == "”":
		return false
	}
	figure := false
	for _, t := range toks[1:] {
		switch {
		case t.UPOS == "VERB" || t.UPOS == "AUX":
			return false
		case t.UPOS == "NUM" || t.Form != "" && t.Form[0] >= '0' && t.Form[0] <= '9':
			figure = true
		}
	}
	return figure
}

// dropPluralPersons drops the one-word names taken for persons that the
// parser reads as plural nouns wherever the article has them: a common
// noun's plural, a proper noun's plural in "-s" of the lemma it gives
// ("Marines", "Drovers" capitalised for the group), or a word in "-men"
// that is no given name ("Congressmen", "Aldermen"), these two with an
// article, a number or an adjective before them as a noun has (counted;
// "Marcos" alone is a surname): a group of people, no person. A word that ends a person's longer name in the article is a
// surname, and stays, and so does a word the gazetteer knows, or its
// singular (peopleWord), or one that is a word of another name of the
// article or qualifies a country's name, or its singular is ("the
// Velmarists" after "Velmarist Norland": its regime).
func (x *Finder) dropPluralPersons(cands []candidate, sents []ud.Sentence) []candidate {
	seen := map[string]bool{}
	inNames := map[string]bool{} // the words of the article's longer names, as written or the gazetteer's
	for _, c := range cands {
		if c.typ == graph.Person && len(c.words) > 1 {
			seen[names.Fold(strings.Join(c.words, " "))] = true
		}
		for _, n := range [][]string{c.words, strings.Fields(c.canonical)} {
			if len(n) > 1 {
				for _, w := range n {
					inNames[w] = true
				}
			}
		}
		if c.typ == graph.Country && c.start > 0 {
			inNames[sents[c.sent].Tokens[c.start-1].Form] = true // "Velmarist" of "Velmarist Norland"
		}
	}
	plural := map[string]bool{}
	for _, c := range cands {
		if c.typ != graph.Person || c.canonical != "" || c.inst != "" || len(c.words) != 1 || c.end-c.start != 1 {
			continue
		}
		w := c.words[0]
		t := sents[c.sent].Tokens[c.start]
		group := t.UPOS == "NOUN" && t.XPOS == "NNS" ||
			(t.XPOS == "NNPS" && t.Lemma+"s" == w || len(w) > 5 && strings.HasSuffix(w, "men") && !personOpening(w)) &&
				counted(sents[c.sent].Tokens, c.start)
		if x.peopleWord(w) || x.peopleWord(t.Lemma) || inNames[w] || inNames[t.Lemma] {
			group = false // "the Velmarists" of the Velmarist Party: its members, which the merge may take to it
		}
		if prev, ok := plural[w]; ok {
			plural[w] = prev && group
		} else {
			plural[w] = group && !elsewhereSurname(seen, w)
		}
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.typ == graph.Person && c.canonical == "" && c.inst == "" && len(c.words) == 1 && plural[c.words[0]]
	})
}

// peopleWord reports whether the gazetteer knows w as a name or as a
// country's adjective.
func (x *Finder) peopleWord(w string) bool {
	if isDemonymLike(x.gaz, w) {
		return true
	}
	_, ok := x.gaz.Lookup(w)
	return ok
}

// counted reports whether the token at i has an article, a determiner,
// a number or a lower-case adjective among its dependents, as a noun
// has and a person's name has not ("the Drovers", "two Aldermen").
func counted(toks []ud.Token, i int) bool {
	for _, t := range toks {
		if t.Head != toks[i].ID {
			continue
		}
		switch t.Deprel {
		case "det", "nummod":
			return true
		case "amod":
			if !layout.StartsUpper(t.Form) {
				return true
			}
		}
	}
	return false
}
