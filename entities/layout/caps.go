// Package layout reads what the layout of a news story says about its
// words: headlines in capitals, the dateline that opens a wire story, the
// angle brackets Reuters puts around company names, and the shapes of
// words (capitals, letters) the finder tests names by.
package layout

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Text in capitals says nothing about names: a headline in capitals
// ("FLOODS CLOSE PORTS ON THE COAST") capitalises every word, and a dateline
// ("CAIRO (Reuters) -", "LIMA - Miners marched") writes the place the
// story was filed from in capitals before the first sentence. The entity
// finder reads neither as the recogniser does: headlines in capitals count
// as headlines, and a dateline's place is looked up in
// the gazetteer in title case, so that "WASHINGTON" is the Washington of
// the rest of the article.

// IsAllCaps reports whether w has at least two letters, all upper case.
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsLower(r):
			return false
		}
	}
	return n >= 2
}

// TitleCase returns w with only its first letter of each hyphenated part
// in upper case: "WASHINGTON" -> "Washington", "AIRES" -> "Aires".
func TitleCase(w string) string {
	var sb strings.Builder
	up := true
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) && up:
			sb.WriteRune(unicode.ToUpper(r))
			up = false
		case unicode.IsLetter(r):
			sb.WriteRune(unicode.ToLower(r))
		default:
			sb.WriteRune(r)
			up = r == '-' || r == ' '
		}
	}
	return sb.String()
}

