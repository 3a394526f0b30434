package export

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Graph is an actor graph as the writers write it.
type Graph struct {
	// Nodes are the actors, sorted by ID.
	Nodes []Node
	// Edges are the statements; every Source and Target is the ID of a
	// node.
	Edges []Edge
}

// Node is one actor.
type Node struct {
	// ID is the actor's IRI.
	ID      graph.IRI
	Label   string
	Type    graph.ActorType
	Aliases []string
}

// Edge is one statement: Source Predicate Target, stated in one sentence.
type Edge struct {
	// ID is unique within the graph ("e1", "e2", ...).
	ID             string
	Source, Target graph.IRI
	// Predicate is the relation's name ("met"), PredicateIRI its IRI.
	Predicate    string
	PredicateIRI graph.IRI
	// Sentence is the IRI of the sentence that states the statement (its
	// graph label), or "" for a statement in the default graph.
	Sentence graph.IRI
	// Evidence is the sentence's text; Start and End its offsets in the
	// article.
	Evidence   string
	Start, End int
	// Article is the article's IRI, File the file it was read from (its
	// dcterms:source), "" when unknown.
	Article graph.IRI
	File    string
	// Class is the statement's event class (a CAMEO code or a class name),
	// "" when it has none.
	Class string
	// Date is the statement's date, YYYY-MM-DD (or YYYY-MM, YYYY), "" when
	// it has none.
	Date string
}

// FromDataset returns the graph of d: every actor, and every distinct
// statement between two of its actors (a quad repeated is one statement),
// in the order read, numbered e1, e2, ....
func FromDataset(d *graph.Dataset) *Graph {
	g := &Graph{}
	if d == nil {
		return g
	}
	known := make(map[graph.IRI]bool, len(d.Actors))
	for _, a := range d.Actors {
		if known[a.IRI] {
			continue
		}
		known[a.IRI] = true
		g.Nodes = append(g.Nodes, Node{ID: a.IRI, Label: a.Label, Type: a.Type, Aliases: a.Aliases})
	}
	slices.SortFunc(g.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	type key struct {
		s, p, o graph.IRI
		graph   string
	}
	seen := map[key]bool{}
	for _, s := range d.Statements {
		k := key{s.Subject, s.Predicate, s.Object, termString(s.Graph)}
		if seen[k] || !known[s.Subject] || !known[s.Object] {
			continue
		}
		seen[k] = true
		e := Edge{
			ID:     "e" + strconv.Itoa(len(g.Edges)+1),
			Source: s.Subject, Target: s.Object,
			Predicate: s.Name(), PredicateIRI: s.Predicate,
			Class: s.Class, Date: s.Date,
		}
		if iri, ok := s.Graph.(graph.IRI); ok {
			e.Sentence = iri
			if ev, ok := d.Sentences[iri]; ok {
				e.Evidence, e.Start, e.End, e.Article = ev.Text, ev.Start, ev.End, ev.Article
				e.File = d.Sources[ev.Article]
			}
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

func termString(t graph.Term) string {
	if t == nil {
		return ""
	}
	return t.String()
}

// typeName is the name a node's type is written with: "Person", ...,
// "Unknown".
func typeName(t graph.ActorType) string { return t.String() }

// aliasList joins aliases with " | ", the separator of actor lists.
func aliasList(aliases []string) string { return strings.Join(aliases, " | ") }
