package nquads

import (
	"errors"
	"fmt"
	"strings"
)

// checkLangTag reports why s (without the '@') is not a language tag. It must
// match N-Quads' LANGTAG production, [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*, and be
// well-formed in the sense of BCP 47's length rules: the primary subtag is 2
// to 8 letters or the singleton "x" or "i", every subtag is at most 8
// characters, and a singleton is never the last subtag.
func checkLangTag(s string) error {
	if s == "" {
		return errors.New("empty language tag")
	}
	subtags := strings.Split(s, "-")
	for i, sub := range subtags {
		if sub == "" {
			return fmt.Errorf("language tag %q has an empty subtag", s)
		}
		for k := 0; k < len(sub); k++ {
			c := sub[k]
			if !isAlpha(c) && (i == 0 || !isDigit(c)) {
				return fmt.Errorf("language tag %q: %q not allowed in subtag %q", s, sub[k:k+1], sub)
			}
		}
		if len(sub) > 8 {
			return fmt.Errorf("language tag %q: subtag %q is longer than 8 characters", s, sub)
		}
		if len(sub) == 1 && i == len(subtags)-1 {
			return fmt.Errorf("language tag %q ends with the singleton %q", s, sub)
		}
	}
	if p := strings.ToLower(subtags[0]); len(p) == 1 && p != "x" && p != "i" {
		return fmt.Errorf("language tag %q: primary subtag %q is a single letter other than x or i", s, subtags[0])
	}
	return nil
}
