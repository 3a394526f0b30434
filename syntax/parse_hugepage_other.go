//go:build !linux

package syntax

// makeTable allocates a weight table of n entries.
func makeTable[T any](n int) []T { return make([]T, n) }
