package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"
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
