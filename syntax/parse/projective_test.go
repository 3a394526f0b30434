package parse

import (
	"slices"
	"testing"
)

func TestCheckTree(t *testing.T) {
	tests := []struct {
		name string
		head []int32
		ok   bool
	}{
		{"tree", heads(2, 0, 2), true},
		{"two roots", heads(0, 0), false},
		{"no root", heads(2, 1), false},
		{"cycle beside the root", heads(0, 3, 2), false},
		{"self loop", heads(1, 0), false},
		{"head out of range", heads(0, 5), false},
		{"negative head", heads(0, -1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkTree(tc.head); (err == nil) != tc.ok {
				t.Errorf("checkTree(%v) = %v, want ok=%v", tc.head[1:], err, tc.ok)
			}
		})
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name       string
		head       []int32
		want       []int32
		wantLifted []int32
	}{
		{"projective", heads(2, 0, 2), heads(2, 0, 2), nil},
		// Word 4 hangs from word 2 across the root word 3, as in "A
		// hearing is scheduled on the issue": lifting it to 3 removes the
		// crossing.
		{"one crossing arc", heads(2, 3, 0, 2, 3), heads(2, 3, 0, 3, 3), []int32{4}},
		// Word 2's arc to 4 crosses 1 → 3; lifting 2 to 4's head (1)
		// leaves a projective tree.
		{"lift to grandparent", heads(0, 4, 1, 1), heads(0, 1, 1, 1), []int32{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := slices.Clone(tc.head)
			lifted := projectivize(h, nil)
			if !slices.Equal(h, tc.want) {
				t.Errorf("heads %v, want %v", h[1:], tc.want[1:])
			}
			if !slices.Equal(lifted, tc.wantLifted) {
				t.Errorf("lifted %v, want %v", lifted, tc.wantLifted)
			}
			for d := int32(1); int(d) < len(h); d++ {
				if nonProjective(h, d) {
					t.Errorf("arc into %d still non-projective", d)
				}
			}
			if err := checkTree(h); err != nil {
				t.Errorf("not a tree after lifting: %v", err)
			}
		})
	}
}
