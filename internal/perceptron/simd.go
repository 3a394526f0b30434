package perceptron

// The sums that the tagger and the parser spend most of their time in, of
// rows of weights read at random from large tables, have AVX2 versions on
// amd64 (simd_amd64.s), used when the processor has AVX2 and the build is
// not tagged purego; elsewhere simd_other.go stands in for them. They give
// the same sums as the portable Go; the tests check that they do.

// sumRows8 adds rows of eight words of w, each starting at one of rows, to
// lanes: the even bytes of words 0..3 to lanes[0..3] and their odd bytes to
// lanes[4..7], those of words 4..7 to lanes[8..15], each byte to a 16-bit
// lane. It uses AVX2 where the processor has it (simd_amd64.s); the
// sums are the same either way.
func sumRows8(w []uint64, rows []int, lanes *[16]uint64) {
	if len(rows) == 0 {
		return
	}
	if haveAVX2 {
		for _, r := range rows {
			_ = w[r+7] // the assembly does not check bounds
		}
		sumRows8AVX2(&w[0], &rows[0], len(rows), lanes)
		return
	}
	sumRows8Generic(w, rows, lanes)
}

func sumRows8Generic(w []uint64, rows []int, lanes *[16]uint64) {
	for g := range 2 {
		for j := range 4 {
			var e, o uint64
			for _, r := range rows {
				x := w[r+4*g+j]
				e += x & evenBytes
				o += x >> 8 & evenBytes
			}
			lanes[8*g+j] += e
			lanes[8*g+4+j] += o
		}
	}
}
