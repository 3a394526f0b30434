package parse

import (
	"fmt"
	"io"
	"math"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// The parser model file is the envelope of perceptron.Write: the magic
// "AGDEPPAR", a format version in two little-endian bytes, and a zstd
// frame (a gzip stream in files written before; see perceptron.Stream)
// holding, all integers as varints:
//
//	label count, then each label as length and bytes; the root label number
//	the beam width (1 for a greedy parser)
//	the candidate label lists: their count, then for each the direction
//	(1 left, 2 right), the UPOS as length and bytes, the label count and
//	the label numbers
//	the supertags: their count, then each as length and bytes
//	the transition, label and supertag tables of the full models, then
//	those of the quick models (cascade.go), each as:
//	  log2 of its rows, its width, its scale (float32 bits),
//	  the number of non-zero rows, then for each: the gap from the previous
//	  row number and the row's int8 weights, zigzag-encoded.

// parserFormat identifies the parser's model files. Its version changes
// with the layout of the file and also with anything that moves the
// weights a feature reads: the templates in *features.go, the atoms or the
// hashing. A model trained with other templates would load and parse
// badly; its version makes it fail.
var parserFormat = perceptron.Format{Magic: "AGDEPPAR", Version: 5, VersionBytes: 2, Stream: perceptron.Zstd}

// Bounds that keep a corrupt file from asking for absurd allocations.
const (
	maxParserBits   = 26
	maxTableEntries = 1 << 28
	maxBeam         = 64
	// maxCandLists bounds the number of candidate label lists: one for
	// each direction and UPOS, with room for unusual tag sets.
	maxCandLists = 1024
)

// WriteTo writes the parser in its binary model format.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	n, err := perceptron.Write(w, parserFormat, func(m *perceptron.Writer) {
		m.Uvarint(uint64(len(p.labels)))
		for _, l := range p.labels {
			m.String(l)
		}
		m.Uvarint(uint64(p.root))
		m.Uvarint(uint64(max(p.beam, 1)))
		m.Uvarint(uint64(len(p.cands.lists)))
		for i, l := range p.cands.lists {
			m.Uvarint(uint64(p.cands.dir[i]))
			m.String(p.cands.upos[i])
			m.Uvarint(uint64(len(l)))
			for _, lab := range l {
				m.Uvarint(uint64(lab))
			}
		}
		m.Uvarint(uint64(len(p.super.classes)))
		for _, c := range p.super.classes {
			m.String(c)
		}
		for _, t := range []perceptron.Table{p.act.Unpack(), p.lab.Unpack(), p.super.tab.Unpack(), p.qact.Unpack(), p.qlab.Unpack(), p.super.qtab.Unpack()} {
			writeTable(m, t)
		}
	})
	if err != nil {
		return n, fmt.Errorf("write parser: %w", err)
	}
	return n, nil
}

// writeTable writes the shape and scale of t, then its non-zero rows.
func writeTable(m *perceptron.Writer, t perceptron.Table) {
	m.Uvarint(uint64(t.Bits))
	m.Uvarint(uint64(t.Width))
	m.Uvarint(uint64(math.Float32bits(t.Scale)))
	rows := len(t.W) / t.Width
	nonZero := 0
	for r := range rows {
		if !zeroRow(t.W[r*t.Width : (r+1)*t.Width]) {
			nonZero++
		}
	}
	m.Uvarint(uint64(nonZero))
	last := -1
	for r := range rows {
		row := t.W[r*t.Width : (r+1)*t.Width]
		if zeroRow(row) {
			continue
		}
		m.Uvarint(uint64(r - last - 1))
		last = r
		for _, v := range row {
			m.Varint(int64(v))
		}
	}
}

func zeroRow(row []int8) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// Read reads a parser written by WriteTo. It reports an error, never
// panics, on a wrong header, an unknown version, or corrupt or truncated
// data.
func Read(r io.Reader) (*Parser, error) {
	var p *Parser
	err := perceptron.Read(r, parserFormat, func(m *perceptron.Reader) { p = decodeParser(m) })
	if err != nil {
		return nil, fmt.Errorf("read parser: %w", err)
	}
	return p, nil
}

