package gum

import (
	"github.com/actorgraph/actorgraph/graph"
)

// Mention is one entity mention annotated in GUM's Entity column.
type Mention struct {
	// Sentence is the index of the mention's sentence in its document.
	Sentence int
	// Start and End are token indexes in the sentence (0-based, End
	// exclusive) of the whole annotated span, determiners and modifiers
	// included ("the second campaign in ... April 2015").
	Start, End int
	// Entity is the coreference group: mentions of one document with the
	// same Entity refer to the same thing.
	Entity string
	// EType is GUM's entity type: person, place, organization, abstract,
	// event, object, time, substance, animal or plant.
	EType string
	// InfStat is the information status (new, giv:act, ...), Link the
	// coreference link type (coref, ana, appos, sgl, ...), Identity the
	// Wikipedia title of the entity ("" when it has none).
	InfStat, Link, Identity string
	// Heads are the token indexes in the sentence of the mention's minimal
	// span (GUM's minspan), its head words.
	Heads []int
	// Named reports whether the mention is a proper name; see nameSpan.
	// NameStart and NameEnd are then the token indexes of the name inside
	// the span ("Jensen Ackles" in "co-star Jensen Ackles").
	Named              bool
	NameStart, NameEnd int
}

// ActorType maps the mention's GUM type to an actor type: person to
// Person, organization to Organization, place to Location (telling
// countries apart is the gazetteer's job); any other type to Unknown.
func (m Mention) ActorType() graph.ActorType {
	switch m.EType {
	case "person":
		return graph.Person
	case "organization":
		return graph.Organization
	case "place":
		return graph.Location
	}
	return graph.Unknown
}