// CapsHeadline reports whether a sentence is written in capitals: three
// words of three letters or more at least, nearly all of them in capitals.
func CapsHeadline(toks []ud.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if Letters(t.Form) < 3 {
			continue
		}
		words++
		if IsAllCaps(t.Form) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// TitleHeadline reports whether a sentence is a headline in title case
// ("Peru Warns Chile Over Border Row"): three words of three letters or
// more after the first at least, nearly all of them a capital followed by
// lower case, no full stop at the end, and fewer than two commas (a list
// of names). The syntax package reads such
// a line, as one in capitals, in sentence case, so its verbs are tagged as
// verbs although they are written with a capital.
func TitleHeadline(toks []ud.Token) bool {
	if len(toks) == 0 || toks[len(toks)-1].Form == "." {
		return false
	}
	words, titled, commas := 0, 0, 0
	for _, t := range toks[1:] {
		if t.Form == "," {
			commas++
		}
		if Letters(t.Form) < 3 {
			continue
		}
		words++
		if StartsUpper(t.Form) && !IsAllCaps(t.Form) && strings.ToLower(t.Form[1:]) == t.Form[1:] {
			titled++
		}
	}
	return words >= 3 && titled*10 >= words*8 && commas < 2
}

// Letters counts the letters of w.
func Letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isDash reports whether a token is a dash that ends a dateline.
// nameJoints are the lower-case words that join the capitalised words of
// a place's name ("Republic of the Congo", "Trinidad and Tobago").
var nameJoints = map[string]bool{"of": true, "the": true, "and": true}

func isDash(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}

// Dateline returns the tokens [start, end) of a dateline at the start of a
// sentence: words in capitals (after stray punctuation), or one word in
// title case before a date ("Lima, June 9"), possibly followed by a comma
// and a place or a date in title case ("GDANSK, Poland", "QUITO, June 9",
// "QUITO, June 9, 1987", "NAIROBI, Kenya, June 9"), then a dash or an
// opening parenthesis ("WASHINGTON (Reuters) -"). ok is false when the
// sentence has none.
func Dateline(toks []ud.Token) (start, end int, ok bool) {
	i := 0
	for i < len(toks) && Letters(toks[i].Form) == 0 {
		i++
	}
	start = i
	slashes := 0 // "SEATTLE/SAN FRANCISCO (Reuters) -": two places
	for i < len(toks) {
		if toks[i].Form == "/" && i > start && i+1 < len(toks) && IsAllCaps(toks[i+1].Form) && Letters(toks[i+1].Form) >= 2 {
			slashes++
			i++
			continue
		}
		if !IsAllCaps(toks[i].Form) || Letters(toks[i].Form) < 2 {
			break
		}
		i++
	}
	if i == start && i+1 < len(toks) && StartsUpper(toks[i].Form) && dateComma(toks, i+1) {
		i++ // a place in title case before a date: "Lima, June 9 (AP) -"
	}
	if i == start || i >= len(toks) {
		return 0, 0, false
	}
	end = i
	if toks[i].Form == "," {
		// "GDANSK, Poland -", "QUITO, June 9 -": a country or a
		// date in title case
		// ("KINDU, Democratic Republic of the Congo -": the words
		// of a name's lower-case joints between capitals)
		j := i + 1
		for j < len(toks) {
			if f := toks[j].Form; (StartsUpper(f) && !IsAllCaps(f)) || toks[j].UPOS == "NUM" || yearComma(toks, j) || (j > i+1 && dateComma(toks, j)) {
				j++
				continue
			}
			k := j
			for k < len(toks) && k-j < 2 && nameJoints[toks[k].Form] {
				k++
			}
			if k == j || j == i+1 || k >= len(toks) || !StartsUpper(toks[k].Form) || IsAllCaps(toks[k].Form) {
				break
			}
			j = k
		}
		if j == i+1 || j >= len(toks) || j-i > 10 {
			return 0, 0, false
		}
		i = j
	}
	if !isDash(toks[i].Form) && toks[i].Form != "(" {
		return 0, 0, false
	}
	if isDash(toks[i].Form) && !ud.SpaceAfter(toks[i-1].Misc) {
		return 0, 0, false // a hyphen: "U.S.-BACKED REBELS"
	}
	// a headline in capitals that happens to hold a dash is no dateline
	if end-start-slashes > 3 {
		return 0, 0, false
	}
	return start, end, true
}

// yearComma reports whether token j is the comma between a date's day
// and its year ("QUITO, June 9, 1987 -").
func yearComma(toks []ud.Token, j int) bool {
	return toks[j].Form == "," && j > 0 && toks[j-1].UPOS == "NUM" && j+1 < len(toks) && toks[j+1].UPOS == "NUM"
}

// dateComma reports whether token j is a comma before a month's name, the
// date after a place ("NAIROBI, Kenya, June 9 -").
func dateComma(toks []ud.Token, j int) bool {
	return toks[j].Form == "," && j+1 < len(toks) && dates.IsMonth(strings.ToLower(toks[j+1].Form))
}

// OutsideDateline cuts from recognised names the dateline that ends at
// token end and the dash after it: "LIMA - Miners" loses "LIMA -"
// and then, a single capitalised word at the start of a sentence, the rest;
// a name of several words after the dash stays ("Queen Beatrix"). The
// Dateline's place itself is the gazetteer's to find.
func OutsideDateline(toks []ud.Token, ms []ner.Mention, end int) []ner.Mention {
	body := datelineBody(toks, end)
	var out []ner.Mention
	for _, m := range ms {
		if m.Start < body {
			if m.End-body < 2 {
				continue
			}
			m.Start = body
		}
		out = append(out, m)
	}
	return out
}

// StartsUpper reports whether w begins with an upper-case letter.
func StartsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// creditEnd returns the index of the first word after an agency's bracket
// and dash that open a sentence without a place ("(Reuters) -"), or 0:
// one to three capitalised words in brackets, then a dash.
func creditEnd(toks []ud.Token) int {
	if len(toks) < 4 || toks[0].Form != "(" {
		return 0
	}
	i := 1
	for i < len(toks) && i <= 3 && StartsUpper(toks[i].Form) {
		i++
	}
	if i == 1 || i+1 >= len(toks) || toks[i].Form != ")" || !isDash(toks[i+1].Form) {
		return 0
	}
	return i + 2
}

// datelineBody returns the index of the first word after the dateline
// that ends at token end and the dash after it.
func datelineBody(toks []ud.Token, end int) int {
	body := end
	for body < len(toks) && (toks[body].UPOS == "PUNCT" || toks[body].UPOS == "NUM" || IsAllCaps(toks[body].Form) || StartsUpper(toks[body].Form) || nameJoints[toks[body].Form]) && !isDash(toks[body].Form) && toks[body].Form != "(" {
		body++ // ", Belgium", ", Republic of the Congo", ", June 9, 1987"
	}
	if body < len(toks) && isDash(toks[body].Form) {
		body++
	}
	return body
}

// Body returns the index of the first word of a sentence after its
// dateline ("MANILA (Reuters) - President Lee ...") or after an agency's
// bracket that opens it alone ("(Reuters) - President Lee ..."), or 0 when
// it opens with neither.
func Body(toks []ud.Token) int {
	_, end, ok := Dateline(toks)
	if !ok {
		return creditEnd(toks)
	}
	body := datelineBody(toks, end)
	if body < len(toks) && toks[body].Form == "(" {
		// the agency's bracket: "(Reuters) -"
		for body < len(toks) && toks[body].Form != ")" {
			body++
		}
		if body++; body < len(toks) && isDash(toks[body].Form) {
			body++
		}
	}
	return min(body, len(toks))
}