// decodeParser reads the fields of a parser; on an error it returns nil
// and m.Err() says why.
func decodeParser(m *perceptron.Reader) *Parser {
	nLabels := m.Count(255, "labels")
	if m.Err() == nil && nLabels == 0 {
		m.Fail("no labels")
	}
	p := &Parser{labels: make([]string, 0, nLabels)}
	for range nLabels {
		p.labels = append(p.labels, m.String())
	}
	p.root = uint8(m.Count(nLabels-1, "root label"))
	p.beam = m.Count(maxBeam, "beam width")
	if m.Err() == nil && p.beam == 0 {
		m.Fail("beam width 0")
	}
	p.cands = readCands(m, len(p.labels), p.root)
	supertags := readSupertags(m)
	p.act = perceptron.NewTable3(readTable(m, int(numActions)), perceptron.MaxCorrections)
	p.lab = perceptron.NewLaneTable(readTable(m, len(p.labels)))
	sup := readTable(m, len(supertags))
	p.qact = perceptron.NewTable3(readTable(m, int(numActions)), perceptron.MaxCorrections)
	p.qlab = perceptron.NewLaneTable(readTable(m, len(p.labels)))
	qsup := readTable(m, len(supertags))
	if m.Err() != nil {
		return nil
	}
	p.super = newSupertagger(supertags, sup, qsup)
	p.setQuick()
	return p
}

// readCands reads the candidate label lists.
func readCands(m *perceptron.Reader, nLabels int, root uint8) labelCands {
	n := m.Count(maxCandLists, "candidate lists")
	var (
		upos  []string
		dir   []transition
		lists [][]uint8
	)
	for range n {
		a := transition(m.Count(int(actRight), "arc direction"))
		u := m.String()
		l := make([]uint8, m.Count(nLabels, "candidate labels"))
		for i := range l {
			l[i] = uint8(m.Count(nLabels-1, "label"))
		}
		if m.Err() == nil && a == actShift {
			m.Fail("candidate list without a direction")
		}
		upos, dir, lists = append(upos, u), append(dir, a), append(lists, l)
	}
	return newLabelCands(upos, dir, lists, nLabels, root)
}

// readSupertags reads the names of the supertags.
func readSupertags(m *perceptron.Reader) []string {
	n := m.Count(maxSupertags, "supertags")
	if m.Err() == nil && n == 0 {
		m.Fail("no supertags")
	}
	names := make([]string, 0, n)
	for range n {
		names = append(names, m.String())
	}
	return names
}

// readTable reads one weight table of the given width.
func readTable(m *perceptron.Reader, width int) perceptron.Table {
	bits := m.Count(maxParserBits, "table bits")
	w := m.Count(255, "table width")
	scale := m.Float32()
	if m.Err() != nil {
		return perceptron.Table{}
	}
	if w != width || bits < 1 {
		m.Fail("table of %d bits and width %d, want width %d", bits, w, width)
		return perceptron.Table{}
	}
	if math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) || scale <= 0 {
		m.Fail("bad table scale %v", scale)
		return perceptron.Table{}
	}
	rows := 1 << bits
	if rows*width > maxTableEntries {
		m.Fail("table of %d rows of %d weights is too large", rows, width)
		return perceptron.Table{}
	}
	t := perceptron.Table{Bits: uint(bits), Width: width, Scale: scale, W: perceptron.MakeTable[int8](rows * width)}
	nonZero := m.Count(rows, "non-zero rows")
	next := 0
	for range nonZero {
		r := next + m.Count(rows, "row gap")
		if m.Err() != nil {
			return perceptron.Table{}
		}
		if r >= rows {
			m.Fail("row %d out of range", r)
			return perceptron.Table{}
		}
		if m.Int8s(t.W[r*width : (r+1)*width]); m.Err() != nil {
			return perceptron.Table{}
		}
		next = r + 1
	}
	return t
}
