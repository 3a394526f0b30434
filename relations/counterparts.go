package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/offices"
)

// counterpart notes the counterpart of a person in a state, from a title
// or an apposition with both as owners: "his Chinese counterpart", "the
// Chinese counterpart of Trump".
func (r *reader) counterpart(person graph.ActorID, h heldRole) {
	f := r.a.found
	var others, states []graph.ActorID
	for _, o := range h.owners {
		switch f.Actor(o).Type {
		case graph.Person:
			others = append(others, o)
		case graph.Country:
			states = append(states, o)
		}
	}
	for _, c := range h.comps {
		if c.prep == "of" && f.Actor(c.actor).Type == graph.Person {
			others = append(others, c.actor)
		}
	}
	if len(others) != 1 || len(states) != 1 {
		return
	}
	r.a.counterparts = append(r.a.counterparts, offices.Counterpart{Sentence: r.si, Person: person, Other: others[0], State: states[0]})
}

// bareTitle notes a national office whose state the article will tell,
// with the states its holder faces in the sentence (see faced).
func (r *reader) bareTitle(person graph.ActorID, role entities.Role, former, body bool) {
	r.a.bare = append(r.a.bare, offices.Bare{Sentence: r.si, Person: person, Role: role, Former: former, Body: body, Faces: r.faced(person), Speakers: r.speakingStates(person)})
}

// nameTop returns the token of the sentence that stands for the person's
// name in the tree: the head of its name, or the title over it when the
// parser made the title the head ("Premier Wu Lan's", "Foreign Minister
// Lee"); -1 when the sentence does not name the person.
func (r *reader) nameTop(person graph.ActorID) int {
	t := r.t
	n := -1
	for _, sp := range r.a.found.InSentence(r.si) {
		if sp.Actor == person && sp.Kind == entities.NameSpan {
			n = sp.Head
			break
		}
	}
	for step := 0; step < 4 && n >= 0; step++ {
		if d := t.Toks[n].Deprel; d != "flat" && d != "compound" && d != "nmod:desc" {
			break
		}
		n = t.Head(n)
	}
	return n
}

// speakingStates returns the states that are the subject of a verb of
// saying whose clause has the person as its subject: "France said
// Foreign Minister Lee would travel to Beirut", "Peru announced that
// President Lee had resigned".
func (r *reader) speakingStates(person graph.ActorID) []graph.ActorID {
	t := r.t
	f := r.a.found
	n := r.nameTop(person)
	if n < 0 || !strings.HasPrefix(t.Rel(n), "nsubj") {
		return nil
	}
	v := t.Head(n)
	if v < 0 || t.Rel(v) != "ccomp" {
		return nil
	}
	say := t.Head(v)
	if say < 0 || !r.a.x.lex.Reporting[t.Lemma(say)] {
		return nil
	}
	var out []graph.ActorID
	for c := range t.Dependents(say, "nsubj") {
		for _, a := range r.actorsOf(c) {
			if f.Actor(a).Type == graph.Country && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
	}
	return out
}

// faced returns the states that the sentence names on the other side of
// what the person's envoy does: the clause whose subject is an envoy the
// person owns names them in its objects and obliques ("President Lee's
// envoy, Ana Soto, met Iranian leaders"). An envoy goes from one state to
// another: the office is not of the state the envoy faces. So does the
// person on a journey of his own, to the states its verb's objects and
// obliques name.
func (r *reader) faced(person graph.ActorID) []graph.ActorID {
	t := r.t
	f := r.a.found
	n := r.nameTop(person)
	if n < 0 {
		return nil
	}
	if t.Toks[n].Deprel == "nsubj" && t.Head(n) >= 0 && (journeyVerbs[t.Lemma(t.Head(n))] || t.Lemma(t.Head(n)) == "visit") {
		// "Foreign Minister Lee will travel to Beirut for talks with
		// Lebanese officials": a guest of the state the journey is to,
		// gone or only planned
	} else {
		if t.Toks[n].Deprel != "nmod:poss" {
			return nil
		}
		if n = t.Head(n); n < 0 || !envoyNouns[t.Lemma(n)] {
			return nil
		}
		for step := 0; step < 3 && n >= 0 && t.Rel(n) == "conj"; step++ {
			n = t.Head(n) // "Lee's envoy and his aide"
		}
	}
	if n < 0 || t.Rel(n) != "nsubj" || t.Head(n) < 0 || t.Toks[t.Head(n)].UPOS != "VERB" {
		return nil
	}
	v := t.Head(n)
	args := t.Children(v, "obj", "iobj", "obl")
	for c := range t.Dependents(v, "xcomp") {
		args = append(args, t.Children(c, "obj", "iobj", "obl")...)
	}
	var out []graph.ActorID
	note := func(a graph.ActorID, k int) {
		if f.Actor(a).Type != graph.Country || slices.Contains(out, a) {
			return
		}
		for _, c := range args {
			if t.Dominates(c, k) {
				out = append(out, a)
				return
			}
		}
	}
	for _, sp := range f.InSentence(r.si) {
		note(sp.Actor, sp.Head)
	}
	for _, sp := range f.ModifiersIn(r.si) {
		note(sp.Actor, sp.Start)
	}
	return out
}

// envoyNouns are the roles of those a state or its leader sends to
// others.
var envoyNouns = words.Set("envoy emissary ambassador delegate delegation negotiator")
