// Package names knows the form of names, for package entities and its
// coreference resolver to compare and take them apart alike: the folded
// form names are compared in (Fold), spelling variants, initials,
// acronyms, generational suffixes, the words of a person's name
// (PersonWords), and the nouns that end the names of institutions.
//
// It imports no other package of entities.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/words"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the form names are compared in: diacritics removed,
// lower case, curly apostrophes straightened, runs of space and hyphens
// folded to one space, British spellings of institutions' words made
// American.
func Fold(s string) string {
	out := s
	if !isASCII(s) { // ASCII has no diacritics to remove: NFD, the removal and NFC leave it as it is
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		if out, _, err = transform.String(t, s); err != nil {
			out = s
		}
		out = strings.ReplaceAll(out, "’", "'")
	}
	out = strings.ToLower(out)
	if isFolded(out) {
		return out // most names: no words to split and join again
	}
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

// isFolded reports whether s, in lower case, is already as Fold writes it:
// ASCII words joined by single spaces, none that it respells (usSpelling).
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '-', c != ' ' && unicode.IsSpace(rune(c)):
			return false
		}
	}
	if s == "" {
		return true
	}
	for w := range strings.SplitSeq(s, " ") {
		if _, respelt := usSpelling[w]; w == "" || respelt {
			return false
		}
	}
	return true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// usSpelling maps the British spellings of words common in names of
// institutions to the American ones, so that "World Health Organisation"
// and "World Health Organization" fold alike.
var usSpelling = map[string]string{
	"organisation": "organization", "organisations": "organizations", "defence": "defense",
	"centre": "center", "programme": "program", "labour": "labor",
}

// SurnameKey returns the part of a person's last name that identifies it
// across spellings: folded, without an Arabic article ("al-Assad" ->
// "assad").
func SurnameKey(last string) string {
	k := Fold(last)
	for _, p := range []string{"al ", "el ", "ad ", "as ", "ash ", "an "} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			k = k[len(p):]
		}
	}
	return strings.ReplaceAll(k, " ", "")
}

// SpellingVariants reports whether two folded name words are spellings of
// one name (Zelensky, Zelenskyy, Zelenskiy): long enough, the same opening,
// and at most two edits apart.
func SpellingVariants(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[:3] != b[:3] {
		return false
	}
	return EditDistance(a, b) <= 2 && EditDistance(a, b)*4 <= min(len(a), len(b))
}

