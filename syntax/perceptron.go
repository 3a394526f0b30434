package syntax

import (
	"fmt"
	"math"
)

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
//
// One word of index says where each row is and which kind it is, so that
// finding a row is one memory access, and a dense row needs no other
// access than its block.
type perceptron struct {
	classes int
	bits    uint
	// index[r] locates row r: see the rowRef constants.
	index []uint64
	// entries holds the weights of the sparse rows, after a zero one.
	entries []weightEntry
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

// An index word of a perceptron is 0 for an empty row. Otherwise its low
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

// maxPerceptronBits bounds the weight table at 2^24 rows.
const maxPerceptronBits = 24

// maxPerceptronClasses is the number of classes a weightEntry can name.
const maxPerceptronClasses = 1<<16 - 1

// Dense rows.
const (
	denseBias       = 1 << 15 // added to every weight of a dense row
	maxDenseClasses = 256     // models with more classes have no dense rows
	maxDenseLanes   = maxDenseClasses / 2
)

// scoreBatch is the number of features score looks up at a time.
const scoreBatch = 64

// packPerceptron builds a perceptron from sparse rows: row r's weights are
// entries[rowStart[r]:rowStart[r+1]], in increasing class order. Rows with
// weights for at least a quarter of the classes become dense.
func packPerceptron(classes int, bits uint, scale float32, rowStart []uint32, entries []weightEntry) *perceptron {
	p := &perceptron{classes: classes, bits: bits, scale: scale, index: makeTable[uint64](len(rowStart) - 1)}
	p.entries = []weightEntry{{}} // entry 0 is read for rows with none, see addFirst
	if classes <= maxDenseClasses {
		p.lanes = (classes + 1) / 2
	}
	for r := range p.index {
		row := entries[rowStart[r]:rowStart[r+1]]
		switch {
		case len(row) == 0:
		case p.lanes > 0 && 4*len(row) >= classes && len(row) > 2:
			p.index[r] = refDense | uint64(len(p.dense))
			for range p.lanes {
				p.dense = append(p.dense, denseBias|denseBias<<32)
			}
			words := p.dense[len(p.dense)-p.lanes:]
			for _, e := range row {
				shift := 32 * (e.class % 2)
				v := uint64(int64(e.weight) + denseBias)
				words[e.class/2] = words[e.class/2]&^(0xffffffff<<shift) | v<<shift
			}
		default:
			p.index[r] = refSparse | uint64(len(row))<<refShift | uint64(len(p.entries))
			p.entries = append(p.entries, row...)
		}
	}
	p.entries = append(makeTable[weightEntry](len(p.entries))[:0], p.entries...)
	p.dense = append(makeTable[uint64](len(p.dense))[:0], p.dense...)
	return p
}

// row appends to dst the weights of row r, in increasing class order.
func (p *perceptron) row(r int, dst []weightEntry) []weightEntry {
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
func (p *perceptron) score(feats []uint64, scores []int32) {
	var (
		refs  [scoreBatch]uint64
		lanes [maxDenseLanes]uint64
	)
	t := tally{scores: scores, lanes: lanes[:p.lanes]}
	for len(feats) > 0 {
		n := min(len(feats), scoreBatch)
		p.add(&t, p.lookup(refs[:0], feats[:n]))
		feats = feats[n:]
	}
	p.flush(&t)
}

// lookup appends to dst the index words of the rows of feats, for add. Its
// loads are independent of each other, so that their cache misses overlap.
func (p *perceptron) lookup(dst, feats []uint64) []uint64 {
	shift := 64 - p.bits
	index := p.index
	for _, f := range feats {
		dst = append(dst, index[f>>shift])
	}
	return dst
}

// A tally holds a sum of rows of a perceptron: the weights of the sparse
// rows in scores, one per class, and those of the dense rows in lanes,
// one word per two classes as the dense blocks hold them, still biased;
// dense counts the dense rows in lanes. flush adds lanes to scores.
type tally struct {
	scores []int32
	lanes  []uint64
	dense  int
}

// maxTallyDense bounds the dense rows a tally's lanes hold: that many
// values below 2^16 add up to less than 2^32, so no lane overflows.
const maxTallyDense = 1 << 16

// add adds to t the rows of refs, index words as lookup returns them.
// t.scores must have one element per class and t.lanes p.lanes words.
// It is addFirst then addRest.
func (p *perceptron) add(t *tally, refs []uint64) {
	p.addFirst(t, refs)
	p.addRest(t, refs)
}

// addFirst adds to t the first weight of every sparse row of refs, in a
// loop of independent loads without branches, so that the cache misses on
// the entries overlap. A caller with the rows of several words can add
// the first weights of all before the rest of any, for more overlap.
func (p *perceptron) addFirst(t *tally, refs []uint64) {
	es := p.entries
	scores := t.scores[:p.classes]
	for _, ref := range refs {
		// Other rows than sparse ones read entry 0, which adds nothing.
		e := es[uint32(ref)&-uint32(ref>>62&1)]
		scores[e.class] += int32(e.weight)
	}
}

// addRest adds to t what addFirst did not of the rows of refs: the dense
// rows, summed several at a time, and the sparse rows but their first
// weight. It works in batches of rows, sorted first into dense and sparse
// ones without branches.
func (p *perceptron) addRest(t *tally, refs []uint64) {
	var (
		denseRows  [scoreBatch]uint32
		sparseRows [scoreBatch]uint64
	)
	es := p.entries
	scores := t.scores[:p.classes]
	for len(refs) > 0 {
		n := min(len(refs), scoreBatch)
		nd, ns := 0, 0
		for _, ref := range refs[:n] {
			denseRows[nd&(scoreBatch-1)] = uint32(ref)
			sparseRows[ns&(scoreBatch-1)] = ref
			nd += int(ref >> 63)
			ns += int(ref >> 62 & 1)
		}
		refs = refs[n:]
		if nd > 0 {
			if t.dense+nd > maxTallyDense {
				p.flush(t)
			}
			p.addDense(t.lanes, denseRows[:nd])
			t.dense += nd
		}
		for _, ref := range sparseRows[:ns] {
			off := uint32(ref)
			for _, e := range es[off+1 : off+uint32(ref>>refShift&refLength)] {
				scores[e.class] += int32(e.weight)
			}
		}
	}
}

// flush moves the dense rows of t from its lanes to its scores.
func (p *perceptron) flush(t *tally) {
	if t.dense == 0 {
		return
	}
	scores := t.scores[:p.classes]
	bias := int64(t.dense) * denseBias
	for j, w := range t.lanes {
		scores[2*j] += int32(int64(w&0xffffffff) - bias)
		if 2*j+1 < len(scores) {
			scores[2*j+1] += int32(int64(w>>32) - bias)
		}
	}
	clear(t.lanes)
	t.dense = 0
}

// flushBest flushes t, as flush does, and returns the first of the classes
// with the highest score and its margin over the next best score
// (math.MaxInt32 when there is one class). It reads the scores once.
func (p *perceptron) flushBest(t *tally) (class int, margin int32) {
	scores := t.scores[:p.classes]
	best, second := int32(math.MinInt32), int32(math.MinInt32)
	c := 0
	if t.dense > 0 {
		bias := int64(t.dense) * denseBias
		for _, w := range t.lanes[:len(scores)/2] {
			pair := scores[c : c+2]
			s0, s1 := pair[0]+int32(int64(w&0xffffffff)-bias), pair[1]+int32(int64(w>>32)-bias)
			pair[0], pair[1] = s0, s1
			second = max(second, min(s0, best))
			if s0 > best {
				class = c
			}
			best = max(best, s0)
			second = max(second, min(s1, best))
			if s1 > best {
				class = c + 1
			}
			best = max(best, s1)
			c += 2
		}
		if c < len(scores) {
			scores[c] += int32(int64(t.lanes[c/2]&0xffffffff) - bias)
		}
		clear(t.lanes)
		t.dense = 0
	}
	for ; c < len(scores); c++ {
		s := scores[c]
		second = max(second, min(s, best))
		if s > best {
			class = c
		}
		best = max(best, s)
	}
	if len(scores) == 1 {
		return class, math.MaxInt32
	}
	return class, best - second
}

// addDense adds to the lanes of acc the dense blocks at the given offsets.
// With AVX2 (simd_amd64.s) it adds four words of every block at a time.
func (p *perceptron) addDense(acc []uint64, offs []uint32) {
	d := p.dense
	n := len(acc)
	if haveAVX2 && n >= 4 && len(offs) > 0 {
		for _, o := range offs {
			_ = d[int(o)+n-1] // the assembly does not check bounds
		}
		chunks := n / 4
		addDenseAVX2(&d[0], &offs[0], len(offs), &acc[0], chunks)
		if n%4 == 0 {
			return
		}
		acc, d = acc[4*chunks:], d[4*chunks:]
	}
	addDenseGeneric(d, acc, offs)
}

// addDenseGeneric adds to acc the blocks of d at offs, as long as acc,
// eight or four at a time so that each word of acc is loaded and stored
// once for several blocks.
func addDenseGeneric(d, acc []uint64, offs []uint32) {
	n := len(acc)
	for ; len(offs) >= 8; offs = offs[8:] {
		b0, b1, b2, b3 := d[offs[0]:][:n], d[offs[1]:][:n], d[offs[2]:][:n], d[offs[3]:][:n]
		b4, b5, b6, b7 := d[offs[4]:][:n], d[offs[5]:][:n], d[offs[6]:][:n], d[offs[7]:][:n]
		for j := range acc {
			acc[j] += b0[j] + b1[j] + b2[j] + b3[j] + b4[j] + b5[j] + b6[j] + b7[j]
		}
	}
	if len(offs) >= 4 {
		b0, b1, b2, b3 := d[offs[0]:][:n], d[offs[1]:][:n], d[offs[2]:][:n], d[offs[3]:][:n]
		for j := range acc {
			acc[j] += b0[j] + b1[j] + b2[j] + b3[j]
		}
		offs = offs[4:]
	}
	for _, o := range offs {
		b := d[o:][:n]
		for j := range acc {
			acc[j] += b[j]
		}
	}
}

// validateRows checks that rowStart and entries describe the rows of a
// perceptron of the given shape, as packPerceptron takes them, so that a
// model read from a corrupt file is rejected rather than indexed out of
// range.
func validateRows(classes int, bits uint, rowStart []uint32, entries []weightEntry) error {
	if bits == 0 || bits > maxPerceptronBits {
		return fmt.Errorf("perceptron: table bits %d out of range", bits)
	}
	if classes <= 0 || classes > maxPerceptronClasses {
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
		if int(e.class) >= classes {
			return fmt.Errorf("perceptron: class %d out of range", e.class)
		}
	}
	return nil
}
