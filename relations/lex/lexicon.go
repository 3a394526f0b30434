// Package lex is the vocabulary, besides verbs, that relations are read
// off (lexicon.txt, embedded): event nouns and their verbs, relational and
// proxy nouns, light verbs, and the words that assert, report, commit to,
// dismiss or merely propose a statement. The rules of package relations
// and the pair model of relations/pairs read sentences with it.
package lex

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed lexicon.txt
var lexiconTxt string

// Nominal is an event noun's verb.
type Nominal struct {
	Verb     string // lemma, or a ready predicate stem with hyphens
	KeepPrep bool
	// Qualifies says the noun can qualify a clause, acting on its
	// subject: "with the support of the EU", "under pressure from".
	Qualifies bool
	// In says "in" names what the noun acts on ("intervention in
	// Syria"), not where it happens ("a summit in Vietnam").
	In bool
	// Needs is the preposition the noun's object must come with, if
	// any, or several joined by slashes: a debt is owed to someone
	// ("Peru's debt to the World Bank"), whoever else the sentence names
	// ("the debt of Peru and its banks"); a claim is laid to, on or over
	// a thing ("to/on/over").
	Needs string
	// Light says the noun, a nominalised light verb, acts with the event
	// noun its "of" names: "the imposition of tariffs on Peru" is
	// imposed-tariffs-on, "the lifting of sanctions on Iran"
	// lifted-sanctions-on.
	Light bool
	// Undergoer says the noun's possessor undergoes it when no "of"
	// phrase names another: "Ann Roe's arrest" is the arrest of Ann Roe,
	// "Peru's arrest of Roe" one Peru made.
	Undergoer bool
	// Mutual says the noun is an act or a state between parties that
	// share it, so the actors joined by hyphens before it are its
	// parties: "the India-Pakistan talks" is (India, held-talks-with,
	// Pakistan), "the Peru-Chile border dispute" one between the two.
	Mutual bool
}

// Takes reports whether the noun relates an object that preposition prep
// links to it: any, unless Needs names the ones it must come with.
func (n Nominal) Takes(prep string) bool {
	if n.Needs == "" {
		return true
	}
	for p := range strings.SplitSeq(n.Needs, "/") {
		if p == prep {
			return true
		}
	}
	return false
}

// Lexicon is the vocabulary, besides verbs, that relations are read off,
// one set of words (or phrases, words joined by spaces) a section of
// lexicon.txt. It is read only once parsed.
type Lexicon struct {
	Nominals   map[string]Nominal
	Relational map[string]bool
	Proxies    map[string]bool
	Light      map[string]bool
	Unasserted map[string]bool
	Asserting  map[string]bool
	Commitment map[string]bool
	Reporting  map[string]bool
	Dismissal  map[string]bool
	Wrongdoing map[string]bool
	// Condemnation brands an act a wrong: "called the strike an act of
	// aggression", "said the raid was illegal".
	Condemnation map[string]bool
	Acts         map[string]bool // "an act of aggression"
	Branding     map[string]bool // "called the raid an act of war"
	Rebuttals    map[string]bool // "denied Croatia's accusations"
	Stances      map[string]bool
	Bonds        map[string]bool
	Evaluative   map[string]bool
	Stative      map[string]bool
	Reciprocal   map[string]bool
	// Adjectives are the adjectives of a standing relation with the
	// preposition that links its object, "ADJ PREP": "close to",
	// "critical of".
	Adjectives map[string]bool
	// EventVerbs are the verbs the event nouns name ("impose" of
	// "imposition", "sanction").
	EventVerbs map[string]bool
}

// Default parses the embedded lexicon.txt.
func Default() (*Lexicon, error) { return Parse(lexiconTxt) }

