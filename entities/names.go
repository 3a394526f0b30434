package entities

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldName returns the form names are compared in: diacritics removed,
// lower case, curly apostrophes straightened, runs of space and hyphens
// folded to one space, British spellings of institutions' words made
// American.
func foldName(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = strings.ToLower(strings.ReplaceAll(out, "’", "'"))
	words := strings.FieldsFunc(out, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‐'
	})
	for i, w := range words {
		if us, ok := usSpelling[w]; ok {
			words[i] = us
		}
	}
	return strings.Join(words, " ")
}

// usSpelling maps the British spellings of words common in names of
// institutions to the American ones, so that "World Health Organisation"
// and "World Health Organization" fold alike.
var usSpelling = map[string]string{
	"organisation": "organization", "organisations": "organizations", "defence": "defense",
	"centre": "center", "programme": "program", "labour": "labor",
}

// surnameKey returns the part of a person's last name that identifies it
// across spellings: folded, without an Arabic article ("al-Assad" ->
// "assad").
func surnameKey(last string) string {
	k := foldName(last)
	for _, p := range []string{"al ", "el ", "ad ", "as ", "ash ", "an "} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			k = k[len(p):]
		}
	}
	return strings.ReplaceAll(k, " ", "")
}

// spellingVariants reports whether two folded name words are spellings of
// one name (Zelensky, Zelenskyy, Zelenskiy): long enough, the same opening,
// and at most two edits apart.
func spellingVariants(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[:3] != b[:3] {
		return false
	}
	return editDistance(a, b) <= 2 && editDistance(a, b)*4 <= min(len(a), len(b))
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// isInitial reports whether a name word is an initial such as "J.".
func isInitial(w string) bool {
	r := []rune(w)
	return (len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.') || (len(r) == 1 && unicode.IsUpper(r[0]))
}

// acronym returns the initials of a name's capitalised words ("North
// Atlantic Treaty Organization" -> "NATO"), or "" for a one-word name.
func acronym(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var sb strings.Builder
	for _, w := range words {
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			sb.WriteRune(r[0])
		}
	}
	return sb.String()
}

// isAcronym reports whether w is written as an acronym: two or more
// letters, all upper case (dots allowed: "U.N.").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2
}
