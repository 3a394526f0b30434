package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
//
// A text longer than maxLabelRunes characters is cut there and ends with
// "…": no map shows a longer name legibly, and Graphviz's time grows faster
// than the length of a label (a label of 3 million characters took 11.6 s,
// one of a million 1.6 s).
func quote(s string) string {
	b := make([]byte, 0, min(len(s), 4*maxLabelRunes)+2)
	b = append(b, '"')
	n, last := 0, 0 // runes written, start of the last one
	// put writes one rune of the folded text, and says false when the text
	// is cut there.
	put := func(r rune) bool {
		if n == maxLabelRunes {
			b = append(b[:last], "…"...)
			return false
		}
		n, last = n+1, len(b)
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '&':
			b = append(b, "&amp;"...)
		default:
			b = utf8.AppendRune(b, r)
		}
		return true
	}
	space := false
	for _, r := range s {
		if unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if unicode.Is(unicode.Cf, r) && r != '\u200c' && r != '\u200d' {
			continue
		}
		if space && n > 0 && !put(' ') {
			break
		}
		space = false
		if !put(r) {
			break
		}
	}
	return string(append(b, '"'))
}

// maxLabelRunes is the longest text quote keeps whole.
const maxLabelRunes = 200

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