// EditDistance is the Levenshtein distance between a and b, in bytes.
func EditDistance(a, b string) int {
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

// IsInitial reports whether a name word is an initial such as "J.".
func IsInitial(w string) bool {
	r := []rune(w)
	return (len(r) == 2 && unicode.IsUpper(r[0]) && r[1] == '.') || (len(r) == 1 && unicode.IsUpper(r[0]))
}

// Acronym returns the initials of a name's capitalised words ("North
// Atlantic Treaty Organization" -> "NATO"), or "" for a one-word name.
func Acronym(words []string) string {
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

// Abbreviates reports whether acronym (dots left out) spells the
// initials of a name's capitalised words, with or without its particles
// written in capitals ("BNL" for "Banca Nazionale Del Lavoro").
func Abbreviates(acronym string, words []string) bool {
	if acronym == "" {
		return false
	}
	if Acronym(words) == acronym {
		return true
	}
	var kept []string
	for _, w := range words {
		if !acronymParticles[strings.ToLower(w)] {
			kept = append(kept, w)
		}
	}
	return len(kept) >= 2 && len(kept) < len(words) && Acronym(kept) == acronym
}

// acronymParticles are the small words of names that acronyms leave out
// even when written in capitals.
var acronymParticles = words.Set(`
	del de di da della des du von van der la le el y e
`)

// IsAcronym reports whether w is written as an acronym: two or more
// letters, all upper case (dots allowed: "U.N.").
func IsAcronym(w string) bool {
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

// IsSuffix reports whether w is a generational suffix of a name.
func IsSuffix(w string) bool {
	switch w {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// PersonWords returns the words of a person's name without initials,
// hyphens and a generational suffix ("Jr.").
func PersonWords(words []string) []string {
	var out []string
	for i, w := range words {
		if personWord(words, i) {
			out = append(out, w)
		}
	}
	return out
}

// CountPersonWords is len(PersonWords(words)), without the slice.
func CountPersonWords(words []string) int {
	n := 0
	for i := range words {
		if personWord(words, i) {
			n++
		}
	}
	return n
}

// personWord reports whether words[i] is a word of PersonWords(words).
func personWord(words []string, i int) bool {
	w := words[i]
	return !IsInitial(w) && w != "-" && !(i > 0 && i == len(words)-1 && IsSuffix(w))
}

// institutionNouns end the names of institutions (IsInstitutionNoun): a
// recognised person's name that holds one has run an institution into a
// name ("Defense Council Rustem Umerov"), and two names joined by "and"
// whose second ends with one are one institution ("National Security and
// Defense Council"); a description with one refers to an organisation.
var institutionNouns = words.Set(`
	council committee ministry office department agency assembly parliament party army
	front union league commission court bank fund service services police guard corps
	senate congress organization organisation association movement forces authority
	bureau institute foundation federation coalition alliance academy university
	college school institution center centre tribunal directorate command mission
	administration cabinet chamber board
`)

// IsInstitutionNoun reports whether w, in lower case, is a noun that ends
// the names of institutions ("council", "ministry").
func IsInstitutionNoun(w string) bool { return institutionNouns[w] }

// PersonKey splits a person's name into its folded first name and the
// surname key, ignoring initials ("Donald J. Trump" -> "donald", "trump").
// A generational suffix stays with the surname: "Donald Trump Jr." and
// "Trump Jr." share the key "trump jr", which "Trump" does not.
func PersonKey(words []string) (first, surname string) {
	parts := PersonWords(words)
	suffix := ""
	if len(words) > 0 && IsSuffix(words[len(words)-1]) {
		suffix = " " + strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
	}
	if len(parts) == 0 {
		return "", ""
	}
	if len(parts) == 1 {
		return "", SurnameKey(parts[0]) + suffix
	}
	return Fold(parts[0]), SurnameKey(parts[len(parts)-1]) + suffix
}

// Subsequence reports whether the words of short appear in long in order.
func Subsequence(short, long []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && short[k] == w {
			k++
		}
	}
	return k == len(short)
}

// IsInstitutionNounLower is IsInstitutionNoun(strings.ToLower(w)), without
// making the lower-case string of a capitalised ASCII word.
func IsInstitutionNounLower(w string) bool { return words.HasLower(institutionNouns, w) }

// saintTitles open the names of saints and of the churches, schools and
// places named after them: "St. Mary", "San Diego", "Santa Monica".
var saintTitles = words.Set(`St. St Saint Ste. Santa San Sao São`)

// IsSaintTitle reports whether w, as written, is a saint's title that
// opens a name: "St.", "Santa". A name it opens is no living person's.
func IsSaintTitle(w string) bool { return saintTitles[w] }

// NordicForms are the legal forms of Nordic companies and Singapore's
// "Pte", which follow a name as other legal forms do ("Aga AB", "Nokia
// Oyj") but are short or common words in other languages, as a
// words.Set list.
const NordicForms = `ab oy oyj asa pte`

// legalWords say a company's legal form, or that it holds others, after
// its name: the company is the same without them ("Lund Metals Corp",
// "Lund Metals"), which a name of two words or more shortened only by
// them says; a business word ("Lund Metals Trading") names another.
var legalWords = words.Set(`
	inc inc. corp corp. corporation co co. cos company ltd ltd. limited plc ag sa s.a.
	nv n.v. bv b.v. llc llp lp spa s.p.a. gmbh kk k.k. bhd pty group holdings holding & and
	a/s ` + NordicForms)

// IsLegalWord reports whether w, in lower case, says a company's legal
// form or that it holds others ("corp", "plc", "holdings"), or joins such
// words ("and", "&").
func IsLegalWord(w string) bool { return legalWords[w] }

// CompanyName reports whether the folded name (Fold) ends with a
// company's legal form ("lund metals corp", "velmar ag"), which names a
// company; "group", which ends the names of alliances and armed groups
// as well, does not.
func CompanyName(folded string) bool {
	last := folded[strings.LastIndexByte(folded, ' ')+1:]
	return strings.Contains(folded, " ") && legalWords[last] && last != "and" && last != "&" && last != "group"
}
