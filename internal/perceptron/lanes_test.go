package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// randomTable returns an int8 table of 2^bits rows of the given width,
// with weights of every magnitude and some all-zero rows.
func randomTable(rng *rand.Rand, bits uint, width int) Table {
	t := Table{Bits: bits, Width: width, Scale: 0.5, W: make([]int8, (1<<bits)*width)}
	for r := range 1 << bits {
		switch rng.IntN(4) {
		case 0: // a zero row, so that sums tie
		case 1:
			for k := range width {
				t.W[r*width+k] = int8(rng.IntN(256) - 128)
			}
		default:
			for k := range width {
				t.W[r*width+k] = int8(rng.IntN(33) - 16)
			}
		}
	}
	return t
}

// TestLaneTableFull sums a row of the largest weights as often as a lane
// can hold and once more.
func TestLaneTableFull(t *testing.T) {
	plain := Table{Bits: 4, Width: 51, W: make([]int8, 16*51)}
	for k := range 51 {
		plain.W[k] = 126
	}
	plain.W[3] = 127
	p := NewLaneTable(plain)
	var s LaneScratch
	cands := []uint8{0, 3, 50}
	for _, n := range []int{LaneRows, LaneRows + 1, 5 * LaneRows} {
		rows := make([]int, n) // every feature on row 0
		if got := p.Best(rows, cands, &s); got != 3 {
			t.Errorf("%d rows: best label %d, want 3", n, got)
		}
	}
}

func TestLaneTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, width := range []int{1, 7, 8, 9, 51, 64, 65, 255} {
		plain := randomTable(rng, 6, width)
		p := NewLaneTable(plain)
		if u := p.Unpack(); u.Bits != plain.Bits || u.Width != width || u.Scale != plain.Scale || !slices.Equal(u.W, plain.W) {
			t.Fatalf("width %d: Unpack differs from the packed table", width)
		}
		var s LaneScratch
		want := make([]int64, width)
		w32 := make([]int32, len(plain.W))
		for i, v := range plain.W {
			w32[i] = int32(v)
		}
		for _, n := range []int{1, 41, LaneRows, LaneRows + 1, 3*LaneRows + 5} {
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
			got := p.Best(p.RowsOf(nil, f), cands, &s)
			if exp := ScoreCands(w32, RowsOf(nil, f, plain.Bits, width), width, cands, want); got != exp {
				t.Errorf("width %d, %d rows: best label %d, want %d", width, n, got, exp)
			}
		}
	}
}

// TestBestOfAll checks BestOfAll against bestOfLanes with every class a
// candidate, on sums of random rows with ties.
func TestBestOfAll(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, width := range []int{1, 2, 7, 8, 9, 33, 63, 64} {
		p := NewLaneTable(randomTable(rng, 6, width))
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
			p.SumLanes(lanes[:], p.RowsOf(nil, f))
			c, margin := BestOfAll(&lanes, width)
			wc, wmargin := bestOfLanes(lanes[:], all)
			if c != wc || margin != wmargin {
				t.Errorf("width %d, %d rows: class %d margin %d, want %d and %d", width, n, c, margin, wc, wmargin)
			}
		}
	}
}
