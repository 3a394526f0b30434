package gazetteer

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
)

// Kind says how a surface form names its actor.
type Kind uint8

// The kinds of surface forms, from the strongest claim on a form to the
// weakest: when two actors of the same source (see Load and
// Gazetteer.With) claim one form, a Name beats an Alias, which beats a
// Demonym, a Capital and a Seat.
const (
	// Name is the canonical name: "United States", "NATO".
	Name Kind = iota + 1
	// Alias is another name of the actor: "U.S.", "Russian Federation",
	// "North Atlantic Treaty Organization", "Burma".
	Alias
	// Demonym is an adjective of nationality: "Russian", "American".
	Demonym
	// Capital is a capital city standing for its state: "Moscow".
	Capital
	// Seat is a seat of government standing for its state: "Kremlin",
	// "Downing Street".
	Seat
)

var kindNames = [...]string{"Unknown", "Name", "Alias", "Demonym", "Capital", "Seat"}

// String returns the kind's name: "Name", "Alias", "Demonym", "Capital" or
// "Seat".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Entry is what the gazetteer knows of one surface form.
type Entry struct {
	// Canonical is the actor's canonical name, its node label.
	Canonical string
	// Type is the actor's type; a Capital or Seat has its state's type.
	// It is graph.Unknown for a known name that is not an actor but
	// contains one ("Paris Agreement", "Minsk agreements", "Cold War"): a
	// caller should take the span and draw no actor from it, rather than
	// find France in "Paris". (A newspaper such as "The Washington Post"
	// is an Organization.)
	Type graph.ActorType
	// Kind says how the form names the actor.
	Kind Kind
	// Ambiguous is set on forms that have another common reading
	// ("Turkey", "Chad", "Jordan", "Georgia", "WHO"): the extractor should
	// ask for context before taking them as the actor.
	Ambiguous bool
}

// IsActor reports whether the entry names an actor: false for a known name
// that is not one ("Paris Agreement"; see Type).
func (e Entry) IsActor() bool { return e.Type != graph.Unknown }
