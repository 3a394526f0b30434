package export

import (
	"strings"
	"unicode/utf8"
)

// validUTF8 returns s with every byte that is not part of a UTF-8 encoding
// replaced by U+FFFD.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	// ranging over a string gives U+FFFD for each byte that is not UTF-8
	var sb strings.Builder
	for _, r := range s {
		sb.WriteRune(r)
	}
	return sb.String()
}

// xmlChar reports whether r may appear in an XML 1.0 document (the Char
// production), escaped or not.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xd7ff || r >= 0xe000 && r <= 0xfffd || r >= 0x10000 && r <= 0x10ffff
}

// xmlEscape returns s fit for XML character data and for attribute values
// in either quotes: markup characters as entities, tab, line feed and
// carriage return as character references (which parsers keep, where they
// would normalise the raw characters), characters XML forbids dropped, and
// bytes that are not UTF-8 replaced by U+FFFD. "]]>" cannot survive: its
// '>' is escaped.
func xmlEscape(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range validUTF8(s) {
		switch r {
		case '&':
			sb.WriteString("&amp;")
		case '<':
			sb.WriteString("&lt;")
		case '>':
			sb.WriteString("&gt;")
		case '"':
			sb.WriteString("&quot;")
		case '\'':
			sb.WriteString("&apos;")
		case '\t':
			sb.WriteString("&#9;")
		case '\n':
			sb.WriteString("&#10;")
		case '\r':
			sb.WriteString("&#13;")
		default:
			if xmlChar(r) {
				sb.WriteRune(r)
			}
		}
	}
	return sb.String()
}

// xmlText returns what an XML reader reads back from s as the writers
// write it: s with bad bytes replaced and the characters XML forbids
// dropped. Tests compare a reader's values with it.
func xmlText(s string) string {
	var sb strings.Builder
	for _, r := range validUTF8(s) {
		if xmlChar(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
