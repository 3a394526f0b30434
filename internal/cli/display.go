package cli

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DisplayText returns s fit to print on a terminal as one piece of a line:
// control characters (C0, DEL, C1), the line and paragraph separators and
// the bidirectional formatting characters, which could move the cursor,
// reset the terminal or reorder what is shown, are written as Go escapes
// (\x1b, \n, \u202e), and bytes that are not UTF-8 as \xff.
func DisplayText(s string) string {
	return escapeDisplay(s, false)
}

// DisplayMessage is DisplayText for a message of several lines: line
// feeds are kept.
func DisplayMessage(s string) string {
	return escapeDisplay(s, true)
}

func escapeDisplay(s string, keepNewlines bool) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || UnsafeForDisplay(r) && !(keepNewlines && r == '\n') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&sb, `\x%02x`, s[i])
		case keepNewlines && r == '\n', !UnsafeForDisplay(r):
			sb.WriteString(s[i : i+size])
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r < 0x100:
			fmt.Fprintf(&sb, `\x%02x`, r)
		default:
			fmt.Fprintf(&sb, `\u%04x`, r)
		}
		i += size
	}
	return sb.String()
}

// UnsafeForDisplay reports whether r must not reach a terminal raw.
func UnsafeForDisplay(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r == '\u2028', r == '\u2029':
		return true
	case unicode.Is(unicode.Bidi_Control, r):
		return true
	}
	return false
}
