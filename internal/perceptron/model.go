package perceptron

import "fmt"

// A Model is a trained multiclass linear model over hashed features, as
// the tagger uses. Features are 64-bit hashes; the top bits of a hash
// select a row of the weight table, and each row holds the nonzero weights
// of its classes, quantised to int16.
//
// Rows are stored for speed in one of two ways. A sparse row is a list of
// (class, weight) pairs. A dense row, one with weights for many classes
// (those of frequent features such as the previous tag), is a block of
// uint64 words each holding the weights of two classes, biased to be
// non-negative, in two 32-bit lanes; adding such a row to the scores is one
// 64-bit addition per two classes. The bias is the same for every class,
// so it does not change which class wins, and it is subtracted at the end.
//
// One word of index says where each row is and which kind it is, so that
// finding a row is one memory access, and a dense row needs no other
// access than its block.
type Model struct {
	classes int
	bits    uint
	// index[r] locates row r: see the rowRef constants.
	index []uint64
	// entries holds the weights of the sparse rows, after a zero one.
	entries []Entry
	// dense holds the blocks of the dense rows, lanes words each.
	dense []uint64
	lanes int
	// scale converts a quantised weight back to the trained one.
	scale float32
}

// Entry is one nonzero weight of a row: the weight of Class.
type Entry struct {
	Class  uint16
	Weight int16
}

// An index word of a Model is 0 for an empty row. Otherwise its low
// 32 bits are an offset, into entries for a sparse row and into dense for
// a dense one; a sparse row has the refSparse bit and its length in bits
// 32 to 61; a dense row has the refDense bit.
const (
	refOffset = 1<<32 - 1
	refShift  = 32
	refLength = 1<<30 - 1
	refSparse = 1 << 62
	refDense  = 1 << 63
)

// MaxBits bounds the weight table of a Model at 2^24 rows.
const MaxBits = 24

// MaxClasses is the number of classes an Entry can name.
const MaxClasses = 1<<16 - 1

// Dense rows.
const (
	// DenseBias is added to every weight of a dense row, and so to every
	// class of a Tally's lanes for each dense row they hold.
	DenseBias       = 1 << 15
	maxDenseClasses = 256 // models with more classes have no dense rows
	maxDenseLanes   = maxDenseClasses / 2
)

// scoreBatch is the number of features Score looks up at a time.
const scoreBatch = 64

// newModel builds a Model of 2^bits rows from sparse rows: row r's weights
// are entries[rowStart[r]:rowStart[r+1]], in increasing class order; scale
// converts a weight back to the trained one. Rows with weights for at
// least a quarter of the classes become dense. The rows must be valid (see
// validateRows).
func newModel(classes int, bits uint, scale float32, rowStart []uint32, entries []Entry) *Model {
	p := &Model{classes: classes, bits: bits, scale: scale, index: MakeTable[uint64](len(rowStart) - 1)}
	if classes <= maxDenseClasses {
		p.lanes = (classes + 1) / 2
	}
	// Size the tables first, so that they are allocated once, at their
	// length, rather than grown and copied.
	nSparse, nDense := 1, 0
	for r := range p.index {
		switch n := int(rowStart[r+1] - rowStart[r]); {
		case n == 0:
		case p.isDense(n):
			nDense += p.lanes
		default:
			nSparse += n
		}
	}
	p.entries = MakeTable[Entry](nSparse)[:1] // entry 0 is read for rows with none, see AddFirst
	p.dense = MakeTable[uint64](nDense)[:0]
	for r := range p.index {
		row := entries[rowStart[r]:rowStart[r+1]]
		switch {
		case len(row) == 0:
		case p.isDense(len(row)):
			p.index[r] = refDense | uint64(len(p.dense))
			for range p.lanes {
				p.dense = append(p.dense, DenseBias|DenseBias<<32)
			}
			words := p.dense[len(p.dense)-p.lanes:]
			for _, e := range row {
				shift := 32 * (e.Class % 2)
				v := uint64(int64(e.Weight) + DenseBias)
				words[e.Class/2] = words[e.Class/2]&^(0xffffffff<<shift) | v<<shift
			}
		default:
			p.index[r] = refSparse | uint64(len(row))<<refShift | uint64(len(p.entries))
			p.entries = append(p.entries, row...)
		}
	}
	return p
}

// isDense reports whether a row of n weights is stored dense, as lanes.
func (p *Model) isDense(n int) bool {
	return p.lanes > 0 && 4*n >= p.classes && n > 2
}

// Classes returns the number of classes of p.
func (p *Model) Classes() int { return p.classes }

