package perceptron

import (
	"fmt"
	"math"
	"slices"
	"sync"
)

// A weight table holds one row of class weights for every hashed feature
// slot: 2^Bits rows of Width classes. Training uses int32 weights with
// int64 sums for averaging (TrainTable, Sums); a trained table is a Table
// of int8 weights, which model files store and which the classifiers read
// laid out as a LaneTable or a Table3.

// rowOf maps a feature hash to the offset of its row: its top bits, which
// the feature hashing mixes.
func rowOf(h uint64, bits uint, width int) int {
	return int(h>>(64-bits)) * width
}

// RowsOf fills rows with the offsets of the rows of the features in f in a
// table of 2^bits rows of width words.
func RowsOf(rows []int, f []uint64, bits uint, width int) []int {
	rows = slices.Grow(rows[:0], len(f))[:len(f)]
	for i, h := range f {
		rows[i] = rowOf(h, bits, width)
	}
	return rows
}

// Score3 sums the rows, at the given offsets, of a table of three classes.
func Score3[T int8 | int32](w []T, rows []int) [3]int64 {
	var a, b, c int64
	for _, r := range rows {
		x := w[r : r+3 : r+3]
		a += int64(x[0])
		b += int64(x[1])
		c += int64(x[2])
	}
	return [3]int64{a, b, c}
}

// ScoreCands sets out[c] for every candidate c to the sum of c's weights
// in the rows, at the given offsets, of a table of the given width, and
// returns the best candidate, the first in cands of those tied. Training
// uses it; a trained classifier chooses alike with LaneTable.Best.
func ScoreCands[T int8 | int32](w []T, rows []int, width int, cands []uint8, out []int64) uint8 {
	for _, c := range cands {
		out[c] = 0
	}
	for _, r := range rows {
		x := w[r : r+width : r+width]
		for _, c := range cands {
			out[c] += int64(x[c])
		}
	}
	if len(cands) == 0 {
		return 0
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if out[c] > out[best] {
			best = c
		}
	}
	return best
}

// TrainTable is an averaged perceptron weight table (Collins 2002, with
// the lazy averaging of Daumé III): W are the current weights and u the
// sums of step×change, so that the average after c steps is W − u/c.
type TrainTable struct {
	Bits  uint
	Width int
	W     []int32
	u     []int64
}

// NewTrainTable returns a table of 2^bits rows of width zero weights.
func NewTrainTable(bits uint, width int) *TrainTable {
	n := (1 << bits) * width
	return &TrainTable{Bits: bits, Width: width, W: make([]int32, n), u: make([]int64, n)}
}

// RowsOf fills rows with the offsets of the rows of the features in f.
func (t *TrainTable) RowsOf(rows []int, f []uint64) []int {
	return RowsOf(rows, f, t.Bits, t.Width)
}

// Update adds delta to class k of every row, at step c.
func (t *TrainTable) Update(rows []int, k int, delta int32, c int64) {
	for _, r := range rows {
		t.W[r+k] += delta
		t.u[r+k] += c * int64(delta)
	}
}

// Table is a trained weight table quantised to int8: a weight is
// W×Scale. Eight bits lose nothing measurable against sixteen for the
// parser (EWT dev UAS 84.66 against 84.61 with predicted tags) and halve
// the memory it reads, which bounds its speed.
type Table struct {
	Bits  uint
	Width int
	Scale float32
	W     []int8
}

// Sums adds up the averaged weights of several TrainTables of the same
// shape. After c steps the average of a weight is w − u/c, so c times it,
// c·w − u, is an integer: the sums are exact, and the same whatever order
// the tables are added in.
type Sums struct {
	mu    sync.Mutex
	bits  uint
	width int
	sum   []int64
	steps int64 // the steps of every table added
	n     int   // tables added
}

// NewSums returns empty sums of tables of 2^bits rows of width weights.
func NewSums(bits uint, width int) *Sums {
	return &Sums{bits: bits, width: width, sum: make([]int64, (1<<bits)*width)}
}

// Add adds the averaged weights of t after c steps. Every table must have
// been trained for the same number of steps, as tables trained on the same
// data for the same epochs are. It is safe for concurrent use.
func (s *Sums) Add(t *TrainTable, c int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t.Bits != s.bits || t.Width != s.width {
		return fmt.Errorf("table of %d bits and width %d added to sums of %d bits and width %d", t.Bits, t.Width, s.bits, s.width)
	}
	if s.n > 0 && c != s.steps {
		return fmt.Errorf("table trained for %d steps added to tables trained for %d", c, s.steps)
	}
	s.steps = c
	s.n++
	for i, w := range t.W {
		s.sum[i] += c*int64(w) - t.u[i]
	}
	return nil
}

// Average quantises the mean of the tables added. Weights whose quantised
// magnitude is below prune become zero.
func (s *Sums) Average(prune int) Table {
	q := Table{Bits: s.bits, Width: s.width, Scale: 1, W: MakeTable[int8](len(s.sum))}
	var maxAbs int64
	for _, v := range s.sum {
		maxAbs = max(maxAbs, v, -v)
	}
	if maxAbs == 0 {
		return q
	}
	denom := float64(s.steps) * float64(s.n)
	q.Scale = float32(float64(maxAbs) / denom / math.MaxInt8)
	unit := float64(maxAbs) / math.MaxInt8 // a quantum, in units of sum
	for i, v := range s.sum {
		x := math.Round(float64(v) / unit)
		if math.Abs(x) >= float64(prune) {
			q.W[i] = int8(x)
		}
	}
	return q
}

// Threshold converts a margin between two classes' scores, in the units
// of the weights as trained, to the units of a table of the given scale.
func Threshold(margin float64, scale float32) int64 {
	if scale <= 0 {
		return math.MaxInt64
	}
	return int64(math.Ceil(margin / float64(scale)))
}
