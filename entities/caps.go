package entities

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Text in capitals says nothing about names: a headline in capitals
// ("FLOODS CLOSE PORTS ON THE COAST") capitalises every word, and a dateline
// ("CAIRO (Reuters) -", "LIMA - Miners marched") writes the place the
// story was filed from in capitals before the first sentence. The finder
// reads neither as the recogniser does: headlines in capitals count as
// headlines (dropHeadlineGuesses), and a dateline's place is looked up in
// the gazetteer in title case, so that "WASHINGTON" is the Washington of
// the rest of the article.

// isAllCaps reports whether w has at least two letters, all upper case.
func isAllCaps(w string) bool {
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

// titleCase returns w with only its first letter of each hyphenated part
// in upper case: "WASHINGTON" -> "Washington", "AIRES" -> "Aires".
func titleCase(w string) string {
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

// capsHeadline reports whether a sentence is written in capitals: three
// words of three letters or more at least, nearly all of them in capitals.
func capsHeadline(toks []ud.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if letters(t.Form) < 3 {
			continue
		}
		words++
		if isAllCaps(t.Form) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*8
}

// letters counts the letters of w.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isDash reports whether a token is a dash that ends a dateline.
func isDash(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}

// dateline returns the tokens [start, end) of a dateline at the start of a
// sentence: words in capitals (after stray punctuation), possibly followed
// by a comma and a place or a date in title case ("GDANSK, Poland",
// "QUITO, June 9"), then a dash
// or an opening parenthesis ("WASHINGTON (Reuters) -"). ok is false when
// the sentence has none.
func dateline(toks []ud.Token) (start, end int, ok bool) {
	i := 0
	for i < len(toks) && letters(toks[i].Form) == 0 {
		i++
	}
	start = i
	for i < len(toks) && isAllCaps(toks[i].Form) && letters(toks[i].Form) >= 2 {
		i++
	}
	if i == start || i >= len(toks) {
		return 0, 0, false
	}
	end = i
	if toks[i].Form == "," {
		// "GDANSK, Poland -", "QUITO, June 9 -": a country or a
		// date in title case
		j := i + 1
		for j < len(toks) && ((startsUpper(toks[j].Form) && !isAllCaps(toks[j].Form)) || toks[j].UPOS == "NUM") {
			j++
		}
		if j == i+1 || j >= len(toks) || j-i > 4 {
			return 0, 0, false
		}
		i = j
	}
	if !isDash(toks[i].Form) && toks[i].Form != "(" {
		return 0, 0, false
	}
	// a headline in capitals that happens to hold a dash is no dateline
	if end-start > 3 {
		return 0, 0, false
	}
	return start, end, true
}

// outsideDateline cuts from recognised names the dateline that ends at
// token end and the dash after it: "LIMA - Miners" loses "LIMA -"
// and then, a single capitalised word at the start of a sentence, the rest;
// a name of several words after the dash stays ("Queen Beatrix"). The
// dateline's place itself is the gazetteer's to find.
func outsideDateline(toks []ud.Token, ms []ner.Mention, end int) []ner.Mention {
	body := end
	for body < len(toks) && (toks[body].UPOS == "PUNCT" || isAllCaps(toks[body].Form) || startsUpper(toks[body].Form)) && !isDash(toks[body].Form) && toks[body].Form != "(" {
		body++ // ", Belgium"
	}
	if body < len(toks) && isDash(toks[body].Form) {
		body++
	}
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
