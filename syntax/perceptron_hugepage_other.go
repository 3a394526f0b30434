//go:build !linux

package syntax

// hugeSlice returns n zero elements.
func hugeSlice[T uint64 | weightEntry](n int) []T { return make([]T, n) }
