package perceptron

import (
	"encoding/binary"
	"math"
	"math/bits"
	"unsafe"
)

// LaneTable is a Table laid out to choose the best of its classes, such as
// the parser's labels, by summing whole rows eight classes at a time
// (SWAR) instead of one candidate at a time. Each row of Width int8
// weights becomes uint64 words whose bytes are the weights plus
// classBias, byte k of word j holding class 8j+k; a row is padded to whole
// 64-byte cache lines, so that reading one touches as few lines as
// possible. Adding a word's even and its odd bytes apart, in 16-bit lanes,
// sums four classes per addition. Every class of a sum carries the same
// bias, classBias for each row, so the order of the sums, and the best
// class, are those of the int8 weights; being integers, the sums are exact
// whatever the order of the additions. A 16-bit lane holds LaneRows rows,
// so longer feature lists are summed in parts.
type LaneTable struct {
	bits   uint
	width  int // classes
	words  int // words holding a row's weights
	stride int // words from one row to the next
	scale  float32
	w      []uint64
}

const (
	classBias = 128
	// LaneRows is the number of rows of biased weights a 16-bit lane can
	// sum.
	LaneRows  = 0xffff / 0xff
	evenBytes = 0x00ff_00ff_00ff_00ff
)

// NewLaneTable lays out the int8 table t.
func NewLaneTable(t Table) LaneTable {
	if t.Width == 0 {
		return LaneTable{}
	}
	words := (t.Width + 7) / 8
	stride := (words + 7) &^ 7
	rows := len(t.W) / t.Width
	p := LaneTable{bits: t.Bits, width: t.Width, words: words, stride: stride, scale: t.Scale,
		w: MakeTable[uint64](rows * stride)}
	full := t.Width / 8 // the words of eight weights
	for r := range rows {
		row, out := t.W[r*t.Width:(r+1)*t.Width], p.w[r*stride:r*stride+words]
		for j := range full {
			// a weight's byte plus classBias (128) flips its top bit
			out[j] = binary.LittleEndian.Uint64(int8Bytes(row[8*j:8*j+8])) ^ 0x8080808080808080
		}
		for k := 8 * full; k < t.Width; k++ {
			out[k/8] |= uint64(uint8(int(row[k])+classBias)) << (8 * (k % 8))
		}
	}
	return p
}

// NewLaneTable adds classBias to eight weights at once by flipping their
// top bits, which holds for a bias of 128 alone.
var _ [0]struct{} = [classBias - 128]struct{}{}

// int8Bytes returns the bytes of w.
func int8Bytes(w []int8) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(w))), len(w))
}

// Unpack returns the int8 table p was made from.
func (p *LaneTable) Unpack() Table {
	rows := len(p.w) / max(p.stride, 1)
	t := Table{Bits: p.bits, Width: p.width, Scale: p.scale, W: make([]int8, rows*p.width)}
	for r := range rows {
		for k := range p.width {
			t.W[r*p.width+k] = int8(int(uint8(p.w[r*p.stride+k/8]>>(8*(k%8)))) - classBias)
		}
	}
	return t
}

// Empty reports whether p has no rows.
func (p *LaneTable) Empty() bool { return len(p.w) == 0 }

// Scale returns what converts a weight of p back to the trained one.
func (p *LaneTable) Scale() float32 { return p.scale }

// RowsOf fills rows with the offsets of the rows of the features in f.
func (p *LaneTable) RowsOf(rows []int, f []uint64) []int {
	return RowsOf(rows, f, p.bits, p.stride)
}

// LaneScratch is the scratch space of LaneTable.Best, reused between
// calls.
type LaneScratch struct {
	Lanes []uint64
	sums  []uint32
}

// Best returns the candidate whose weights summed over the rows are
// highest, the first in cands of those tied.
func (p *LaneTable) Best(rows []int, cands []uint8, s *LaneScratch) uint8 {
	c, _ := p.BestMargin(rows, cands, s)
	return c
}

// BestMargin returns what Best returns and how far its sum leads the next
// candidate's (math.MaxInt64 when it is the only one).
func (p *LaneTable) BestMargin(rows []int, cands []uint8, s *LaneScratch) (uint8, int64) {
	if len(cands) == 0 {
		return 0, math.MaxInt64
	}
	if len(s.Lanes) < laneWords(p.words) || len(s.sums) < p.width {
		s.Lanes, s.sums = make([]uint64, laneWords(p.words)), make([]uint32, p.width)
	}
	lanes, sums := s.Lanes, s.sums
	if len(rows) <= LaneRows {
		p.SumLanes(lanes, rows)
		return bestOfLanes(lanes, cands)
	}
	for _, c := range cands {
		sums[c] = 0
	}
	for len(rows) > 0 {
		part := rows[:min(len(rows), LaneRows)]
		rows = rows[len(part):]
		p.SumLanes(lanes, part)
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

// bestOfLanes returns the candidate whose sum in lanes (see SumLanes) is
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

// BestOfAll returns the class below n whose sum in lanes, of rows of at
// most eight words (at most 64 classes; see SumLanes), is highest, the
// lowest of those tied, and how far it leads the next (math.MaxInt64 when
// n is 1): bestOfLanes with every class below n a candidate. It visits
// the lanes word by word and keeps the best two sums with no branch that
// depends on them: each sum is keyed with its class, a higher key for a
// lower class, so that the first of those tied wins.
//
// With AVX2 it finds the largest lanes and the next largest with vector
// maxima (simd_amd64.s); that needs the lanes of classes n and above to
// hold zero, as they do for rows summed by SumLanes.
func BestOfAll(lanes *[16]uint64, n int) (uint8, int64) {
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
		// 32(w/8) + 8(w%4) + 2s + (w/4)%2 (see SumLanes).
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

// SumLanes sums at most LaneRows rows into lanes, which must hold at least
// 16 words, and 8 per 32 classes beyond 64. The words of a row go by
// fours: the even bytes of words 4g..4g+3 to lanes[8g..8g+3], their odd
// bytes to lanes[8g+4..8g+7], each byte to a 16-bit lane; a row of eight
// words (64 classes), the usual, so fills two 256-bit vectors' worth of
// lanes (see sumRows8).
func (p *LaneTable) SumLanes(lanes []uint64, rows []int) {
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

// AddLanes adds to lanes the sums of at most LaneRows rows, as SumLanes
// sums them but without clearing lanes first. p must have at most 64
// classes.
func (p *LaneTable) AddLanes(lanes *[16]uint64, rows []int) {
	sumRows8(p.w, rows, lanes)
}

// laneWords is the length of the lanes of rows of the given words.
func laneWords(words int) int { return max(16, (words+3)/4*8) }

// lane returns the sum of class c from lanes.
func lane(lanes []uint64, c uint8) uint64 {
	j, k := int(c)>>3, int(c)&7
	return lanes[j>>2*8+k&1*4+j&3] >> (k >> 1 * 16) & 0xffff
}
