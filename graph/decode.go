package graph

import (
	"slices"
	"strconv"
	"strings"
)

// Dataset is an actor graph read back from quads, as any RDF consumer would
// read it: an actor is a subject with an rdfs:label (or skos:prefLabel); a
// statement is a quad that links two actors through a predicate outside the
// well-known vocabularies; a sentence is a subject with nif:anchorOf.
type Dataset struct {
	// Actors, sorted by IRI.
	Actors []ActorNode
	// Statements in the order read.
	Statements []Statement
	// Sentences by IRI.
	Sentences map[IRI]Evidence
	// Sources holds each article's dcterms:source (the file it was read
	// from), by article IRI.
	Sources map[IRI]string
}

// ActorNode is an actor read back from quads.
type ActorNode struct {
	IRI     IRI
	Label   string
	Aliases []string
	Type    ActorType
}

// Statement is one relation quad between two actors.
type Statement struct {
	Subject, Object IRI
	Predicate       IRI
	// Graph is the graph label: the sentence that states the relation, or
	// nil for the default graph.
	Graph Term
	// Class is the relation's class (the local name of its eventClass in
	// the same graph: "190", "role"), "" when the quads give none.
	Class string
	// Date is the dcterms:date of the statement's sentence, "" when none.
	Date string
}

// Name returns the relation's name: the predicate IRI's local name.
func (s Statement) Name() string { return LocalName(s.Predicate) }

// Evidence is a sentence read back from quads.
type Evidence struct {
	Text       string
	Article    IRI
	Start, End int
	// Date is the sentence's dcterms:date, "" when none.
	Date string
}

// vocabularies are the namespaces whose predicates are never relations.
var vocabularies = []string{
	"http://www.w3.org/", "https://www.w3.org/", "http://purl.org/dc/",
	"http://schema.org/", "https://schema.org/", "http://xmlns.com/foaf/",
	"http://rdfs.org/", "http://persistence.uni-leipzig.org/nlp2rdf/",
	"https://actorgraph.example/ns#", ClassNS,
}

// IsVocabulary reports whether p belongs to a well-known vocabulary (rdf,
// rdfs, skos, schema.org, NIF, ...) rather than naming a relation.
func IsVocabulary(p IRI) bool {
	for _, v := range vocabularies {
		if strings.HasPrefix(string(p), v) {
			return true
		}
	}
	return false
}

// Decode reads a dataset from quads. Quads it does not understand are
// ignored, so it reads other tools' graphs too.
func Decode(quads []Quad) *Dataset {
	nodes := map[IRI]*ActorNode{}
	node := func(i IRI) *ActorNode {
		n := nodes[i]
		if n == nil {
			n = &ActorNode{IRI: i}
			nodes[i] = n
		}
		return n
	}
	d := &Dataset{Sentences: map[IRI]Evidence{}, Sources: map[IRI]string{}}
	type stated struct {
		pred  IRI
		graph string
	}
	classes := map[stated]string{}
	dates := map[IRI]string{}
	for _, q := range quads {
		s, ok := q.Subject.(IRI)
		if !ok {
			continue
		}
		switch q.Predicate {
		case EventClass:
			if c, ok := q.Object.(IRI); ok && strings.HasPrefix(string(c), ClassNS) {
				classes[stated{s, termString(q.Graph)}] = string(c)[len(ClassNS):]
			}
		case DCTermsDate:
			if l, ok := q.Object.(Literal); ok {
				dates[s] = l.Value
			}
		case RDFSLabel, SKOSPref:
			if l, ok := q.Object.(Literal); ok {
				n := node(s)
				if n.Label == "" {
					n.Label = l.Value
				} else if l.Value != n.Label {
					n.Aliases = append(n.Aliases, l.Value)
				}
			}
		case SKOSAltLabel:
			if l, ok := q.Object.(Literal); ok {
				node(s).Aliases = append(node(s).Aliases, l.Value)
			}
		case RDFType:
			if c, ok := q.Object.(IRI); ok {
				if t := TypeOfClass(c); t != Unknown {
					node(s).Type = t
				}
			}
		case DCTermsSource:
			if l, ok := q.Object.(Literal); ok {
				d.Sources[s] = l.Value
			}
		case NIFAnchorOf:
			if l, ok := q.Object.(Literal); ok {
				e := d.Sentences[s]
				e.Text = l.Value
				d.Sentences[s] = e
			}
		case NIFReferenceCtxt:
			if a, ok := q.Object.(IRI); ok {
				e := d.Sentences[s]
				e.Article = a
				d.Sentences[s] = e
			}
		case NIFBeginIndex, NIFEndIndex:
			if l, ok := q.Object.(Literal); ok {
				n, err := strconv.Atoi(l.Value)
				if err == nil {
					e := d.Sentences[s]
					if q.Predicate == NIFBeginIndex {
						e.Start = n
					} else {
						e.End = n
					}
					d.Sentences[s] = e
				}
			}
		}
	}
	for s, date := range dates {
		if e, ok := d.Sentences[s]; ok {
			e.Date = date
			d.Sentences[s] = e
		}
	}
	for _, q := range quads {
		s, ok1 := q.Subject.(IRI)
		o, ok2 := q.Object.(IRI)
		if !ok1 || !ok2 || IsVocabulary(q.Predicate) || s == o {
			continue
		}
		if ns, no := nodes[s], nodes[o]; ns == nil || no == nil || ns.Label == "" || no.Label == "" {
			continue
		}
		st := Statement{Subject: s, Predicate: q.Predicate, Object: o, Graph: q.Graph, Class: classes[stated{q.Predicate, termString(q.Graph)}]}
		if g, ok := q.Graph.(IRI); ok {
			st.Date = d.Sentences[g].Date
		}
		d.Statements = append(d.Statements, st)
	}
	for _, n := range nodes {
		if n.Label == "" {
			continue
		}
		slices.Sort(n.Aliases)
		n.Aliases = slices.Compact(n.Aliases)
		d.Actors = append(d.Actors, *n)
	}
	slices.SortFunc(d.Actors, func(a, b ActorNode) int { return strings.Compare(string(a.IRI), string(b.IRI)) })
	return d
}
