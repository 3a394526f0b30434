package ner

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

// The model file is a header followed by a DEFLATE stream:
//
//	"AGNER" version(1 byte)
//	DEFLATE(
//	  bits(1) labels(1) templates-version(1)
//	  transitions and end weights: float32 each
//	  lexicon: count(uvarint), then per word key(8, little-endian) class(1)
//	  weights: scale(float32) count(uvarint), then per nonzero weight
//	           index gap(uvarint) value(int16 as zigzag varint)
//	  CRC-32 (IEEE) of everything above inside the stream (4)
//	)
//
// Weights are quantised to int16 (nerWeights): a weight is value*scale; the
// index of a weight is row*labels+label.
const (
	nerMagic   = "AGNER"
	nerVersion = 1
	// nerFeatureVersion changes whenever nerFeatures or hashWord change, so
	// that a model is never read with features it was not trained with.
	nerFeatureVersion = 2
)

// nerMaxBody bounds the decompressed model body, so that corrupt input
// cannot make ReadRecognizer allocate without limit.
const nerMaxBody = 256 << 20

// WriteTo writes the recogniser in its binary model format.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	var body bytes.Buffer
	body.Write([]byte{byte(r.bits), byte(nerNumLabels), nerFeatureVersion})
	var b [binary.MaxVarintLen64]byte
	f32 := func(v float32) { body.Write(binary.LittleEndian.AppendUint32(b[:0], math.Float32bits(v))) }
	uv := func(v uint64) { body.Write(binary.AppendUvarint(b[:0], v)) }
	for _, v := range r.trans {
		f32(v)
	}
	for _, v := range r.end {
		f32(v)
	}
	var keys []uint64
	var classes []uint8
	if r.lex != nil {
		keys, classes = r.lex.keys, r.lex.classes
	}
	uv(uint64(len(keys)))
	for i, k := range keys {
		body.Write(binary.LittleEndian.AppendUint64(b[:0], k))
		body.WriteByte(classes[i])
	}
	f32(r.w.scale)
	uv(uint64(len(r.w.entries)))
	last := -1
	for i, row := range r.w.rows {
		for _, e := range r.w.entries[r.w.rowStart[i]:r.w.rowStart[i+1]] {
			k := int(row)*nerNumLabels + int(e.label)
			uv(uint64(k - last))
			body.Write(binary.AppendVarint(b[:0], int64(e.q)))
			last = k
		}
	}
	body.Write(binary.LittleEndian.AppendUint32(b[:0], crc32.ChecksumIEEE(body.Bytes())))

	cw := &countWriter{w: w}
	if _, err := cw.Write(append([]byte(nerMagic), nerVersion)); err != nil {
		return cw.n, fmt.Errorf("write recognizer: %w", err)
	}
	zw, err := flate.NewWriter(cw, flate.BestCompression)
	if err != nil {
		return cw.n, fmt.Errorf("write recognizer: %w", err)
	}
	if _, err := zw.Write(body.Bytes()); err != nil {
		return cw.n, fmt.Errorf("write recognizer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write recognizer: %w", err)
	}
	return cw.n, nil
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrBadModel is wrapped by the errors of ReadRecognizer for input that is
// not a well-formed recogniser model.
var ErrBadModel = errors.New("not a valid recognizer model")

