package htmlmap

import (
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// page is the data the page reads, as JSON. Node and edge IDs are made
// here ("n0", "e0"), so that no IRI or label ever becomes a selector.
type page struct {
	Title string     `json:"title,omitempty"`
	Nodes []pageNode `json:"nodes"`
	Edges []pageEdge `json:"edges"`
}

type pageNode struct {
	ID      string   `json:"id"`
	IRI     string   `json:"iri"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	// Degree is the number of actors linked to it on the page; Support is
	// the number of statements that name it.
	Degree  int `json:"degree"`
	Support int `json:"support"`
}

// pageEdge is one relation: an ordered pair of actors and one predicate.
type pageEdge struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Target    string `json:"target"`
	Predicate string `json:"predicate"`
	// Count is the number of statements that state it.
	Count int `json:"count"`
	// Class is the relation's event class, Date its date (ISO 8601: a
	// year, a month or a day), when known. A sentence's own class or date
	// overrides them.
	Class    string         `json:"class,omitempty"`
	Date     string         `json:"date,omitempty"`
	Evidence []pageEvidence `json:"evidence,omitempty"`
}

type pageEvidence struct {
	Text    string `json:"text"`
	Article string `json:"article,omitempty"`
	// Source is where the article was read from, when known.
	Source string `json:"source,omitempty"`
	Class  string `json:"class,omitempty"`
	Date   string `json:"date,omitempty"`
}

// pageOf lays g out as the page's data, in g's order (nodes by IRI, edges
// by actors, relations as memgraph sorts them), so that the same graph
// always makes the same page.
func pageOf(g *memgraph.Graph, opt Options) page {
	p := page{Title: opt.Title, Nodes: []pageNode{}, Edges: []pageEdge{}}
	ids := map[graph.IRI]string{}
	for i, n := range g.Nodes() {
		id := "n" + strconv.Itoa(i)
		ids[n.IRI] = id
		p.Nodes = append(p.Nodes, pageNode{
			ID:      id,
			IRI:     string(n.IRI),
			Label:   n.Label,
			Type:    typeName(n.Type),
			Aliases: n.Aliases,
			Degree:  n.Degree,
			Support: n.Support,
		})
	}
	for _, e := range g.Edges() {
		for _, r := range e.Relations {
			pe := pageEdge{
				ID:        "e" + strconv.Itoa(len(p.Edges)),
				Source:    ids[e.From],
				Target:    ids[e.To],
				Predicate: r.Predicate,
				Count:     r.Count,
			}
			for _, ev := range r.Evidence {
				pe.Evidence = append(pe.Evidence, pageEvidence{
					Text:    ev.Text,
					Article: string(ev.Article),
					Source:  opt.Sources[ev.Article],
				})
			}
			p.Edges = append(p.Edges, pe)
		}
	}
	return p
}

// typeName is the type's name as the page's filter and legend show it;
// types the graph package does not name are "Other", as in render's maps.
func typeName(t graph.ActorType) string {
	switch t {
	case graph.Person, graph.Country, graph.Organization, graph.Location:
		return t.String()
	}
	return "Other"
}
