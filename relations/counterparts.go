package relations

import (
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
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

// bareTitle notes a national office whose state the article will tell.
func (a *article) bareTitle(si int, person graph.ActorID, role entities.Role, former bool) {
	a.bare = append(a.bare, offices.Bare{Sentence: si, Person: person, Role: role, Former: former})
}
