package render

import "strings"

// engine is a Graphviz layout engine and the graph attributes that make it
// draw readable maps.
type engine struct {
	name string
	// attrs are the graph attributes of the DOT text; they are for stock
	// Graphviz, which has overlap removal that go-graphviz's build lacks.
	attrs []string
	// labelNodes draws edge labels as nodes, and places the map in three
	// passes (see place).
	labelNodes bool
	// splines is how the final pass draws edges.
	splines string
}

// Size limits of the automatic choice, in actors.
const (
	maxNeatoActors = 400
	// Beyond maxSplineActors edges are drawn straight: routing curves
	// around thousands of nodes takes minutes.
	maxSplineActors = 400
)

// chooseEngine returns the engine for a graph of n actors: layout itself,
// or for "auto" (or anything unknown) neato up to maxNeatoActors and sfdp
// beyond. Neato's stress layout reads best, but its time grows with the
// square of the nodes; sfdp's multilevel layout lays out thousands in
// seconds. Dot is never chosen: its ranked layout is two to three times
// wider than tall on the sample corpus, and it takes minutes on hundreds
// of labelled actors.
func chooseEngine(n int, layout string) engine {
	layout = strings.ToLower(strings.TrimSpace(layout))
	switch layout {
	case "dot", "neato", "fdp", "sfdp", "circo":
	default:
		layout = "sfdp"
		if n <= maxNeatoActors {
			layout = "neato"
		}
	}
	if layout == "dot" {
		return engine{name: "dot", attrs: []string{"rankdir=LR", "nodesep=0.35", "ranksep=0.6"}}
	}
	splines := "true"
	if n > maxSplineActors {
		splines = "false"
	}
	return engine{
		name:       layout,
		attrs:      []string{"overlap=prism", `sep="+8"`, "splines=" + splines},
		labelNodes: true,
		splines:    splines,
	}
}
