package perceptron

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20

// MakeTable allocates a weight table of n entries. On Linux it asks for
// huge pages: the parser and the tagger read their tables at random, a few
// bytes per feature, so with 4 KiB pages nearly every read is also a TLB
// miss. A table of a huge page or more starts on a huge page boundary, so
// that none of it is left on small pages. The advice is given before the
// memory is touched and is best effort.
func MakeTable[T any](n int) []T {
	size := uintptr(n) * unsafe.Sizeof(*new(T))
	if size < hugePage {
		return make([]T, n)
	}
	elem := unsafe.Sizeof(*new(T))
	pad := int(hugePage / elem)
	w := make([]T, n+pad)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(w)))
	skip := int((hugePage - base%hugePage) % hugePage / elem)
	w = w[skip : skip+n : skip+n]
	start := unsafe.Pointer(unsafe.SliceData(w))
	_ = syscall.Madvise(unsafe.Slice((*byte)(start), size&^(hugePage-1)), 14) // MADV_HUGEPAGE
	return w
}
