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
	// qualifies says the noun can qualify a clause, acting on its
	// subject: "with the support of the EU", "under pressure from".
	qualifies bool
	// in says "in" names what the noun acts on ("intervention in
	// Syria"), not where it happens ("a summit in Vietnam").
	in bool
}

// lexicon is the vocabulary, besides verbs, that relations are read off.
type lexicon struct {
	nominals   map[string]nominal
	relational map[string]bool
	proxies    map[string]bool
	light      map[string]bool
	unasserted map[string]bool
	asserting  map[string]bool
	commitment map[string]bool
	reporting  map[string]bool
	dismissal  map[string]bool
	stances    map[string]bool
	bonds      map[string]bool
	evaluative map[string]bool
	stative    map[string]bool
	reciprocal map[string]bool
}

// parseLexicon reads lexicon.txt's format; errors name the line.
func parseLexicon(text string) (*lexicon, error) {
	lx := &lexicon{
		nominals: map[string]nominal{}, relational: map[string]bool{}, proxies: map[string]bool{},
		light: map[string]bool{}, unasserted: map[string]bool{}, asserting: map[string]bool{},
		commitment: map[string]bool{}, reporting: map[string]bool{}, dismissal: map[string]bool{},
		stances: map[string]bool{}, bonds: map[string]bool{}, evaluative: map[string]bool{},
		stative: map[string]bool{}, reciprocal: map[string]bool{},
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
			if len(f) < 2 {
				return nil, fmt.Errorf("lexicon.txt:%d: want NOUN VERB [keep] [qualifies] [in], got %q", n+1, line)
			}
			nom := nominal{verb: f[1]}
			for _, flag := range f[2:] {
				switch flag {
				case "keep":
					nom.keepPrep = true
				case "qualifies":
					nom.qualifies = true
				case "in":
					nom.in = true
				default:
					return nil, fmt.Errorf("lexicon.txt:%d: unknown flag %q (want keep, qualifies or in)", n+1, flag)
				}
			}
			lx.nominals[f[0]] = nom
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
		case "commitment":
			set = lx.commitment
		case "reporting":
			set = lx.reporting
		case "dismissal":
			set = lx.dismissal
		case "stance":
			set = lx.stances
		case "bond":
			set = lx.bonds
		case "evaluative":
			set = lx.evaluative
		case "stative":
			set = lx.stative
		case "reciprocal":
			set = lx.reciprocal
		default:
			return nil, fmt.Errorf("lexicon.txt:%d: entry outside a known section", n+1)
		}
		set[strings.Join(f, " ")] = true
	}
	return lx, nil
}
