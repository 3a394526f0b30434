package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold returns s with its diacritics removed ("Türkiye" -> "Turkiye",
// "Malacañang" -> "Malacanang"), typographic apostrophes and dashes made
// ASCII and letters without a decomposition spelt out ("ø" -> "o", "ß" ->
// "ss"). Case is kept: the gazetteer is case-sensitive. ASCII input is
// returned as it is, without allocating.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if rep := foldRune(r); rep != "" {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldRune spells out the characters that NFD does not decompose into a
// base letter and marks, and the typographic punctuation of news text; it
// returns "" for any other rune.
func foldRune(r rune) string {
	switch r {
	case '’', '‘', 'ʼ', 'ʻ', '´', '`':
		return "'"
	case '–', '—', '‐', '‑':
		return "-"
	case '\u00a0':
		return " "
	case 'ø':
		return "o"
	case 'Ø':
		return "O"
	case 'æ':
		return "ae"
	case 'Æ':
		return "AE"
	case 'œ':
		return "oe"
	case 'Œ':
		return "OE"
	case 'ß':
		return "ss"
	case 'ł':
		return "l"
	case 'Ł':
		return "L"
	case 'đ', 'ð':
		return "d"
	case 'Đ', 'Ð':
		return "D"
	case 'þ':
		return "th"
	case 'Þ':
		return "Th"
	case 'ı':
		return "i"
	}
	return ""
}

// formKey returns the index key of a surface form: folded, with a leading
// "the" removed and without white space, so that "the  Kremlin" and
// "Kremlin" share the key "Kremlin". Tokens are concatenated the same way,
// so a key does not depend on how a tokenizer splits "Guinea-Bissau" or
// "People's". A trailing possessive is kept: it belongs to some names
// ("St. George's"); lookups strip it when the form with it is unknown.
func formKey(s string) string {
	key, _ := keyAtom(s)
	return key
}

// keyAtom returns the index key of a surface form (see formKey) and the
// atom of its first word (atomOf), under which Match finds it.
func keyAtom(s string) (key, atom string) {
	s = strings.TrimSpace(fold(s))
	for _, the := range [...]string{"the ", "The ", "THE "} {
		if rest, ok := strings.CutPrefix(s, the); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	atom = atomOf(s)
	if strings.ContainsFunc(s, unicode.IsSpace) {
		s = strings.Join(strings.Fields(s), "")
	}
	return s, atom
}

// stripPossessive removes a trailing "'s" or a bare trailing apostrophe
// ("Russia's", "Wales'"); s must be folded.
func stripPossessive(s string) string {
	for _, suf := range [...]string{"'s", "'S"} {
		if rest, ok := strings.CutSuffix(s, suf); ok && rest != "" {
			return rest
		}
	}
	if rest, ok := strings.CutSuffix(s, "'"); ok && rest != "" {
		return rest
	}
	return s
}

// atomOf returns the first run of letters and digits of a folded form (its
// whole first character when that is neither): the key under which a form's
// candidates are indexed. "U.S." and "U.N." share the atom "U";
// "Guinea-Bissau" has the atom "Guinea".
func atomOf(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if i == 0 {
				return s[:utf8.RuneLen(r)]
			}
			return s[:i]
		}
	}
	return s
}

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool { return strings.ContainsFunc(s, unicode.IsLower) }

// hasUpperOnly reports whether s has letters and all of them upper case
// ("NATO", "U.S."; not "Nato", "DoD").
func hasUpperOnly(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter) && !hasLower(s)
}
