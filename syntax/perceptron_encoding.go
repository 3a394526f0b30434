package syntax

import "math"

// maxPerceptronEntries bounds the nonzero weights a model file may hold.
const maxPerceptronEntries = 1 << 26

// encode writes p's fields: its shape and scale, then each nonempty row as
// the gap from the previous one, its length, and its (class gap, weight)
// pairs.
func (p *perceptron) encode(m *modelWriter) {
	m.uvarint(uint64(p.classes))
	m.uvarint(uint64(p.bits))
	m.uvarint(uint64(math.Float32bits(p.scale)))
	rows := 0
	for _, ref := range p.index {
		if ref != 0 {
			rows++
		}
	}
	m.uvarint(uint64(rows))
	last := -1
	var es []weightEntry
	for r := 0; r < 1<<p.bits; r++ {
		es = p.row(r, es[:0])
		if len(es) == 0 {
			continue
		}
		m.uvarint(uint64(r - last))
		last = r
		m.uvarint(uint64(len(es)))
		prev := -1
		for _, e := range es {
			m.uvarint(uint64(int(e.class) - prev))
			prev = int(e.class)
			m.varint(int64(e.weight))
		}
	}
}

// decodePerceptron reads a perceptron written by encode, validates it and
// packs it for scoring.
func decodePerceptron(m *modelReader) *perceptron {
	classes := m.count(maxPerceptronClasses, "classes")
	bits := uint(m.count(maxPerceptronBits, "table bits"))
	scale := m.float32()
	if m.err != nil {
		return nil
	}
	if classes == 0 || bits == 0 {
		m.fail("empty perceptron")
		return nil
	}
	rows := 1 << bits
	rowStart := make([]uint32, rows+1)
	var entries []weightEntry
	nonempty := m.count(rows, "rows")
	r := -1
	for range nonempty {
		gap := m.count(rows, "row gap")
		n := m.count(classes, "row length")
		if m.err != nil {
			return nil
		}
		if gap == 0 || r+gap >= rows || n == 0 {
			m.fail("bad row %d+%d of length %d", r, gap, n)
			return nil
		}
		for k := r + 1; k <= r+gap; k++ {
			rowStart[k] = uint32(len(entries))
		}
		r += gap
		if len(entries)+n > maxPerceptronEntries {
			m.fail("too many weights")
			return nil
		}
		class := -1
		for range n {
			gap := m.count(classes, "class gap")
			class += gap
			w := m.varint()
			if m.err != nil {
				return nil
			}
			if gap == 0 || class >= classes || w == 0 || w < math.MinInt16 || w > math.MaxInt16 {
				m.fail("bad weight %d of class %d", w, class)
				return nil
			}
			entries = append(entries, weightEntry{class: uint16(class), weight: int16(w)})
		}
	}
	for k := r + 1; k <= rows; k++ {
		rowStart[k] = uint32(len(entries))
	}
	if err := validateRows(classes, bits, rowStart, entries); err != nil {
		m.fail("%v", err)
		return nil
	}
	return packPerceptron(classes, bits, scale, rowStart, entries)
}
