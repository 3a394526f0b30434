package graph

import "strings"

// Term is an RDF term: an IRI, a blank node or a literal.
type Term interface {
	// String returns the term in N-Quads syntax.
	String() string
	isTerm()
}

// IRI is an absolute IRI, without the angle brackets.
type IRI string

// BlankNode is a blank node label, without the "_:" prefix.
type BlankNode string

// Literal is an RDF literal. At most one of Lang and Datatype is set; a
// literal with neither is an xsd:string.
type Literal struct {
	Value    string
	Lang     string
	Datatype IRI
}

func (IRI) isTerm()       {}
func (BlankNode) isTerm() {}
func (Literal) isTerm()   {}

// String returns <iri>.
func (i IRI) String() string { return "<" + string(i) + ">" }

// String returns _:label.
func (b BlankNode) String() string { return "_:" + string(b) }

// String returns the literal quoted and escaped as N-Quads requires, with its
// language tag or datatype.
func (l Literal) String() string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range l.Value {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	switch {
	case l.Lang != "":
		sb.WriteString("@" + l.Lang)
	case l.Datatype != "" && l.Datatype != XSDString:
		sb.WriteString("^^" + l.Datatype.String())
	}
	return sb.String()
}

// Quad is one RDF statement. Graph is nil for the default graph.
type Quad struct {
	Subject   Term // IRI or BlankNode
	Predicate IRI
	Object    Term
	Graph     Term // IRI, BlankNode or nil
}

// String returns the quad as one N-Quads line, without the newline.
func (q Quad) String() string {
	s := q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String()
	if q.Graph != nil {
		s += " " + q.Graph.String()
	}
	return s + " ."
}
