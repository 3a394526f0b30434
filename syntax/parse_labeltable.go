package syntax

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

// best returns the candidate whose weights summed over the rows are
// highest, the first in cands of those tied. It needs a scratch slice of
// 2×stride lanes and, for more than laneRows rows, one of width sums.
func (p *labelTable) best(rows []int, cands []uint8, lanes []uint64, sums []uint32) uint8 {
	if len(cands) == 0 {
		return 0
	}
	if len(rows) <= laneRows {
		p.sumLanes(lanes, rows)
		best, top := cands[0], lane(lanes, cands[0])
		for _, c := range cands[1:] {
			if v := lane(lanes, c); v > top {
				best, top = c, v
			}
		}
		return best
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
	best := cands[0]
	for _, c := range cands[1:] {
		if sums[c] > sums[best] {
			best = c
		}
	}
	return best
}

// sumLanes sums at most laneRows rows into lanes: word j of the rows into
// lanes[2j] (even bytes) and lanes[2j+1] (odd bytes).
func (p *labelTable) sumLanes(lanes []uint64, rows []int) {
	w := p.w
	lanes = lanes[:2*p.words]
	for j := range p.words {
		// e sums the even bytes; s sums whole words shifted right by a
		// byte, whose even bytes' share is that of e shifted alike.
		var e, s uint64
		for _, r := range rows {
			x := w[r+j]
			e += x & evenBytes
			s += x >> 8
		}
		lanes[2*j], lanes[2*j+1] = e, s-(e&^0xffff)>>8
	}
}

// lane returns the sum of label c from lanes.
func lane(lanes []uint64, c uint8) uint64 {
	return lanes[int(c)>>3<<1|int(c)&1] >> (int(c) >> 1 & 3 * 16) & 0xffff
}
