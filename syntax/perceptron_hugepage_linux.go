package syntax

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page.
const hugePage = 2 << 20

// hugeSlice returns n zero elements. On Linux, when they span a huge page,
// it asks for huge pages: the tagger reads its weight tables at random, so
// with 4 KiB pages many reads also miss the TLB. The memory is aligned to
// a huge page and the advice given before it is touched; it is best effort.
// The element types hold no pointers, as the memory is a []byte to the
// garbage collector.
func hugeSlice[T uint64 | weightEntry](n int) []T {
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	if size < hugePage {
		return make([]T, n)
	}
	buf := make([]byte, size+hugePage)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	skip := (hugePage - base%hugePage) % hugePage
	_ = syscall.Madvise(buf[skip:skip+(uintptr(len(buf))-skip)&^(hugePage-1)], 14) // MADV_HUGEPAGE
	return unsafe.Slice((*T)(unsafe.Pointer(&buf[skip])), n)
}
