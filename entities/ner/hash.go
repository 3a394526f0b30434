package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// The recogniser's features are 64-bit hashes built from per-token hashes
// (the word, its shape, affixes, tags) without building strings: runes
// and hashes are chained with perceptron.Fold from perceptron.FNVOffset.

// foldRune is the rune as words are compared: lower case, digits as 0,
// typographic quotes and dashes as their ASCII forms.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02bc', '`':
		return '\''
	case '\u201c', '\u201d':
		return '"'
	case '\u2013', '\u2014':
		return '-'
	}
	if r >= '0' && r <= '9' {
		return '0'
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if unicode.IsDigit(r) {
		return '0'
	}
	return unicode.ToLower(r)
}

// shapeClass is the shape character of a rune: X upper, x lower, d digit,
// the folded rune itself otherwise.
func shapeClass(r rune) rune {
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLower(r):
		return 'x'
	case unicode.IsDigit(r):
		return 'd'
	}
	return foldRune(r)
}

// wordHashes are the hashes of one token's form used by the features.
type wordHashes struct {
	lower uint64    // folded form
	shape uint64    // shape with repeats collapsed: "Trump" Xx, "U.S." X.X.
	pre   [3]uint64 // folded prefixes of 1..3 runes
	suf   [4]uint64 // folded suffixes of 1..4 runes
	// capital: starts with an upper-case letter; allCaps: has letters, all
	// upper case.
	capital, allCaps bool
}

// hashWord computes the hashes of a form.
func hashWord(form string) wordHashes {
	var w wordHashes
	h, sh := uint64(perceptron.FNVOffset), uint64(perceptron.FNVOffset)
	var prevClass rune = -1
	n, letters, uppers := 0, 0, 0
	for i, r := range form {
		if i == 0 {
			w.capital = unicode.IsUpper(r)
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
		h = perceptron.Fold(h, uint64(foldRune(r)))
		if n < len(w.pre) {
			w.pre[n] = h
		}
		n++
		if c := shapeClass(r); c != prevClass {
			sh = perceptron.Fold(sh, uint64(c))
			prevClass = c
		}
	}
	for k := n; k < len(w.pre); k++ {
		w.pre[k] = h
	}
	w.lower, w.shape = h, sh
	w.allCaps = letters > 0 && uppers == letters
	s, rest := uint64(perceptron.FNVOffset), form
	for k := 0; k < len(w.suf); k++ {
		if rest != "" {
			r, size := utf8.DecodeLastRuneInString(rest)
			rest = rest[:len(rest)-size]
			s = perceptron.Fold(s, uint64(foldRune(r)))
		}
		w.suf[k] = s
	}
	return w
}

// hashString hashes a tag or other short string as is.
func hashString(s string) uint64 {
	h := uint64(perceptron.FNVOffset)
	for i := 0; i < len(s); i++ {
		h = perceptron.Fold(h, uint64(s[i]))
	}
	return h
}
