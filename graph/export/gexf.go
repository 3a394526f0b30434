package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"
)

// gexfHeader opens every GEXF file.
const gexfHeader = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta>
    <creator>actorgraph</creator>
  </meta>
`

// WriteGEXF writes g as GEXF 1.2 (https://gexf.net/), as Gephi and
// networkx read it. Nodes carry their label and the attributes type, iri
// and aliases; an edge is labelled with its predicate and carries the
// attributes of WriteGraphML. When some edge has a date the graph is
// dynamic: each dated edge exists from the first to the last day its date
// covers (a day, a month or a year), so Gephi's timeline shows when each
// statement was made; undated edges and nodes exist throughout.
func WriteGEXF(w io.Writer, g *Graph) error {
	return writeBuffered(w, g, func(bw *bufio.Writer) {
		ids := nodeIDs(g)
		eattrs := usedEdgeAttrs(g)
		dynamic := slices.ContainsFunc(g.Edges, func(e Edge) bool {
			_, _, ok := dateInterval(e.Date)
			return ok
		})
		fmt.Fprint(bw, gexfHeader)
		if dynamic {
			fmt.Fprint(bw, "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n")
		} else {
			fmt.Fprint(bw, "  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
		}
		fmt.Fprint(bw, "    <attributes class=\"node\" mode=\"static\">\n")
		// a node's label is an XML attribute of its element
		nattrs := slices.DeleteFunc(slices.Clone(nodeAttrs), func(a attr[Node]) bool { return a.id == "label" })
		for _, a := range nattrs {
			fmt.Fprintf(bw, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a.id, a.name, gexfType(a.typ))
		}
		fmt.Fprint(bw, "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n")
		for _, a := range eattrs {
			fmt.Fprintf(bw, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a.id, a.name, gexfType(a.typ))
		}
		fmt.Fprint(bw, "    </attributes>\n    <nodes>\n")
		for _, n := range g.Nodes {
			fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n        <attvalues>\n", ids[string(n.ID)], xmlEscape(n.Label))
			writeValues(bw, "          <attvalue for=\"%s\" value=\"%s\"/>\n", nattrs, n)
			fmt.Fprint(bw, "        </attvalues>\n      </node>\n")
		}
		fmt.Fprint(bw, "    </nodes>\n    <edges>\n")
		for _, e := range g.Edges {
			fmt.Fprintf(bw, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\"", xmlEscape(e.ID), ids[string(e.Source)], ids[string(e.Target)], xmlEscape(e.Predicate))
			if start, end, ok := dateInterval(e.Date); ok {
				fmt.Fprintf(bw, " start=\"%s\" end=\"%s\"", start, end)
			}
			fmt.Fprint(bw, ">\n        <attvalues>\n")
			writeValues(bw, "          <attvalue for=\"%s\" value=\"%s\"/>\n", eattrs, e)
			fmt.Fprint(bw, "        </attvalues>\n      </edge>\n")
		}
		fmt.Fprint(bw, "    </edges>\n  </graph>\n</gexf>\n")
	})
}

func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}

// dateInterval returns the first and last day a date covers: a day
// (2024-03-02), a month (2024-03) or a year (2024). ok is false for
// anything else.
func dateInterval(date string) (start, end string, ok bool) {
	const day = "2006-01-02"
	switch len(date) {
	case len("2006-01-02"):
		t, err := time.Parse(day, date)
		if err != nil {
			return "", "", false
		}
		return t.Format(day), t.Format(day), true
	case len("2006-01"):
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return "", "", false
		}
		return t.Format(day), t.AddDate(0, 1, -1).Format(day), true
	case len("2006"):
		y, err := strconv.Atoi(date)
		if err != nil || y < 1 {
			return "", "", false
		}
		t := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		return t.Format(day), t.AddDate(1, 0, -1).Format(day), true
	}
	return "", "", false
}
