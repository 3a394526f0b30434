package nquads

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
)

// parseLine parses one N-Quads statement: a line, as read, that is neither
// blank nor a comment, so that columns in errors are columns of the line.
// It checks what the library parser does not, runs the parser in raw mode
// and converts its terms, then validates the quad.
func parseLine(line string) (graph.Quad, error) {
	if !utf8.ValidString(line) {
		return graph.Quad{}, errors.New("line is not valid UTF-8")
	}
	if err := checkEscapes(line); err != nil {
		return graph.Quad{}, err
	}
	raw, err := parseRaw(line)
	if err != nil {
		return graph.Quad{}, fmt.Errorf("syntax error: %w", err)
	}
	var q graph.Quad
	if q.Subject, err = convert(raw.Subject); err != nil {
		return graph.Quad{}, fmt.Errorf("subject: %w", err)
	}
	pred, err := convert(raw.Predicate)
	if err != nil {
		return graph.Quad{}, fmt.Errorf("predicate: %w", err)
	}
	iri, ok := pred.(graph.IRI)
	if !ok {
		return graph.Quad{}, fmt.Errorf("predicate: %s is not an IRI", pred)
	}
	q.Predicate = iri
	if q.Object, err = convert(raw.Object); err != nil {
		return graph.Quad{}, fmt.Errorf("object: %w", err)
	}
	if raw.Label != nil {
		if q.Graph, err = convert(raw.Label); err != nil {
			return graph.Quad{}, fmt.Errorf("graph label: %w", err)
		}
	}
	if err := Validate(q); err != nil {
		return graph.Quad{}, err
	}
	return q, nil
}

// parseRaw runs the library's raw-mode parser on one statement. The parser
// has internal panics for states its grammar should make unreachable; a
// panic is returned as an error rather than let through.
func parseRaw(line string) (q quad.Quad, err error) {
	defer func() {
		if p := recover(); p != nil {
			q, err = quad.Quad{}, fmt.Errorf("parser failure: %v", p)
		}
	}()
	q, err = cnquads.ParseRaw(line)
	if err != nil {
		return quad.Quad{}, err
	}
	if q.Subject == nil || q.Predicate == nil || q.Object == nil {
		return quad.Quad{}, errors.New("incomplete statement")
	}
	return q, nil
}

// convert turns one term of the library's raw-mode parser into a
// graph.Term. The parser decodes escapes and then splits a literal at its
// first '"@' or '"^^<', which is wrong when the value itself holds an escaped
// quote ("a\"@b"@en), so a tagged or typed literal is put back together and
// split again at its last '"'. checkEscapes has made sure that no IRI holds a
// decoded '"', so that quote is the closing one; it has also rejected the
// empty IRI <>, which the parser would return as the string "<>".
func convert(v quad.Value) (graph.Term, error) {
	switch v := v.(type) {
	case quad.IRI:
		return graph.IRI(v), nil
	case quad.BNode:
		return graph.BlankNode(v), nil
	case quad.String:
		return graph.Literal{Value: string(v)}, nil
	case quad.LangString:
		return convertLiteral(`"` + string(v.Value) + `"@` + v.Lang)
	case quad.TypedString:
		return convertLiteral(`"` + string(v.Value) + `"^^<` + string(v.Type) + `>`)
	}
	return nil, fmt.Errorf("unexpected %T from the parser", v)
}

// convertLiteral splits a decoded literal "value", "value"@tag or
// "value"^^<datatype>. The datatype xsd:string is dropped: a plain literal
// is an xsd:string.
func convertLiteral(s string) (graph.Term, error) {
	end := strings.LastIndexByte(s, '"')
	if end < 1 {
		return nil, fmt.Errorf("unterminated literal %q", s)
	}
	l := graph.Literal{Value: s[1:end]}
	switch suffix := s[end+1:]; {
	case suffix == "":
	case strings.HasPrefix(suffix, "@"):
		l.Lang = suffix[1:]
	case strings.HasPrefix(suffix, "^^<") && strings.HasSuffix(suffix, ">"):
		l.Datatype = graph.IRI(suffix[3 : len(suffix)-1])
		if l.Datatype == graph.XSDString {
			l.Datatype = ""
		}
	default:
		return nil, fmt.Errorf("literal %q: unexpected %q after the closing quote", s, suffix)
	}
	return l, nil
}
