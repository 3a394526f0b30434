//go:build !linux

package syntax

// makeTable allocates a weight table of n entries.
func makeTable(n int) []int8 { return make([]int8, n) }
