package nquads

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"
)

// parseLine parses one N-Quads statement: a line, as read, that is neither
// blank nor a comment, so that columns in errors are columns of the line.
// It checks what the library parser does not, runs the parser in raw mode
// for the grammar and the IRIs and blank nodes, reads the literal from the
// line itself (see literalAt), then validates the quad.
func parseLine(line string) (graph.Quad, error) {
	if !utf8.ValidString(line) {
		return graph.Quad{}, errors.New("line is not valid UTF-8")
	}
	litOpen, litClose, err := checkEscapes(line)
	if err != nil {
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
	switch raw.Object.(type) {
	case quad.String, quad.LangString, quad.TypedString:
		if q.Object, err = literalAt(line, litOpen, litClose); err != nil {
			return graph.Quad{}, fmt.Errorf("object: %w", err)
		}
	default:
		if q.Object, err = convert(raw.Object); err != nil {
			return graph.Quad{}, fmt.Errorf("object: %w", err)
		}
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

// convert turns an IRI or blank node of the library's raw-mode parser into
// a graph.Term. checkEscapes has rejected the empty IRI <>, which the
// parser would return as the string "<>".
func convert(v quad.Value) (graph.Term, error) {
	switch v := v.(type) {
	case quad.IRI:
		return graph.IRI(v), nil
	case quad.BNode:
		return graph.BlankNode(v), nil
	}
	return nil, fmt.Errorf("unexpected %T from the parser", v)
}

// literalAt reads the literal whose quotes are at line[open] and
// line[close], with the language tag or datatype that follows it.
//
// The library's raw-mode parser cannot be trusted with literals: it decodes
// the escapes first and then guesses the parts from the decoded text,
// splitting at the first '"@' or '"^^<' (wrong for "a\"@b"@en) and, when
// the value itself starts with '@' or '^^<' ("@x"@en), giving the whole
// text, quotes and tag included, as a plain string. The parser has checked
// the grammar, and checkEscapes every escape, so the line can be read
// directly: the value is between the quotes, a tag or "^^<datatype>"
// follows the closing quote.
func literalAt(line string, open, close int) (graph.Literal, error) {
	if open < 0 || close <= open {
		return graph.Literal{}, errors.New("literal not found in the line")
	}
	l := graph.Literal{Value: unescape(line[open+1 : close])}
	rest := line[close+1:]
	switch {
	case strings.HasPrefix(rest, "@"):
		n := 1
		for n < len(rest) && (isAlpha(rest[n]) || isDigit(rest[n]) || rest[n] == '-') {
			n++
		}
		l.Lang = rest[1:n]
	case strings.HasPrefix(rest, "^^<"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return graph.Literal{}, errors.New("datatype IRI without its closing '>'")
		}
		l.Datatype = graph.IRI(unescape(rest[3:end]))
		if l.Datatype == graph.XSDString {
			l.Datatype = ""
		}
	}
	return l, nil
}

// unescape decodes the ECHAR and UCHAR escapes of a literal's value or an
// IRI, which checkEscapes has found valid.
func unescape(s string) string {
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i >= 0 {
		sb.WriteString(s[:i])
		e := s[i+1]
		s = s[i+2:]
		switch e {
		case 't':
			sb.WriteByte('\t')
		case 'b':
			sb.WriteByte('\b')
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 'f':
			sb.WriteByte('\f')
		case 'u', 'U':
			n := 4
			if e == 'U' {
				n = 8
			}
			v, _ := strconv.ParseUint(s[:n], 16, 32)
			sb.WriteRune(rune(v))
			s = s[n:]
		default: // '"', '\'', '\\'
			sb.WriteByte(e)
		}
		i = strings.IndexByte(s, '\\')
	}
	sb.WriteString(s)
	return sb.String()
}
