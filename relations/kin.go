package relations

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
)

// kinFits reports whether relation r may link its two actors of found:
// any relation but a family one ("wife-of", "son-in-law-of"), which holds
// only between two persons whose names could be people's. A family noun
// whose holder or owner is a place ("his wife Monica" merged with "Santa
// Monica"), a firm, a saint's name or a cut suffix ("Jr.") names no kin
// of the other side.
func (x *Reader) kinFits(found *entities.Found, r graph.Relation) bool {
	role, _, ok := x.roles.PredicateRole(r.Predicate)
	if !ok || !role.Kin {
		return true
	}
	return personNamed(found.Actor(r.Subject)) && personNamed(found.Actor(r.Object))
}

// personNamed reports whether act is a person, or a place named by a
// known given name, whose name holds a word a person's name is made of:
// capitalised, no initial, no generational suffix; and it is not opened
// by a saint's title, which names a church, a school or a place.
func personNamed(act graph.Actor) bool {
	fields := strings.Fields(act.Name)
	if len(fields) == 0 || names.IsSaintTitle(fields[0]) {
		return false
	}
	if act.Type != graph.Person && !(act.Type == graph.Location && givenNamed(act.Name)) {
		return false // a place's type on a given name is the recogniser's guess ("his wife Melania")
	}
	for _, w := range fields {
		if names.IsInitial(w) || names.IsSuffix(w) || w == "-" {
			continue
		}
		for _, c := range w {
			if unicode.IsUpper(c) {
				return true
			}
			break
		}
	}
	return false
}
