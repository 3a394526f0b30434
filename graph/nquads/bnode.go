package nquads

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// checkBlankLabel reports why s is not a blank-node label as N-Quads'
// BLANK_NODE_LABEL production defines it (without the "_:"): a PN_CHARS_U or
// digit, then PN_CHARS or '.', not ending with '.'.
//
// PN_CHARS_U here excludes ':', as in Turtle and RDF 1.2 N-Quads: the W3C
// RDF 1.1 negative tests (nt-syntax-bad-bnode-01, -02) reject "_::a" and
// "_:abc:def", though the RDF 1.1 N-Triples grammar text lists ':'.
func checkBlankLabel(s string) error {
	if s == "" {
		return errors.New("empty blank node label")
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("blank node label %q is not valid UTF-8", s)
	}
	for i, r := range s {
		var ok bool
		switch {
		case i == 0:
			ok = isPNCharsU(r) || '0' <= r && r <= '9'
		case r == '.':
			ok = i+1 < len(s)
		default:
			ok = isPNChars(r)
		}
		if !ok {
			return fmt.Errorf("blank node label %q: %q not allowed at byte %d", s, r, i)
		}
	}
	return nil
}

// isPNCharsBase reports whether r is in N-Quads' PN_CHARS_BASE.
func isPNCharsBase(r rune) bool {
	switch {
	case 'A' <= r && r <= 'Z', 'a' <= r && r <= 'z',
		0xC0 <= r && r <= 0xD6, 0xD8 <= r && r <= 0xF6, 0xF8 <= r && r <= 0x2FF,
		0x370 <= r && r <= 0x37D, 0x37F <= r && r <= 0x1FFF, 0x200C <= r && r <= 0x200D,
		0x2070 <= r && r <= 0x218F, 0x2C00 <= r && r <= 0x2FEF, 0x3001 <= r && r <= 0xD7FF,
		0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFFD, 0x10000 <= r && r <= 0xEFFFF:
		return true
	}
	return false
}

func isPNCharsU(r rune) bool { return isPNCharsBase(r) || r == '_' }

func isPNChars(r rune) bool {
	return isPNCharsU(r) || r == '-' || '0' <= r && r <= '9' || r == 0xB7 ||
		0x300 <= r && r <= 0x36F || 0x203F <= r && r <= 0x2040
}
