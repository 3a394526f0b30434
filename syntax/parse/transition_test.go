package parse

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// heads builds a head slice (index 0 unused) from the heads of words 1..n.
func heads(h ...int32) []int32 { return append([]int32{0}, h...) }

// Hand-made trees; the words are only numbered.
var transitionTrees = []struct {
	name string
	head []int32
}{
	{"one word", heads(0)},
	{"left arc", heads(2, 0)},
	{"right arc", heads(0, 1)},
	{"root in the middle", heads(2, 0, 2)},
	{"chain right", heads(0, 1, 2, 3)},
	{"chain left", heads(2, 3, 4, 0)},
	{"subject verb object with modifiers", heads(2, 3, 0, 5, 3, 3)},
	{"nested", heads(3, 3, 0, 6, 6, 3, 6, 3)},
}

// TestOracleDerivation follows zero-cost transitions from the start and
// checks that they always exist and rebuild the gold tree in 2n steps.
func TestOracleDerivation(t *testing.T) {
	for _, tc := range transitionTrees {
		t.Run(tc.name, func(t *testing.T) {
			n := len(tc.head) - 1
			var st parseState
			st.reset(n)
			steps := 0
			for !st.terminal() {
				next := numActions
				for a := actShift; a < numActions; a++ {
					if st.legal(a) && oracleCost(&st, tc.head, a) == 0 {
						next = a
						break
					}
				}
				if next == numActions {
					t.Fatalf("step %d: no zero-cost transition (stack %v, b %d)", steps, st.stack, st.b)
				}
				st.apply(next, 0)
				steps++
			}
			if steps != 2*n {
				t.Errorf("%d transitions, want %d", steps, 2*n)
			}
			if !slices.Equal(st.head[1:], tc.head[1:]) {
				t.Errorf("built heads %v, want %v", st.head[1:], tc.head[1:])
			}
		})
	}
}

// TestOracleCost checks the cost of single transitions after a prefix.
func TestOracleCost(t *testing.T) {
	const (
		S = actShift
		L = actLeft
		R = actRight
	)
	tests := []struct {
		name   string
		head   []int32
		prefix []transition
		a      transition
		want   int
	}{
		{"left to own head", heads(2, 0), []transition{S}, L, 0},
		{"shift past own head", heads(2, 3, 0), []transition{S, S}, S, 1},
		{"left loses buffer dependent", heads(0, 1, 2), []transition{S}, L, 2},
		{"right to gold head", heads(0, 1), []transition{S, S}, R, 0},
		{"right loses head in buffer", heads(0, 3, 1), []transition{S, S}, R, 1},
		{"right loses head and dependent", heads(3, 3, 0, 2), []transition{S, S}, R, 2},
		{"shift loses stack dependents", heads(3, 3, 0), []transition{S, S}, S, 2},
		{"left instead keeps them", heads(3, 3, 0), []transition{S, S}, L, 0},
		{"shift loses two dependents", heads(4, 4, 4, 0), []transition{S, S, S, L}, S, 2},
		{"left loses dependent and root", heads(0, 1), []transition{S}, L, 2},
		{"left with the root", heads(2, 0), []transition{S, L, S}, L, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var st parseState
			st.reset(len(tc.head) - 1)
			for i, a := range tc.prefix {
				if !st.legal(a) {
					t.Fatalf("prefix step %d (%d) illegal", i, a)
				}
				st.apply(a, 0)
			}
			if !st.legal(tc.a) {
				t.Fatalf("transition %d illegal", tc.a)
			}
			if got := oracleCost(&st, tc.head, tc.a); got != tc.want {
				t.Errorf("cost %d, want %d", got, tc.want)
			}
		})
	}
}

// TestRandomDerivationsAreTrees checks that any sequence of legal
// transitions ends, after 2n steps, in a tree with one root word.
func TestRandomDerivationsAreTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var st parseState
	for trial := range 500 {
		n := 1 + rng.IntN(12)
		st.reset(n)
		steps := 0
		for !st.terminal() {
			var legal []transition
			for a := actShift; a < numActions; a++ {
				if st.legal(a) {
					legal = append(legal, a)
				}
			}
			if len(legal) == 0 {
				t.Fatalf("trial %d: stuck with stack %v, b %d", trial, st.stack, st.b)
			}
			st.apply(legal[rng.IntN(len(legal))], 0)
			steps++
		}
		if steps != 2*n {
			t.Errorf("trial %d: %d steps for %d words", trial, steps, n)
		}
		if err := checkTree(st.head); err != nil {
			t.Errorf("trial %d: %v (heads %v)", trial, err, st.head[1:])
		}
		if nonProj := projectivize(slices.Clone(st.head), nil); len(nonProj) > 0 {
			t.Errorf("trial %d: built a non-projective tree %v", trial, st.head[1:])
		}
	}
}

// TestOnlyLegal checks onlyLegal against legal in random derivations.
func TestOnlyLegal(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var st parseState
	forced, steps := 0, 0
	for range 200 {
		st.reset(1 + rng.IntN(15))
		for !st.terminal() {
			var legal []transition
			for a := actShift; a < numActions; a++ {
				if st.legal(a) {
					legal = append(legal, a)
				}
			}
			a, only := st.onlyLegal()
			if only != (len(legal) == 1) || only && a != legal[0] {
				t.Fatalf("onlyLegal = %d, %v; legal %v (stack %v, b %d)", a, only, legal, st.stack, st.b)
			}
			if only {
				forced++
			}
			steps++
			st.apply(legal[rng.IntN(len(legal))], 0)
		}
	}
	t.Logf("%d of %d random steps forced", forced, steps)
}
