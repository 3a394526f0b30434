package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// A headline written in capitals ("PERU WARNS CHILE OVER BORDER ROW") or
// in title case ("Peru Warns Chile Over Border Row") hides from the tagger
// what capitals tell it in prose: it reads every word as a name and the
// sentence as one long name, with no verb. The tagger and the parser read
// such a headline in sentence case instead ("Peru warns Chile over border
// row"), and the words get their own forms back afterwards, so that the
// stages after the analysis see the text as written.

// truecase rewrites the forms of s, when it is a headline in capitals or
// in title case, as sentence case would write them, and returns the
// forms as written, to give back with restoreForms; it returns nil and
// leaves s alone for any other sentence. Only the first sentence of a
// text (first) is taken for a headline in title case: further on such a
// line is a signature or a credit ("Head of the Press Office of Velmar
// in Peru"), whose capitals are names'.
func truecase(s *ud.Sentence, t *tag.Tagger, first bool) []string {
	caps, title := headlineCase(s.Tokens)
	if !caps && !(title && first) {
		return nil
	}
	forms := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		forms[i] = tok.Form
		if caps || isTitleWord(tok.Form) {
			tok.Form = sentenceCase(tok.Form, i == 0, t)
		}
	}
	return forms
}

// restoreForms gives the words of s back the forms truecase took.
func restoreForms(s *ud.Sentence, forms []string) {
	for i, f := range forms {
		s.Tokens[i].Form = f
	}
}

// headlineCase reports whether a sentence is written in capitals (three
// words of three letters or more at least, nearly all in capitals) or in
// title case (three such words after the first at least, nearly all
// capitalised, and no full stop at the end: a line of prose that names
// many people is not a headline; nor is a line with two commas or more,
// a list of names more often than a clause: "Trump on Twitter - Ann
// Reed, Wells Fargo, Velmar").
func headlineCase(toks []ud.Token) (caps, title bool) {
	words, upper, titled, later := 0, 0, 0, 0
	for i, t := range toks {
		if letters(t.Form) < 3 {
			continue
		}
		words++
		if isAllCaps(t.Form) {
			upper++
		}
		if i > 0 {
			later++
			if isTitleWord(t.Form) {
				titled++
			}
		}
	}
	if words >= 3 && upper*10 >= words*8 {
		return true, false
	}
	if len(toks) > 0 && toks[len(toks)-1].Form == "." || commas(toks) >= 2 {
		return false, false
	}
	return false, later >= 3 && titled*10 >= later*8
}

// commas counts the commas of toks.
func commas(toks []ud.Token) int {
	n := 0
	for _, t := range toks {
		if t.Form == "," {
			n++
		}
	}
	return n
}

// sentenceCase returns the form of the word w of a headline as sentence
// case writes it. A word the tagger knows in lower case (see knownWord)
// and does not know as a name only is lowered ("WARNS", "Over"), but the
// first word of the sentence is capitalised as prose has it. Any other
// word is left as written: a name, or a word too rare for the tagger's
// lexicon, which the tagger reads in capitals better than as a name in
// title case ("BLASTS"). A word with a digit or a full stop ("U.S.",
// "1987") is left alone, and so is "US", the country, not the pronoun;
// the parts of a compound with a hyphen are cased one by one
// ("CEASE-FIRE").
func sentenceCase(w string, first bool, t *tag.Tagger) string {
	if letters(w) == 0 || strings.ContainsAny(w, ".0123456789") || w == "US" {
		return w
	}
	if strings.Contains(w, "-") {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			parts[k] = sentenceCase(p, first && k == 0, t)
		}
		return strings.Join(parts, "-")
	}
	lower := strings.ToLower(w)
	if knownWord(lower, t) {
		if _, proper := t.Knows(capitalise(lower)); !proper {
			if first {
				return capitalise(lower)
			}
			return lower
		}
	}
	if known, _ := t.Knows(capitalise(lower)); known && isAllCaps(w) && letters(w) > 3 {
		return capitalise(lower)
	}
	return w
}

// knownWord reports whether the tagger knows the lower-case word w, or
// the word it inflects: the lexicon holds only words seen a few times,
// and a headline's verbs are often rarer forms of common words ("warns",
// "accuses", "slapped").
func knownWord(w string, t *tag.Tagger) bool {
	if known, _ := t.Knows(w); known {
		return true
	}
	for _, suf := range [...]string{"s", "es", "ed", "d", "ing", "ies"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		if suf == "ies" {
			stem += "y"
		}
		for _, end := range [...]string{"", "e", "ed", "s", "ing"} {
			if known, _ := t.Knows(stem + end); known {
				return true
			}
		}
	}
	return false
}

// capitalise writes the first letter of w in capitals.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
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

// isAllCaps reports whether w has letters and all are capitals.
func isAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return letters(w) > 0
}

// isTitleWord reports whether w starts with a capital and goes on in
// lower case ("Warns"; not "EU" or "McCain"'s like, which are names).
func isTitleWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