// Bits returns log2 of the rows of p's weight table.
func (p *Model) Bits() uint { return p.bits }

// Scale returns what converts a quantised weight of p back to the trained
// one.
func (p *Model) Scale() float32 { return p.scale }

// Lanes returns the number of words of a Tally's lanes for p: one word per
// two classes, none when p has too many classes for dense rows.
func (p *Model) Lanes() int { return p.lanes }

// Entries returns the number of weights of p's sparse rows.
func (p *Model) Entries() int { return len(p.entries) - 1 }

// Row appends to dst the weights of row r, in increasing class order.
func (p *Model) Row(r int, dst []Entry) []Entry {
	ref := p.index[r]
	off := int(ref & refOffset)
	switch {
	case ref&refSparse != 0:
		return append(dst, p.entries[off:off+int(ref>>refShift&refLength)]...)
	case ref&refDense == 0:
		return dst
	}
	for j, w := range p.dense[off : off+p.lanes] {
		for k := range 2 {
			c := 2*j + k
			v := int64(w>>(32*k)&0xffffffff) - DenseBias
			if c < p.classes && v != 0 {
				dst = append(dst, Entry{Class: uint16(c), Weight: int16(v)})
			}
		}
	}
	return dst
}

// AddRow adds the weights of row r to sums, which has an element per
// class: what Row lists, without listing it.
func (p *Model) AddRow(r int, sums []int64) {
	ref := p.index[r]
	off := int(ref & refOffset)
	switch {
	case ref&refSparse != 0:
		for _, e := range p.entries[off : off+int(ref>>refShift&refLength)] {
			sums[e.Class] += int64(e.Weight)
		}
		return
	case ref&refDense == 0:
		return
	}
	for j, w := range p.dense[off : off+p.lanes] {
		sums[2*j] += int64(w&0xffffffff) - DenseBias
		if 2*j+1 < p.classes {
			sums[2*j+1] += int64(w>>32) - DenseBias
		}
	}
}

// Score adds to scores[c] the quantised score of class c for the given
// features. scores must have one element per class; it is not cleared.
func (p *Model) Score(feats []uint64, scores []int32) {
	var (
		refs  [scoreBatch]uint64
		lanes [maxDenseLanes]uint64
	)
	t := Tally{Scores: scores, Lanes: lanes[:p.lanes]}
	for len(feats) > 0 {
		n := min(len(feats), scoreBatch)
		p.Add(&t, p.Lookup(refs[:0], feats[:n]))
		feats = feats[n:]
	}
	p.Flush(&t)
}

// Lookup appends to dst the index words of the rows of feats, for Add. Its
// loads are independent of each other, so that their cache misses overlap.
func (p *Model) Lookup(dst, feats []uint64) []uint64 {
	shift := 64 - p.bits
	index := p.index
	for _, f := range feats {
		dst = append(dst, index[f>>shift])
	}
	return dst
}

// NewModel builds a Model of 2^bits rows from sparse rows: row r's
// weights are entries[rowStart[r]:rowStart[r+1]], in increasing class
// order; scale converts a weight back to the trained one. It fails when
// the rows do not fit the shape, as those of a corrupt file may not.
func NewModel(classes int, bits uint, scale float32, rowStart []uint32, entries []Entry) (*Model, error) {
	if err := validateRows(classes, bits, rowStart, entries); err != nil {
		return nil, err
	}
	return newModel(classes, bits, scale, rowStart, entries), nil
}

// validateRows checks that rowStart and entries describe the rows of a
// Model of the given shape, as newModel takes them, so that a model read
// from a corrupt file is rejected rather than indexed out of range.
func validateRows(classes int, bits uint, rowStart []uint32, entries []Entry) error {
	if bits == 0 || bits > MaxBits {
		return fmt.Errorf("perceptron: table bits %d out of range", bits)
	}
	if classes <= 0 || classes > MaxClasses {
		return fmt.Errorf("perceptron: %d classes out of range", classes)
	}
	if len(rowStart) != 1<<bits+1 {
		return fmt.Errorf("perceptron: %d row offsets for %d rows", len(rowStart), 1<<bits)
	}
	prev := uint32(0)
	for _, s := range rowStart {
		if s < prev {
			return fmt.Errorf("perceptron: row offsets decrease")
		}
		prev = s
	}
	if rowStart[0] != 0 || int(prev) != len(entries) {
		return fmt.Errorf("perceptron: row offsets do not cover %d entries", len(entries))
	}
	for _, e := range entries {
		if int(e.Class) >= classes {
			return fmt.Errorf("perceptron: class %d out of range", e.Class)
		}
	}
	return nil
}
