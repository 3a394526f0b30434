package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// designatedFirms finds the companies named by capitalised words and a
// legal form that the recogniser left unread: "chocolate maker Brisco Co",
// "Halden & Pike Ltd", "Orvane Foods Inc". The name is a run of one to four
// capitalised words no name has taken, "&" between two of them, right
// before a capitalised legal form (firmForms). A run after any other
// capitalised word than a determiner is left alone, for it may be the end
// of a longer name the run cannot read ("Applied" or "General" before
// "Battery Corp", a title, a known name), and so is a run after "and",
// "&", a slash or a hyphen that follows a capitalised word.
func (x *Finder) designatedFirms(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for d := 1; d < len(toks); d++ {
		if taken[d] || !layout.StartsUpper(toks[d].Form) || !words.HasLower(firmForms, toks[d].Form) {
			continue
		}
		i := d
		for i > 0 && d-i < 4 {
			k := i - 1
			if x.firmWord(toks, k, taken) {
				i = k
				continue
			}
			if (toks[k].Form == "&") && k > 0 && i < d && x.firmWord(toks, k-1, taken) {
				i = k - 1 // "Halden & Pike"
				continue
			}
			break
		}
		if i == d || toks[i].Form == "&" || i > 0 && layout.StartsUpper(toks[i-1].Form) && toks[i-1].UPOS != "DET" {
			continue // where a capitalised word before it ends, the name may go on: "General" of "General Battery Corp"
		}
		if i > 1 && joinsNames(toks[i-1].Form) && layout.StartsUpper(toks[i-2].Form) {
			continue // "Telegraph and" + "Telephone Corp", "Harris/" + "Data Inc"
		}
		end := d + 1
		for end < len(toks) && !taken[end] && layout.StartsUpper(toks[end].Form) && words.HasLower(firmForms, toks[end].Form) {
			end++ // "Co Ltd"
		}
		out = append(out, candidate{sent: si, start: i, end: end, typ: graph.Organization, words: wordsOf(toks[i:end])})
		for k := i; k < end; k++ {
			taken[k] = true
		}
		d = end - 1
	}
	return out
}

// openingFirm reads whole a company's name that opens a sentence, when
// the other readings cut it: "Computer" of "Computer Harbor Systems Inc
// said" left out, or "Harbor Systems" read as a place; "Security
// Atlantic Corp said" read as the ocean. The name is the sentence's first
// word and one to three more capitalised nouns, adjectives or proper
// nouns, no title, right before a capitalised legal form (firmForms);
// the names found inside it give way to it, and a name found reaching
// out of it, or found whole, is left as it is. A first word that is a
// title, a day's or month's or no name's word opens no name.
func (x *Finder) openingFirm(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	s := 0
	for s < len(toks) && layout.Letters(toks[s].Form) == 0 {
		s++
	}
	if s >= len(toks) || !x.firmWord(toks, s, make([]bool, len(toks))) {
		return out // the names found in it are looked at below
	}
	d := s + 1
	for d < len(toks) && d-s <= 4 && !words.HasLower(firmForms, toks[d].Form) {
		t := toks[d]
		if !layout.StartsUpper(t.Form) || (t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ") || x.titleWord(t.Form) {
			return out
		}
		d++
	}
	if d == s+1 || d >= len(toks) || d-s > 4 || !layout.StartsUpper(toks[d].Form) || !words.HasLower(firmForms, toks[d].Form) {
		return out
	}
	end := d + 1
	for end < len(toks) && layout.StartsUpper(toks[end].Form) && words.HasLower(firmForms, toks[end].Form) {
		end++ // "Co Ltd"
	}
	for _, c := range out {
		if c.sent == si && c.start < end && c.end > s && (c.start < s || c.end > end || c.start == s && c.end == end) {
			return out // a name reaching out of the run, or the run's own, reads it otherwise
		}
	}
	out = slices.DeleteFunc(out, func(c candidate) bool { return c.sent == si && c.start >= s && c.end <= end })
	for k := s; k < end; k++ {
		taken[k] = true
	}
	return append(out, candidate{sent: si, start: s, end: end, typ: graph.Organization, words: wordsOf(toks[s:end])})
}

// joinsNames reports whether w joins two words of one name: "and", "&",
// a slash or a hyphen.
func joinsNames(w string) bool {
	return w == "and" || w == "&" || w == "/" || w == "-"
}

