package relations

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var lexiconTxt string

// nominal is an event noun's verb.
type nominal struct {
	verb     string // lemma, or a ready predicate stem with hyphens
	keepPrep bool
}

// lexicon is the vocabulary, besides verbs, that relations are read off.
type lexicon struct {
	nominals   map[string]nominal
	relational map[string]bool
	proxies    map[string]bool
	light      map[string]bool
	unasserted map[string]bool
	asserting  map[string]bool
}

// parseLexicon reads lexicon.txt's format; errors name the line.
func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{
		nominals: map[string]nominal{}, relational: map[string]bool{}, proxies: map[string]bool{},
		light: map[string]bool{}, unasserted: map[string]bool{}, asserting: map[string]bool{},
	}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		f := strings.Fields(line)
		var set map[string]bool
		switch section {
		case "nominal":
			if len(f) < 2 || len(f) > 3 || (len(f) == 3 && f[2] != "keep") {
				return nil, fmt.Errorf("lexicon.txt:%d: want NOUN VERB [keep], got %q", n+1, line)
			}
			lx.nominals[f[0]] = nominal{verb: f[1], keepPrep: len(f) == 3}
			continue
		case "relational":
			set = lx.relational
		case "proxy":
			set = lx.proxies
		case "light":
			set = lx.light
		case "unasserted":
			set = lx.unasserted
		case "asserting":
			set = lx.asserting
		default:
			return nil, fmt.Errorf("lexicon.txt:%d: entry outside a known section", n+1)
		}
		set[strings.Join(f, " ")] = true
	}
	return lx, nil
}
