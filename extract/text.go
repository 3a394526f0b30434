package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// CheckText rejects what is not an article: empty text, binary data and
// invalid UTF-8, saying where the first bad byte is.
func CheckText(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("empty article")
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("binary data (NUL byte at offset %d), not a UTF-8 text article", i)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, size := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := bytes.Count(b[:off], []byte("\n")) + 1
		return fmt.Errorf("invalid UTF-8 at byte offset %d (line %d); articles must be UTF-8 text", off, line)
	}
	return nil
}

// CleanText turns the bytes of an article into the text the extractors
// read, or says why they are not an article (see CheckText). The text is
// the input without a leading byte-order mark, with every Unicode
// noncharacter (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF in every plane,
// which RDF tools reject) replaced by U+FFFD, and normalised to NFC, so
// that the same words typed with combining accents or precomposed letters
// are one name. The offsets of sentences count in this text, not in the
// file.
func CleanText(b []byte) (string, error) {
	if err := CheckText(b); err != nil {
		return "", err
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	s := strings.Map(func(r rune) rune {
		if isNoncharacter(r) {
			return utf8.RuneError
		}
		return r
	}, string(b))
	s = norm.NFC.String(s)
	if strings.TrimSpace(s) == "" {
		return "", fmt.Errorf("empty article")
	}
	return s, nil
}

// isNoncharacter reports whether r is one of Unicode's 66 noncharacters.
func isNoncharacter(r rune) bool {
	return r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE
}

// SourceName returns a file's path as the name of the article read from it
// (its dcterms:source): valid UTF-8 is kept as it is, and every byte that
// is not part of valid UTF-8 becomes %XX, so that a Latin-1 file name
// names its article instead of failing the writer.
func SourceName(path string) string {
	if utf8.ValidString(path) {
		return path
	}
	var sb strings.Builder
	for i := 0; i < len(path); {
		r, size := utf8.DecodeRuneInString(path[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&sb, "%%%02X", path[i])
		} else {
			sb.WriteString(path[i : i+size])
		}
		i += size
	}
	return sb.String()
}
