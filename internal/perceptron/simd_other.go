//go:build !amd64 || purego

package perceptron

const haveAVX2 = false

func sumRows8AVX2(w *uint64, rows *int, n int, lanes *[16]uint64) {
	panic("unreachable: no AVX2")
}

func addDenseAVX2(d *uint64, offs *uint32, nOffs int, acc *uint64, chunks int) {
	panic("unreachable: no AVX2")
}

func maxLanesAVX2(lanes *[16]uint64, out *[6]uint32) {
	panic("unreachable: no AVX2")
}
