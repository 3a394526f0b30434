package coref

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Plural references stand for several actors at once: "they" after
// "France and Iran", "the two countries", "both sides". A plural pronoun
// refers to the latest coordination of actors before it ("Funaro and Gros
// visited Washington. They ...") when no plural common noun stands between
// them ("... met bankers. They ..." is the bankers); "the two N" and "both
// N" refer to that coordination too, or else to the two actors of N's type
// the article mentioned last (for people, the last two it gives a leader's
// role). Found.Members gives the actors.

// groupNouns are the plural nouns "the two" and "both" stand before when
// they count actors, with the type of actor they count.
var groupNouns = map[string]graph.ActorType{
	"countries": graph.Country, "nations": graph.Country, "states": graph.Country,
	"governments": graph.Country, "powers": graph.Country, "neighbours": graph.Country,
	"neighbors": graph.Country, "allies": graph.Country, "sides": graph.Unknown,
	"parties": graph.Unknown, "leaders": graph.Person, "men": graph.Person, "women": graph.Person,
	"presidents": graph.Person, "ministers": graph.Person, "organizations": graph.Organization,
	"organisations": graph.Organization, "blocs": graph.Organization, "alliances": graph.Organization,
}

// npAt returns the phrase of nps headed by token tok of sentence sent, or
// nil. nps are in the order of their heads, one a token, as articleNPs
// lists them, so that a binary search finds it.
func npAt(nps []np, sent, tok int) *np {
	k, ok := slices.BinarySearchFunc(nps, tokenRef{sent, tok}, func(n np, r tokenRef) int {
		if n.sent != r.sent {
			return n.sent - r.sent
		}
		return n.tok - r.tok
	})
	if !ok {
		return nil
	}
	return &nps[k]
}

// groupWindow is how many sentences back a plural reference may reach.
const groupWindow = 2

// tokenRef is a token of an article: its sentence and its index there.
type tokenRef struct{ sent, tok int }

// coordination is a group of actors named together: "France and Iran".
type coordination struct {
	sent, tok int // the first conjunct's head
	actors    []graph.ActorID
	argument  bool // the first conjunct is a subject or object
}

// groupClass is the class of actors a group may gather: people, or
// states and organisations; places are not agents of a plural reference.
func groupClass(t graph.ActorType) int {
	switch t {
	case graph.Person:
		return 1
	case graph.Country, graph.Organization:
		return 2
	}
	return 0
}

// uniform reports whether the actors of a group are of one class.
func uniform(f *found.Found, actors []graph.ActorID) bool {
	c := groupClass(f.Actors[actors[0]].Type)
	for _, a := range actors {
		if groupClass(f.Actors[a].Type) != c || c == 0 {
			return false
		}
	}
	return true
}

