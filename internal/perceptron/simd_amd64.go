//go:build !purego

package perceptron

import "golang.org/x/sys/cpu"

var haveAVX2 = cpu.X86.HasAVX2

// sumRows8AVX2 is sumRows8 for n rows, in AVX2; every row must lie in w.
//
//go:noescape
func sumRows8AVX2(w *uint64, rows *int, n int, lanes *[16]uint64)

// addDenseAVX2 adds to acc[:4*chunks] the words of d from each of the
// nOffs offsets at offs, four words at a time; every block must lie in d.
//
//go:noescape
func addDenseAVX2(d *uint64, offs *uint32, nOffs int, acc *uint64, chunks int)

// maxLanesAVX2 finds the largest 16-bit lane of lanes, the largest of the
// others, and where the largest are (see simd_amd64.s).
//
//go:noescape
func maxLanesAVX2(lanes *[16]uint64, out *[6]uint32)
