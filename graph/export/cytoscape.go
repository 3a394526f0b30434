package export

import (
	"encoding/json"
	"io"
)

// CytoscapeJSON is the document WriteCytoscapeJSON writes: the elements
// Cytoscape.js takes (cytoscape({elements: doc.elements}), or cy.json(doc)).
type CytoscapeJSON struct {
	Elements CytoscapeElements `json:"elements"`
}

// CytoscapeElements are the nodes and edges of a Cytoscape.js graph.
type CytoscapeElements struct {
	Nodes []CytoscapeNode `json:"nodes"`
	Edges []CytoscapeEdge `json:"edges"`
}

// CytoscapeNode is one node element; its data.id is the actor's IRI.
type CytoscapeNode struct {
	Data CytoscapeNodeData `json:"data"`
}

// CytoscapeNodeData is a node's data.
type CytoscapeNodeData struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

// CytoscapeEdge is one edge element: one statement.
type CytoscapeEdge struct {
	Data CytoscapeEdgeData `json:"data"`
}

// CytoscapeEdgeData is an edge's data: source and target are node ids,
// label is the predicate.
type CytoscapeEdgeData struct {
	ID           string `json:"id"`
	Source       string `json:"source"`
	Target       string `json:"target"`
	Label        string `json:"label"`
	Predicate    string `json:"predicate"`
	PredicateIRI string `json:"predicate_iri,omitempty"`
	Class        string `json:"class,omitempty"`
	Date         string `json:"date,omitempty"`
	Evidence     string `json:"evidence,omitempty"`
	Sentence     string `json:"sentence,omitempty"`
	Article      string `json:"article,omitempty"`
	File         string `json:"file,omitempty"`
	Start        *int   `json:"start_offset,omitempty"`
	End          *int   `json:"end_offset,omitempty"`
}

// Cytoscape returns g as Cytoscape.js elements. Text that is not UTF-8
// has its bad bytes replaced by U+FFFD.
func Cytoscape(g *Graph) (*CytoscapeJSON, error) {
	if err := checkGraph(g); err != nil {
		return nil, err
	}
	doc := &CytoscapeJSON{Elements: CytoscapeElements{
		Nodes: make([]CytoscapeNode, 0, len(g.Nodes)),
		Edges: make([]CytoscapeEdge, 0, len(g.Edges)),
	}}
	for _, n := range g.Nodes {
		var aliases []string
		for _, a := range n.Aliases {
			aliases = append(aliases, validUTF8(a))
		}
		doc.Elements.Nodes = append(doc.Elements.Nodes, CytoscapeNode{Data: CytoscapeNodeData{
			ID: validUTF8(string(n.ID)), Label: validUTF8(n.Label), Type: typeName(n.Type), Aliases: aliases,
		}})
	}
	for _, e := range g.Edges {
		d := CytoscapeEdgeData{
			ID: validUTF8(e.ID), Source: validUTF8(string(e.Source)), Target: validUTF8(string(e.Target)),
			Label: validUTF8(e.Predicate), Predicate: validUTF8(e.Predicate), PredicateIRI: validUTF8(string(e.PredicateIRI)),
			Class: validUTF8(e.Class), Date: validUTF8(e.Date), Evidence: validUTF8(e.Evidence),
			Sentence: validUTF8(string(e.Sentence)), Article: validUTF8(string(e.Article)), File: validUTF8(e.File),
		}
		if e.Sentence != "" && e.Evidence != "" {
			start, end := e.Start, e.End
			d.Start, d.End = &start, &end
		}
		doc.Elements.Edges = append(doc.Elements.Edges, CytoscapeEdge{Data: d})
	}
	return doc, nil
}

// WriteCytoscapeJSON writes g as the JSON of Cytoscape (one document,
// indented).
func WriteCytoscapeJSON(w io.Writer, g *Graph) error {
	doc, err := Cytoscape(g)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
