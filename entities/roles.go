package entities

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/graph"
)

//go:embed roles.txt
var rolesTxt string

//go:embed titles.txt
var titlesTxt string

//go:embed parties.txt
var partiesTxt string

// Role is an office or standing that a title or a role noun gives a
// person: "President", "foreign minister", "a spokesman for".
type Role struct {
	// Noun is the predicate noun, words joined by hyphens: "president",
	// "foreign-minister", "secretary-of-state".
	Noun string
	// ByType is the preposition that links an owner of each actor type
	// written before the role ("Putin's aide": aide-to; "the U.N.
	// ambassador": ambassador-to); an owner whose type is not listed takes
	// Prep, or "of".
	ByType map[graph.ActorType]string
	// Prep links an owner of any other type ("the Kremlin spokesman":
	// spokesman-for), or is "" for "of".
	Prep string
	// Bodies are the names of the bodies a holder of the role sits in,
	// best first, for a title that names none: "Senator Ann Reed" sits in
	// the article's Senate.
	Bodies []string
	// Kin marks a family relation ("son-in-law", "wife"): a person owns it,
	// and it is not stripped from a name ("Son", "Rose" are names).
	Kin bool
	// National marks an office of a state with one holder at a time (a
	// president, a prime minister, a foreign minister), so that a bare
	// title ("President Lee") can be read as the office of the state the
	// article is about.
	National bool
}

// OwnerPrep returns the preposition that links an owner of type t written
// before the role: "of" unless the role says otherwise. A person owns only
// a role that says how ("Putin's aide", "Lula's spokesman"): "Trump's
// ambassador" is an ambassador of the United States, not of Trump, and ok
// is false; so is it for a state before a profession ("a Russian lawyer").
func (r Role) OwnerPrep(t graph.ActorType) (prep string, ok bool) {
	if p, ok := r.ByType[t]; ok {
		return p, p != ""
	}
	if r.Prep != "" {
		return r.Prep, true
	}
	return "of", t != graph.Person
}

// Roles knows the role nouns and honorifics that stand before or beside a
// name: they are stripped from names and give role relations.
type Roles struct {
	phrases map[string]Role // "foreign minister" -> its role
	longest int             // words in the longest phrase
	words   map[string]bool // every word of a phrase
	titles  map[string]bool
	parties map[string]string // "republican" -> "Republican Party"
	// partyNames are the parties that party words name
	partyNames map[string]bool
	// partyCountries are the countries parties stand in
	partyCountries map[string]string
}

// DefaultRoles returns the built-in role nouns and honorifics, parsed once.
var DefaultRoles = sync.OnceValue(func() *Roles {
	r, err := ParseRoles(rolesTxt, titlesTxt)
	if err == nil {
		err = r.readParties(partiesTxt)
	}
	if err != nil {
		// the embedded lists are tested; a bad line is a build error
		return &Roles{phrases: map[string]Role{}, titles: map[string]bool{}, words: map[string]bool{}, parties: map[string]string{}, partyNames: map[string]bool{}, partyCountries: map[string]string{}}
	}
	return r
})

// ParseRoles reads a role list and a title list in the formats of
// roles.txt and titles.txt; an error names the bad line.
func ParseRoles(roles, titles string) (*Roles, error) {
	r := &Roles{phrases: map[string]Role{}, titles: map[string]bool{}, words: map[string]bool{}, parties: map[string]string{}, partyNames: map[string]bool{}, partyCountries: map[string]string{}}
	for n, line := range strings.Split(roles, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var words []string
		role := Role{}
		for _, f := range strings.Fields(line) {
			switch {
			case strings.HasPrefix(f, "="):
				role.Noun = string(graph.MakePredicate(f[1:]))
			case strings.HasPrefix(f, "@"):
				typ, prep, ok := strings.Cut(f[1:], ":")
				if ok && typ == "any" && prep != "" {
					role.Prep = prep
					continue
				}
				if ok && typ == "in" && prep != "" {
					for _, b := range strings.Split(prep, "|") {
						role.Bodies = append(role.Bodies, strings.ReplaceAll(b, "_", " "))
					}
					continue
				}
				t, err := graph.ParseActorType(typ)
				if !ok || err != nil || prep == "" {
					return nil, fmt.Errorf("roles.txt:%d: want @Type:prep, @any:prep or @in:body, got %q", n+1, f)
				}
				if prep == "none" {
					prep = "" // "a Russian lawyer": a nationality, not an office
				}
				if role.ByType == nil {
					role.ByType = map[graph.ActorType]string{}
				}
				role.ByType[t] = prep
			case f == "!":
				role.National = true
			case f == "~":
				role.Kin = true
				if role.ByType == nil {
					role.ByType = map[graph.ActorType]string{}
				}
				role.ByType[graph.Person] = "of"
			default:
				if len(role.ByType) > 0 || role.Prep != "" || role.Noun != "" || role.National || role.Kin || len(role.Bodies) > 0 {
					return nil, fmt.Errorf("roles.txt:%d: word %q after the fields", n+1, f)
				}
				words = append(words, f)
			}
		}
		key := PhraseKey(words...)
		if key == "" {
			return nil, fmt.Errorf("roles.txt:%d: no role", n+1)
		}
		if _, dup := r.phrases[key]; dup {
			return nil, fmt.Errorf("roles.txt:%d: %q listed twice", n+1, key)
		}
		if role.Noun == "" {
			role.Noun = string(graph.MakePredicate(key))
		}
		r.phrases[key] = role
		fields := strings.Fields(key)
		r.longest = max(r.longest, len(fields))
		for _, w := range fields {
			r.words[w] = true
		}
	}
	for _, line := range strings.Split(titles, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			r.titles[line] = true
		}
	}
	return r, nil
}

