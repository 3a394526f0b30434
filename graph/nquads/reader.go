package nquads

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Reader reads quads from N-Quads input, one statement a line. Blank lines
// and comment lines are skipped; lines end with LF, CRLF or CR.
type Reader struct {
	br      *bufio.Reader
	file    string
	line    int      // number of the last line returned by nextLine
	pending []string // lines split off a chunk at lone CRs, in order
	buf     []byte
}

// NewReader returns a Reader of r; file names r in error messages.
func NewReader(r io.Reader, file string) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), file: file}
}

// Read returns the next quad. At the end of the input it returns io.EOF. A
// bad line gives an *Error naming the file and line; the next call goes on
// with the line after it. Any other error comes from the underlying reader.
func (r *Reader) Read() (graph.Quad, error) {
	for {
		line, err := r.nextLine()
		if err != nil {
			return graph.Quad{}, err
		}
		stmt := strings.Trim(line, " \t")
		if stmt == "" || stmt[0] == '#' {
			continue
		}
		q, err := parseLine(line)
		if err != nil {
			return graph.Quad{}, &Error{File: r.file, Line: r.line, Msg: "invalid N-Quads statement", Err: err}
		}
		return q, nil
	}
}

// nextLine returns the next line without its end-of-line characters.
func (r *Reader) nextLine() (string, error) {
	if len(r.pending) == 0 {
		r.buf = r.buf[:0]
		for {
			chunk, err := r.br.ReadSlice('\n')
			r.buf = append(r.buf, chunk...)
			if err == nil {
				break
			}
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if err == io.EOF && len(r.buf) > 0 {
				break
			}
			if err == io.EOF {
				return "", io.EOF
			}
			return "", fmt.Errorf("read %s: %w", r.name(), err)
		}
		b := bytes.TrimSuffix(r.buf, []byte("\n"))
		b = bytes.TrimSuffix(b, []byte("\r"))
		if bytes.IndexByte(b, '\r') < 0 {
			r.line++
			return string(b), nil
		}
		r.pending = strings.Split(string(b), "\r")
	}
	line := r.pending[0]
	r.pending = r.pending[1:]
	r.line++
	return line, nil
}

func (r *Reader) name() string {
	if r.file == "" {
		return "input"
	}
	return r.file
}

// ReadAll reads every quad of r. It returns the quads of every valid line,
// in order, and errors.Join of the *Error of every bad line (nil if there is
// none). A read error of r itself ends the reading and is joined last.
func ReadAll(r io.Reader, file string) ([]graph.Quad, error) {
	rd := NewReader(r, file)
	var quads []graph.Quad
	var errs []error
	for {
		q, err := rd.Read()
		if err == io.EOF {
			break
		}
		var lineErr *Error
		if errors.As(err, &lineErr) {
			errs = append(errs, err)
			continue
		}
		if err != nil {
			errs = append(errs, err)
			break
		}
		quads = append(quads, q)
	}
	return quads, errors.Join(errs...)
}
