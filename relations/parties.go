package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// memberRole is the role a party word gives by itself: "Ann Reed, a
// Republican", "Senate Republican Ann Reed".
var memberRole = entities.Role{Noun: "member"}

// partyAt returns the party that a party word starting at token k names
// ("Republican", "Liberal Democrat") and the token after the word. actor
// is -1 when the article has no actor for the party.
func (r *reader) partyAt(k int) (actor graph.ActorID, end int, ok bool) {
	t := r.t
	roles := r.a.x.roles
	for n := 2; n >= 1; n-- {
		if k+n > len(t.toks) {
			continue
		}
		words := make([]string, n)
		for i := range words {
			words[i] = t.toks[k+i].Form
		}
		if party := roles.Party(words...); party != "" {
			return r.partyActor(k, party), k + n, true
		}
	}
	return -1, 0, false
}

// partyEndingAt is partyAt for a word that ends at token k, read right to
// left; start is its first token.
func (r *reader) partyEndingAt(k int) (actor graph.ActorID, start int, ok bool) {
	if k > 0 {
		if a, end, ok := r.partyAt(k - 1); ok && end == k+1 {
			return a, k - 1, true
		}
	}
	if a, end, ok := r.partyAt(k); ok && end == k+1 {
		return a, k, true
	}
	return -1, 0, false
}

// partyActor returns the article's actor for a party named by the word at
// token k: the actor the word itself was found to name, else an actor
// named by the party's name or a party word ("Republicans"), else -1.
func (r *reader) partyActor(k int, party string) graph.ActorID {
	f := r.a.found
	roles := r.a.x.roles
	if s, ok := f.At(r.si, k); ok && (s.Start == k || roles.PartyWord(f.Actor(s.Actor).Name, party)) {
		return s.Actor
	}
	for i, a := range f.Actors {
		if roles.PartyWord(a.Name, party) {
			return graph.ActorID(i)
		}
	}
	return -1
}

// body returns the article's actor for the body a holder of role sits in
// ("Senator Ann Reed": the Senate): the first of role.Bodies that an actor
// is named, or ends its name with ("U.S. Senate").
func (r *reader) body(role entities.Role) (graph.ActorID, bool) {
	for _, b := range role.Bodies {
		for i, a := range r.a.found.Actors {
			if a.Type != graph.Organization && a.Type != graph.Unknown {
				continue
			}
			if strings.EqualFold(a.Name, b) || strings.HasSuffix(strings.ToLower(a.Name), " "+strings.ToLower(b)) {
				return graph.ActorID(i), true
			}
		}
	}
	return -1, false
}

// isPartyWord reports whether token k is a word of a party word.
func (r *reader) isPartyWord(k int) bool {
	if _, _, ok := r.partyAt(k); ok {
		return true
	}
	_, _, ok := r.partyEndingAt(k)
	return ok
}