// ReadRecognizer reads a recogniser written by WriteTo.
func ReadRecognizer(rd io.Reader) (*Recognizer, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("read recognizer: %w: %s", ErrBadModel, fmt.Sprintf(format, args...))
	}
	head := make([]byte, len(nerMagic)+1)
	if _, err := io.ReadFull(rd, head); err != nil {
		return nil, bad("header: %v", err)
	}
	if string(head[:len(nerMagic)]) != nerMagic {
		return nil, bad("magic %q", head[:len(nerMagic)])
	}
	if head[len(nerMagic)] != nerVersion {
		return nil, bad("version %d, want %d", head[len(nerMagic)], nerVersion)
	}
	body, err := io.ReadAll(io.LimitReader(flate.NewReader(bufio.NewReader(rd)), nerMaxBody+1))
	if err != nil {
		return nil, bad("decompress: %v", err)
	}
	if len(body) > nerMaxBody {
		return nil, bad("body over %d bytes", nerMaxBody)
	}
	if len(body) < 4 {
		return nil, bad("body of %d bytes", len(body))
	}
	payload := body[:len(body)-4]
	if crc32.ChecksumIEEE(payload) != binary.LittleEndian.Uint32(body[len(body)-4:]) {
		return nil, bad("checksum mismatch")
	}
	d := &modelDecoder{buf: payload}
	bits, labels, fv := d.byte(), d.byte(), d.byte()
	if d.err == nil && (bits < 10 || bits > 24 || int(labels) != nerNumLabels || fv != nerFeatureVersion) {
		return nil, bad("hash bits %d, labels %d, feature version %d", bits, labels, fv)
	}
	r := &Recognizer{bits: uint(bits)}
	for i := range r.trans {
		r.trans[i] = d.float32()
	}
	for i := range r.end {
		r.end[i] = d.float32()
	}
	nlex := d.uvarint()
	if d.err == nil && nlex > uint64(len(d.buf)/9) {
		return nil, bad("lexicon of %d words in %d bytes", nlex, len(d.buf))
	}
	lex := &nerLexicon{keys: make([]uint64, 0, nlex), classes: make([]uint8, 0, nlex)}
	for i := uint64(0); i < nlex && d.err == nil; i++ {
		k, c := d.uint64(), d.byte()
		if len(lex.keys) > 0 && k <= lex.keys[len(lex.keys)-1] || c == 0 {
			return nil, bad("lexicon entry %d out of order or without class", i)
		}
		lex.keys, lex.classes = append(lex.keys, k), append(lex.classes, c)
	}
	r.lex = lex
	w := &nerWeights{scale: d.float32()}
	n := d.uvarint()
	if d.err == nil && n > uint64(len(d.buf)/2) {
		return nil, bad("%d weights in %d bytes", n, len(d.buf))
	}
	size := (1 << r.bits) * nerNumLabels
	pos := -1
	for i := uint64(0); i < n && d.err == nil; i++ {
		gap, q := d.uvarint(), d.varint()
		if gap == 0 || gap > uint64(size-1-pos) || q == 0 || q < math.MinInt16 || q > math.MaxInt16 {
			return nil, bad("weight %d: gap %d, value %d", i, gap, q)
		}
		pos += int(gap)
		row := uint32(pos / nerNumLabels)
		if len(w.rows) == 0 || w.rows[len(w.rows)-1] != row {
			w.rows = append(w.rows, row)
			w.rowStart = append(w.rowStart, uint32(len(w.entries)))
		}
		w.entries = append(w.entries, nerEntry{uint8(pos % nerNumLabels), int16(q)})
	}
	w.rowStart = append(w.rowStart, uint32(len(w.entries)))
	w.index()
	r.w = w
	if d.err != nil {
		return nil, bad("%v", d.err)
	}
	if len(d.buf) != 0 {
		return nil, bad("%d bytes after the weights", len(d.buf))
	}
	return r, nil
}

// modelDecoder reads the fields of a model body, remembering the first
// error so that callers check once.
type modelDecoder struct {
	buf []byte
	err error
}

func (d *modelDecoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.buf) < n {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return b
}

func (d *modelDecoder) byte() byte {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *modelDecoder) float32() float32 {
	if b := d.take(4); b != nil {
		return math.Float32frombits(binary.LittleEndian.Uint32(b))
	}
	return 0
}

func (d *modelDecoder) uint64() uint64 {
	if b := d.take(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

func (d *modelDecoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.err = errors.New("bad varint")
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *modelDecoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.err = errors.New("bad varint")
		return 0
	}
	d.buf = d.buf[n:]
	return v
}
