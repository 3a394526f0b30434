package render

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzQuote checks that any name gives one well-formed DOT string that
// reads back as the name with its whitespace folded and invisible format
// characters dropped.
func FuzzQuote(f *testing.F) {
	for _, s := range hostileNames {
		f.Add(s)
	}
	f.Add(`\"`)
	f.Add("&amp;&lt;")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		q := quote(s)
		if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
			t.Fatalf("quote(%q) = %s: not quoted", s, q)
		}
		body := q[1 : len(q)-1]
		if strings.ContainsAny(body, "\n\r") {
			t.Fatalf("quote(%q) = %s: holds a line break", s, q)
		}
		if got, want := unquoteDOT(t, body), shorten(fold(s)); got != want {
			t.Fatalf("quote(%q) = %s reads back as %q, want %q", s, q, got, want)
		}
	})
}

// unquoteDOT reads the body of a DOT label string as Graphviz shows it,
// failing on a quote that would end the string early or an escape quote
// does not write.
func unquoteDOT(t *testing.T, body string) string {
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c == '"':
			t.Fatalf("unescaped quote in %q", body)
		case c == '\\':
			if i+1 == len(body) || (body[i+1] != '"' && body[i+1] != '\\') {
				t.Fatalf("stray backslash in %q", body)
			}
			i++
			b.WriteByte(body[i])
		case c == '&':
			if !strings.HasPrefix(body[i:], "&amp;") {
				t.Fatalf("bare ampersand in %q", body)
			}
			b.WriteByte('&')
			i += len("&amp;") - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// shorten is what quote keeps of a folded name: the first maxLabelRunes
// characters of a longer one, the last of them replaced by "…".
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLabelRunes {
		return s
	}
	r := []rune(s)[:maxLabelRunes]
	r[len(r)-1] = '…'
	return string(r)
}

// fold is what a label shows of a name: whitespace and control runs as
// one space, none at the ends, format characters but the joiners gone.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
			space = true
		case unicode.Is(unicode.Cf, r) && r != '\u200c' && r != '\u200d':
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestQuoteShortens checks the cut of long labels, at the limit and around
// it, with and without a space at the cut.
func TestQuoteShortens(t *testing.T) {
	a := strings.Repeat("a", maxLabelRunes)
	tests := []struct{ name, in, want string }{
		{"at the limit", a, a},
		{"one more", a + "b", a[:maxLabelRunes-1] + "…"},
		{"trailing space is not a character", a + " \n", a},
		{"space at the cut", a[:maxLabelRunes-1] + " b", a[:maxLabelRunes-1] + "…"},
		{"multibyte", strings.Repeat("é", 3*maxLabelRunes), strings.Repeat("é", maxLabelRunes-1) + "…"},
		{"escapes count once", strings.Repeat("&", maxLabelRunes+1), strings.Repeat("&amp;", maxLabelRunes-1) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quote(tt.in); got != `"`+tt.want+`"` {
				t.Errorf("got %s\nwant %q", got, tt.want)
			}
		})
	}
}