// firmWord reports whether token k can be a word of a company's name
// before its legal form: a capitalised noun, proper noun, adjective or
// number, no name's, title's, day's or month's word, nor a trade's noun
// capitalised at the sentence's start.
func (x *Finder) firmWord(toks []ud.Token, k int, taken []bool) bool {
	t := toks[k]
	switch t.UPOS {
	case "PROPN", "NOUN", "ADJ", "NUM":
	default:
		return false
	}
	return !taken[k] && layout.StartsUpper(t.Form) && !x.titleWord(t.Form) &&
		!words.HasLower(nonNameWords, t.Form) && !words.HasLower(timeWords, t.Form) &&
		!words.HasLower(firmForms, t.Form) &&
		!((k == 0 || toks[k-1].UPOS == "PUNCT") && words.HasLower(leadingDescriptors, t.Form)) // "Insurer Velmar AG"
}

// firmForms are the legal forms that end a company's name, lower case;
// words that name a company's kind as well ("group", "holdings",
// "company") are left out, for "the Group" and "the Company" name none.
var firmForms = words.Set(legalForms)

// legalForms are the legal forms of companies, as a words.Set list.
const legalForms = `inc inc. corp corp. co co. ltd ltd. plc ag gmbh llc llp nv n.v. s.a. spa s.p.a. bhd pty`

// nordicForms are the legal forms of Nordic companies and Singapore's
// "Pte" (names.NordicForms), which only the joins of names and the
// designators of companies read.
const nordicForms = names.NordicForms

// bracketedFirms finds the companies whose name is one word that Reuters
// put in angle brackets ("through its unit <Velcred>"): brackets mark a
// company's name, and the word is a name of one when it is capitalised
// and has a lower-case letter, no digit and no dot, unlike tickers
// ("<ZQRX.F>", "<F>"), nor a legal form alone ("<Veltra" + "Corp>" split over
// two lines). b says where brackets opened and closed (layout.Unbracket).
func (x *Finder) bracketedFirms(si int, toks []ud.Token, out []candidate, taken []bool, b []uint8) []candidate {
	for k := range toks {
		if !layout.BracketedAlone(b, k) || taken[k] {
			continue
		}
		w := toks[k].Form
		if !layout.StartsUpper(w) || !strings.ContainsFunc(w, unicode.IsLower) || strings.ContainsAny(w, ".0123456789") || companyDesignators[strings.ToLower(w)] {
			continue
		}
		out = append(out, candidate{sent: si, start: k, end: k + 1, typ: graph.Organization, words: []string{w}, cued: true})
		taken[k] = true
	}
	return out
}

// ownedFirms finds the names of companies and bodies that the recogniser
// left unread after a compound adjective of ownedBefore ("the
// government-owned Kestrel"): one to four capitalised proper nouns (or
// nouns, as the tagger may read an unknown name) that no name has taken,
// no title nor adjective of nationality among them, that make a whole
// name (ownedName).
func (x *Finder) ownedFirms(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for i := 1; i < len(toks); i++ {
		if !ownedBefore(toks, i) {
			continue
		}
		end := i
		for end < len(toks) && end-i < 4 && !taken[end] && (toks[end].UPOS == "PROPN" || toks[end].UPOS == "NOUN") && layout.StartsUpper(toks[end].Form) &&
			!x.titleWord(toks[end].Form) && !words.HasLower(nonNameWords, toks[end].Form) {
			if _, ok := x.gaz.Demonym(toks[end].Form); ok {
				break
			}
			end++
		}
		if end == i || !ownedName(toks, i, end) {
			continue
		}
		out = append(out, candidate{sent: si, start: i, end: end, typ: graph.Organization, words: wordsOf(toks[i:end]), cued: true})
		for k := i; k < end; k++ {
			taken[k] = true
		}
		i = end - 1
	}
	return out
}

