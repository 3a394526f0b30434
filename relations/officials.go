package relations

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run ../tools/genofficials -petrarch ../../shared/lexicons/petrarch2/Phoenix.Countries.actors.txt -o officials.gen.tsv

//go:embed officials.gen.tsv
var officialsTSV string

// officials knows the state of known officials and state institutions
// (see officials.gen.tsv): "Hosni Mubarak" is an official of Egypt.
type officials struct {
	states  map[string]map[string]bool // state code -> its names
	codes   map[string]string          // a state's name -> its code, if one
	members map[string]string          // official's name -> state code
}

// defaultOfficials returns the built-in table, parsed once.
var defaultOfficials = sync.OnceValues(func() (*officials, error) {
	return parseOfficials(officialsTSV)
})

// parseOfficials reads officials.gen.tsv's format; an error names the line.
func parseOfficials(text string) (*officials, error) {
	o := &officials{states: map[string]map[string]bool{}, codes: map[string]string{}, members: map[string]string{}}
	shared := map[string]bool{}
	for n, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, code, ok := strings.Cut(line, "\t")
		if !ok || name == "" || code == "" {
			return nil, fmt.Errorf("officials.gen.tsv:%d: want name <TAB> code", n+1)
		}
		if c, ok := strings.CutPrefix(name, "@"); ok {
			names := map[string]bool{}
			for _, s := range strings.Split(code, "|") {
				k := nameKey(s)
				names[k] = true
				if old, ok := o.codes[k]; ok && old != c {
					shared[k] = true
				}
				o.codes[k] = c
			}
			o.states[c] = names
			continue
		}
		o.members[nameKey(name)] = code
	}
	for k := range shared {
		delete(o.codes, k)
	}
	return o, nil
}

// stateOf returns the code of the state whose official (or institution)
// is named name, if the table knows one.
func (o *officials) stateOf(name string) (string, bool) {
	c, ok := o.members[nameKey(name)]
	return c, ok
}

// stateNamed returns the code of the state that name names ("U.S.",
// "American", "Brazil"), if one state has that name.
func (o *officials) stateNamed(name string) (string, bool) {
	c, ok := o.codes[nameKey(name)]
	return c, ok
}

// names reports whether name is a name of the state with code.
func (o *officials) names(code, name string) bool { return o.states[code][nameKey(name)] }

// nameKey is the form names are compared in: lower case, without accents,
// hyphens and runs of spaces as one space ("Hosni  Mubārak" -> "hosni
// mubarak").
func nameKey(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '_':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}
