package render

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestSeparate(t *testing.T) {
	grid := func(n int, step float64) []box {
		var bs []box
		for i := range n {
			bs = append(bs, box{X: float64(i%10) * step, Y: float64(i/10) * step, W: 30, H: 10})
		}
		return bs
	}
	tests := []struct {
		name string
		in   []box
	}{
		{"one box", []box{{X: 5, Y: 5, W: 10, H: 10}}},
		{"two on one spot", []box{{W: 10, H: 5}, {W: 10, H: 5}}},
		{"many on one spot", slices.Repeat([]box{{X: 3, Y: 3, W: 40, H: 8}}, 50)},
		{"crowded grid", grid(100, 1)},
		{"sparse grid", grid(100, 1000)},
		{"wide and tall", []box{{W: 300, H: 5}, {X: 10, Y: 2, W: 5, H: 300}, {X: -4, Y: 1, W: 20, H: 20}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := slices.Clone(tt.in)
			separate(bs)
			for i, a := range bs {
				if math.IsNaN(a.X) || math.IsNaN(a.Y) || math.IsInf(a.X, 0) || math.IsInf(a.Y, 0) {
					t.Fatalf("box %d placed at %v,%v", i, a.X, a.Y)
				}
				for j, b := range bs[i+1:] {
					if a.W+b.W > math.Abs(a.X-b.X) && a.H+b.H > math.Abs(a.Y-b.Y) {
						t.Fatalf("boxes %d and %d overlap: %+v %+v", i, i+1+j, a, b)
					}
				}
			}
			again := slices.Clone(tt.in)
			separate(again)
			if fmt.Sprint(again) != fmt.Sprint(bs) {
				t.Error("separate is not deterministic")
			}
		})
	}
}

// TestSeparateKeepsShape checks that separating keeps the layout's
// arrangement: boxes left of others stay left of them.
func TestSeparateKeepsShape(t *testing.T) {
	bs := []box{{X: 0, Y: 0, W: 20, H: 10}, {X: 10, Y: 0, W: 20, H: 10}, {X: 20, Y: 0, W: 20, H: 10}, {X: 10, Y: 15, W: 20, H: 10}}
	separate(bs)
	if !(bs[0].X < bs[1].X && bs[1].X < bs[2].X) {
		t.Errorf("left-to-right order lost: %+v", bs)
	}
	if !(bs[3].Y > bs[1].Y) {
		t.Errorf("box above is no longer above: %+v", bs)
	}
}
