package entities

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed roles.txt
var rolesTxt string

//go:embed titles.txt
var titlesTxt string

// Roles knows the role nouns and honorifics that stand before or beside a
// name: they are stripped from names and give role relations.
type Roles struct {
	nouns  map[string]string // lower-case noun -> predicate noun
	titles map[string]bool
}

// DefaultRoles returns the built-in role nouns and honorifics, parsed once.
var DefaultRoles = sync.OnceValue(func() *Roles {
	r := &Roles{nouns: map[string]string{}, titles: map[string]bool{}}
	for _, line := range strings.Split(rolesTxt, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, canon, ok := strings.Cut(line, "=")
		word = strings.TrimSpace(word)
		if !ok {
			canon = word
		}
		r.nouns[word] = strings.TrimSpace(canon)
	}
	for _, line := range strings.Split(titlesTxt, "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			r.titles[line] = true
		}
	}
	return r
})

// Role returns the predicate noun of a role word ("President" -> "president",
// "advisor" -> "adviser"), or "" if word is not a role.
func (r *Roles) Role(word string) string {
	w := strings.ToLower(word)
	if c, ok := r.nouns[w]; ok {
		return c
	}
	// plural roles: "leaders", "ministers"
	if strings.HasSuffix(w, "s") {
		if c, ok := r.nouns[strings.TrimSuffix(w, "s")]; ok {
			return c
		}
	}
	return ""
}

// IsTitle reports whether word is an honorific such as "Mr." or "Gen.".
func (r *Roles) IsTitle(word string) bool { return r.titles[word] }
