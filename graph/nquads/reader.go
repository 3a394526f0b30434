package nquads

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
)

// DefaultMaxLineBytes is the longest line a Reader accepts unless told
// otherwise: far more than any statement this project writes (an evidence
// sentence, a label), small enough that input without line ends, such as
// /dev/zero, cannot take all memory.
const DefaultMaxLineBytes = 64 << 20

// Reader reads quads from N-Quads input, one statement a line. Blank lines
// and comment lines are skipped; lines end with LF, CRLF or CR.
type Reader struct {
	// MaxLineBytes is the longest line, in bytes without its end of line,
	// that Read parses; a longer line is skipped, without being held in
	// memory, and reported as an *Error. Zero means DefaultMaxLineBytes.
	MaxLineBytes int

	br      *bufio.Reader
	file    string
	line    int           // number of the last line returned by nextLine
	pending []pendingLine // complete lines not yet returned, in order
	acc     []byte        // the line being read, up to MaxLineBytes
	n       int           // length of the line being read, however long
	skipLF  bool          // the last line ended with CR: an LF next is part of its end
	end     error         // io.EOF or the read error that ended the input
}

// pendingLine is one line as read: its text, or, when it was too long, only
// its length.
type pendingLine struct {
	text    string
	tooLong int
}

// NewReader returns a Reader of r; file names r in error messages.
func NewReader(r io.Reader, file string) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, 64<<10), file: file}
}

// Read returns the next quad. At the end of the input it returns io.EOF. A
// bad line gives an *Error naming the file and line; the next call goes on
// with the line after it. Any other error comes from the underlying reader.
func (r *Reader) Read() (graph.Quad, error) {
	return r.ReadContext(context.Background())
}

// ReadContext is Read that stops with ctx's error once ctx is done. It
// looks at ctx before each line and each 64 KiB of a long line; a read of
// the underlying reader that blocks is not interrupted, so a caller reading
// a pipe or a terminal gives a reader that returns when ctx ends.
func (r *Reader) ReadContext(ctx context.Context) (graph.Quad, error) {
	for {
		line, err := r.nextLine(ctx)
		if err != nil {
			return graph.Quad{}, err
		}
		if line.tooLong > 0 {
			return graph.Quad{}, &Error{File: r.file, Line: r.line,
				Msg: fmt.Sprintf("line of %d bytes is longer than the limit of %d bytes; skipped", line.tooLong, r.maxLine())}
		}
		if isBlankOrComment(line.text) {
			continue
		}
		q, err := parseLine(line.text)
		if err != nil {
			return graph.Quad{}, &Error{File: r.file, Line: r.line, Msg: "invalid N-Quads statement", Err: err}
		}
		return q, nil
	}
}

// isBlankOrComment reports whether a line holds only spaces and tabs, or a
// comment after them.
func isBlankOrComment(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ', '\t':
		case '#':
			return true
		default:
			return false
		}
	}
	return true
}

func (r *Reader) maxLine() int {
	if r.MaxLineBytes > 0 {
		return r.MaxLineBytes
	}
	return DefaultMaxLineBytes
}

// nextLine returns the next line without its end-of-line characters.
func (r *Reader) nextLine(ctx context.Context) (pendingLine, error) {
	for len(r.pending) == 0 {
		if r.end != nil {
			return pendingLine{}, r.end
		}
		if err := ctx.Err(); err != nil {
			return pendingLine{}, err
		}
		chunk, err := r.br.ReadSlice('\n')
		r.scan(chunk)
		switch {
		case err == nil, errors.Is(err, bufio.ErrBufferFull):
		case err == io.EOF:
			if r.n > 0 {
				r.endLine()
			}
			r.end = io.EOF
		default:
			r.end = fmt.Errorf("read %s: %w", r.name(), err)
		}
	}
	line := r.pending[0]
	r.pending[0] = pendingLine{}
	r.pending = r.pending[1:]
	r.line++
	return line, nil
}

// scan splits a chunk of input at its line ends, queueing complete lines.
func (r *Reader) scan(chunk []byte) {
	for len(chunk) > 0 {
		if r.skipLF {
			r.skipLF = false
			if chunk[0] == '\n' {
				chunk = chunk[1:]
				continue
			}
		}
		i := bytes.IndexByte(chunk, '\r')
		if j := bytes.IndexByte(chunk, '\n'); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			r.add(chunk)
			return
		}
		r.add(chunk[:i])
		r.skipLF = chunk[i] == '\r'
		r.endLine()
		chunk = chunk[i+1:]
	}
}

// add appends b to the line being read, keeping only its length once the
// line is longer than the limit.
func (r *Reader) add(b []byte) {
	r.n += len(b)
	if r.n > r.maxLine() {
		r.acc = r.acc[:0]
		return
	}
	r.acc = append(r.acc, b...)
}

// endLine queues the line being read.
func (r *Reader) endLine() {
	if r.n > r.maxLine() {
		r.pending = append(r.pending, pendingLine{tooLong: r.n})
	} else {
		r.pending = append(r.pending, pendingLine{text: string(r.acc)})
	}
	r.acc, r.n = r.acc[:0], 0
	if cap(r.acc) > 1<<20 {
		r.acc = nil // do not keep a long line's buffer for the short ones
	}
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
	return ReadAllContext(context.Background(), r, file)
}

// ReadAllContext is ReadAll that stops when ctx is done, returning the
// quads read so far and ctx's error joined last (see ReadContext).
func ReadAllContext(ctx context.Context, r io.Reader, file string) ([]graph.Quad, error) {
	return NewReader(r, file).ReadAllContext(ctx)
}

// ReadAllContext reads the rest of r's input as the function ReadAllContext
// does, with r's settings.
func (r *Reader) ReadAllContext(ctx context.Context) ([]graph.Quad, error) {
	var quads []graph.Quad
	var errs []error
	for {
		q, err := r.ReadContext(ctx)
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
