// Package words builds the word sets the recognisers look words up in from
// lists written as plain text, one word after another.
package words

import (
	"strings"
	"unicode/utf8"
)

// Set returns the set of the words of list, which are separated by white
// space.
func Set(list string) map[string]bool {
	fields := strings.Fields(list)
	set := make(map[string]bool, len(fields))
	for _, w := range fields {
		set[w] = true
	}
	return set
}

// HasLower reports whether set holds w in lower case: it is
// set[strings.ToLower(w)], without making the lower-case string of an
// ASCII word of up to 64 bytes. The recognisers look up capitalised words
// of every sentence this way, where strings.ToLower allocates.
func HasLower(set map[string]bool, w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
