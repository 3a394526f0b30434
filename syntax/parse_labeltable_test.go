package syntax

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomTable returns an int8 table of 2^bits rows of the given width,
// with weights of every magnitude and some all-zero rows.
func randomTable(rng *rand.Rand, bits uint, width int) parseTable {
	t := parseTable{bits: bits, width: width, scale: 0.5, w: make([]int8, (1<<bits)*width)}
	for r := range 1 << bits {
		switch rng.IntN(4) {
		case 0: // a zero row, so that sums tie
		case 1:
			for k := range width {
				t.w[r*width+k] = int8(rng.IntN(256) - 128)
			}
		default:
			for k := range width {
				t.w[r*width+k] = int8(rng.IntN(33) - 16)
			}
		}
	}
	return t
}

// TestLabelTableFull sums a row of the largest weights as often as a lane
// can hold and once more.
func TestLabelTableFull(t *testing.T) {
	plain := parseTable{bits: 4, width: 51, w: make([]int8, 16*51)}
	for k := range 51 {
		plain.w[k] = 126
	}
	plain.w[3] = 127
	p := packLabels(plain)
	var s labelScratch
	cands := []uint8{0, 3, 50}
	for _, n := range []int{laneRows, laneRows + 1, 5 * laneRows} {
		rows := make([]int, n) // every feature on row 0
		if got := p.best(rows, cands, &s); got != 3 {
			t.Errorf("%d rows: best label %d, want 3", n, got)
		}
	}
}

func TestLabelTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, width := range []int{1, 7, 8, 9, 51, 64, 65, 255} {
		plain := randomTable(rng, 6, width)
		p := packLabels(plain)
		if u := p.unpack(); u.bits != plain.bits || u.width != width || u.scale != plain.scale || !slices.Equal(u.w, plain.w) {
			t.Fatalf("width %d: unpack differs from the packed table", width)
		}
		var s labelScratch
		want := make([]int64, width)
		w32 := make([]int32, len(plain.w))
		for i, v := range plain.w {
			w32[i] = int32(v)
		}
		for _, n := range []int{1, 41, laneRows, laneRows + 1, 3*laneRows + 5} {
			f := make([]uint64, n)
			for i := range f {
				f[i] = rng.Uint64()
			}
			// Some features hit the same row.
			for i := 1; i < n; i += 7 {
				f[i] = f[i-1]
			}
			cands := []uint8{}
			for l := range width {
				if rng.IntN(3) != 0 {
					cands = append(cands, uint8(l))
				}
			}
			if len(cands) == 0 {
				cands = append(cands, uint8(width-1))
			}
			got := p.best(p.rowsOf(nil, f), cands, &s)
			if exp := scoreCands(w32, rowsOf(nil, f, plain.bits, width), width, cands, want); got != exp {
				t.Errorf("width %d, %d rows: best label %d, want %d", width, n, got, exp)
			}
		}
	}
}

// TestBestOfAll checks bestOfAll against bestOfLanes with every class a
// candidate, on sums of random rows with ties.
func TestBestOfAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, width := range []int{1, 2, 7, 8, 9, 33, 63, 64} {
		p := packLabels(randomTable(rng, 6, width))
		all := make([]uint8, width)
		for c := range all {
			all[c] = uint8(c)
		}
		for _, n := range []int{0, 1, 3, 40} {
			f := make([]uint64, n)
			for i := range f {
				f[i] = rng.Uint64()
			}
			var lanes [16]uint64
			p.sumLanes(lanes[:], p.rowsOf(nil, f))
			c, margin := bestOfAll(&lanes, width)
			wc, wmargin := bestOfLanes(lanes[:], all)
			if c != wc || margin != wmargin {
				t.Errorf("width %d, %d rows: class %d margin %d, want %d and %d", width, n, c, margin, wc, wmargin)
			}
		}
	}
}
