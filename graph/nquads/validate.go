package nquads

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// rdfLangString is the datatype of every language-tagged literal.
const rdfLangString graph.IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

// Validate reports whether q can be written as N-Quads and read back as the
// same quad, up to the canonical form (language tag in lower case, datatype
// xsd:string dropped): the subject is an IRI or blank node, the predicate an
// IRI, the object any term, the graph label nil, an IRI or a blank node,
// every IRI absolute, not a prefixed name and free of characters IRIREF
// forbids, every blank-node label and language tag well-formed, no literal
// with both a language tag and a datatype other than rdf:langString, and
// every string valid UTF-8. The error names the position of the first bad
// term.
func Validate(q graph.Quad) error {
	if err := checkSubject(q.Subject); err != nil {
		return fmt.Errorf("subject: %w", err)
	}
	if err := checkIRI(string(q.Predicate)); err != nil {
		return fmt.Errorf("predicate: %w", err)
	}
	if err := checkTerm(q.Object); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	if q.Graph != nil {
		if err := checkSubject(q.Graph); err != nil {
			return fmt.Errorf("graph label: %w", err)
		}
	}
	return nil
}

// checkSubject accepts the terms allowed as subject or graph label: an IRI
// or a blank node.
func checkSubject(t graph.Term) error {
	if _, ok := t.(graph.Literal); ok {
		return errors.New("a literal cannot stand here (want an IRI or a blank node)")
	}
	return checkTerm(t)
}

// checkTerm validates one term of any kind.
func checkTerm(t graph.Term) error {
	switch t := t.(type) {
	case graph.IRI:
		return checkIRI(string(t))
	case graph.BlankNode:
		return checkBlankLabel(string(t))
	case graph.Literal:
		return checkLiteral(t)
	case nil:
		return errors.New("missing term")
	}
	return fmt.Errorf("unsupported term type %T", t)
}

// checkLiteral validates a literal's value, language tag and datatype.
func checkLiteral(l graph.Literal) error {
	if !utf8.ValidString(l.Value) {
		return fmt.Errorf("literal %q is not valid UTF-8", l.Value)
	}
	if l.Lang != "" {
		if l.Datatype != "" && l.Datatype != rdfLangString {
			return fmt.Errorf("literal %q has both language tag %q and datatype <%s>", l.Value, l.Lang, l.Datatype)
		}
		return checkLangTag(l.Lang)
	}
	if l.Datatype == rdfLangString {
		return fmt.Errorf("literal %q has datatype rdf:langString but no language tag", l.Value)
	}
	if l.Datatype != "" {
		if err := checkIRI(string(l.Datatype)); err != nil {
			return fmt.Errorf("datatype: %w", err)
		}
	}
	return nil
}
