// Package tokenize splits raw news text into sentences and words as the
// UD English treebanks (EWT and GUM) do: Segment. What it knows of
// particular words (abbreviations, hyphenated prefixes, contractions) it
// learned from the treebanks' train splits (WriteLexicon) into
// lexicon.txt, embedded in the package.
package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Segment splits raw text into sentences of word tokens, following UD
// English tokenization as the EWT and GUM treebanks apply it: punctuation is
// split off, clitics (n't, 's, 're, ...) and learned contractions ("cannot",
// "gonna") become multiword tokens, abbreviations (U.S., Mr., Feb.) keep
// their period, and hyphenated words are split unless the treebanks keep
// them whole (e-mail, non-profit, 713-853-3989).
//
// Every Token has Form == text[Start:End] (forms are never normalised),
// Head -1, ID counted from 1 in its sentence and "SpaceAfter=No" in Misc
// when no space follows; a multiword token's words carry no Misc and its
// Multiword entry does. Every Sentence has Text == text[Start:End].
//
// A sentence ends at a blank line; after ., !, ? or … (with any closing
// quotes and brackets) before a word that does not start in lower case; after
// an abbreviation that the treebanks often see ending a sentence, before a
// capitalised word; and at a line break unless the next line continues the
// sentence (it starts in lower case, the line ends with a comma or hyphen, or
// the line is long and unpunctuated, as in hard-wrapped text).
func Segment(text string) []ud.Sentence {
	t := tokenizer{lx: tokenizerLexicon(), text: text, spans: make([]span, 0, len(text)/5+1)}
	t.run()
	return t.sentences()
}

// sentences groups the tokenizer's spans into sentences.
func (t *tokenizer) sentences() []ud.Sentence {
	spans, text := t.spans, t.text
	if len(spans) == 0 {
		return nil
	}
	toks := make([]ud.Token, len(spans))
	var mws []ud.Multiword
	var sents []ud.Sentence
	first, firstMW := 0, 0
	flush := func(end int) {
		s := ud.Sentence{Start: spans[first].start, End: spans[end-1].end}
		s.Text = text[s.Start:s.End]
		s.Tokens = toks[first:end:end]
		s.Multiwords = mws[firstMW:len(mws):len(mws)]
		sents = append(sents, s)
		first, firstMW = end, len(mws)
	}
	pending := endNone
	prev := -1 // index of the previous surface token's first span
	for i := 0; i < len(spans); {
		n := 1
		if spans[i].mw > 1 && i+spans[i].mw <= len(spans) {
			n = spans[i].mw
		}
		start, end := spans[i].start, spans[i+n-1].end
		if prev >= 0 && t.boundary(pending, prev, i, n) {
			flush(i)
		}
		id := i - first + 1
		for k := 0; k < n; k++ {
			sp := spans[i+k]
			toks[i+k] = ud.Token{ID: id + k, Form: text[sp.start:sp.end], Head: -1, Start: sp.start, End: sp.end}
		}
		noSpace := end < len(text) && !startsWithSpace(text[end:])
		if n > 1 {
			m := ud.Multiword{First: id, Last: id + n - 1, Form: text[start:end]}
			if noSpace {
				m.Misc = "SpaceAfter=No"
			}
			mws = append(mws, m)
		} else if noSpace {
			toks[i].Misc = "SpaceAfter=No"
		}
		pending = t.endKind(pending, prev, i, n)
		prev = i
		i += n
	}
	flush(len(spans))
	return sents
}

// Kinds of sentence ending seen so far, before the next token.
const (
	endNone   = iota
	endStrong // . ! ? … (and closing quotes after them)
	endAbbrev // an abbreviation that often ends a sentence
)

