package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The parser model file is the 8-byte magic "AGDEPPAR", a little-endian
// uint16 format version, and a gzip stream (whose CRC guards against
// corruption and truncation) holding, all integers as varints:
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

const (
	parserMagic = "AGDEPPAR"
	// parserVersion changes with the layout of the file and also with
	// anything that moves the weights a feature reads: the templates in
	// depfeat*.go, the atoms or the hashing. A model trained with other
	// templates would load and parse badly; its version makes it fail.
	parserVersion = 5

	// Bounds that keep a corrupt file from asking for absurd allocations.
	maxParserBits   = 26
	maxTableEntries = 1 << 28
	maxLabelLength  = 64
	maxBeam         = 64
)

// WriteTo writes the parser in its binary model format.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	if _, err := io.WriteString(cw, parserMagic); err != nil {
		return cw.n, fmt.Errorf("write parser: %w", err)
	}
	if err := binary.Write(cw, binary.LittleEndian, uint16(parserVersion)); err != nil {
		return cw.n, fmt.Errorf("write parser: %w", err)
	}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return cw.n, fmt.Errorf("write parser: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	uv(uint64(p.root))
	uv(uint64(max(p.beam, 1)))
	uv(uint64(len(p.cands.lists)))
	for i, l := range p.cands.lists {
		uv(uint64(p.cands.dir[i]))
		uv(uint64(len(p.cands.upos[i])))
		bw.WriteString(p.cands.upos[i])
		uv(uint64(len(l)))
		for _, lab := range l {
			uv(uint64(lab))
		}
	}
	uv(uint64(len(p.super.classes)))
	for _, c := range p.super.classes {
		uv(uint64(len(c)))
		bw.WriteString(c)
	}
	act, lab, sup := p.act.unpack(), p.lab.unpack(), p.super.tab.unpack()
	qact, qlab, qsup := p.qact.unpack(), p.qlab.unpack(), p.super.qtab.unpack()
	for _, t := range []*parseTable{&act, &lab, &sup, &qact, &qlab, &qsup} {
		uv(uint64(t.bits))
		uv(uint64(t.width))
		uv(uint64(math.Float32bits(t.scale)))
		rows := len(t.w) / t.width
		nonZero := 0
		for r := range rows {
			if !zeroRow(t.w[r*t.width : (r+1)*t.width]) {
				nonZero++
			}
		}
		uv(uint64(nonZero))
		last := -1
		for r := range rows {
			row := t.w[r*t.width : (r+1)*t.width]
			if zeroRow(row) {
				continue
			}
			uv(uint64(r - last - 1))
			last = r
			for _, v := range row {
				bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write parser: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write parser: %w", err)
	}
	return cw.n, nil
}

func zeroRow(row []int8) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// ReadParser reads a parser written by WriteTo. It reports an error, never
// panics, on a wrong header, an unknown version, or corrupt or truncated
// data.
func ReadParser(r io.Reader) (*Parser, error) {
	p, err := readParser(r)
	if err != nil {
		return nil, fmt.Errorf("read parser: %w", err)
	}
	return p, nil
}

func readParser(r io.Reader) (*Parser, error) {
	var head [len(parserMagic) + 2]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if string(head[:len(parserMagic)]) != parserMagic {
		return nil, errors.New("not a parser model (bad magic)")
	}
	if v := binary.LittleEndian.Uint16(head[len(parserMagic):]); v != parserVersion {
		return nil, fmt.Errorf("unsupported format version %d (want %d)", v, parserVersion)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	d := &parseDecoder{r: br}
	nLabels := d.uvarint(255)
	if d.err == nil && nLabels == 0 {
		return nil, errors.New("no labels")
	}
	p := &Parser{labels: make([]string, 0, nLabels)}
	for range nLabels {
		b := make([]byte, d.uvarint(maxLabelLength))
		d.full(b)
		p.labels = append(p.labels, string(b))
	}
	p.root = uint8(d.uvarint(nLabels - 1))
	p.beam = int(d.uvarint(maxBeam))
	if d.err == nil && p.beam == 0 {
		return nil, errors.New("beam width 0")
	}
	p.cands = d.cands(len(p.labels), p.root)
	supertags := d.supertags()
	p.act = packActions(d.table(int(numActions)), maxCorrect)
	p.lab = packLabels(d.table(len(p.labels)))
	sup := d.table(len(supertags))
	p.qact = packActions(d.table(int(numActions)), maxCorrect)
	p.qlab = packLabels(d.table(len(p.labels)))
	qsup := d.table(len(supertags))
	if d.err != nil {
		return nil, d.err
	}
	p.super = newSupertagger(supertags, sup, qsup)
	p.setQuick()
	if d.err != nil {
		return nil, d.err
	}
	// Reading to the end makes gzip check its CRC and length.
	if n, err := io.Copy(io.Discard, br); err != nil {
		return nil, err
	} else if n > 0 {
		return nil, fmt.Errorf("%d bytes of trailing data", n)
	}
	return p, nil
}

// parseDecoder reads the varints of a model, keeping the first error.
type parseDecoder struct {
	r   *bufio.Reader
	err error
}

// uvarint reads an unsigned varint no greater than limit.
func (d *parseDecoder) uvarint(limit uint64) uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = parseUnexpected(err)
		return 0
	}
	if x > limit {
		d.err = fmt.Errorf("value %d out of range (max %d)", x, limit)
		return 0
	}
	return x
}

func (d *parseDecoder) full(b []byte) {
	if d.err != nil {
		return
	}
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.err = parseUnexpected(err)
	}
}