// PhraseKey returns the lookup form of a role phrase written as words or
// tokens: lower case, single spaces, hyphens as spaces ("Vice-President"
// and "vice - president" are "vice president").
func PhraseKey(words ...string) string {
	if len(words) == 1 && !hasWordBreak(words[0]) {
		return strings.ToLower(words[0]) // the common case, without allocating when lower case
	}
	var out []string
	for _, w := range words {
		out = append(out, strings.Fields(strings.ReplaceAll(strings.ToLower(w), "-", " "))...)
	}
	return strings.Join(out, " ")
}

// AppendPhraseKey appends PhraseKey(words...) to dst. A caller that only
// looks the key up in a map builds it in a buffer on its stack and looks
// up string(key), which allocates nothing: Party runs on every capitalised
// word of an article, and PhraseKey allocates for each (lowering it,
// cutting and joining its words); a caller that keeps many keys cuts them
// from one string. It lowers rune by rune as strings.ToLower
// does (invalid UTF-8 becomes U+FFFD) and cuts at hyphens and white space
// as PhraseKey's strings.Fields does, except for a single word with no
// break of hasWordBreak's, which PhraseKey keeps whole.
func AppendPhraseKey(dst []byte, words ...string) []byte {
	cut := len(words) != 1 || hasWordBreak(words[0])
	if !cut && isLowerASCII(words[0]) {
		return append(dst, words[0]...) // most words of a sentence
	}
	start := len(dst)
	for _, w := range words {
		sep := true // a new word opens a new field
		for i := 0; i < len(w); {
			// ASCII by hand: most words are, and unicode.ToLower and
			// utf8.AppendRune cost more than the rest of the loop
			c, size := rune(w[i]), 1
			if c >= utf8.RuneSelf {
				c, size = utf8.DecodeRuneInString(w[i:])
				c = unicode.ToLower(c)
			} else if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			i += size
			if cut && (c == '-' || unicode.IsSpace(c)) {
				sep = true
				continue
			}
			if sep && len(dst) > start {
				dst = append(dst, ' ')
			}
			sep = false
			if c < utf8.RuneSelf {
				dst = append(dst, byte(c))
			} else {
				dst = utf8.AppendRune(dst, c)
			}
		}
	}
	return dst
}

// isLowerASCII reports whether w is ASCII without a capital letter.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// hasWordBreak reports whether w holds a space, a hyphen, a tab or a
// newline, where PhraseKey cuts words. It is
// strings.ContainsAny(w, " -\t\n") without setting up a set of characters
// for each call: PhraseKey runs on most tokens of an article.
func hasWordBreak(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ' ', '-', '\t', '\n':
			return true
		}
	}
	return false
}

// Phrase returns the role a phrase names ("Prime Minister", "secretary of
// state", "spokeswoman"); a plural names its singular ("ministers").
func (r *Roles) Phrase(words ...string) (Role, bool) {
	var buf [64]byte
	return r.LookupBytes(AppendPhraseKey(buf[:0], words...))
}

// PredicateRole returns the role a role predicate gives and the
// preposition that ends it: "foreign-minister-of" gives the foreign
// minister and "of". ok is false when the predicate names no role.
func (r *Roles) PredicateRole(pred graph.Predicate) (role Role, prep string, ok bool) {
	p := string(pred)
	i := strings.LastIndexByte(p, '-')
	if i < 0 {
		return Role{}, "", false
	}
	role, ok = r.Lookup(strings.ReplaceAll(p[:i], "-", " "))
	return role, p[i+1:], ok
}

// Lookup is Phrase for a phrase already in PhraseKey's form.
func (r *Roles) Lookup(key string) (Role, bool) {
	var buf [64]byte
	return r.LookupBytes(append(buf[:0], key...))
}

