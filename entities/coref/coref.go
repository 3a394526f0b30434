// Package coref resolves the references of an article to the actors package
// entities found named in it: pronouns, with a ranker learned from GUM's
// coreference chains (pronouns.model) that knows persons' genders (titles,
// gendered nouns, first names: gender.go and genders/); definite
// descriptions, by their modifiers, roles and institution nouns ("the
// Afghan government", "the Chinese leader", "the ministry"); and plural
// references ("they", "the two countries") to groups of actors. Resolve
// adds a found.Span for each reference it resolves and records each group's
// members (found.Found.Members).
//
// It imports package found and package names of entities, never entities
// itself, which calls it.
package coref

import (
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// mention is an earlier reference that a description may point back to.
type mention struct {
	sent, tok int
	actor     graph.ActorID
	typ       graph.ActorType
	subject   bool
}

// maxBack is how many sentences back a description may reach.
const maxBack = 2

// Roles gives the role a noun names ("president", "minister"), or "" for a
// noun that names none, and tells family nouns ("son", "wife"):
// *entities.Roles.
type Roles interface {
	Role(word string) string
	Kin(word string) bool
}

// Offices tells what a table of state officials knows of the persons an
// article names: package relations' table, closed over the article's
// dates (relations.Reader.Offices).
type Offices interface {
	// HeldOn returns the code of the state whose national office
	// ("prime minister", "president") the person named name held on the
	// article's dates, when the table knows one official alone of that
	// name who did.
	HeldOn(name, office string) (code string, ok bool)
	// StateOf returns the code of the state whose official the person
	// named name is.
	StateOf(name string) (code string, ok bool)
	// Names reports whether name is a name of the state with code.
	Names(code, name string) bool
	// Surname reports whether word is the surname of the known holders
	// of a state's national office, all of one state ("Putin",
	// "Erdogan").
	Surname(word string) bool
}

// resolver resolves references with the role nouns of roles and the
// officials of offices (nil for none).
type resolver struct {
	roles   Roles
	offices Offices
}

// Resolve adds to f a span for every pronoun and definite description of
// sents that refers to an actor named earlier in the article: descriptions
// first, by rule, then pronouns, by the ranker of pronouns.go, then plural
// references to groups of actors (groups.go), whose actors it records as
// their Members. f holds the names the finder found in sents; bodies[s] is
// the index of the first word of sentence s after its dateline ("LIMA
// (Reuters) -"), 0 when it opens with none, and nil when no sentence does:
// a dateline's place is no antecedent of a pronoun. offices, which may be
// nil, knows the offices of state officials (see Offices).
func Resolve(f *found.Found, sents []ud.Sentence, bodies []int, roles Roles, offices Offices) {
	x := &resolver{roles: roles, offices: offices}
	f.Index(len(sents))
	x.resolveDescriptions(f, sents)
	found.SortSpans(f.Spans)
	f.Index(len(sents))
	model, err := defaultPronounModel()
	if err != nil {
		return // the embedded model is checked by the tests
	}
	table, _ := defaultGenders() // checked by the tests too; without it, no gender from first names
	room, _ := npRoom.Get().(*[]np)
	if room == nil {
		room = new([]np)
	}
	nps := x.appendNPs((*room)[:0], f, sents, bodies, personGenders(f, sents, table))
	f.Spans = append(f.Spans, resolvePronouns(nps, sents, func(_ int, cands []pronounCandidate) int { return model.best(cands) })...)
	found.SortSpans(f.Spans)
	resolveGroups(f, sents, nps, x.personRoles(f, sents))
	f.Index(len(sents))
	if quoted := x.quotedSelves(f, sents); len(quoted) > 0 {
		f.Spans = append(f.Spans, quoted...)
		found.SortSpans(f.Spans)
	}
	// nothing of f points into nps: keep their room for the next article,
	// without the strings they hold
	clear(nps)
	*room = nps[:0]
	npRoom.Put(room)
}

// npRoom holds *[]np: the room an article's noun phrases are listed in,
// kept from one article to the next (they are read only while Resolve
// runs), so that each article does not grow a list of its own.
var npRoom sync.Pool

func isSubject(t ud.Token) bool { return strings.HasPrefix(t.Deprel, "nsubj") }

// expletive reports whether "it" is a dummy subject ("it is worth noting",
// "it can be assumed that", "it seems").
func expletive(toks []ud.Token, i int) bool {
	t := toks[i]
	if t.Deprel == "expl" || strings.ToLower(t.Form) != "it" {
		return t.Deprel == "expl"
	}
	h := t.Head - 1
	if h < 0 || h >= len(toks) {
		return false
	}
	head := toks[h]
	if head.UPOS != "VERB" {
		return true // "it is worth", "it is clear": a copular predicate
	}
	switch head.Lemma {
	case "be", "seem", "appear", "happen", "remain", "matter", "take":
		return true
	}
	for _, c := range toks {
		if c.Head-1 == h && (c.Deprel == "ccomp" || c.Deprel == "csubj" || c.Deprel == "csubj:pass") && strings.HasSuffix(t.Deprel, ":pass") {
			return true // "it can be assumed that ..."
		}
	}
	return false
}

// antecedent picks what a description refers to: the nearest
// earlier mention of a wanted type in the same sentence that is not a
// co-argument of the same verb, nor, for a subject, in a phrase of its
// verb ("In a filing with the SEC, the group said": not the SEC), else,
// in the nearest earlier sentence that has one of a wanted type, its
// subject or its first such mention.
func antecedent(history []mention, si, ti int, toks []ud.Token, want []graph.ActorType) (mention, bool) {
	fits := func(m mention) bool {
		for _, w := range want {
			if m.typ == w {
				return true
			}
		}
		return false
	}
	head := toks[ti].Head
	for k := len(history) - 1; k >= 0; k-- {
		m := history[k]
		if m.sent != si {
			break
		}
		if fits(m) && !(m.subject && toks[m.tok].Head == head && toks[ti].XPOS != "PRP$") && !(isSubject(toks[ti]) && adjunctOf(toks, m.tok, head-1)) {
			return m, true
		}
	}
	// In an earlier sentence: its subject, else its first fitting mention
	// (the more prominent, as a reader scans it).
	for back := 1; back <= maxBack; back++ {
		var first *mention
		for k := len(history) - 1; k >= 0; k-- {
			m := history[k]
			if m.sent < si-back {
				break
			}
			if m.sent != si-back || !fits(m) {
				continue
			}
			if m.subject {
				return m, true
			}
			first = &history[k]
		}
		if first != nil {
			return *first, true
		}
	}
	return mention{}, false
}

// adjunctOf reports whether the word at i is in a phrase that depends on
// the verb at v with no clause between them ("with the SEC" in "In a
// filing with the SEC, the group said"), where a description that is the
// verb's subject cannot take it as its antecedent: "After Chile won the
// vote, the country" may, since "Chile" is the subject of its own clause.
func adjunctOf(toks []ud.Token, i, v int) bool {
	if v < 0 || v >= len(toks) {
		return false
	}
	for n := 0; n < len(toks) && i >= 0 && i < len(toks); n++ {
		h := toks[i].Head - 1
		switch d := toks[i].Deprel; {
		case strings.HasPrefix(d, "nsubj"), strings.HasPrefix(d, "csubj"), strings.HasPrefix(d, "advcl"),
			strings.HasPrefix(d, "ccomp"), strings.HasPrefix(d, "xcomp"), strings.HasPrefix(d, "acl"),
			d == "parataxis", d == "conj", d == "root":
			return false
		}
		if h == v {
			return true
		}
		i = h
	}
	return false
}
