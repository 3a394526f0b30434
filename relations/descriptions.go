package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/offices"
)

// descriptionRoles reads the office that a description the entities
// resolved to a person gives that person when the description names the
// state: "the British prime minister" (resolved to Ana Ruiz) makes Ana
// Ruiz prime-minister-of the United Kingdom, "Chile's foreign minister"
// foreign-minister-of Chile, "the former Danish prime minister" as a
// title before a name would. A description without its state ("the
// president") gives nothing: on a news archive, such descriptions resolved
// to the wrong person too often for the article's state to be given them.
// Nor does one whose clause names the holder ("Russia's envoy was Sergei
// Kislyak").
func (r *reader) descriptionRoles() {
	f := r.a.found
	for _, sp := range f.InSentence(r.si) {
		if sp.Kind != entities.DescriptionSpan || f.Actor(sp.Actor).Type != graph.Person {
			continue
		}
		rs, ok := r.roleAt(sp.Head)
		if !ok || rs.end != sp.End || r.roleDenied(rs.head) {
			continue
		}
		if h := r.t.Head(sp.Head); strings.HasPrefix(r.t.Rel(sp.Head), "nsubj") && h >= 0 && r.t.Has(h, "cop") {
			if _, named := r.nameAt(h); named {
				continue
			}
		}
		// the role's modifiers before it: "Danish" (a demonym of its
		// own), "Peru's"
		var owners []graph.ActorID
		for _, k := range r.t.Kids[rs.head] {
			if k >= rs.start {
				break
			}
			switch r.t.Rel(k) {
			case "amod", "compound", "nmod:poss", "nmod":
			default:
				continue
			}
			if o, ok := f.At(r.si, k); ok && o.Actor != sp.Actor && f.Actor(o.Actor).Type == graph.Country {
				owners = append(owners, o.Actor)
			} else if o, ok := r.stateNamed(k); ok {
				owners = append(owners, o)
			}
		}
		for _, o := range owners {
			if !r.a.related(sp.Actor, o) {
				// "Chinese President Xi ... the Chinese leader": the
				// office the title gave stands
				r.a.add(r.si, sp.Actor, r.ownerPredicate(rs.role, o), o)
			}
		}
	}
}

// descriptionParties reads the party that a description the entities
// resolved to a person gives that person: a party word at its head ("the
// Republican", "the Utah Democrat") or modifying it ("the Republican
// president", "the Labour leader") makes the person a member of the party.
func (r *reader) descriptionParties() {
	f := r.a.found
	for _, sp := range f.InSentence(r.si) {
		if sp.Kind != entities.DescriptionSpan || f.Actor(sp.Actor).Type != graph.Person || r.plural(sp.Head) {
			continue
		}
		var party []graph.ActorID
		if a, start, ok := r.party.EndingAt(sp.Head); ok && start >= sp.Start {
			party = append(party, a) // "the Utah Democrat"
		}
		for _, k := range r.t.Kids[sp.Head] {
			if k >= sp.Head {
				break
			}
			if rel := r.t.Rel(k); rel != "amod" && rel != "compound" {
				continue
			}
			if a, end, ok := r.party.At(k); ok && end <= sp.Head {
				party = append(party, a) // "the Republican president"
			}
		}
		for _, a := range party {
			if a >= 0 && a != sp.Actor {
				r.a.add(r.si, sp.Actor, predicate("member", "of"), a)
			}
		}
	}
}

// stateNamed returns the country of the article that the word at token k
// names ("British", "Chilean"), when the table of officials knows the
// word as one state's name.
func (r *reader) stateNamed(k int) (graph.ActorID, bool) {
	code, ok := r.a.x.officials.StateNamed(r.t.Toks[k].Form)
	if !ok {
		return -1, false
	}
	return offices.StateActor(r.a.found, r.a.x.officials, code)
}

// related reports whether the relations read so far link s to o.
func (a *article) related(s, o graph.ActorID) bool { return a.linked[[2]graph.ActorID{s, o}] }
