package nquads

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Writer writes quads as canonical N-Quads, one a line.
//
// It does not use the library's writer, which escapes only \\ \" \n \r \t in
// literals and so writes other control characters raw, writes language tags
// in their given case and, given quad.Raw values, whatever text they hold:
// valid N-Quads but not the canonical form.
type Writer struct {
	bw  *bufio.Writer
	err error // first write error; every later call returns it
}

// NewWriter returns a Writer to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	return &Writer{bw: bufio.NewWriterSize(w, 64<<10)}
}

// Write validates q and writes it as one line. An invalid quad gives an
// *Error and nothing is written; the Writer stays usable. A write error of
// the underlying writer is returned by this and every later call.
func (w *Writer) Write(q graph.Quad) error {
	if w.err != nil {
		return w.err
	}
	if err := Validate(q); err != nil {
		return &Error{Msg: "cannot write quad", Err: err}
	}
	writeTerm(w.bw, q.Subject)
	w.bw.WriteByte(' ')
	writeTerm(w.bw, q.Predicate)
	w.bw.WriteByte(' ')
	writeTerm(w.bw, q.Object)
	if q.Graph != nil {
		w.bw.WriteByte(' ')
		writeTerm(w.bw, q.Graph)
	}
	_, w.err = w.bw.WriteString(" .\n")
	return w.err
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.bw.Flush()
	return w.err
}

// writeTerm writes a validated term in canonical form. Errors of bw are
// sticky and surface at the next WriteString or Flush.
func writeTerm(bw *bufio.Writer, t graph.Term) {
	switch t := t.(type) {
	case graph.IRI:
		bw.WriteByte('<')
		bw.WriteString(string(t))
		bw.WriteByte('>')
	case graph.BlankNode:
		bw.WriteString("_:")
		bw.WriteString(string(t))
	case graph.Literal:
		bw.WriteByte('"')
		writeEscaped(bw, t.Value)
		bw.WriteByte('"')
		switch {
		case t.Lang != "":
			bw.WriteByte('@')
			bw.WriteString(strings.ToLower(t.Lang))
		case t.Datatype != "" && t.Datatype != graph.XSDString:
			bw.WriteString("^^<")
			bw.WriteString(string(t.Datatype))
			bw.WriteByte('>')
		}
	}
}

// writeEscaped writes a literal's value as the canonical form escapes it:
// \b \t \n \f \r \" \\ as ECHARs, the other characters U+0000 to U+001F,
// U+007F, U+FFFE and U+FFFF as \uXXXX with upper-case hex digits, and every
// other character as itself.
func writeEscaped(bw *bufio.Writer, s string) {
	const hexDigits = "0123456789ABCDEF"
	start := 0
	for i, r := range s {
		var esc string
		switch r {
		case '\b':
			esc = `\b`
		case '\t':
			esc = `\t`
		case '\n':
			esc = `\n`
		case '\f':
			esc = `\f`
		case '\r':
			esc = `\r`
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		default:
			if r >= 0x20 && r != 0x7F && r != 0xFFFE && r != 0xFFFF {
				continue
			}
		}
		bw.WriteString(s[start:i])
		if esc != "" {
			bw.WriteString(esc)
		} else {
			bw.WriteString(`\u`)
			for shift := 12; shift >= 0; shift -= 4 {
				bw.WriteByte(hexDigits[r>>shift&0xF])
			}
		}
		start = i + utf8.RuneLen(r)
	}
	bw.WriteString(s[start:])
}
