package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestTable3(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	plain := randomTable(rng, 8, 3)
	for _, tc := range []struct {
		name   string
		maxCor int
		packed bool
	}{
		{"packed", MaxCorrections, true},
		{"too many corrections", 10, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := NewTable3(plain, tc.maxCor)
			if (p.w != nil) != tc.packed {
				t.Fatalf("packed %v, want %v", p.w != nil, tc.packed)
			}
			if u := p.Unpack(); u.Bits != plain.Bits || u.Width != plain.Width || u.Scale != plain.Scale || !slices.Equal(u.W, plain.W) {
				t.Fatal("Unpack differs from the packed table")
			}
			for _, n := range []int{0, 1, 130, gatherRows, gatherRows + 1, 3*gatherRows + 7} {
				f := make([]uint64, n)
				for i := range f {
					f[i] = rng.Uint64()
				}
				got := p.Score(p.RowsOf(nil, f))
				if want := Score3(plain.W, RowsOf(nil, f, plain.Bits, plain.Width)); got != want {
					t.Errorf("%d rows: scores %v, want %v", n, got, want)
				}
			}
		})
	}
}

// TestTable3Extremes sums rows of the largest and smallest weights as many
// times as a part holds and more.
func TestTable3Extremes(t *testing.T) {
	plain := Table{Bits: 2, Width: 3, W: []int8{
		127, 127, 127,
		-128, -128, -128,
		15, -16, 0,
		-17, 16, 127,
	}}
	p := NewTable3(plain, MaxCorrections)
	for row := range 4 {
		for _, n := range []int{1, gatherRows, gatherRows + 1, 2 * gatherRows} {
			rows := make([]int, n)
			for i := range rows {
				rows[i] = row
			}
			want := [3]int64{}
			for a := range want {
				want[a] = int64(n) * int64(plain.W[row*3+a])
			}
			if got := p.Score(rows); got != want {
				t.Errorf("row %d %d times: scores %v, want %v", row, n, got, want)
			}
		}
	}
}
