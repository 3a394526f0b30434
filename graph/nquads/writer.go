package nquads

import (
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
//
// It hands the underlying writer whole lines only, so output that stops
// because a write failed, or because the program was stopped between two
// writes, never ends in the middle of a statement.
type Writer struct {
	w    io.Writer
	buf  []byte // whole lines not yet written
	line []byte // the line being built
	err  error  // first write error; every later call returns it
}

// writerBufferSize is how much Writer gathers before writing.
const writerBufferSize = 64 << 10

// NewWriter returns a Writer to w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, buf: make([]byte, 0, writerBufferSize)}
}

// Write validates q and writes it as one line. An invalid quad gives an
// *Error and nothing is written; the Writer stays usable. A literal value
// that is not valid UTF-8 is not an error: it is written with each invalid
// byte replaced by U+FFFD, so that one bad value cannot stop the output. A
// write error of the underlying writer is returned by this and every later
// call.
func (w *Writer) Write(q graph.Quad) error {
	if w.err != nil {
		return w.err
	}
	if l, ok := q.Object.(graph.Literal); ok && !utf8.ValidString(l.Value) {
		l.Value = toValidUTF8(l.Value)
		q.Object = l
	}
	if err := Validate(q); err != nil {
		return &Error{Msg: "cannot write quad", Err: err}
	}
	b := w.line[:0]
	b = appendTerm(b, q.Subject)
	b = append(b, ' ')
	b = appendTerm(b, q.Predicate)
	b = append(b, ' ')
	b = appendTerm(b, q.Object)
	if q.Graph != nil {
		b = append(b, ' ')
		b = appendTerm(b, q.Graph)
	}
	b = append(b, " .\n"...)
	w.line = b
	if len(w.buf)+len(b) > writerBufferSize && len(w.buf) > 0 {
		if err := w.writeOut(w.buf); err != nil {
			return err
		}
		w.buf = w.buf[:0]
	}
	if len(b) > writerBufferSize {
		err := w.writeOut(b)
		w.line = nil // do not keep a long line's buffer
		return err
	}
	w.buf = append(w.buf, b...)
	return nil
}

// writeOut writes b, whole lines, to the underlying writer.
func (w *Writer) writeOut(b []byte) error {
	n, err := w.w.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	w.err = err
	return err
}

// Flush writes the lines gathered so far to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if len(w.buf) > 0 {
		if err := w.writeOut(w.buf); err != nil {
			return err
		}
		w.buf = w.buf[:0]
	}
	return nil
}

// toValidUTF8 replaces each byte of s that is not part of a valid UTF-8
// sequence with U+FFFD.
func toValidUTF8(s string) string {
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for _, r := range s {
		sb.WriteRune(r) // ranging over a string yields U+FFFD for each bad byte
	}
	return sb.String()
}

// appendTerm appends a validated term in canonical form to b.
func appendTerm(b []byte, t graph.Term) []byte {
	switch t := t.(type) {
	case graph.IRI:
		b = append(b, '<')
		b = append(b, t...)
		b = append(b, '>')
	case graph.BlankNode:
		b = append(b, "_:"...)
		b = append(b, t...)
	case graph.Literal:
		b = append(b, '"')
		b = appendEscaped(b, t.Value)
		b = append(b, '"')
		switch {
		case t.Lang != "":
			b = append(b, '@')
			b = append(b, strings.ToLower(t.Lang)...)
		case t.Datatype != "" && t.Datatype != graph.XSDString:
			b = append(b, "^^<"...)
			b = append(b, t.Datatype...)
			b = append(b, '>')
		}
	}
	return b
}

// appendEscaped appends a literal's value as the canonical form escapes it:
// \b \t \n \f \r \" \\ as ECHARs, the other characters U+0000 to U+001F,
// U+007F, U+FFFE and U+FFFF as \uXXXX with upper-case hex digits, and every
// other character as itself.
func appendEscaped(b []byte, s string) []byte {
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
		b = append(b, s[start:i]...)
		if esc != "" {
			b = append(b, esc...)
		} else {
			b = append(b, `\u`...)
			for shift := 12; shift >= 0; shift -= 4 {
				b = append(b, hexDigits[r>>shift&0xF])
			}
		}
		start = i + utf8.RuneLen(r)
	}
	return append(b, s[start:]...)
}
