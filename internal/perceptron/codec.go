package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model files of the tagger, the lemmatizer and the parser share one
// envelope: a magic string naming the kind of model and its format
// version, then a gzip stream (whose CRC catches corruption and
// truncation) of the model's fields, integers as varints. Write and Read
// handle the envelope; the model's own code writes and reads its fields
// with a Writer and a Reader.

// Format identifies the files of one kind of model.
type Format struct {
	// Magic opens every file.
	Magic string
	// Version follows Magic, in VersionBytes little-endian bytes (one
	// when VersionBytes is 0). It changes with the fields, or with what
	// they mean, so that a file of another version fails to load.
	Version      int
	VersionBytes int
}

// header returns the bytes that open a file of format f.
func (f Format) header() []byte {
	h := []byte(f.Magic)
	for i := range max(f.VersionBytes, 1) {
		h = append(h, byte(f.Version>>(8*i)))
	}
	return h
}

// Writer encodes the fields of a model, remembering the first error.
type Writer struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

// Uvarint writes v as an unsigned varint.
func (m *Writer) Uvarint(v uint64) {
	if m.err == nil {
		n := binary.PutUvarint(m.buf[:], v)
		_, m.err = m.w.Write(m.buf[:n])
	}
}

// Varint writes v as a signed (zigzag) varint.
func (m *Writer) Varint(v int64) {
	if m.err == nil {
		n := binary.PutVarint(m.buf[:], v)
		_, m.err = m.w.Write(m.buf[:n])
	}
}

// String writes the length of s, then its bytes.
func (m *Writer) String(s string) {
	m.Uvarint(uint64(len(s)))
	if m.err == nil {
		_, m.err = m.w.WriteString(s)
	}
}

// Reader decodes the fields of a model, remembering the first error; once
// there is one, every method returns a zero value.
type Reader struct {
	r   *bufio.Reader
	err error
}

// ErrCorrupt is wrapped by every decoding error about the data itself.
var ErrCorrupt = errors.New("corrupt model data")

// Err returns the first error met, nil if none.
func (m *Reader) Err() error { return m.err }

// Fail records that the data is corrupt, as the message says, unless an
// error was met before.
func (m *Reader) Fail(format string, args ...any) {
	if m.err == nil {
		m.err = fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
	}
}

// Uvarint reads an unsigned varint.
func (m *Reader) Uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(m.r)
	if err != nil {
		m.err = fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	}
	return v
}

// Varint reads a signed varint.
func (m *Reader) Varint() int64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(m.r)
	if err != nil {
		m.err = fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	}
	return v
}

// Count reads a count or an index, and fails, naming it what, when it
// exceeds limit.
func (m *Reader) Count(limit int, what string) int {
	v := m.Uvarint()
	if v > uint64(limit) {
		m.Fail("%s %d exceeds limit %d", what, v, limit)
		return 0
	}
	return int(v)
}

// maxString bounds the strings of a model file.
const maxString = 1 << 12

// String reads a string written by Writer.String.
func (m *Reader) String() string {
	n := m.Count(maxString, "string length")
	if m.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(m.r, b); err != nil {
		m.err = fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
		return ""
	}
	return string(b)
}

// Float32 reads a float32 written as the Uvarint of its bits.
func (m *Reader) Float32() float32 {
	v := m.Uvarint()
	if v > math.MaxUint32 {
		m.Fail("float out of range")
	}
	return math.Float32frombits(uint32(v))
}

// noEOF turns a bare io.EOF, which means truncated data here, into
// io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Write writes a model file of format f to w, with the fields that body
// encodes, and returns the bytes written.
func Write(w io.Writer, f Format, body func(*Writer)) (int64, error) {
	cw := &countingWriter{w: w}
	if _, err := cw.Write(f.header()); err != nil {
		return cw.n, err
	}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, err
	}
	m := &Writer{w: bufio.NewWriter(zw)}
	body(m)
	if m.err == nil {
		m.err = m.w.Flush()
	}
	if m.err == nil {
		m.err = zw.Close()
	}
	return cw.n, m.err
}

// Read checks that r holds a model file of format f and decodes its fields
// with body. It fails on trailing data and on any checksum mismatch, and
// every error about the data wraps ErrCorrupt.
func Read(r io.Reader, f Format, body func(*Reader)) error {
	want := f.header()
	head := make([]byte, len(want))
	if _, err := io.ReadFull(r, head); err != nil {
		return fmt.Errorf("read header: %w", noEOF(err))
	}
	if string(head[:len(f.Magic)]) != f.Magic {
		return fmt.Errorf("%w: bad magic, not a %q model", ErrCorrupt, f.Magic)
	}
	if string(head) != string(want) {
		v := 0
		for i, b := range head[len(f.Magic):] {
			v |= int(b) << (8 * i)
		}
		return fmt.Errorf("%w: %s model version %d, want %d", ErrCorrupt, f.Magic, v, f.Version)
	}
	br := bufio.NewReader(r) // a ByteReader, so gzip reads no further than its stream
	zr, err := gzip.NewReader(br)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	}
	zr.Multistream(false)
	m := &Reader{r: bufio.NewReader(zr)}
	body(m)
	if m.err != nil {
		return m.err
	}
	// Reading to the end verifies the gzip checksum and length.
	if n, err := io.Copy(io.Discard, m.r); err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	} else if n > 0 {
		return fmt.Errorf("%w: %d bytes of trailing data", ErrCorrupt, n)
	}
	if _, err := br.Peek(1); err != io.EOF {
		return fmt.Errorf("%w: trailing data after the model", ErrCorrupt)
	}
	return nil
}
