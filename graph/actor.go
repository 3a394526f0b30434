package graph

import (
	"fmt"
	"strings"
	"unicode"
)

// ActorType is the kind of a named participant in political events.
type ActorType uint8

// The actor types of GUIDELINES.md.
const (
	Unknown ActorType = iota
	Person
	Country
	Organization
	Location
)

var actorTypeNames = [...]string{"Unknown", "Person", "Country", "Organization", "Location"}

// String returns the type's name as written in actor lists: "Person",
// "Country", "Organization" or "Location".
func (t ActorType) String() string {
	if int(t) < len(actorTypeNames) {
		return actorTypeNames[t]
	}
	return fmt.Sprintf("ActorType(%d)", t)
}

// ParseActorType reads a type name case-insensitively; it accepts the
// schema.org class names and the usual synonyms (organisation, place, GPE).
func ParseActorType(s string) (ActorType, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person", "per":
		return Person, nil
	case "country", "gpe", "state", "nation":
		return Country, nil
	case "organization", "organisation", "org":
		return Organization, nil
	case "location", "place", "loc":
		return Location, nil
	}
	return Unknown, fmt.Errorf("unknown actor type %q (want Person, Country, Organization or Location)", s)
}

// Actor is one real-world participant: one node of the graph.
type Actor struct {
	// Name is the canonical, fullest name ("Donald Trump").
	Name string
	Type ActorType
	// Aliases are the other surface forms seen for the actor ("Trump",
	// "Zelensky"), sorted and without Name.
	Aliases []string
}

// CleanName returns a name as actors are named: without format characters
// (zero-width spaces and joiners, bidi controls, soft hyphens, byte-order
// marks) or control characters, which make look-alike names no one can
// type, and with every run of white space one space, trimmed.
func CleanName(s string) string {
	clean := true
	for _, r := range s {
		if unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || (unicode.IsSpace(r) && r != ' ') {
			clean = false
			break
		}
	}
	if clean && !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	var sb strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = sb.Len() > 0
		case unicode.Is(unicode.Cf, r) || unicode.IsControl(r):
		default:
			if space {
				sb.WriteByte(' ')
				space = false
			}
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
