// Package parties reads the party words of a sentence ("Republican",
// "Liberal Democrat", "Senate Republican Ann Reed") as the parties the
// article names, and finds the body a role's holder sits in ("Senator Ann
// Reed": the Senate), for the role readers of package relations.
package parties

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/tree"
)

// MemberRole is the role a party word gives by itself: "Ann Reed, a
// Republican", "Senate Republican Ann Reed".
var MemberRole = entities.Role{Noun: "member"}

// Sentence is one parsed sentence of an article, with the article's actors.
type Sentence struct {
	Tree  *tree.Tree
	Found *entities.Found
	Roles *entities.Roles
	Index int // the sentence's index in the article
}

// At returns the party that a party word starting at token k names
// ("Republican", "Liberal Democrat") and the token after the word. actor
// is -1 when the article has no actor for the party.
func (s *Sentence) At(k int) (actor graph.ActorID, end int, ok bool) {
	t := s.Tree
	for n := 2; n >= 1; n-- {
		if k+n > len(t.Toks) {
			continue
		}
		words := make([]string, n)
		for i := range words {
			words[i] = t.Toks[k+i].Form
		}
		if party := s.Roles.Party(words...); party != "" {
			return s.actor(k, party), k + n, true
		}
	}
	return -1, 0, false
}

// Prefix returns the article's party that word, the part before the
// hyphen of token k ("Democratic-controlled"), names.
func (s *Sentence) Prefix(k int, word string) (graph.ActorID, bool) {
	party := s.Roles.Party(word)
	if party == "" {
		return -1, false
	}
	a := s.actor(k, party)
	return a, a >= 0
}

// EndingAt is At for a word that ends at token k, read right to left;
// start is its first token.
func (s *Sentence) EndingAt(k int) (actor graph.ActorID, start int, ok bool) {
	if k > 0 {
		if a, end, ok := s.At(k - 1); ok && end == k+1 {
			return a, k - 1, true
		}
	}
	if a, end, ok := s.At(k); ok && end == k+1 {
		return a, k, true
	}
	return -1, 0, false
}

// Is reports whether token k is a word of a party word.
func (s *Sentence) Is(k int) bool {
	if _, _, ok := s.At(k); ok {
		return true
	}
	_, _, ok := s.EndingAt(k)
	return ok
}

// actor returns the article's actor for a party named by the word at
// token k: the actor the word itself was found to name, else an actor
// named by the party's name or a party word ("Republicans"), else -1.
func (s *Sentence) actor(k int, party string) graph.ActorID {
	f := s.Found
	// the word of a description resolved to a person ("the Republican"
	// standing for Ann Reed) still names the party
	if sp, ok := f.At(s.Index, k); ok && f.Actor(sp.Actor).Type != graph.Person && (sp.Start == k || s.Roles.PartyWord(f.Actor(sp.Actor).Name, party)) {
		return sp.Actor
	}
	for i, a := range f.Actors {
		if s.Roles.PartyWord(a.Name, party) {
			return graph.ActorID(i)
		}
	}
	return -1
}

// Body returns the article's actor for the body a holder of role sits in
// ("Senator Ann Reed": the Senate): the first of role.Bodies that an actor
// is named, or ends its name with after a state's name ("U.S. Senate";
// not "White House" for "House"), which state reports.
func Body(f *entities.Found, role entities.Role, state func(name string) bool) (graph.ActorID, bool) {
	for _, b := range role.Bodies {
		for i, a := range f.Actors {
			if a.Type != graph.Organization && a.Type != graph.Unknown {
				continue
			}
			if strings.EqualFold(a.Name, b) {
				return graph.ActorID(i), true
			}
			if n := len(a.Name) - len(b); n > 1 && a.Name[n-1] == ' ' && strings.EqualFold(a.Name[n:], b) && state(a.Name[:n-1]) {
				return graph.ActorID(i), true
			}
		}
	}
	return -1, false
}
