package perceptron

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// randomRows returns sparse rows with the given number of classes, some
// rows empty, some with a few weights, some with most classes.
func randomRows(rng *rand.Rand, classes int, bits uint) ([]uint32, []Entry) {
	rowStart := make([]uint32, 1<<bits+1)
	var entries []Entry
	for r := 0; r < 1<<bits; r++ {
		density := []float64{0, 0.05, 0.5, 1}[rng.IntN(4)]
		for c := range classes {
			if rng.Float64() < density {
				w := int16(rng.IntN(65535) - 32767)
				if w == 0 {
					w = 1
				}
				entries = append(entries, Entry{Class: uint16(c), Weight: w})
			}
		}
		rowStart[r+1] = uint32(len(entries))
	}
	return rowStart, entries
}

func TestModelScore(t *testing.T) {
	tests := []struct {
		name           string
		classes, feats int
	}{
		{"one class", 1, 5},
		{"odd classes", 7, 20},
		{"tagger sized", 100, 40},
		{"more features than a batch", 50, 150},
		{"too many classes for dense rows", 300, 10},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, uint64(tc.classes)))
			const bits = 6
			rowStart, entries := randomRows(rng, tc.classes, bits)
			p := newModel(tc.classes, bits, 1, rowStart, entries)
			feats := make([]uint64, tc.feats)
			for i := range feats {
				feats[i] = rng.Uint64()
			}
			want := make([]int64, tc.classes)
			for _, f := range feats {
				r := f >> (64 - bits)
				for _, e := range entries[rowStart[r]:rowStart[r+1]] {
					want[e.Class] += int64(e.Weight)
				}
			}
			got := make([]int32, tc.classes)
			p.Score(feats, got)
			for c := range want {
				if int64(got[c]) != want[c] {
					t.Fatalf("class %d: score %d, want %d", c, got[c], want[c])
				}
			}
			for r := 0; r < 1<<bits; r++ {
				row := p.Row(r, nil)
				orig := entries[rowStart[r]:rowStart[r+1]]
				if len(row) != len(orig) {
					t.Fatalf("row %d: %d weights, want %d", r, len(row), len(orig))
				}
				for i := range row {
					if row[i] != orig[i] {
						t.Fatalf("row %d weight %d: %+v, want %+v", r, i, row[i], orig[i])
					}
				}
				sums, wantSums := make([]int64, tc.classes+1), make([]int64, tc.classes+1)
				p.AddRow(r, sums)
				for _, e := range orig {
					wantSums[e.Class] += int64(e.Weight)
				}
				if !slices.Equal(sums, wantSums) {
					t.Fatalf("row %d: AddRow sums %v, want %v", r, sums, wantSums)
				}
			}
		})
	}
}

func TestTrainer(t *testing.T) {
	// Class c is signalled by feature 1000+c; feature 7 fires always.
	pt, err := NewTrainer(3, 10)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 3)
	for range 5 {
		for c := range 3 {
			feats := []uint64{Mix(0, 1000+uint64(c), 0), Mix(0, 7, 0)}
			pt.Score(feats, scores)
			pt.Update(feats, c, Best(scores))
			pt.Tick()
		}
	}
	p := pt.Average(0)
	got := make([]int32, 3)
	for c := range 3 {
		clear(got)
		p.Score([]uint64{Mix(0, 1000+uint64(c), 0), Mix(0, 7, 0)}, got)
		b := 0
		for k := range got {
			if got[k] > got[b] {
				b = k
			}
		}
		if b != c {
			t.Errorf("feature of class %d scores %v", c, got)
		}
	}
}

func TestNewTrainerErrors(t *testing.T) {
	tests := []struct {
		name    string
		classes int
		bits    uint
	}{
		{"no classes", 0, 4},
		{"too many classes", MaxClasses + 1, 4},
		{"no rows", 3, 0},
		{"too many rows", 3, MaxBits + 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewTrainer(tc.classes, tc.bits); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestModelEncoding(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 3))
	rowStart, entries := randomRows(rng, 30, 5)
	p := newModel(30, 5, 0.25, rowStart, entries)
	f := Format{Magic: "TEST", Version: 1}
	var buf bytes.Buffer
	if _, err := Write(&buf, f, p.Encode); err != nil {
		t.Fatal(err)
	}
	var back *Model
	if err := Read(bytes.NewReader(buf.Bytes()), f, func(m *Reader) { back = DecodeModel(m) }); err != nil {
		t.Fatal(err)
	}
	if back.scale != p.scale || back.classes != p.classes || back.bits != p.bits {
		t.Fatalf("read back %d classes, %d bits, scale %v", back.classes, back.bits, back.scale)
	}
	for r := 0; r < 1<<5; r++ {
		a, b := p.Row(r, nil), back.Row(r, nil)
		if len(a) != len(b) {
			t.Fatalf("row %d: %d weights, read back %d", r, len(a), len(b))
		}
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("row %d: %+v, read back %+v", r, a[i], b[i])
			}
		}
	}
}
