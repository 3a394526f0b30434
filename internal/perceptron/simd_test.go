package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSumRows8 checks the AVX2 sums, where the processor has AVX2, against
// the portable ones, with lanes that already hold sums.
func TestSumRows8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	w := make([]uint64, 64*8)
	for i := range w {
		w[i] = rng.Uint64()
	}
	for _, n := range []int{0, 1, 2, 7, LaneRows / 2} {
		rows := make([]int, n)
		for i := range rows {
			rows[i] = 8 * rng.IntN(64)
		}
		var start [16]uint64
		for i := range start {
			start[i] = rng.Uint64() & evenBytes >> 1 // room for n rows
		}
		got, want := start, start
		sumRows8(w, rows, &got)
		sumRows8Generic(w, rows, &want)
		if got != want {
			t.Errorf("%d rows (AVX2 %v): sums %x, want %x", n, haveAVX2, got, want)
		}
	}
}

// TestAddDense checks the Model's dense sums, with AVX2 where the
// processor has it, against the portable ones, for rows of every length
// modulo four.
func TestAddDense(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	d := make([]uint64, 1000)
	for i := range d {
		d[i] = rng.Uint64() >> 8
	}
	for _, n := range []int{1, 3, 4, 5, 8, 26, 27} {
		p := &Model{dense: d}
		for _, k := range []int{0, 1, 5, 8, 13} {
			offs := make([]uint32, k)
			for i := range offs {
				offs[i] = uint32(rng.IntN(len(d) - n + 1))
			}
			start := make([]uint64, n)
			for i := range start {
				start[i] = rng.Uint64() >> 8
			}
			got, want := slices.Clone(start), slices.Clone(start)
			p.addDense(got, offs)
			addDenseGeneric(d, want, offs)
			if !slices.Equal(got, want) {
				t.Errorf("%d words, %d blocks (AVX2 %v): sums differ", n, k, haveAVX2)
			}
		}
	}
}
