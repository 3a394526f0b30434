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
	// Classes describes the classes on the page, when Options.Describe
	// can.
	Classes map[string]classInfo `json:"classes,omitempty"`
}

type classInfo struct {
	Name  string `json:"name,omitempty"`
	Group string `json:"group,omitempty"`
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
	var sources map[graph.IRI]string
	annotations := map[stated]annotation{}
	if d := opt.Dataset; d != nil {
		sources = d.Sources
		for _, s := range d.Statements {
			iri, ok := s.Graph.(graph.IRI)
			if !ok {
				continue
			}
			ev, ok := d.Sentences[iri]
			if !ok {
				continue
			}
			var a annotation
			if opt.Class != nil {
				a.class = opt.Class(s)
			}
			if opt.Date != nil {
				a.date = opt.Date(s)
			}
			if a != (annotation{}) {
				annotations[stated{s.Subject, s.Object, s.Name(), ev}] = a
			}
		}
	}
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
				a := annotations[stated{e.From, e.To, r.Predicate, ev}]
				pe.Evidence = append(pe.Evidence, pageEvidence{
					Text:    ev.Text,
					Article: string(ev.Article),
					Source:  sources[ev.Article],
					Class:   a.class,
					Date:    a.date,
				})
			}
			pe.Class = commonClass(pe.Evidence)
			p.Edges = append(p.Edges, pe)
		}
	}
	if opt.Describe != nil {
		for _, e := range p.Edges {
			for _, c := range append([]string{e.Class}, evidenceClasses(e.Evidence)...) {
				if _, done := p.Classes[c]; c == "" || done {
					continue
				}
				name, group := opt.Describe(c)
				if p.Classes == nil {
					p.Classes = map[string]classInfo{}
				}
				p.Classes[c] = classInfo{name, group}
			}
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

// stated identifies a statement by what the graph keeps of it: its actors,
// its predicate and its sentence.
type stated struct {
	from, to  graph.IRI
	predicate string
	sentence  graph.Evidence
}

// annotation is what Options.Class and Options.Date say of a statement.
type annotation struct{ class, date string }

func evidenceClasses(evs []pageEvidence) []string {
	var cs []string
	for _, ev := range evs {
		cs = append(cs, ev.Class)
	}
	return cs
}

// commonClass returns the class most of the sentences have (of those
// tied, the first to reach the count), which becomes the edge's class;
// each sentence keeps its own only when it differs.
func commonClass(evs []pageEvidence) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, ev := range evs {
		count[ev.Class]++
		if count[ev.Class] > bestN {
			best, bestN = ev.Class, count[ev.Class]
		}
	}
	for i := range evs {
		if evs[i].Class == best {
			evs[i].Class = ""
		}
	}
	return best
}
