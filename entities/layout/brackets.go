package layout

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Reuters wraps the names of companies that have no ticker in angle
// brackets ("<Ecolab Co> of the United States"), which the tokenizer
// leaves on the first and last words, and puts tickers in them too
// ("<ZQRX.F>"). The finder reads the words without brackets, a name ends
// where a bracket closes, and a word bracketed alone is no name.

// Unbracket returns the sentences with the angle brackets taken off their
// words, and for each sentence that had some, where names must stop:
// bracket[k] is bracketOpen when a bracket opened at token k, bracketClose
// when one closed after it. The sentences given are not changed; those
// without brackets are returned as they are.
func Unbracket(sents []ud.Sentence) ([]ud.Sentence, [][]uint8) {
	var out []ud.Sentence
	var brackets [][]uint8
	for si := range sents {
		toks := sents[si].Tokens
		has := false
		for _, t := range toks {
			if _, closes := cutClosing(t.Form); len(t.Form) > 1 && (strings.HasPrefix(t.Form, "<") || closes) {
				has = true
				break
			}
		}
		if !has {
			continue
		}
		if out == nil {
			out = slices.Clone(sents)
			brackets = make([][]uint8, len(sents))
		}
		clean := slices.Clone(toks)
		b := make([]uint8, len(toks))
		for k, t := range clean {
			if len(t.Form) < 2 {
				continue
			}
			if rest, ok := strings.CutPrefix(t.Form, "<"); ok && rest != "" {
				clean[k].Form, b[k] = rest, b[k]|bracketOpen
				if StartsUpper(rest) && t.UPOS != "PROPN" {
					// the tagger read "<Tarns" as a word of its
					// own, a verb; a bracket opens a company's name
					clean[k].UPOS, clean[k].XPOS = "PROPN", "NNP"
				}
			}
			if rest, ok := cutClosing(clean[k].Form); ok && rest != "" {
				clean[k].Form, b[k] = rest, b[k]|bracketClose
			}
		}
		out[si].Tokens = clean
		brackets[si] = b
	}
	if out == nil {
		return sents, nil
	}
	return out, brackets
}

// cutClosing returns w without the closing bracket that ends it, or that
// a possessive follows, which the tokenizer leaves on the word
// ("<VELM.AS>'s"): the bracket, not the possessive, ends the name.
func cutClosing(w string) (string, bool) {
	for _, end := range []string{">", ">'s", ">’s", ">'", ">’"} {
		if rest, ok := strings.CutSuffix(w, end); ok {
			return rest, true
		}
	}
	return w, false
}

const (
	bracketOpen uint8 = 1 << iota
	bracketClose
)

// BracketAt reports whether a bracket opened or closed at token k of a
// sentence whose brackets Unbracket gave as b (nil: none).
func BracketAt(b []uint8, k int) bool {
	return k >= 0 && k < len(b) && b[k] != 0
}

// BracketedAlone reports whether token k of a sentence whose brackets
// Unbracket gave as b (nil: none) was bracketed alone ("<Velcred>").
func BracketedAlone(b []uint8, k int) bool {
	return k >= 0 && k < len(b) && b[k] == bracketOpen|bracketClose
}

// CutAtBrackets cuts recognised names where a bracket opens or closes
// inside them ("<Avalon Corp> of the U.S." is Avalon Corp) and starts a
// name that starts inside brackets at the opening one; toks are the
// sentence's words without their brackets.
func CutAtBrackets(toks []ud.Token, ms []ner.Mention, b []uint8) []ner.Mention {
	out := ms[:0:0]
	for _, m := range ms {
		// a bracketed word alone is a ticker, "<ZQRX.F>": no name
		if m.End-m.Start == 1 && b[m.Start] == bracketOpen|bracketClose {
			continue
		}
		// so are bracketed words in capitals right after a name:
		// "Boliden AB <BLDS ST>", Stockholm's code
		ticker := func(m ner.Mention, afterName bool) bool {
			if !afterName || b[m.Start]&bracketOpen == 0 || b[m.End-1]&bracketClose == 0 {
				return false
			}
			for _, t := range toks[m.Start:m.End] {
				if !IsAllCaps(t.Form) {
					return false
				}
			}
			return true
		}
		if ticker(m, slices.ContainsFunc(ms, func(n ner.Mention) bool { return n.End == m.Start })) {
			continue
		}
		split := false
		// a name that starts inside brackets starts at the bracket:
		// "<Halvorsen Shipping" + "Group>"
		for k := m.Start - 1; k >= 0 && k >= m.Start-6 && b[k]&bracketClose == 0; k-- {
			if b[k]&bracketOpen != 0 {
				m.Start = k
				break
			}
		}
		for k := m.Start; k < m.End; k++ {
			if b[k]&bracketOpen != 0 && k > m.Start {
				out = append(out, ner.Mention{Start: m.Start, End: k, Type: m.Type})
				m.Start, split = k, true
			}
			if b[k]&bracketClose != 0 && k+1 < m.End {
				if k > m.Start || b[k] != bracketOpen|bracketClose {
					out = append(out, ner.Mention{Start: m.Start, End: k + 1, Type: m.Type})
				}
				m.Start = k + 1
			}
		}
		if m.Start < m.End && !(m.End-m.Start == 1 && b[m.Start] == bracketOpen|bracketClose) && !ticker(m, split) {
			out = append(out, m)
		}
	}
	return out
}
