package perceptron

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"

	"github.com/klauspost/compress/zstd"
)

// The model files of the tagger, the lemmatizer, the parser and the
// named-entity recogniser share one envelope: a magic string naming the
// kind of model and its format version, then a compressed stream, with a
// CRC that catches corruption and truncation, of the model's fields:
// integers as varints or as fixed-size little-endian words. Write and Read
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
	// Stream is how the fields are compressed and checked.
	Stream Stream
}

// Stream is how the fields of a model file are compressed and checked:
// Write writes the stream its Format names. Read also takes a Zstd frame,
// told by its magic number, in place of a Gzip or DeflateCRC stream, and a
// Gzip stream in place of a Zstd frame, so that a format can move to
// another compressor without a new version: a file's fields, not the bytes
// they are packed into, are its model.
type Stream int

const (
	// Gzip fields are a gzip stream, whose trailer holds their CRC-32 and
	// length.
	Gzip Stream = iota
	// DeflateCRC fields are a raw DEFLATE stream, in which they are
	// followed by their CRC-32 (IEEE), little-endian. At most
	// maxDeflateBody bytes are inflated.
	DeflateCRC
	// Zstd fields are a Zstandard frame (RFC 8878) with their XXH64
	// checksum. Inflating it is an order of magnitude faster than
	// inflating DEFLATE, and the models of the syntax pipeline, tens of
	// megabytes of fields, are read at every start of the command.
	Zstd
)

// zstdMagic opens every Zstandard frame. No DEFLATE stream opens with it
// (as a stored block, its length and the length's complement disagree),
// nor does gzip's.
var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// maxDeflateBody bounds the fields of a DeflateCRC file, which Read
// inflates whole to check them before decoding, so that corrupt input
// cannot make it allocate without limit.
const maxDeflateBody = 256 << 20

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

// Byte writes b.
func (m *Writer) Byte(b byte) {
	if m.err == nil {
		m.err = m.w.WriteByte(b)
	}
}

// Fixed32 writes v in four little-endian bytes.
func (m *Writer) Fixed32(v uint32) {
	if m.err == nil {
		_, m.err = m.w.Write(binary.LittleEndian.AppendUint32(m.buf[:0], v))
	}
}

// Fixed64 writes v in eight little-endian bytes.
func (m *Writer) Fixed64(v uint64) {
	if m.err == nil {
		_, m.err = m.w.Write(binary.LittleEndian.AppendUint64(m.buf[:0], v))
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
	r   *fieldReader
	err error
}

// fieldReader buffers the fields of a model file as a bufio.Reader would,
// and lets Reader decode varints straight from its buffer.
type fieldReader struct {
	src      io.Reader
	buf      []byte
	pos, end int   // buf[pos:end] is read from src, not yet consumed
	err      error // src's error, returned once buf[pos:end] is consumed
}

// fieldBuffer is the size of a fieldReader's buffer.
const fieldBuffer = 64 << 10

func newFieldReader(src io.Reader) *fieldReader {
	return &fieldReader{src: src, buf: make([]byte, fieldBuffer)}
}

// bytesFieldReader returns a fieldReader of the fields b, inflated whole,
// which it buffers as they are, without copying them.
func bytesFieldReader(b []byte) *fieldReader {
	return &fieldReader{buf: b, end: len(b), err: io.EOF}
}

// fill moves the unread bytes to the front of the buffer and reads more
// after them, unless src has failed.
func (f *fieldReader) fill() {
	if f.pos > 0 {
		copy(f.buf, f.buf[f.pos:f.end])
		f.end -= f.pos
		f.pos = 0
	}
	for range 100 { // as bufio gives up on a reader that returns nothing
		if f.err != nil || f.end == len(f.buf) {
			return
		}
		n, err := f.src.Read(f.buf[f.end:])
		f.end += n
		f.err = err
		if n > 0 {
			return
		}
	}
	f.err = io.ErrNoProgress
}

// Read implements io.Reader.
func (f *fieldReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if f.pos == f.end {
		f.fill()
		if f.pos == f.end {
			return 0, f.err
		}
	}
	n := copy(p, f.buf[f.pos:f.end])
	f.pos += n
	return n, nil
}

// ReadByte implements io.ByteReader.
func (f *fieldReader) ReadByte() (byte, error) {
	if f.pos == f.end {
		f.fill()
		if f.pos == f.end {
			return 0, f.err
		}
	}
	b := f.buf[f.pos]
	f.pos++
	return b, nil
}

// ErrCorrupt is wrapped by every decoding error about the data itself.
var ErrCorrupt = errors.New("corrupt model data")

// Err returns the first error met, nil if none.
func (m *Reader) Err() error { return m.err }

// Fail records that the data is corrupt, as the message says, unless an
// error was met before.
func (m *Reader) Fail(format string, args ...any) {
	if m.err == nil {
		m.stop(fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...)))
	}
}

// stop records err, the first error, and drops what is buffered, so that
// no read returns anything more.
func (m *Reader) stop(err error) {
	m.err = err
	if m.r != nil {
		m.r.pos = m.r.end
	}
}