// LookupBytes is Lookup for a key written in a buffer, which it changes
// while it looks ("secretaries" as "secretary") and leaves as it found it.
// Phrase and the role readers, which build keys for every word and span of
// a sentence, look them up this way without making strings of them.
func (r *Roles) LookupBytes(key []byte) (Role, bool) {
	if role, ok := r.phrases[string(key)]; ok {
		return role, true
	}
	n := len(key)
	if n >= 3 && string(key[n-3:]) == "ies" {
		key[n-3] = 'y'
		role, ok := r.phrases[string(key[:n-2])]
		key[n-3] = 'i'
		if ok {
			return role, true // "secretaries"
		}
	}
	if n >= 1 && key[n-1] == 's' {
		if role, ok := r.phrases[string(key[:n-1])]; ok {
			return role, true // "ministers", "prime ministers"
		}
	}
	return Role{}, false
}

// InPhrase reports whether a word (or every word of a hyphenated one) is a
// word of some role phrase, in any case or in the plural: a quick test
// before looking phrases up.
func (r *Roles) InPhrase(word string) bool {
	return r.InPhraseKey(PhraseKey(word))
}

// InPhraseKey is InPhrase for a word already in PhraseKey's form.
func (r *Roles) InPhraseKey(key string) bool {
	seen := false
	for w := range strings.FieldsSeq(key) { // no slice of the fields: it is called for every word of a sentence
		if !r.words[w] && !r.words[strings.TrimSuffix(w, "s")] && !r.pluralIes(w) {
			return false
		}
		seen = true
	}
	return seen
}

// pluralIes reports whether w is the plural in -ies of a word of some
// role phrase ("secretaries").
func (r *Roles) pluralIes(w string) bool {
	stem, ok := strings.CutSuffix(w, "ies")
	return ok && r.words[stem+"y"]
}

// Longest returns the number of words in the longest role phrase.
func (r *Roles) Longest() int { return r.longest }

// Role returns the predicate noun of a one-word role ("President" ->
// "president", "advisor" -> "adviser"), or "" if word is not one. A
// family relation ("son", "wife") is no title and gives "".
func (r *Roles) Role(word string) string {
	role, _ := r.Phrase(word)
	if role.Kin {
		return ""
	}
	return role.Noun
}

// Kin reports whether word is a family noun ("son", "Wife", "brothers"),
// or the first word of one ("son" of "son-in-law").
func (r *Roles) Kin(word string) bool {
	role, _ := r.Phrase(word)
	return role.Kin
}

// readParties reads a list of party words in parties.txt's format.
func (r *Roles) readParties(text string) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if party, country, ok := strings.Cut(line, "@"); ok {
			party, country = strings.TrimSpace(party), strings.TrimSpace(country)
			if party == "" || country == "" {
				return fmt.Errorf("parties.txt:%d: want party @ country", n+1)
			}
			r.partyCountries[party] = country
			continue
		}
		word, party, ok := strings.Cut(line, "=")
		word, party = PhraseKey(word), strings.TrimSpace(party)
		if !ok || word == "" || party == "" {
			return fmt.Errorf("parties.txt:%d: want word = party", n+1)
		}
		r.parties[word] = party
		r.partyNames[party] = true
	}
	return nil
}

// Party returns the name of the party that a capitalised party word names
// ("Republican", "Democrats", "Tory" -> "Conservative Party"), or "".
func (r *Roles) Party(words ...string) string {
	if len(words) == 0 || !layout.StartsUpper(words[0]) {
		return ""
	}
	var buf [64]byte
	return r.parties[string(AppendPhraseKey(buf[:0], words...))]
}

// PartyCountry returns the name of the one country the party named party
// stands in ("Republican Party" -> "United States"), or "".
func (r *Roles) PartyCountry(party string) string { return r.partyCountries[party] }

// IsParty reports whether name names a political party: one that party
// words name ("Republican Party", "Likud"), or a name that ends in
// "Party".
func (r *Roles) IsParty(name string) bool {
	return r.partyNames[name] || strings.HasSuffix(name, " Party")
}

// PartyWord reports whether name is a party word or the name of a party
// that party words name: the forms an article's actor for a party may
// carry ("Republicans", "Democratic Party").
func (r *Roles) PartyWord(name, party string) bool {
	if strings.EqualFold(name, party) {
		return true
	}
	var buf [64]byte
	return r.parties[string(AppendPhraseKey(buf[:0], name))] == party
}

// IsTitle reports whether word is an honorific such as "Mr." or "Gen.".
func (r *Roles) IsTitle(word string) bool { return r.titles[word] }
