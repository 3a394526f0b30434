package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model files of the tagger and the lemmatizer share one envelope: a
// magic string naming the model and a version byte, then a gzip stream
// (whose CRC catches corruption and truncation) of varint-encoded fields.

// modelWriter encodes the fields of a model, remembering the first error.
type modelWriter struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (m *modelWriter) uvarint(v uint64) {
	if m.err == nil {
		n := binary.PutUvarint(m.buf[:], v)
		_, m.err = m.w.Write(m.buf[:n])
	}
}

func (m *modelWriter) varint(v int64) {
	if m.err == nil {
		n := binary.PutVarint(m.buf[:], v)
		_, m.err = m.w.Write(m.buf[:n])
	}
}

func (m *modelWriter) str(s string) {
	m.uvarint(uint64(len(s)))
	if m.err == nil {
		_, m.err = m.w.WriteString(s)
	}
}

// modelReader decodes the fields of a model, remembering the first error.
type modelReader struct {
	r   *bufio.Reader
	err error
}

// errCorrupt is wrapped by every decoding error about the data itself.
var errCorrupt = errors.New("corrupt model data")

func (m *modelReader) fail(format string, args ...any) {
	if m.err == nil {
		m.err = fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
	}
}

func (m *modelReader) uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(m.r)
	if err != nil {
		m.err = fmt.Errorf("%w: %w", errCorrupt, noEOF(err))
	}
	return v
}

func (m *modelReader) varint() int64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(m.r)
	if err != nil {
		m.err = fmt.Errorf("%w: %w", errCorrupt, noEOF(err))
	}
	return v
}

// count reads a length and checks it against limit.
func (m *modelReader) count(limit int, what string) int {
	v := m.uvarint()
	if v > uint64(limit) {
		m.fail("%s %d exceeds limit %d", what, v, limit)
		return 0
	}
	return int(v)
}

// maxModelString bounds the strings of a model file.
const maxModelString = 1 << 12

func (m *modelReader) str() string {
	n := m.count(maxModelString, "string length")
	if m.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(m.r, b); err != nil {
		m.err = fmt.Errorf("%w: %w", errCorrupt, noEOF(err))
		return ""
	}
	return string(b)
}

func (m *modelReader) float32() float32 {
	v := m.uvarint()
	if v > math.MaxUint32 {
		m.fail("float out of range")
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

// writeModel writes the envelope with the given magic and version around
// the fields that body encodes, and returns the bytes written.
func writeModel(w io.Writer, magic string, version byte, body func(*modelWriter)) (int64, error) {
	cw := &countingWriter{w: w}
	if _, err := io.WriteString(cw, magic); err != nil {
		return cw.n, err
	}
	if _, err := cw.Write([]byte{version}); err != nil {
		return cw.n, err
	}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, err
	}
	m := &modelWriter{w: bufio.NewWriter(zw)}
	body(m)
	if m.err == nil {
		m.err = m.w.Flush()
	}
	if m.err == nil {
		m.err = zw.Close()
	}
	return cw.n, m.err
}

// readModel checks the envelope's magic and version and decodes its fields
// with body. It fails on trailing data and on any checksum mismatch.
func readModel(r io.Reader, magic string, version byte, body func(*modelReader)) error {
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(r, head); err != nil {
		return fmt.Errorf("read header: %w", noEOF(err))
	}
	if string(head[:len(magic)]) != magic {
		return fmt.Errorf("%w: not a %q model", errCorrupt, magic)
	}
	if head[len(magic)] != version {
		return fmt.Errorf("%w: %s model version %d, want %d", errCorrupt, magic, head[len(magic)], version)
	}
	br := bufio.NewReader(r) // a ByteReader, so gzip reads no further than its stream
	zr, err := gzip.NewReader(br)
	if err != nil {
		return fmt.Errorf("%w: %w", errCorrupt, noEOF(err))
	}
	zr.Multistream(false)
	m := &modelReader{r: bufio.NewReader(zr)}
	body(m)
	if m.err != nil {
		return m.err
	}
	// Reading to the end verifies the gzip checksum and length.
	if n, err := io.Copy(io.Discard, m.r); err != nil {
		return fmt.Errorf("%w: %w", errCorrupt, noEOF(err))
	} else if n > 0 {
		return fmt.Errorf("%w: %d bytes of trailing data", errCorrupt, n)
	}
	if _, err := br.Peek(1); err != io.EOF {
		return fmt.Errorf("%w: trailing data after the model", errCorrupt)
	}
	return nil
}
