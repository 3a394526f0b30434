package perceptron

import "math"

// maxEntries bounds the nonzero weights a model file may hold.
const maxEntries = 1 << 26

// Encode writes p's fields: its shape and scale, then each nonempty row as
// the gap from the previous one, its length, and its (class gap, weight)
// pairs.
func (p *Model) Encode(m *Writer) {
	m.Uvarint(uint64(p.classes))
	m.Uvarint(uint64(p.bits))
	m.Uvarint(uint64(math.Float32bits(p.scale)))
	rows := 0
	for _, ref := range p.index {
		if ref != 0 {
			rows++
		}
	}
	m.Uvarint(uint64(rows))
	last := -1
	var es []Entry
	for r := 0; r < 1<<p.bits; r++ {
		es = p.Row(r, es[:0])
		if len(es) == 0 {
			continue
		}
		m.Uvarint(uint64(r - last))
		last = r
		m.Uvarint(uint64(len(es)))
		prev := -1
		for _, e := range es {
			m.Uvarint(uint64(int(e.Class) - prev))
			prev = int(e.Class)
			m.Varint(int64(e.Weight))
		}
	}
}

// DecodeModel reads a Model written by Encode, validates it and packs it
// for scoring. On an error it returns nil, and m.Err() says why.
func DecodeModel(m *Reader) *Model {
	classes := m.Count(MaxClasses, "classes")
	bits := uint(m.Count(MaxBits, "table bits"))
	scale := m.Float32()
	if m.err != nil {
		return nil
	}
	if classes == 0 || bits == 0 {
		m.Fail("empty perceptron")
		return nil
	}
	rows := 1 << bits
	rowStart := make([]uint32, rows+1)
	var entries []Entry
	nonempty := m.Count(rows, "rows")
	r := -1
	for i := range nonempty {
		gap := m.Count(rows, "row gap")
		n := m.Count(classes, "row length")
		if m.err != nil {
			return nil
		}
		if gap == 0 || r+gap >= rows || n == 0 {
			m.Fail("bad row %d+%d of length %d", r, gap, n)
			return nil
		}
		for k := r + 1; k <= r+gap; k++ {
			rowStart[k] = uint32(len(entries))
		}
		r += gap
		if len(entries)+n > maxEntries {
			m.Fail("too many weights")
			return nil
		}
		if len(entries)+n > cap(entries) {
			entries = growEntries(entries, n, i, nonempty)
		}
		class := -1
		for range n {
			gap := m.Count(classes, "class gap")
			class += gap
			w := m.Varint()
			if m.err != nil {
				return nil
			}
			if gap == 0 || class >= classes || w == 0 || w < math.MinInt16 || w > math.MaxInt16 {
				m.Fail("bad weight %d of class %d", w, class)
				return nil
			}
			entries = append(entries, Entry{Class: uint16(class), Weight: int16(w)})
		}
	}
	for k := r + 1; k <= rows; k++ {
		rowStart[k] = uint32(len(entries))
	}
	p, err := NewModel(classes, bits, scale, rowStart, entries)
	if err != nil {
		m.Fail("%v", err)
	}
	return p
}

// growEntries returns entries with room for n more, the weights of row
// done of rows. Once a sixteenth of the rows is read, it makes room for as
// many weights as those rows project for all (the rows are hashed
// features, alike from first to last), so that the weights of a large
// model are copied a few times rather than at every doubling.
func growEntries(entries []Entry, n, done, rows int) []Entry {
	need := len(entries) + n
	want := max(2*cap(entries), 4096)
	if done >= rows/16 && done > 0 {
		projected := int64(len(entries)) * int64(rows) / int64(done) * 9 / 8
		want = max(int(min(projected, maxEntries)), cap(entries)*5/4)
	}
	grown := make([]Entry, len(entries), max(want, need))
	copy(grown, entries)
	return grown
}