// firmAcronyms gives back to a company the acronym that opens its name
// when the gazetteer took the acronym for a body of its own: in a story
// about "NRC Holdings Inc", a headline's "NRC" is the company, not a
// commission the gazetteer spells so. An acronym of a gazetteer
// organisation becomes an unknown name (which then joins the company's
// name it opens) when the article names a company by the acronym and
// words of a company's name (firmWords) and never names the body
// otherwise than by the acronym. States keep their acronyms ("U.S. Steel
// Corp" leaves the "U.S." of the story the United States), and so does
// an organisation the gazetteer calls by the acronym itself: "Velco
// Canada Inc" is a unit of the Velco that news knows as "Velco".
func firmAcronyms(cands []candidate) {
	firms := map[string]bool{}     // acronyms that open a company's name
	otherwise := map[string]bool{} // bodies named otherwise than by an acronym
	for _, c := range cands {
		switch {
		case c.canonical == "" && c.inst == "" && len(c.words) >= 2 && names.IsAcronym(c.words[0]) && firmWords(c.words[1:]):
			firms[c.words[0]] = true
		case c.canonical != "" && !c.demonym && (len(c.words) != 1 || !names.IsAcronym(c.words[0])):
			otherwise[c.canonical] = true
		}
	}
	if len(firms) == 0 {
		return
	}
	for i, c := range cands {
		if c.canonical != "" && c.typ == graph.Organization && !c.demonym && c.inst == "" &&
			len(c.words) == 1 && firms[c.words[0]] && !otherwise[c.canonical] && !strings.EqualFold(strings.ReplaceAll(c.words[0], ".", ""), strings.ReplaceAll(c.canonical, ".", "")) {
			cands[i].canonical, cands[i].needs = "", ""
		}
	}
}

