package relations

import (
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/offices"
)

// descriptionRoles reads the office that a description the entities
// resolved to a person gives that person: "the British prime minister"
// (resolved to Ana Ruiz) makes Ana Ruiz prime-minister-of the United
// Kingdom, "Chile's foreign minister" foreign-minister-of Chile; "the
// prime minister" is a national office whose state the article will tell
// (see bareTitle), as a title before a name is ("former" included: "the
// former Danish prime minister" was Denmark's).
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
		// the role's modifiers before it: "Danish" (a demonym of its
		// own), "Peru's", "former"
		var owners []graph.ActorID
		former := false
		for _, k := range r.t.Kids[rs.head] {
			if k >= rs.start {
				break
			}
			switch r.t.Lower(k) {
			case "former", "ex", "late", "then", "outgoing", "ousted":
				former = true
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
		if len(owners) == 0 && rs.role.National {
			r.a.bareTitle(r.si, sp.Actor, rs.role, former)
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
func (a *article) related(s, o graph.ActorID) bool {
	for _, rel := range a.rels {
		if rel.Subject == s && rel.Object == o {
			return true
		}
	}
	return false
}
