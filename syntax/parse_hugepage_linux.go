package syntax

import (
	"syscall"
	"unsafe"
)

// makeTable allocates a weight table of n entries. On Linux it asks for
// huge pages: the parser reads its tables at random, a byte or two per
// feature, so with 4 KiB pages nearly every read is also a TLB miss. The
// advice is given before the memory is touched and is best effort.
func makeTable(n int) []int8 {
	w := make([]int8, n)
	const page = 4096
	if n < 4<<20 {
		return w
	}
	base := unsafe.Pointer(unsafe.SliceData(w))
	skip := (page - uintptr(base)%page) % page
	size := (uintptr(n) - skip) &^ (page - 1)
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(base, skip)), size), 14) // MADV_HUGEPAGE
	return w
}
