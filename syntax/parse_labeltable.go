package syntax

import (
	"math"
	"math/bits"
)

// labelTable is the label weight table laid out for Parse, which sums
// whole rows eight labels at a time (SWAR) instead of one candidate at a
// time. Each row of width int8 weights becomes uint64 words whose bytes are
// the weights plus labelBias, byte k of word j holding label 8j+k; a row
// is padded to whole 64-byte cache lines, so that reading one touches as
// few lines as possible. Adding a word's even and its odd bytes apart, in
// 16-bit lanes, sums four labels per addition. Every label of a sum carries
// the same bias, labelBias for each row, so the order of the sums, and the
// best label, are those of the int8 weights; being integers, the sums are
// exact whatever the order of the additions. A 16-bit lane holds laneRows
// rows, so longer feature lists are summed in parts.
type labelTable struct {
	bits   uint
	width  int // labels
	words  int // words holding a row's weights
	stride int // words from one row to the next
	scale  float32
	w      []uint64
}

const (
	labelBias = 128
	laneRows  = 0xffff / 0xff // rows of biased weights a 16-bit lane can sum
	evenBytes = 0x00ff_00ff_00ff_00ff
)

// packLabels lays out the int8 table t for Parse.
func packLabels(t parseTable) labelTable {
	if t.width == 0 {
		return labelTable{}
	}
	words := (t.width + 7) / 8
	stride := (words + 7) &^ 7
	rows := len(t.w) / t.width
	p := labelTable{bits: t.bits, width: t.width, words: words, stride: stride, scale: t.scale,
		w: makeTable[uint64](rows * stride)}
	for r := range rows {
		for k, v := range t.w[r*t.width : (r+1)*t.width] {
			p.w[r*stride+k/8] |= uint64(uint8(int(v)+labelBias)) << (8 * (k % 8))
		}
	}
	return p
}

// unpack returns the int8 table p was made from.
func (p *labelTable) unpack() parseTable {
	rows := len(p.w) / max(p.stride, 1)
	t := parseTable{bits: p.bits, width: p.width, scale: p.scale, w: make([]int8, rows*p.width)}
	for r := range rows {
		for k := range p.width {
			t.w[r*p.width+k] = int8(int(uint8(p.w[r*p.stride+k/8]>>(8*(k%8)))) - labelBias)
		}
	}
	return t
}

// rowsOf fills rows with the offsets of the rows of the features in f.
func (p *labelTable) rowsOf(rows []int, f []uint64) []int {
	return rowsOf(rows, f, p.bits, p.stride)
}

// labelScratch is the scratch space of labelTable.best.
type labelScratch struct {
	lanes []uint64
	sums  []uint32
}

// best returns the candidate whose weights summed over the rows are
// highest, the first in cands of those tied.
func (p *labelTable) best(rows []int, cands []uint8, s *labelScratch) uint8 {
	c, _ := p.bestMargin(rows, cands, s)
	return c
}

// bestMargin returns what best returns and how far its sum leads the next
// candidate's (math.MaxInt64 when it is the only one).
func (p *labelTable) bestMargin(rows []int, cands []uint8, s *labelScratch) (uint8, int64) {
	if len(cands) == 0 {
		return 0, math.MaxInt64
	}
	if len(s.lanes) < laneWords(p.words) || len(s.sums) < p.width {
		s.lanes, s.sums = make([]uint64, laneWords(p.words)), make([]uint32, p.width)
	}
	lanes, sums := s.lanes, s.sums
	if len(rows) <= laneRows {
		p.sumLanes(lanes, rows)
		return bestOfLanes(lanes, cands)
	}
	for _, c := range cands {
		sums[c] = 0
	}
	for len(rows) > 0 {
		part := rows[:min(len(rows), laneRows)]
		rows = rows[len(part):]
		p.sumLanes(lanes, part)
		for _, c := range cands {
			sums[c] += uint32(lane(lanes, c))
		}
	}
	t := newTopTwo(cands)
	for _, c := range cands {
		t = t.add(c, int64(sums[c]))
	}
	return t.result()
}

// bestOfLanes returns the candidate whose sum in lanes (see sumLanes) is
// highest, the first of those tied, and how far it leads the next
// candidate's (math.MaxInt64 when it is the only one). cands must not be
// empty.
func bestOfLanes(lanes []uint64, cands []uint8) (uint8, int64) {
	t := newTopTwo(cands)
	for _, c := range cands {
		t = t.add(c, int64(lane(lanes, c)))
	}
	return t.result()
}

