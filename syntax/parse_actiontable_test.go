package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestActionTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	plain := randomTable(rng, 8, int(numActions))
	for _, tc := range []struct {
		name   string
		maxCor int
		packed bool
	}{
		{"packed", maxCorrect, true},
		{"too many corrections", 10, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := packActions(plain, tc.maxCor)
			if (p.w != nil) != tc.packed {
				t.Fatalf("packed %v, want %v", p.w != nil, tc.packed)
			}
			if u := p.unpack(); u.bits != plain.bits || u.width != plain.width || u.scale != plain.scale || !slices.Equal(u.w, plain.w) {
				t.Fatal("unpack differs from the packed table")
			}
			for _, n := range []int{0, 1, 130, gatherRows, gatherRows + 1, 3*gatherRows + 7} {
				f := make([]uint64, n)
				for i := range f {
					f[i] = rng.Uint64()
				}
				got := p.score(p.rowsOf(nil, f))
				if want := scoreActions(plain.w, rowsOf(nil, f, plain.bits, plain.width)); got != want {
					t.Errorf("%d rows: scores %v, want %v", n, got, want)
				}
			}
		})
	}
}

// TestActionTableExtremes sums rows of the largest and smallest weights
// as many times as a part holds and more.
func TestActionTableExtremes(t *testing.T) {
	plain := parseTable{bits: 2, width: int(numActions), w: []int8{
		127, 127, 127,
		-128, -128, -128,
		15, -16, 0,
		-17, 16, 127,
	}}
	p := packActions(plain, maxCorrect)
	for row := range 4 {
		for _, n := range []int{1, gatherRows, gatherRows + 1, 2 * gatherRows} {
			rows := make([]int, n)
			for i := range rows {
				rows[i] = row
			}
			want := [numActions]int64{}
			for a := range want {
				want[a] = int64(n) * int64(plain.w[row*3+a])
			}
			if got := p.score(rows); got != want {
				t.Errorf("row %d %d times: scores %v, want %v", row, n, got, want)
			}
		}
	}
}