// Parse reads lexicon.txt's format; errors name the line.
func Parse(text string) (*Lexicon, error) {
	lx := &Lexicon{
		Nominals: map[string]Nominal{}, Relational: map[string]bool{}, Proxies: map[string]bool{},
		Light: map[string]bool{}, Unasserted: map[string]bool{}, Asserting: map[string]bool{},
		Commitment: map[string]bool{}, Reporting: map[string]bool{}, Dismissal: map[string]bool{},
		Wrongdoing: map[string]bool{}, Condemnation: map[string]bool{}, Acts: map[string]bool{}, Branding: map[string]bool{}, Rebuttals: map[string]bool{}, Stances: map[string]bool{}, Bonds: map[string]bool{}, Evaluative: map[string]bool{},
		Stative: map[string]bool{}, Reciprocal: map[string]bool{}, Adjectives: map[string]bool{},
		EventVerbs: map[string]bool{},
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
				return nil, fmt.Errorf("lexicon.txt:%d: want NOUN VERB [keep] [qualifies] [in] [light] [undergoer] [mutual] [needs-PREP], got %q", n+1, line)
			}
			nom := Nominal{Verb: f[1]}
			for _, flag := range f[2:] {
				switch flag {
				case "keep":
					nom.KeepPrep = true
				case "qualifies":
					nom.Qualifies = true
				case "in":
					nom.In = true
				case "light":
					nom.Light = true
				case "undergoer":
					nom.Undergoer = true
				case "mutual":
					nom.Mutual = true
				default:
					prep, ok := strings.CutPrefix(flag, "needs-")
					if !ok || prep == "" {
						return nil, fmt.Errorf("lexicon.txt:%d: unknown flag %q (want keep, qualifies, in, light, undergoer, mutual or needs-PREP)", n+1, flag)
					}
					nom.Needs = prep
				}
			}
			lx.Nominals[f[0]] = nom
			if !strings.ContainsAny(nom.Verb, "=-") {
				lx.EventVerbs[nom.Verb] = true
			}
			continue
		case "relational":
			set = lx.Relational
		case "proxy":
			set = lx.Proxies
		case "light":
			set = lx.Light
		case "unasserted":
			set = lx.Unasserted
		case "asserting":
			set = lx.Asserting
		case "commitment":
			set = lx.Commitment
		case "reporting":
			set = lx.Reporting
		case "dismissal":
			set = lx.Dismissal
		case "wrongdoing":
			set = lx.Wrongdoing
		case "condemnation":
			set = lx.Condemnation
		case "act":
			set = lx.Acts
		case "branding":
			set = lx.Branding
		case "rebuttal":
			set = lx.Rebuttals
		case "stance":
			set = lx.Stances
		case "bond":
			set = lx.Bonds
		case "evaluative":
			set = lx.Evaluative
		case "stative":
			set = lx.Stative
		case "reciprocal":
			set = lx.Reciprocal
		case "adjective":
			if len(f) != 2 {
				return nil, fmt.Errorf("lexicon.txt:%d: want ADJECTIVE PREPOSITION, got %q", n+1, line)
			}
			set = lx.Adjectives
		default:
			return nil, fmt.Errorf("lexicon.txt:%d: entry outside a known section", n+1)
		}
		set[strings.Join(f, " ")] = true
	}
	return lx, nil
}

// emptyVerbs are the light verbs that, without an event noun, say nothing
// of a relation: "the remarks he made during the debate", "the deal it had
// with Velmar", "the poll conducted for the paper" are no making, having
// or conducting of anything towards the object. Others act even bare:
// "offered to", "provided to", "paid to".
var emptyVerbs = map[string]bool{
	"make": true, "have": true, "take": true, "begin": true, "start": true,
	"continue": true, "finish": true, "complete": true, "resume": true,
	"conduct": true, "undertake": true, "carry": true, "stage": true,
	"mount": true,
}

// Empty reports whether the light verb lemma names no relation without
// its event noun (see emptyVerbs).
func (lx *Lexicon) Empty(lemma string) bool { return lx.Light[lemma] && emptyVerbs[lemma] }
