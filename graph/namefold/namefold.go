// Package namefold folds actor names into the form people look them up
// by: case, diacritics, punctuation, spacing and a leading "the" ignored,
// so that "the U.S." is "US" and "Zelenskyy" is "ZELENSKYY". The in-memory
// graph (graph/memgraph) compares names so, and the store (graph/store)
// keeps the folded names in its index; a change here changes which actors
// a stored name finds, so the store's schema version goes up with it.
package namefold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key returns the form names are compared in: Words joined without
// spaces. A name with no letters or digits has the key "".
func Key(s string) string { return strings.Join(Words(s), "") }

// Words lower-cases s, strips its diacritics and invisible format
// characters (zero-width spaces, bidi controls), splits it into words at
// every rune that is not a letter or digit and drops a leading "the".
// Periods and apostrophes inside words are dropped rather than split at,
// so "U.S." is the one word "us".
func Words(s string) []string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Cf, r):
			// a combining mark, the diacritic of the previous letter, or
			// an invisible format character inside a word
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
			// "U.S.", "People's": part of the word
		default:
			flush()
		}
	}
	flush()
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return words
}
