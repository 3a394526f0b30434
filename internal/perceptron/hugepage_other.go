//go:build !linux

package perceptron

// MakeTable allocates a weight table of n entries.
func MakeTable[T any](n int) []T { return make([]T, n) }
