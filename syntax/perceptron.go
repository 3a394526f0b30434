package syntax

import "fmt"

// A perceptron is a trained multiclass linear model over hashed features,
// as used by the tagger (and open to any other classifier of the package).
// Features are 64-bit hashes; the top bits of a hash select a row of the
// weight table, and each row holds the nonzero weights of its classes,
// quantised to int16.
//
// Rows are stored for speed in one of two ways. A sparse row is a list of
// (class, weight) pairs. A dense row, one with weights for many classes
// (those of frequent features such as the previous tag), is a block of
// uint64 words each holding the weights of two classes, biased to be
// non-negative, in two 32-bit lanes; adding such a row to the scores is one
// 64-bit addition per two classes. The bias is the same for every class,
// so it does not change which class wins, and it is subtracted at the end.
type perceptron struct {
	classes int
	bits    uint
	// rowStart[r]..rowStart[r+1] are the entries of row r. A dense row has
	// two entries: the denseMarker class, and the block number split
	// across the two weights.
	rowStart []uint32
	entries  []weightEntry
	// dense holds the blocks of the dense rows, lanes words each.
	dense []uint64
	lanes int
	// scale converts a quantised weight back to the trained one.
	scale float32
}

// weightEntry is one nonzero weight of a row.
type weightEntry struct {
	class  uint16
	weight int16
}

// maxPerceptronBits bounds the weight table at 2^24 rows.
const maxPerceptronBits = 24

// maxPerceptronClasses is the number of classes a weightEntry can name
// (the last class number is the dense marker).
const maxPerceptronClasses = 1<<16 - 1

// Dense rows.
const (
	denseMarker     = 1<<16 - 1
	denseBias       = 1 << 15 // added to every weight of a dense row
	maxDenseClasses = 256     // models with more classes have no dense rows
	maxDenseLanes   = maxDenseClasses / 2
)

// packPerceptron builds a perceptron from sparse rows: row r's weights are
// entries[rowStart[r]:rowStart[r+1]], in increasing class order. Rows with
// weights for at least a quarter of the classes become dense.
func packPerceptron(classes int, bits uint, scale float32, rowStart []uint32, entries []weightEntry) *perceptron {
	p := &perceptron{classes: classes, bits: bits, scale: scale, rowStart: make([]uint32, len(rowStart))}
	if classes <= maxDenseClasses {
		p.lanes = (classes + 1) / 2
	}
	for r := 0; r+1 < len(rowStart); r++ {
		row := entries[rowStart[r]:rowStart[r+1]]
		if p.lanes > 0 && 4*len(row) >= classes && len(row) > 2 {
			block := uint32(len(p.dense) / p.lanes)
			for range p.lanes {
				p.dense = append(p.dense, denseBias|denseBias<<32)
			}
			words := p.dense[len(p.dense)-p.lanes:]
			for _, e := range row {
				shift := 32 * (e.class % 2)
				v := uint64(int64(e.weight) + denseBias)
				words[e.class/2] = words[e.class/2]&^(0xffffffff<<shift) | v<<shift
			}
			p.entries = append(p.entries,
				weightEntry{class: denseMarker, weight: int16(uint16(block))},
				weightEntry{class: denseMarker, weight: int16(uint16(block >> 16))})
		} else {
			p.entries = append(p.entries, row...)
		}
		p.rowStart[r+1] = uint32(len(p.entries))
	}
	return p
}

// row appends to dst the weights of row r, in increasing class order.
func (p *perceptron) row(r int, dst []weightEntry) []weightEntry {
	es := p.entries[p.rowStart[r]:p.rowStart[r+1]]
	if len(es) == 0 || es[0].class != denseMarker {
		return append(dst, es...)
	}
	block := int(uint16(es[0].weight)) | int(uint16(es[1].weight))<<16
	for j, w := range p.dense[block*p.lanes : (block+1)*p.lanes] {
		for k := range 2 {
			c := 2*j + k
			v := int64(w>>(32*k)&0xffffffff) - denseBias
			if c < p.classes && v != 0 {
				dst = append(dst, weightEntry{class: uint16(c), weight: int16(v)})
			}
		}
	}
	return dst
}

// score adds to scores[c] the quantised score of class c for the given
// features. scores must have one element per class; it is not cleared.
// The row bounds of all features are gathered first, in a loop whose loads
// are independent of each other, so that their cache misses overlap.
func (p *perceptron) score(feats []uint64, scores []int32) {
	var (
		spans [64][2]uint32
		acc   [maxDenseLanes]uint64
		nd    int64 // dense rows added to acc
	)
	shift := 64 - p.bits
	rs := p.rowStart
	es := p.entries
	lanes := acc[:p.lanes]
	scores = scores[:p.classes]
	for len(feats) > 0 {
		n := min(len(feats), len(spans))
		for i, f := range feats[:n] {
			r := f >> shift
			spans[i] = [2]uint32{rs[r], rs[r+1]}
		}
		for _, sp := range spans[:n] {
			row := es[sp[0]:sp[1]]
			if len(row) == 2 && row[0].class == denseMarker {
				block := int(uint16(row[0].weight)) | int(uint16(row[1].weight))<<16
				ws := p.dense[block*len(lanes):]
				ws = ws[:len(lanes)]
				for j, w := range ws {
					lanes[j] += w
				}
				nd++
				continue
			}
			for _, e := range row {
				scores[e.class] += int32(e.weight)
			}
		}
		feats = feats[n:]
	}
	if nd == 0 {
		return
	}
	bias := nd * denseBias
	for j, w := range lanes {
		scores[2*j] += int32(int64(w&0xffffffff) - bias)
		if 2*j+1 < len(scores) {
			scores[2*j+1] += int32(int64(w>>32) - bias)
		}
	}
}

// validate checks the invariants that score relies on, so that a model
// read from a corrupt file is rejected rather than indexed out of range.
func (p *perceptron) validate() error {
	if p.bits == 0 || p.bits > maxPerceptronBits {
		return fmt.Errorf("perceptron: table bits %d out of range", p.bits)
	}
	if p.classes <= 0 || p.classes > maxPerceptronClasses {
		return fmt.Errorf("perceptron: %d classes out of range", p.classes)
	}
	if len(p.rowStart) != 1<<p.bits+1 {
		return fmt.Errorf("perceptron: %d row offsets for %d rows", len(p.rowStart), 1<<p.bits)
	}
	prev := uint32(0)
	for _, s := range p.rowStart {
		if s < prev {
			return fmt.Errorf("perceptron: row offsets decrease")
		}
		prev = s
	}
	if p.rowStart[0] != 0 || int(prev) != len(p.entries) {
		return fmt.Errorf("perceptron: row offsets do not cover %d entries", len(p.entries))
	}
	for _, e := range p.entries {
		if int(e.class) >= p.classes {
			return fmt.Errorf("perceptron: class %d out of range", e.class)
		}
	}
	return nil
}