// resolveGroups finds the plural references of an article and the actors
// they stand for, as their Members.
func resolveGroups(f *found.Found, sents []ud.Sentence, nps []np, roles map[graph.ActorID]*personRole) {
	var coords []coordination
	// the latest coordination of each sentence's actors, and the actors of
	// each type by latest mention
	var latest []np
	lastPlural := tokenRef{-1, -1} // the latest plural common noun
	for i := range nps {
		n := &nps[i]
		toks := sents[n.sent].Tokens
		switch {
		case n.actor >= 0 && n.kind != npPronoun:
			latest = slices.DeleteFunc(latest, func(o np) bool { return o.actor == n.actor })
			latest = append(latest, *n)
			// "France and Iran": a conjunct whose head is an actor
			if toks[n.tok].Deprel == "conj" && n.head >= 0 {
				first := rootConjunct(toks, n.head)
				if h := npAt(nps, n.sent, first); h != nil && h.actor >= 0 && h.actor != n.actor {
					if k := len(coords) - 1; k >= 0 && coords[k].sent == n.sent && coords[k].tok == first {
						if !slices.Contains(coords[k].actors, n.actor) {
							coords[k].actors = append(coords[k].actors, n.actor)
						}
					} else {
						d := coarseDeprel(toks[first].Deprel)
						coords = append(coords, coordination{n.sent, first, []graph.ActorID{h.actor, n.actor}, d == "subj" || d == "obj"})
					}
				}
			}
		case n.kind == npNoun && n.plural:
			lower := strings.ToLower(toks[n.tok].Form)
			typ, counted := groupNouns[lower]
			if counted && countsTwo(toks, n.tok) {
				// "Peru and Chile urged both sides to ...": the actors
				// coordinated beside the noun, arguments of its verb, are
				// not the ones it counts
				var beside []graph.ActorID
				for _, c := range coords {
					if c.sent == n.sent && toks[c.tok].Head == toks[n.tok].Head {
						beside = append(beside, c.actors...)
					}
				}
				if ms := groupFor(coords, latest, n.sent, typ, f, roles, beside); len(ms) > 0 {
					f.SetMembers(n.sent, n.tok, ms)
					continue
				}
			}
			lastPlural = tokenRef{n.sent, n.tok}
		case n.kind == npPronoun && n.cls == "they":
			if len(coords) == 0 {
				continue
			}
			c := coords[len(coords)-1]
			if n.sent-c.sent > groupWindow || (lastPlural.sent > c.sent || (lastPlural.sent == c.sent && lastPlural.tok > c.tok)) {
				continue
			}
			if !c.argument || !uniform(f, c.actors) {
				continue // "visited Paris, Rome and Bonn. They ..." is not the cities
			}
			if c.sent == n.sent && toks[n.tok].Head-1 == toks[c.tok].Head-1 && !strings.EqualFold(toks[n.tok].Form, "their") {
				continue // "France and Iran told them": not themselves
			}
			f.SetMembers(n.sent, n.tok, slices.Clone(c.actors))
		}
	}
}

// rootConjunct returns the first conjunct of the coordination token i is in.
func rootConjunct(toks []ud.Token, i int) int {
	for n := 0; n < 10 && toks[i].Deprel == "conj" && toks[i].Head > 0; n++ {
		i = toks[i].Head - 1
	}
	return i
}

// countsTwo reports whether the plural noun at i is counted as two: "the
// two countries", "both sides".
func countsTwo(toks []ud.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := strings.ToLower(toks[k].Form)
		switch {
		case w == "two":
			return true
		case w == "both":
			// "both allies and adversaries" coordinates, it does not count
			if toks[k].Deprel == "cc:preconj" {
				return false
			}
			for _, t := range toks {
				if t.Head-1 == i && t.Deprel == "conj" {
					return false
				}
			}
			return true
		case toks[k].UPOS == "ADJ":
			continue
		default:
			return false
		}
	}
	return false
}

// groupFor returns the two actors "the two N" refers to: the latest
// coordination of two actors of N's type in the window, else the two
// actors of that type mentioned last; none of them one of beside.
func groupFor(coords []coordination, latest []np, sent int, typ graph.ActorType, f *found.Found, roles map[graph.ActorID]*personRole, beside []graph.ActorID) []graph.ActorID {
	fits := func(a graph.ActorID) bool {
		if slices.Contains(beside, a) {
			return false
		}
		t := f.Actors[a].Type
		if typ == graph.Unknown {
			return t == graph.Country || t == graph.Organization || t == graph.Person
		}
		return t == typ
	}
	for k := len(coords) - 1; k >= 0 && sent-coords[k].sent <= groupWindow; k-- {
		c := coords[k]
		if len(c.actors) == 2 && fits(c.actors[0]) && fits(c.actors[1]) && uniform(f, c.actors) {
			return slices.Clone(c.actors)
		}
	}
	var out []graph.ActorID
	for k := len(latest) - 1; k >= 0 && len(out) < 2; k-- {
		if sent-latest[k].sent > groupWindow+1 {
			break
		}
		a := latest[k].actor
		if typ == graph.Person && (roles[a] == nil || !roles[a].leads()) {
			continue // "the two leaders": people the article gives leaders' roles
		}
		if fits(a) {
			out = append(out, a)
		}
	}
	if len(out) < 2 || !uniform(f, out) {
		return nil
	}
	return []graph.ActorID{out[1], out[0]}
}
