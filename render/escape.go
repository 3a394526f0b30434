package render

import (
	"strings"
	"unicode"
)

// quote returns s as a DOT quoted string that Graphviz shows as exactly the
// text of s on one line. Inside a label Graphviz reads backslash escapes
// (\n, \N, \G, ...) and XML entities (&amp;), so a backslash is doubled and
// an ampersand written as &amp;; a double quote is escaped. Line breaks,
// tabs and other control characters, which have no place in a name, become
// spaces (several in a row one, none at the ends); invisible format
// characters such as bidirectional overrides, which could make a label
// display as other text, are dropped, except the zero-width joiners that
// Arabic and Indic scripts need.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if unicode.Is(unicode.Cf, r) && r != '\u200c' && r != '\u200d' {
			continue
		}
		if space {
			if b.Len() > 1 {
				b.WriteByte(' ')
			}
			space = false
		}
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// quoteLines quotes lines as one DOT label of centred lines.
func quoteLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		q := quote(l)
		b.WriteString(q[1 : len(q)-1])
	}
	return `"` + b.String() + `"`
}
