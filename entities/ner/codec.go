package ner

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// The model file is the envelope of perceptron.Write with a DEFLATE stream
// checked by a CRC-32 (perceptron.DeflateCRC):
//
//	"AGNER" version(1 byte)
//	DEFLATE(
//	  bits(1) labels(1) templates-version(1)
//	  transitions and end weights: float32 each (4)
//	  lexicon: count(uvarint), then per word key(8) class(1)
//	  weights: scale(float32, 4) count(uvarint), then per nonzero weight
//	           index gap(uvarint) value(int16 as zigzag varint)
//	  CRC-32 (IEEE) of everything above inside the stream (4)
//	)
//
// Fixed-size fields are little-endian. Weights are quantised to int16
// (perceptron.Quantize): a weight is value*scale; the index of a weight is
// row*labels+label.
var nerFormat = perceptron.Format{Magic: "AGNER", Version: 1, Stream: perceptron.DeflateCRC}

// nerFeatureVersion changes whenever nerFeatures or hashWord change, so
// that a model is never read with features it was not trained with.
const nerFeatureVersion = 2

// maxLexicon bounds the words of the name lexicon of a model file.
const maxLexicon = 1 << 24

// WriteTo writes the recogniser in its binary model format.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	if r.w == nil {
		return 0, errors.New("write recognizer: no weights")
	}
	n, err := perceptron.Write(w, nerFormat, r.encode)
	if err != nil {
		return n, fmt.Errorf("write recognizer: %w", err)
	}
	return n, nil
}

// encode writes the fields of the model file.
func (r *Recognizer) encode(m *perceptron.Writer) {
	m.Byte(byte(r.bits))
	m.Byte(byte(nerNumLabels))
	m.Byte(nerFeatureVersion)
	for _, v := range r.trans {
		m.Fixed32(math.Float32bits(v))
	}
	for _, v := range r.end {
		m.Fixed32(math.Float32bits(v))
	}
	var keys []uint64
	var classes []uint8
	if r.lex != nil {
		keys, classes = r.lex.keys, r.lex.classes
	}
	m.Uvarint(uint64(len(keys)))
	for i, k := range keys {
		m.Fixed64(k)
		m.Byte(classes[i])
	}
	m.Fixed32(math.Float32bits(r.w.Scale()))
	var es []perceptron.Entry
	n := 0
	for row := range 1 << r.bits {
		es = r.w.Row(row, es[:0])
		n += len(es)
	}
	m.Uvarint(uint64(n))
	last := -1
	for row := range 1 << r.bits {
		es = r.w.Row(row, es[:0])
		for _, e := range es {
			k := row*nerNumLabels + int(e.Class)
			m.Uvarint(uint64(k - last))
			m.Varint(int64(e.Weight))
			last = k
		}
	}
}

// ErrBadModel is wrapped by the errors of ReadRecognizer for input that is
// not a well-formed recogniser model. It is perceptron.ErrCorrupt, which
// the readers of the syntax models wrap too.
var ErrBadModel = perceptron.ErrCorrupt

// ReadRecognizer reads a recogniser written by WriteTo.
func ReadRecognizer(rd io.Reader) (*Recognizer, error) {
	var r *Recognizer
	if err := perceptron.Read(rd, nerFormat, func(m *perceptron.Reader) { r = decodeRecognizer(m) }); err != nil {
		return nil, fmt.Errorf("read recognizer: %w", err)
	}
	return r, nil
}

// decodeRecognizer reads the fields that encode writes. On an error it
// returns nil, and m.Err() says why.
func decodeRecognizer(m *perceptron.Reader) *Recognizer {
	bits, labels, fv := m.Byte(), m.Byte(), m.Byte()
	if m.Err() != nil {
		return nil
	}
	if bits < 10 || bits > 24 || int(labels) != nerNumLabels || fv != nerFeatureVersion {
		m.Fail("hash bits %d, labels %d, feature version %d", bits, labels, fv)
		return nil
	}
	r := &Recognizer{bits: uint(bits)}
	for i := range r.trans {
		r.trans[i] = math.Float32frombits(m.Fixed32())
	}
	for i := range r.end {
		r.end[i] = math.Float32frombits(m.Fixed32())
	}
	nlex := m.Count(maxLexicon, "lexicon words")
	lex := &nerLexicon{keys: make([]uint64, 0, min(nlex, 1<<16)), classes: make([]uint8, 0, min(nlex, 1<<16))}
	for i := range nlex {
		k, c := m.Fixed64(), m.Byte()
		if m.Err() != nil {
			return nil
		}
		if len(lex.keys) > 0 && k <= lex.keys[len(lex.keys)-1] || c == 0 {
			m.Fail("lexicon entry %d out of order or without class", i)
			return nil
		}
		lex.keys, lex.classes = append(lex.keys, k), append(lex.classes, c)
	}
	r.lex = lex
	scale := math.Float32frombits(m.Fixed32())
	size := (1 << bits) * nerNumLabels
	n := m.Count(size, "weights")
	rowStart := make([]uint32, 1<<bits+1)
	entries := make([]perceptron.Entry, 0, min(n, 1<<20))
	pos := -1
	for i := range n {
		gap, q := m.Uvarint(), m.Varint()
		if m.Err() != nil {
			return nil
		}
		if gap == 0 || gap > uint64(size-1-pos) || q == 0 || q < math.MinInt16 || q > math.MaxInt16 {
			m.Fail("weight %d: gap %d, value %d", i, gap, q)
			return nil
		}
		pos += int(gap)
		entries = append(entries, perceptron.Entry{Class: uint16(pos % nerNumLabels), Weight: int16(q)})
		rowStart[pos/nerNumLabels+1] = uint32(len(entries))
	}
	for k := 1; k < len(rowStart); k++ {
		rowStart[k] = max(rowStart[k], rowStart[k-1])
	}
	w, err := perceptron.NewModel(nerNumLabels, r.bits, scale, rowStart, entries)
	if err != nil {
		m.Fail("%v", err)
		return nil
	}
	r.w = w
	return r
}
