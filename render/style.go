package render

import (
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/graph"
)

// style is how one actor type is drawn: the node shape and its colours.
type style struct {
	name   string // the type's name in the legend
	shape  string // Graphviz node shape
	fill   string // background
	border string // outline
}

// styleOf returns the style of an actor type. Every type has its own shape
// as well as its own colour, so that the map still reads in greyscale print
// and for readers who do not tell the colours apart; the outline hues are
// from the Okabe–Ito palette, chosen for colour-blind readers. Types this
// package does not know are drawn as Unknown.
func styleOf(t graph.ActorType) style {
	switch t {
	case graph.Person:
		return style{name: "Person", shape: "ellipse", fill: "#d6ebf7", border: "#0072b2"}
	case graph.Country:
		return style{name: "Country", shape: "box", fill: "#fde6c4", border: "#d55e00"}
	case graph.Organization:
		return style{name: "Organization", shape: "folder", fill: "#d5f0e5", border: "#009e73"}
	case graph.Location:
		return style{name: "Location", shape: "cds", fill: "#f6dcea", border: "#cc79a7"}
	}
	return style{name: "Other", shape: "note", fill: "#eeeeee", border: "#666666"}
}

// legendTypes are the actor types in the order the legend lists them.
func legendTypes() []graph.ActorType {
	return []graph.ActorType{graph.Person, graph.Country, graph.Organization, graph.Location, graph.Unknown}
}

// classStyles are the legend samples of the relation classes edges are
// coloured by (cameo's quad classes folded into two), in legend order:
// cooperation in bluish green, conflict in vermilion, from the same
// colour-blind-safe palette; a relation of no event class (a role, a
// membership) keeps the plain edge colour.
func classStyles() []style {
	return []style{
		{name: "cooperation", shape: "box", fill: "#ffffff", border: cooperationColour},
		{name: "conflict", shape: "box", fill: "#ffffff", border: conflictColour},
	}
}

const (
	cooperationColour = "#009e73"
	conflictColour    = "#d55e00"
)

// edgeClassStyle returns the legend name and colour of an edge whose
// best-supported relation has event class c, or "" for no event class.
func edgeClassStyle(c string) (name, colour string) {
	switch q := cameo.Class(c).Quad(); {
	case strings.HasSuffix(q, "-cooperation"):
		return "cooperation", cooperationColour
	case strings.HasSuffix(q, "-conflict"):
		return "conflict", conflictColour
	}
	return "", ""
}
