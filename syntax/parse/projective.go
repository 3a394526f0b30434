package parse

import "fmt"

// Trees are handled here as head slices: head[i] is the head of word i
// (1..n), 0 for the root; head[0] is unused.

// checkTree reports why head is not a dependency tree with exactly one word
// attached to the root, or nil.
func checkTree(head []int32) error {
	n := len(head) - 1
	roots := 0
	for i := 1; i <= n; i++ {
		h := head[i]
		if h < 0 || int(h) > n || int(h) == i {
			return fmt.Errorf("word %d has bad head %d", i, h)
		}
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d words attached to the root, want 1", roots)
	}
	for i := 1; i <= n; i++ {
		// A walk of more than n steps up from i means a cycle.
		k := int32(i)
		for steps := 0; k != 0; steps++ {
			if steps > n {
				return fmt.Errorf("word %d is on a cycle", i)
			}
			k = head[k]
		}
	}
	return nil
}

// dominates reports whether h is an ancestor of (or equal to) k in the tree.
func dominates(head []int32, h, k int32) bool {
	for steps := 0; steps < len(head); steps++ {
		if k == h {
			return true
		}
		if k == 0 {
			return false
		}
		k = head[k]
	}
	return false
}

// nonProjective reports whether the arc into word d crosses another arc,
// that is whether some word strictly between d and its head is not
// dominated by the head.
func nonProjective(head []int32, d int32) bool {
	h := head[d]
	if h == 0 {
		return false // the root dominates every word
	}
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		if !dominates(head, h, k) {
			return true
		}
	}
	return false
}

// projectivize makes the tree projective by lifting arcs (Nivre and
// Nilsson 2005): while some arc is non-projective, the shortest one is
// re-attached to its head's head. It reports the words lifted, one entry
// for every lift. head must be a valid tree.
func projectivize(head []int32, lifted []int32) []int32 {
	lifted = lifted[:0]
	for {
		best, span := int32(-1), int32(1<<30)
		for d := int32(1); int(d) < len(head); d++ {
			h := head[d]
			if h == 0 {
				continue
			}
			sp := max(h, d) - min(h, d)
			if sp < span && nonProjective(head, d) {
				best, span = d, sp
			}
		}
		if best < 0 {
			return lifted
		}
		head[best] = head[head[best]]
		lifted = append(lifted, best)
	}
}