// read returns what f reads, unless an error was met before; on an error
// it records it and returns the zero value.
func read[T any](m *Reader, f func() (T, error)) T {
	var zero T
	if m.err != nil {
		return zero
	}
	v, err := f()
	if err != nil {
		m.setErr(err)
		return zero
	}
	return v
}

// Uvarint reads an unsigned varint.
//
// The weight tables of a model are millions of varints, so this path
// allocates nothing and decodes from the bytes buffered, without reading
// more; a varint cut by the end of the buffer, the end of the data or a
// read error, or an overlong one, goes through binary.ReadUvarint, which
// reads on and gives the error.
func (m *Reader) Uvarint() uint64 {
	// Inlined, for most weights are one byte. Once there is an error the
	// buffer is empty (see stop), so that this path needs not look at it.
	if f := m.r; f.pos < f.end && f.buf[f.pos] < 0x80 {
		f.pos++
		return uint64(f.buf[f.pos-1])
	}
	return m.uvarint()
}

// uvarint is Uvarint's path for varints of several bytes, the end of the
// buffer and errors.
func (m *Reader) uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	f := m.r
	if v, n := binary.Uvarint(f.buf[f.pos:f.end]); n > 0 {
		f.pos += n
		return v
	}
	v, err := binary.ReadUvarint(f)
	if err != nil {
		m.setErr(err)
		return 0
	}
	return v
}

// Int8s reads len(dst) signed varints into dst, as Varint would, and fails
// on the first that is out of the range of an int8. On an error the rest
// of dst is left as it was.
func (m *Reader) Int8s(dst []int8) {
	f := m.r
	for i := 0; i < len(dst); {
		// Most weights are varints of one byte, -64 to 63, always in
		// range: decode those buffered in one tight loop.
		n := min(len(dst)-i, f.end-f.pos)
		src, out := f.buf[f.pos:f.pos+n], dst[i:i+n]
		k := 0
		for ; k < n; k++ {
			b := src[k]
			if b >= 0x80 {
				break
			}
			out[k] = int8(b>>1) ^ -int8(b&1)
		}
		f.pos += k
		if i += k; i == len(dst) {
			return
		}
		// a longer varint, or the end of the buffer
		ux := m.uvarint()
		if m.err != nil {
			return
		}
		v := int64(ux >> 1)
		if ux&1 != 0 {
			v = ^v
		}
		if v < math.MinInt8 || v > math.MaxInt8 {
			m.Fail("weight %d out of range", v)
			return
		}
		dst[i] = int8(v)
		i++
	}
}

// Varint reads a signed (zigzag) varint.
func (m *Reader) Varint() int64 {
	ux := m.Uvarint()
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x
}

// setErr records err, met reading the data, as corruption.
func (m *Reader) setErr(err error) {
	m.stop(fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err)))
}

// Byte reads a byte.
func (m *Reader) Byte() byte {
	if m.err != nil {
		return 0
	}
	b, err := m.r.ReadByte()
	if err != nil {
		m.setErr(err)
		return 0
	}
	return b
}

// fixed reads n little-endian bytes.
func (m *Reader) fixed(n int) uint64 {
	return read(m, func() (uint64, error) {
		var b [8]byte
		_, err := io.ReadFull(m.r, b[:n])
		return binary.LittleEndian.Uint64(b[:]), err
	})
}

// Fixed32 reads a word written by Writer.Fixed32.
func (m *Reader) Fixed32() uint32 { return uint32(m.fixed(4)) }

// Fixed64 reads a word written by Writer.Fixed64.
func (m *Reader) Fixed64() uint64 { return m.fixed(8) }

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
	return read(m, func() (string, error) {
		b := make([]byte, n)
		_, err := io.ReadFull(m.r, b)
		return string(b), err
	})
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
	switch f.Stream {
	case DeflateCRC:
		return cw.n, writeDeflateCRC(cw, body)
	case Zstd:
		return cw.n, writeZstd(cw, body)
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

// writeDeflateCRC writes the fields that body encodes to w as a DeflateCRC
// stream.
func writeDeflateCRC(w io.Writer, body func(*Writer)) error {
	zw, err := flate.NewWriter(w, flate.BestCompression)
	if err != nil {
		return err
	}
	crc := crc32.NewIEEE()
	m := &Writer{w: bufio.NewWriter(io.MultiWriter(zw, crc))}
	body(m)
	if m.err == nil {
		m.err = m.w.Flush()
	}
	if m.err == nil {
		_, m.err = zw.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
	}
	if m.err == nil {
		m.err = zw.Close()
	}
	return m.err
}

// writeZstd writes the fields that body encodes to w as a Zstd frame,
// compressed at the best level, which is deterministic for a given
// release of the compressor (one goroutine, the whole input at once).
// The frame's window, which its reader allocates, is zstdWindow.
func writeZstd(w io.Writer, body func(*Writer)) error {
	var fields bytes.Buffer
	m := &Writer{w: bufio.NewWriter(&fields)}
	body(m)
	if m.err == nil {
		m.err = m.w.Flush()
	}
	if m.err != nil {
		return m.err
	}
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedBestCompression),
		zstd.WithEncoderCRC(true), zstd.WithEncoderConcurrency(1), zstd.WithWindowSize(zstdWindow))
	if err != nil {
		return err
	}
	defer zw.Close()
	_, err = w.Write(zw.EncodeAll(fields.Bytes(), nil))
	return err
}

