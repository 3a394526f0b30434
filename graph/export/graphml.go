package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// attr is one attribute a format declares: its key, its name and type, and
// how to read it from an edge or a node.
type attr struct {
	id, name, typ string
}

var (
	nodeAttrs = []attr{
		{"label", "label", "string"},
		{"type", "type", "string"},
		{"iri", "iri", "string"},
		{"aliases", "aliases", "string"},
	}
	edgeAttrs = []attr{
		{"predicate", "predicate", "string"},
		{"predicate_iri", "predicate_iri", "string"},
		{"class", "class", "string"},
		{"date", "date", "string"},
		{"evidence", "evidence", "string"},
		{"sentence", "sentence", "string"},
		{"article", "article", "string"},
		{"file", "file", "string"},
		{"start", "start_offset", "int"},
		{"end", "end_offset", "int"},
	}
)

// nodeValue returns node attribute id of n, "" when it has none.
func nodeValue(n Node, id string) string {
	switch id {
	case "label":
		return n.Label
	case "type":
		return typeName(n.Type)
	case "iri":
		return string(n.ID)
	case "aliases":
		return aliasList(n.Aliases)
	}
	return ""
}

// edgeValue returns edge attribute id of e, "" when it has none (offsets
// only come with a sentence).
func edgeValue(e Edge, id string) string {
	switch id {
	case "predicate":
		return e.Predicate
	case "predicate_iri":
		return string(e.PredicateIRI)
	case "class":
		return e.Class
	case "date":
		return e.Date
	case "evidence":
		return e.Evidence
	case "sentence":
		return string(e.Sentence)
	case "article":
		return string(e.Article)
	case "file":
		return e.File
	case "start":
		if e.Sentence != "" && e.Evidence != "" {
			return strconv.Itoa(e.Start)
		}
	case "end":
		if e.Sentence != "" && e.Evidence != "" {
			return strconv.Itoa(e.End)
		}
	}
	return ""
}

// usedEdgeAttrs returns the edge attributes some edge of g has a value
// for, in declaration order; predicate always.
func usedEdgeAttrs(g *Graph) []attr {
	var used []attr
	for _, a := range edgeAttrs {
		if a.id == "predicate" {
			used = append(used, a)
			continue
		}
		for _, e := range g.Edges {
			if edgeValue(e, a.id) != "" {
				used = append(used, a)
				break
			}
		}
	}
	return used
}

// writeValues writes format, filled with the id of the attribute and its
// escaped value, for each of attrs whose value (as value gives it) is not
// empty.
func writeValues(w io.Writer, format string, attrs []attr, value func(id string) string) {
	for _, a := range attrs {
		if v := value(a.id); v != "" {
			fmt.Fprintf(w, format, a.id, xmlEscape(v))
		}
	}
}

// nodeIDs numbers the nodes n1, n2, ... for the XML formats, whose ids
// should be plain tokens rather than IRIs.
func nodeIDs(g *Graph) map[string]string {
	ids := make(map[string]string, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[string(n.ID)] = "n" + strconv.Itoa(i+1)
	}
	return ids
}

// WriteGraphML writes g as GraphML (http://graphml.graphdrawing.org/), as
// yEd, Cytoscape, Gephi and networkx read it: a directed graph whose nodes
// carry label, type, iri and aliases and whose edges carry predicate,
// evidence, sentence, article, file, offsets and, when some edge has them,
// class and date. Node ids are n1, n2, ... in the order of g.Nodes.
func WriteGraphML(w io.Writer, g *Graph) error {
	if err := checkGraph(g); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	ids := nodeIDs(g)
	fmt.Fprint(bw, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, a := range nodeAttrs {
		fmt.Fprintf(bw, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.id, a.name, a.typ)
	}
	eattrs := usedEdgeAttrs(g)
	for _, a := range eattrs {
		fmt.Fprintf(bw, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", a.id, a.name, a.typ)
	}
	fmt.Fprint(bw, "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", ids[string(n.ID)])
		writeValues(bw, "      <data key=\"n_%s\">%s</data>\n", nodeAttrs, func(id string) string { return nodeValue(n, id) })
		fmt.Fprint(bw, "    </node>\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlEscape(e.ID), ids[string(e.Source)], ids[string(e.Target)])
		writeValues(bw, "      <data key=\"e_%s\">%s</data>\n", eattrs, func(id string) string { return edgeValue(e, id) })
		fmt.Fprint(bw, "    </edge>\n")
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	return bw.Flush()
}