// topTwo keeps the best candidate seen and the two highest sums, the first
// candidate of those tied winning. Sums are never negative, so -1 stands
// for "no candidate yet".
type topTwo struct {
	best      uint8
	top, next int64
}

func newTopTwo(cands []uint8) topTwo { return topTwo{best: cands[0], top: -1, next: -1} }

// add returns t with candidate c, of sum v, seen.
func (t topTwo) add(c uint8, v int64) topTwo {
	if v > t.top {
		return topTwo{c, v, t.top}
	}
	t.next = max(t.next, v)
	return t
}

// result returns the best candidate and its lead over the next
// (math.MaxInt64 when it is the only one).
func (t topTwo) result() (uint8, int64) {
	if t.next < 0 {
		return t.best, math.MaxInt64
	}
	return t.best, t.top - t.next
}

// bestOfAll is bestOfLanes for lanes of rows of at most eight words (see
// sumRows8) with the candidates every class below n, in order. It visits
// the lanes word by word and keeps the best two sums with no branch that
// depends on them: each sum is keyed with its class, a higher key for a
// lower class, so that the first of those tied wins.
//
// With AVX2 it finds the largest lanes and the next largest with vector
// maxima (simd_amd64.s); that needs the lanes of classes n and above to
// hold zero, as they do for rows summed by sumLanes.
func bestOfAll(lanes *[16]uint64, n int) (uint8, int64) {
	if haveAVX2 && n > 1 {
		var out [6]uint32
		maxLanesAVX2(lanes, &out)
		best, ties := 255, 0
		for r, m := range out[2:] {
			// Register r holds words 4r..4r+3, its 16-bit element e the sum
			// of class 32(r/2) + 8(e/4) + 2(e%4) + r%2; the mask has two
			// bits an element.
			if m != 0 {
				e := bits.TrailingZeros32(m) / 2
				best = min(best, r>>1*32+e>>2*8+e&3*2+r&1)
				ties += bits.OnesCount32(m) / 2
			}
		}
		if ties > 1 {
			return uint8(best), 0
		}
		return uint8(best), int64(out[0]) - int64(out[1])
	}
	var top, next uint64 // keys: sum<<8 | 255-class; 0 for none
	for w, x := range lanes {
		// Word w holds, in its 16-bit lanes s = 0..3, the sums of classes
		// 32(w/8) + 8(w%4) + 2s + (w/4)%2 (see sumLanes).
		c0 := w>>3*32 + w&3*8 + w>>2&1
		for s := range 4 {
			if c := c0 + 2*s; c < n {
				k := (x>>(16*s)&0xffff)<<8 | uint64(255-c)
				next = max(next, min(k, top))
				top = max(top, k)
			}
		}
	}
	if next == 0 {
		return uint8(255 - top&0xff), math.MaxInt64
	}
	return uint8(255 - top&0xff), int64(top>>8) - int64(next>>8)
}

// sumLanes sums at most laneRows rows into lanes, which must hold
// laneWords(p.words) words. The words of a row go by fours: the even bytes
// of words 4g..4g+3 to lanes[8g..8g+3], their odd bytes to
// lanes[8g+4..8g+7], each byte to a 16-bit lane; a row of eight words, the
// usual, so fills two 256-bit vectors' worth of lanes (see sumRows8).
func (p *labelTable) sumLanes(lanes []uint64, rows []int) {
	lanes = lanes[:laneWords(p.words)]
	clear(lanes)
	if p.words <= 8 && p.stride == 8 {
		sumRows8(p.w, rows, (*[16]uint64)(lanes[:16]))
		return
	}
	w := p.w
	for j := range p.words {
		// e sums the even bytes; s sums whole words shifted right by a
		// byte, whose even bytes' share is that of e shifted alike.
		var e, s uint64
		for _, r := range rows {
			x := w[r+j]
			e += x & evenBytes
			s += x >> 8
		}
		lanes[j>>2*8+j&3], lanes[j>>2*8+4+j&3] = e, s-(e&^0xffff)>>8
	}
}

// laneWords is the length of the lanes of rows of the given words.
func laneWords(words int) int { return max(16, (words+3)/4*8) }

// lane returns the sum of label c from lanes.
func lane(lanes []uint64, c uint8) uint64 {
	j, k := int(c)>>3, int(c)&7
	return lanes[j>>2*8+k&1*4+j&3] >> (k >> 1 * 16) & 0xffff
}
