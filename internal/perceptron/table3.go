package perceptron

// Table3 is a Table of three classes, such as the parser's transitions,
// laid out to be summed fast. The parser reads about 130 rows of its
// transition table at random for every transition it scores: at int8 the
// table is 12 MB, too large to stay in cache, so its size bounds the
// parser's speed. Nearly all rows have weights in -16..15, which fit a
// 16-bit entry of three 5-bit fields of weight+16; the other entries hold a
// flag bit and the index of a correction, which turns what the entry's bits
// add as fields into the row's true weights. Scoring then needs no branch
// and halves the memory read. A table with more out-of-range rows than
// corrections can be indexed stays a plain int8 table.
type Table3 struct {
	bits  uint
	scale float32
	w     []uint16 // an entry per row
	cor   []uint64 // corrections, in corLane-bit lanes biased by corBias; cor[0] corrects nothing
	plain []int8   // the int8 rows, kept instead of w when they do not fit
}

const (
	fieldBias = 16      // added to a weight to make a 5-bit field
	excFlag   = 1 << 15 // marks an entry holding a correction's index
	corLane   = 21      // bits of a correction lane
	corBias   = 256     // added to a correction lane, making it positive
	// MaxCorrections is the number of out-of-range rows a Table3 can
	// correct.
	MaxCorrections = excFlag - 1
	// gatherRows bounds the rows summed at once. Every row adds less than
	// 2×corBias to a correction lane, so a lane could hold 4096 rows.
	gatherRows = 128
)

// NewTable3 lays out the int8 table t, of width 3, with at most maxCor
// (at most MaxCorrections) corrections.
func NewTable3(t Table, maxCor int) Table3 {
	rows := len(t.W) / 3
	p := Table3{bits: t.Bits, scale: t.Scale, cor: []uint64{corBiased(0, 0, 0)}}
	fits := func(v int8) bool { return -fieldBias <= v && v < fieldBias }
	w := MakeTable[uint16](rows)
	for r := range rows {
		x := t.W[r*3 : (r+1)*3]
		if fits(x[0]) && fits(x[1]) && fits(x[2]) {
			w[r] = uint16(x[0]+fieldBias) | uint16(x[1]+fieldBias)<<5 | uint16(x[2]+fieldBias)<<10
			continue
		}
		if len(p.cor) > maxCor {
			return Table3{bits: t.Bits, scale: t.Scale, plain: t.W}
		}
		e := uint16(excFlag | len(p.cor))
		// What the entry adds as fields (see Score), taken off the weights.
		g0, g1, g2 := int(e&31), int(e>>5&31), int(e>>10)
		p.cor = append(p.cor, corBiased(int(x[0])+fieldBias-g0, int(x[1])+fieldBias-g1, int(x[2])+fieldBias-g2))
		w[r] = e
	}
	p.w = w
	return p
}

// corBiased packs the corrections of the three classes.
func corBiased(a, b, c int) uint64 {
	return uint64(a+corBias) | uint64(b+corBias)<<corLane | uint64(c+corBias)<<(2*corLane)
}

// Unpack returns the int8 table p was made from.
func (p *Table3) Unpack() Table {
	if p.w == nil {
		return Table{Bits: p.bits, Width: 3, Scale: p.scale, W: p.plain}
	}
	t := Table{Bits: p.bits, Width: 3, Scale: p.scale, W: make([]int8, len(p.w)*3)}
	const lane = 1<<corLane - 1
	for r, e := range p.w {
		x := t.W[r*3 : (r+1)*3]
		c := p.cor[0]
		if e&excFlag != 0 {
			c = p.cor[e&^excFlag]
		}
		x[0] = int8(int(e&31) + int(c&lane) - corBias - fieldBias)
		x[1] = int8(int(e>>5&31) + int(c>>corLane&lane) - corBias - fieldBias)
		x[2] = int8(int(e>>10) + int(c>>(2*corLane)&lane) - corBias - fieldBias)
	}
	return t
}

// Empty reports whether the table has no rows.
func (p *Table3) Empty() bool { return len(p.w) == 0 && len(p.plain) == 0 }

// Scale returns what converts a weight of p back to the trained one.
func (p *Table3) Scale() float32 { return p.scale }

// RowsOf fills rows with the rows of the features in f.
func (p *Table3) RowsOf(rows []int, f []uint64) []int {
	if p.w == nil {
		return RowsOf(rows, f, p.bits, 3)
	}
	return RowsOf(rows, f, p.bits, 1)
}

// Score sums the rows' weights of each class. It reads the entries of a
// part of the rows before adding any: the reads miss the cache, and a loop
// that does nothing else keeps more of them in flight.
func (p *Table3) Score(rows []int) [3]int64 {
	if p.w == nil {
		return Score3(p.plain, rows)
	}
	var sc [3]int64
	var buf [gatherRows]uint16
	for len(rows) > 0 {
		part := rows[:min(len(rows), len(buf))]
		rows = rows[len(part):]
		s := p.sum(p.gather(buf[:len(part)], part))
		sc[0] += s[0]
		sc[1] += s[1]
		sc[2] += s[2]
	}
	return sc
}

// gather sets e[i] to the entry of rows[i]; e must be as long as rows.
func (p *Table3) gather(e []uint16, rows []int) []uint16 {
	w := p.w
	e = e[:len(rows)]
	i := 0
	for ; i+4 <= len(rows); i += 4 {
		r, x := rows[i:i+4:i+4], e[i:i+4:i+4]
		x[0], x[1], x[2], x[3] = w[r[0]], w[r[1]], w[r[2]], w[r[3]]
	}
	for ; i < len(rows); i++ {
		e[i] = w[rows[i]]
	}
	return e
}

// sum adds up entries, at most gatherRows of them.
func (p *Table3) sum(entries []uint16) [3]int64 {
	// x sums the low fields, y the low two and s whole entries, so that
	// the fields' sums are x, (y-x)>>5 and (s-y)>>10.
	cor := p.cor
	var x, y, s, c uint64
	for _, e16 := range entries {
		e := uint64(e16)
		x += e & 31
		y += e & 1023
		s += e
		c += cor[int(e&^excFlag)&-int(e>>15)]
	}
	const lane = 1<<corLane - 1
	n := int64(len(entries)) * (corBias + fieldBias)
	return [3]int64{
		int64(x+c&lane) - n,
		int64((y-x)>>5+c>>corLane&lane) - n,
		int64((s-y)>>10+c>>(2*corLane)&lane) - n,
	}
}