// firmWords reports whether words, after a name that opens a company's,
// end it as a company's name ends: with a legal form or a designator
// ("Inc", "Group"), or in words of companies' names alone
// ("International", "Industries").
func firmWords(ws []string) bool {
	last := strings.ToLower(ws[len(ws)-1])
	if last == "and" || last == "&" {
		return false
	}
	if companyDesignators[last] {
		return true
	}
	for _, w := range ws {
		if !corporateWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// partnerWords end the names of partnerships after "and" or "&": "Kessel,
// Brandt and Co", "Ann Reed and Sons", "Orrin & Partners".
var partnerWords = words.Set("co co. company sons partners associates")

// partnershipFirms reads whole the names of partnerships that end with
// "and Co" or "and Sons" and a legal form, if any, after it ("Kessel,
// Brandt and Co", "Ann Reed and Sons Inc"), which the recogniser reads as
// the partners' surnames or places, one by one, or as a person's name and
// "Sons". Before "and" stand one to four names of one to three capitalised
// words each (partnershipWord), a comma between two; the names found inside
// the run give way to it, and a name found reaching out of it, or the
// gazetteer's, is left as it is, and so is a company's name that the
// recogniser read whole before "and Co" ("Velmar Brothers and Co" is
// Velmar Brothers). A full stop that ends the sentence is no part of the
// name.
func (x *Finder) partnershipFirms(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	for a := 1; a+1 < len(toks); a++ {
		if (toks[a].Form != "and" && toks[a].Form != "&") || !layout.StartsUpper(toks[a+1].Form) || !words.HasLower(partnerWords, toks[a+1].Form) {
			continue
		}
		end := a + 2
		for end < len(toks) && layout.StartsUpper(toks[end].Form) && words.HasLower(firmForms, toks[end].Form) {
			end++ // "Sons Inc"
		}
		start, k := a, a-1
		for names := 0; names < 4; names++ {
			n := 0
			for k >= 0 && n < 3 && x.partnershipWord(toks, k, names > 0) {
				k, n = k-1, n+1
			}
			if n == 0 {
				break
			}
			start = k + 1
			if k < 1 || toks[k].Form != "," || !x.partnershipWord(toks, k-1, true) {
				break
			}
			k--
		}
		if start == a {
			continue
		}
		if overlapped(out, si, start, end, func(c candidate) bool {
			return c.start < start || c.end > end || c.canonical != "" || c.inst != "" || c.start == start && c.end == a && c.typ == graph.Organization
		}) {
			continue
		}
		ws := wordsOf(toks[start:end])
		if end == len(toks) {
			ws[len(ws)-1] = strings.TrimSuffix(ws[len(ws)-1], ".") // "... and Co." ending the sentence
		}
		out = takeFirm(out, taken, si, start, end, ws)
		a = end - 1
	}
	return out
}

// partnershipWord reports whether token k can be a word of a partner's name
// in a partnership's name (firmWord), no acronym or ticker in capitals
// ("AZT, Merck and Co" is a list); a name before a comma, which may
// open a list of other things, must be a proper noun.
func (x *Finder) partnershipWord(toks []ud.Token, k int, beforeComma bool) bool {
	t := toks[k]
	if !x.firmWord(toks, k, make([]bool, len(toks))) || layout.IsAllCaps(t.Form) && !strings.Contains(t.Form, ".") {
		return false
	}
	return !beforeComma || t.UPOS == "PROPN"
}

// joinedFirms reads whole the names of companies that join two names by
// "and" or "&" before a legal form, which the recogniser often reads as
// two persons or leaves unread: "Kestle and Varrow Plc", "Brill and Dane
// Publishers Inc". Before the joining word stand one or two capitalised
// words (partnershipWord), after it one to three (firmWord, whether read
// or not), then one legal form or more (firmForms). A capitalised word
// before the run, other than a determiner, may open a longer name and
// leaves the run alone, as does one before a comma ("Tarn, Brill and Dane
// Inc"). So do a company, a gazetteer's name, a person's name of two
// words or more that opens with a given name or initials (personOpening;
// the recogniser reads "Tarvel Mining" of "Tarvel Mining and Industrial
// Corp" as a person's), or a name reaching out of the run found inside it:
// "Ardent and Velmar Motors Corp" joins two companies when the recogniser
// read either as one, "Ann Reed and Orvane Foods Inc" a woman and a firm.
func (x *Finder) joinedFirms(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	free := make([]bool, len(toks))
	for a := 1; a+2 < len(toks); a++ {
		if toks[a].Form != "and" && toks[a].Form != "&" {
			continue
		}
		d := a + 1
		for d < len(toks) && d-a <= 3 && x.firmWord(toks, d, free) {
			d++
		}
		if d == a+1 || d == len(toks) || d-a > 4 || !layout.StartsUpper(toks[d].Form) || !words.HasLower(firmForms, toks[d].Form) {
			continue
		}
		end := d + 1
		for end < len(toks) && layout.StartsUpper(toks[end].Form) && words.HasLower(firmForms, toks[end].Form) {
			end++ // "Co Inc"
		}
		start := a
		for start > 0 && a-start < 2 && x.partnershipWord(toks, start-1, false) {
			start--
		}
		if start == a || start > 0 && layout.StartsUpper(toks[start-1].Form) && toks[start-1].UPOS != "DET" {
			continue
		}
		if start > 1 && toks[start-1].Form == "," && layout.StartsUpper(toks[start-2].Form) {
			continue // "Tarn, Brill and Dane Inc": one more partner, or a list
		}
		if overlapped(out, si, start, end, func(c candidate) bool {
			return c.start < start || c.end > end || c.canonical != "" || c.inst != "" || c.typ == graph.Organization ||
				c.typ == graph.Person && c.end-c.start > 1 && personOpening(c.words[0])
		}) {
			continue
		}
		out = takeFirm(out, taken, si, start, end, wordsOf(toks[start:end]))
		a = end - 1
	}
	return out
}

// overlapped reports whether a candidate of sentence si that overlaps
// tokens start to end is one that keeps a firm's name there (blocks).
func overlapped(out []candidate, si, start, end int, blocks func(candidate) bool) bool {
	return slices.ContainsFunc(out, func(c candidate) bool {
		return c.sent == si && c.start < end && c.end > start && blocks(c)
	})
}

// takeFirm replaces the candidates of sentence si inside tokens start to
// end by one company named words, and marks the tokens taken.
func takeFirm(out []candidate, taken []bool, si, start, end int, words []string) []candidate {
	out = slices.DeleteFunc(out, func(c candidate) bool { return c.sent == si && c.start >= start && c.end <= end })
	for k := start; k < end; k++ {
		taken[k] = true
	}
	return append(out, candidate{sent: si, start: start, end: end, typ: graph.Organization, words: words})
}

// pairedFirms reads as one company two single names joined by "and" or
// "&" with no legal form, which the recogniser reads as two persons, when
// the words after them show a company: its ticker in angle brackets
// ("Velmar and Stroud <VST>") or "said it" or "said its", as a company
// speaks of itself ("Velmar and Stroud said it would ..."). The names
// differ, and neither may be a given name, a name the gazetteer knows or
// a word of a person's or company's longer name found in the article
// ("Velmar" of "Velmar Oil Ltd" is that company), and no company, gazetteer's name or
// longer name may lie inside the pair (one-word persons and places the
// recogniser guessed give way); a capitalised word, a comma or a joining word right
// before the pair may make it part of a longer name or a list, and
// leaves it alone.
func (x *Finder) pairedFirms(cands []candidate, sents []ud.Sentence, brackets [][]uint8) []candidate {
	otherWords := map[string]bool{} // words of persons' and companies' longer names
	for _, c := range cands {
		if (c.typ == graph.Person || c.typ == graph.Organization) && c.end-c.start > 1 {
			for _, w := range c.words {
				otherWords[w] = true
			}
		}
	}
	for si := range sents {
		toks := sents[si].Tokens
		if headline(toks) {
			continue
		}
		var b []uint8
		if si < len(brackets) {
			b = brackets[si]
		}
		free := make([]bool, len(toks))
		for a := 1; a+2 < len(toks); a++ {
			if toks[a].Form != "and" && toks[a].Form != "&" {
				continue
			}
			first, last := a-1, a+1
			if !x.pairedName(toks, first, free) || !x.pairedName(toks, last, free) || otherWords[toks[first].Form] || otherWords[toks[last].Form] || toks[first].Form == toks[last].Form {
				continue
			}
			if first > 0 && (layout.StartsUpper(toks[first-1].Form) && toks[first-1].UPOS != "DET" || joinsNames(toks[first-1].Form) || toks[first-1].Form == ",") {
				continue
			}
			next := last + 1
			ticker := layout.BracketedAlone(b, next) && layout.IsAllCaps(toks[next].Form)
			saysIt := toks[next].Form == "said" && next+1 < len(toks) && (toks[next+1].Form == "it" || toks[next+1].Form == "its")
			if !ticker && !saysIt {
				continue
			}
			alone := true
			for _, c := range cands {
				if c.sent == si && c.start <= last && c.end > first && (c.start < first || c.end > last+1 || c.typ == graph.Organization || c.end-c.start > 1 || c.canonical != "") {
					alone = false
				}
			}
			if !alone {
				continue
			}
			cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.sent == si && c.start >= first && c.end <= last+1 })
			cands = append(cands, candidate{sent: si, start: first, end: last + 1, typ: graph.Organization, words: wordsOf(toks[first : last+1])})
			a = last
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.start - b.start
	})
	return cands
}