// Read checks that r holds a model file of format f and decodes its fields
// with body. It fails on trailing data and on any checksum mismatch, and
// every error about the data wraps ErrCorrupt.
func Read(r io.Reader, f Format, body func(*Reader)) error {
	want := f.header()
	head := make([]byte, len(want))
	if _, err := io.ReadFull(r, head); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return fmt.Errorf("%w: read header: %w", ErrCorrupt, io.ErrUnexpectedEOF)
		}
		return fmt.Errorf("read header: %w", err)
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
	br := bufio.NewReader(r) // a ByteReader, so that inflating reads no further than its stream
	var fields *fieldReader
	if magic, _ := br.Peek(len(zstdMagic)); bytes.Equal(magic, zstdMagic) {
		zr, err := newZstdReader(br)
		if err != nil {
			return err
		}
		defer zr.Close()
		fields = newFieldReader(zr)
	} else if f.Stream == DeflateCRC {
		b, err := inflateCRC(br)
		if err != nil {
			return err
		}
		fields = bytesFieldReader(b)
	} else {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
		}
		zr.Multistream(false)
		fields = newFieldReader(zr)
	}
	m := &Reader{r: fields}
	body(m)
	if m.err != nil {
		return m.err
	}
	// Reading to the end verifies a gzip checksum and length, or a zstd
	// checksum.
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

// Fields checks that data is a whole model file of format f and returns
// its fields uncompressed: what the file says, whatever bytes the
// compressor packed them into. Two files of one format with the same
// fields are the same model.
func Fields(data []byte, f Format) ([]byte, error) {
	var fields []byte
	err := Read(bytes.NewReader(data), f, func(m *Reader) {
		fields = read(m, func() ([]byte, error) { return io.ReadAll(m.r) })
	})
	if err != nil {
		return nil, err
	}
	return fields, nil
}

// zstdWindow is the window of Write's Zstd frames: on the parser's fields
// the default of the best level, 8 MiB, packs them no smaller, and the
// reader holds a window in memory.
const zstdWindow = 2 << 20

// maxZstdWindow bounds the window of a Zstd frame that Read accepts.
const maxZstdWindow = 16 << 20

// newZstdReader returns a reader of the fields of the Zstd frame that r
// opens, which verifies their checksum when it reaches their end. It
// inflates the frame a block at a time into its window, never the whole
// fields at once (a fresh process inflating tens of megabytes into new
// memory spends as long faulting the pages in as inflating), and reads r
// no further than the frame. The caller must close it.
func newZstdReader(r *bufio.Reader) (*zstd.Decoder, error) {
	head, _ := r.Peek(zstd.HeaderMaxSize)
	var h zstd.Header
	switch err := h.Decode(head); {
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	case !h.HasCheckSum:
		return nil, fmt.Errorf("%w: zstd frame without a checksum", ErrCorrupt)
	}
	zr, err := zstd.NewReader(&zstdFrame{r: r, left: h.HeaderSize}, zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxWindow(maxZstdWindow), zstd.WithDecoderMaxMemory(maxDeflateBody))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	}
	return zr, nil
}

// zstdFrame reads one Zstd frame, with a checksum, from r and no further:
// it follows the frame's block headers (RFC 8878, 3.1.1.2) to where the
// frame ends, so that bytes after it are left to Read to find.
type zstdFrame struct {
	r    *bufio.Reader
	left int  // bytes to pass on before the next block header
	last bool // the header of the last block has been passed on
}

func (z *zstdFrame) Read(p []byte) (int, error) {
	if z.left == 0 {
		if z.last {
			return 0, io.EOF
		}
		b, err := z.r.Peek(3)
		if err != nil {
			return 0, noEOF(err)
		}
		h := int(b[0]) | int(b[1])<<8 | int(b[2])<<16
		size := h >> 3 // of a raw or a compressed block
		switch h >> 1 & 3 {
		case 1: // a byte repeated size times
			size = 1
		case 3:
			return 0, errors.New("zstd frame: reserved block type")
		}
		z.left = 3 + size
		if h&1 != 0 { // the last block, then the checksum
			z.last = true
			z.left += 4
		}
	}
	n, err := z.r.Read(p[:min(len(p), z.left)])
	z.left -= n
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// inflateCRC inflates a DeflateCRC stream whole and returns its fields
// once their checksum is verified.
func inflateCRC(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(flate.NewReader(r), maxDeflateBody+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, noEOF(err))
	case len(b) > maxDeflateBody:
		return nil, fmt.Errorf("%w: fields over %d bytes", ErrCorrupt, maxDeflateBody)
	case len(b) < 4:
		return nil, fmt.Errorf("%w: fields of %d bytes", ErrCorrupt, len(b))
	}
	fields, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	if crc32.ChecksumIEEE(fields) != sum {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	return fields, nil
}