// maxCandLists bounds the number of candidate label lists: one for each
// direction and UPOS, with room for unusual tag sets.
const maxCandLists = 1024

// cands reads the candidate label lists.
func (d *parseDecoder) cands(nLabels int, root uint8) labelCands {
	n := d.uvarint(maxCandLists)
	var (
		upos  []string
		dir   []transition
		lists [][]uint8
	)
	for range n {
		a := transition(d.uvarint(uint64(actRight)))
		b := make([]byte, d.uvarint(maxLabelLength))
		d.full(b)
		l := make([]uint8, d.uvarint(uint64(nLabels)))
		for i := range l {
			l[i] = uint8(d.uvarint(uint64(nLabels - 1)))
		}
		if d.err == nil && a == actShift {
			d.err = errors.New("candidate list without a direction")
		}
		upos, dir, lists = append(upos, string(b)), append(dir, a), append(lists, l)
	}
	return newLabelCands(upos, dir, lists, nLabels, root)
}

// supertags reads the names of the supertags.
func (d *parseDecoder) supertags() []string {
	n := d.uvarint(maxSupertags)
	if d.err == nil && n == 0 {
		d.err = errors.New("no supertags")
	}
	names := make([]string, 0, n)
	for range n {
		b := make([]byte, d.uvarint(maxLabelLength))
		d.full(b)
		names = append(names, string(b))
	}
	return names
}

// table reads one weight table of the given width.
func (d *parseDecoder) table(width int) parseTable {
	bits := d.uvarint(maxParserBits)
	w := d.uvarint(255)
	scale := math.Float32frombits(uint32(d.uvarint(math.MaxUint32)))
	if d.err != nil {
		return parseTable{}
	}
	if int(w) != width || bits < 1 {
		d.err = fmt.Errorf("table of %d bits and width %d, want width %d", bits, w, width)
		return parseTable{}
	}
	if math.IsNaN(float64(scale)) || math.IsInf(float64(scale), 0) || scale <= 0 {
		d.err = fmt.Errorf("bad table scale %v", scale)
		return parseTable{}
	}
	rows := uint64(1) << bits
	if rows*uint64(width) > maxTableEntries {
		d.err = fmt.Errorf("table of %d rows of %d weights is too large", rows, width)
		return parseTable{}
	}
	t := parseTable{bits: uint(bits), width: width, scale: scale, w: makeTable[int8](int(rows) * width)}
	nonZero := d.uvarint(rows)
	next := uint64(0)
	for range nonZero {
		r := next + d.uvarint(rows)
		if d.err != nil {
			return parseTable{}
		}
		if r >= rows {
			d.err = fmt.Errorf("row %d out of range", r)
			return parseTable{}
		}
		row := t.w[r*uint64(width) : (r+1)*uint64(width)]
		for i := range row {
			v, err := binary.ReadVarint(d.r)
			if err != nil {
				d.err = parseUnexpected(err)
				return parseTable{}
			}
			if v < math.MinInt8 || v > math.MaxInt8 {
				d.err = fmt.Errorf("weight %d out of range", v)
				return parseTable{}
			}
			row[i] = int8(v)
		}
		next = r + 1
	}
	return t
}

// parseUnexpected turns a premature end of data into io.ErrUnexpectedEOF.
func parseUnexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
