package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// attr is one attribute a format declares, of a node (T is Node) or an
// edge (Edge): its key, its name and type, and how to read it, "" when the
// node or edge has none.
type attr[T any] struct {
	id, name, typ string
	value         func(T) string
}

var (
	nodeAttrs = []attr[Node]{
		{"label", "label", "string", func(n Node) string { return n.Label }},
		{"type", "type", "string", func(n Node) string { return typeName(n.Type) }},
		{"iri", "iri", "string", func(n Node) string { return string(n.ID) }},
		{"aliases", "aliases", "string", func(n Node) string { return aliasList(n.Aliases) }},
	}
	edgeAttrs = []attr[Edge]{
		{"predicate", "predicate", "string", func(e Edge) string { return e.Predicate }},
		{"predicate_iri", "predicate_iri", "string", func(e Edge) string { return string(e.PredicateIRI) }},
		{"class", "class", "string", func(e Edge) string { return e.Class }},
		{"date", "date", "string", func(e Edge) string { return e.Date }},
		{"evidence", "evidence", "string", func(e Edge) string { return e.Evidence }},
		{"sentence", "sentence", "string", func(e Edge) string { return string(e.Sentence) }},
		{"article", "article", "string", func(e Edge) string { return string(e.Article) }},
		{"file", "file", "string", func(e Edge) string { return e.File }},
		{"start", "start_offset", "int", func(e Edge) string { start, _ := offsets(e); return start }},
		{"end", "end_offset", "int", func(e Edge) string { _, end := offsets(e); return end }},
	}
)

// offsets returns the offsets of e's evidence in its sentence, "" when it
// has no sentence or no evidence.
func offsets(e Edge) (start, end string) {
	if e.Sentence == "" || e.Evidence == "" {
		return "", ""
	}
	return strconv.Itoa(e.Start), strconv.Itoa(e.End)
}

// usedEdgeAttrs returns the edge attributes some edge of g has a value
// for, in declaration order; predicate always.
func usedEdgeAttrs(g *Graph) []attr[Edge] {
	var used []attr[Edge]
	for _, a := range edgeAttrs {
		if a.id == "predicate" {
			used = append(used, a)
			continue
		}
		for _, e := range g.Edges {
			if a.value(e) != "" {
				used = append(used, a)
				break
			}
		}
	}
	return used
}

// writeValues writes format, filled with the id of the attribute and its
// escaped value, for each of attrs whose value in x is not empty.
func writeValues[T any](w io.Writer, format string, attrs []attr[T], x T) {
	for _, a := range attrs {
		if v := a.value(x); v != "" {
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
	return writeBuffered(w, g, func(bw *bufio.Writer) {
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
			writeValues(bw, "      <data key=\"n_%s\">%s</data>\n", nodeAttrs, n)
			fmt.Fprint(bw, "    </node>\n")
		}
		for _, e := range g.Edges {
			fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", xmlEscape(e.ID), ids[string(e.Source)], ids[string(e.Target)])
			writeValues(bw, "      <data key=\"e_%s\">%s</data>\n", eattrs, e)
			fmt.Fprint(bw, "    </edge>\n")
		}
		fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	})
}
