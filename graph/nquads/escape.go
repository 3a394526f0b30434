package nquads

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// checkEscapes scans a line before the parser sees it and reports the
// escapes that the parser would decode silently into something else: a \u or
// \U escape that names a surrogate or a value beyond U+10FFFF (decoded as
// U+FFFD), an escape inside an IRI that decodes to a character an IRI may not
// hold (such as \u0020 or \u003E), and any escape other than \u and \U inside
// an IRI. Literal escapes other than the eight ECHARs are reported too, and
// so is the empty IRI <>, which the parser would return as a string.
//
// It follows the N-Quads tokens just enough to know whether a byte is inside
// an IRI, a literal or neither; grammar errors are left to the parser.
// Columns count bytes from 1. It returns the byte offsets of the opening and
// closing quotes of the line's first literal, or -1, -1 when it has none.
func checkEscapes(line string) (litOpen, litClose int, err error) {
	const (
		outside = iota
		inIRI
		inLiteral
	)
	state := outside
	litOpen, litClose = -1, -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch state {
		case outside:
			switch c {
			case '"':
				state = inLiteral
				if litOpen < 0 {
					litOpen = i
				}
			case '<':
				if i+1 < len(line) && line[i+1] == '>' {
					return -1, -1, fmt.Errorf("column %d: empty IRI <>", i+1)
				}
				state = inIRI
			case '#':
				return litOpen, litClose, nil
			}
			continue
		case inIRI:
			if c == '>' {
				state = outside
				continue
			}
		case inLiteral:
			if c == '"' {
				state = outside
				if litClose < 0 {
					litClose = i
				}
				continue
			}
		}
		if c != '\\' {
			continue
		}
		if i+1 >= len(line) {
			return -1, -1, fmt.Errorf("column %d: '\\' at end of line", i+1)
		}
		e := line[i+1]
		if e != 'u' && e != 'U' {
			if state == inIRI {
				return -1, -1, fmt.Errorf("column %d: escape \\%c in an IRI (only \\u and \\U escapes are allowed there)", i+1, e)
			}
			switch e {
			case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
				i++
				continue
			}
			return -1, -1, fmt.Errorf("column %d: unknown escape \\%s in a literal", i+1, printable(line[i+1:]))
		}
		n := 4
		if e == 'U' {
			n = 8
		}
		if i+2+n > len(line) {
			return -1, -1, fmt.Errorf("column %d: \\%c escape needs %d hex digits", i+1, e, n)
		}
		hex := line[i+2 : i+2+n]
		v, err := strconv.ParseUint(hex, 16, 32)
		if err != nil {
			return -1, -1, fmt.Errorf("column %d: escape %q is not valid (want %d hex digits after \\%c)", i+1, line[i:i+2+n], n, e)
		}
		r := rune(v)
		if !utf8.ValidRune(r) {
			return -1, -1, fmt.Errorf("column %d: \\%c%s names U+%X, which is not a Unicode scalar value", i+1, e, hex, v)
		}
		if state == inIRI && !iriAllowed(r) {
			return -1, -1, fmt.Errorf("column %d: \\%c%s in an IRI decodes to %U, which an IRI may not contain", i+1, e, hex, r)
		}
		i += 1 + n
	}
	return litOpen, litClose, nil
}

// printable returns the first character of s, quoted if it is not printable.
func printable(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if strconv.IsPrint(r) {
		return string(r)
	}
	return strconv.QuoteRune(r)
}
