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
	return set[string(AppendLower(buf[:0], w))]
}

// AppendLower appends w in lower case to dst, as strings.ToLower writes
// it, but an ASCII word byte by byte, without making its lower-case
// string.
func AppendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}