// endKind updates the pending sentence ending after the surface token that
// starts at spans[i] and has n words.
func (t *tokenizer) endKind(pending, prev, i, n int) int {
	if n > 1 {
		return endNone
	}
	w := t.text[t.spans[i].start:t.spans[i].end]
	c := w[0]
	switch {
	case c == '.' || c == '!' || c == '?':
		if isPunctRun(w) {
			return endStrong
		}
	case w == "…":
		return endStrong
	}
	r, _ := utf8.DecodeRuneInString(w)
	if pending == endStrong && isCloser(r) && len(w) == utf8.RuneLen(r) && prev >= 0 &&
		(t.spans[prev].end == t.spans[i].start || r == '”' || r == ')' || r == ']' || r == '’') {
		return endStrong
	}
	if w[len(w)-1] == '.' && len(w) > 1 {
		if end, ok := t.lx.abbr[w]; ok && end {
			return endAbbrev
		}
	}
	return endNone
}

func isPunctRun(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}

// boundary decides whether a sentence starts at the surface token at
// spans[i] (n words), the previous one starting at spans[prev].
func (t *tokenizer) boundary(pending, prev, i, n int) bool {
	text := t.text
	prevEnd := t.spans[i-1].end
	start := t.spans[i].start
	nl, blank := newlines(text[prevEnd:start])
	if blank {
		return true
	}
	next := text[start:t.spans[i+n-1].end]
	r, _ := utf8.DecodeRuneInString(next)
	switch pending {
	case endStrong:
		if n == 1 && isCloser(r) && len(next) == utf8.RuneLen(r) && (prevEnd == start || r == ')' || r == ']' || r == '”') {
			return false // the closing quote or bracket goes with the sentence
		}
		if unicode.IsDigit(r) && t.numberSign(prev) {
			return false // "No. 2 Senate Republican": a number's sign
		}
		if !unicode.IsLower(r) {
			return true
		}
		// "? there" and "you. call" start a new sentence, "approx. five"
		// does not: a period ends one before a lower-case word only after
		// a lower-case word too long to be an abbreviation.
		if p := text[t.spans[prev].start:prevEnd]; p[0] == '?' || p[0] == '!' {
			return true
		} else if p == "." && prev > 0 && t.spans[prev-1].end == t.spans[prev].start {
			w := text[t.spans[prev-1].start:t.spans[prev-1].end]
			if len(w) >= 4 && allLowerLetters(w) {
				return true
			}
		}
	case endAbbrev:
		if unicode.IsUpper(r) {
			return true
		}
	}
	if nl == 0 {
		return false
	}
	return !t.continuesLine(prev, prevEnd, r)
}

// numberSign reports whether the token at spans[prev] is a period right
// after "No" or "Nos", which before a digit abbreviate "number" ("no."
// in lower case is more often the answer ending a sentence).
func (t *tokenizer) numberSign(prev int) bool {
	if prev < 1 || t.text[t.spans[prev].start:t.spans[prev].end] != "." || t.spans[prev-1].end != t.spans[prev].start {
		return false
	}
	switch t.text[t.spans[prev-1].start:t.spans[prev-1].end] {
	case "No", "Nos", "NO":
		return true
	}
	return false
}

// continuesLine reports whether the line after a single line break continues
// the sentence of the line before it, which ends at prevEnd with the token
// at spans[prev]; r is the next line's first character.
func (t *tokenizer) continuesLine(prev, prevEnd int, r rune) bool {
	if unicode.IsLower(r) {
		return true
	}
	last := t.text[t.spans[prev].start:prevEnd]
	switch last {
	case ",", "-", "&", "(", "/", "and", "or", "of", "the", "to", "a", "in":
		return true
	case ".", "!", "?", ":", ";", "…":
		return false
	}
	// A long unpunctuated line is hard-wrapped prose, not a headline.
	lineStart := prevEnd
	for lineStart > 0 && t.text[lineStart-1] != '\n' {
		lineStart--
	}
	return prevEnd-lineStart >= 60 && !isPunctRun(last)
}

// newlines counts the line breaks in a gap of space and reports whether it
// holds a blank line.
func newlines(gap string) (n int, blank bool) {
	lastNL := -1
	for i := 0; i < len(gap); i++ {
		if gap[i] == '\n' {
			if lastNL >= 0 && onlySpace(gap[lastNL+1:i]) {
				blank = true
			}
			lastNL = i
			n++
		}
	}
	return n, blank
}

func onlySpace(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// allLowerLetters reports whether w is all lower-case letters.
func allLowerLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}