// pairedName reports whether token k can be one of the two names of a
// company that pairedFirms reads: a capitalised proper noun that can be
// a word of a company's name (firmWord), no given name, acronym, place,
// nationality or name the gazetteer knows.
func (x *Finder) pairedName(toks []ud.Token, k int, free []bool) bool {
	w := toks[k].Form
	if toks[k].UPOS != "PROPN" || !x.firmWord(toks, k, free) || layout.IsAllCaps(w) || personOpening(w) || isDemonymLike(x.gaz, w) {
		return false
	}
	_, known := x.gaz.Lookup(w)
	return !known
}

// personOpening reports whether a capitalised word opens persons' names
// only: a given name or initials ("Ann", "J.").
func personOpening(w string) bool {
	f := names.Fold(w)
	return givenWord(f) || initialsWord(f)
}

// finalLegalForms drops the full stop of a legal form that ends a
// company's name at the end of a sentence ("sued Velmar Corp."), where
// the sentence's full stop and the abbreviation's are one: the name is
// "Velmar Corp" unless the article writes legal forms with a full stop
// inside its sentences ("Velmar Corp. said"). The words of the changed
// candidates are new slices.
func finalLegalForms(cands []candidate, sents []ud.Sentence) {
	for _, s := range sents {
		for i, t := range s.Tokens[:max(len(s.Tokens)-1, 0)] {
			if w := strings.ToLower(t.Form); strings.HasSuffix(w, ".") && names.IsLegalWord(w) && i > 0 && layout.StartsUpper(s.Tokens[i-1].Form) {
				return // the article's style: "Velmar Corp. said"
			}
		}
	}
	for k, c := range cands {
		toks := sents[c.sent].Tokens
		if c.canonical != "" || c.end != len(toks) || c.end-c.start < 2 || len(c.words) != c.end-c.start {
			continue
		}
		last := c.words[len(c.words)-1]
		bare, ok := strings.CutSuffix(last, ".")
		if !ok || !names.IsLegalWord(strings.ToLower(last)) || !names.IsLegalWord(strings.ToLower(bare)) {
			continue
		}
		ws := slices.Clone(c.words)
		ws[len(ws)-1] = bare
		cands[k].words = ws
	}
}
