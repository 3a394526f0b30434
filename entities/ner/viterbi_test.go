package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// forwardAllPairs is the forward pass of the Viterbi search trying every
// pair of labels, as it did before it read nerPrevLabels: the back
// pointers viterbi leaves in back must equal those it leaves there. (The
// choice of the last label and the walk back are the same code in both,
// so the back pointers decide the labels.)
func forwardAllPairs(r *Recognizer, emit []float32, n int, back []int32) {
	negInf := float32(math.Inf(-1))
	var prev, cur [nerNumLabels]float32
	for l := range nerNumLabels {
		prev[l] = negInf
		if nerTransitions[nerStart][l] {
			prev[l] = r.trans[nerStart*nerNumLabels+l] + emit[l]
		}
	}
	for i := 1; i < n; i++ {
		for l := range nerNumLabels {
			best, arg := negInf, int32(0)
			for p := range nerNumLabels {
				if prev[p] == negInf || !nerTransitions[p][l] {
					continue
				}
				if v := prev[p] + r.trans[p*nerNumLabels+l]; v > best {
					best, arg = v, int32(p)
				}
			}
			cur[l] = best + emit[i*nerNumLabels+l]
			back[i*nerNumLabels+l] = arg
		}
		prev = cur
	}
}

// TestViterbiPrevLabels checks that the search over the allowed previous
// labels finds the back pointers the search over every pair finds, ties
// included (scores drawn from a few values tie often).
func TestViterbiPrevLabels(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 4))
	draw := func() float32 { return float32(rng.IntN(5) - 2) }
	for range 2000 {
		r := &Recognizer{}
		for i := range r.trans {
			r.trans[i] = draw()
		}
		for i := range r.end {
			r.end[i] = draw()
		}
		n := 1 + rng.IntN(12)
		emit := make([]float32, n*nerNumLabels)
		for i := range emit {
			emit[i] = draw()
		}
		got, want := make([]int32, len(emit)), make([]int32, len(emit))
		r.viterbi(emit, make([]nerLabel, n), got)
		forwardAllPairs(r, emit, n, want)
		if !slices.Equal(got, want) {
			t.Fatalf("viterbi's back pointers %v, searching every pair %v", got, want)
		}
	}
}

// BenchmarkViterbi times the search over the allowed previous labels
// against the search over every pair, on a sentence of 30 tokens; the
// search over every pair is its forward pass alone, without the walk back
// (one step a token, against the forward pass's label pairs a token):
//
//	go test -run '^$' -bench Viterbi -count 6 ./entities/ner | benchstat -col /impl -
func BenchmarkViterbi(b *testing.B) {
	rng := rand.New(rand.NewPCG(30, 1))
	r := &Recognizer{}
	for i := range r.trans {
		r.trans[i] = rng.Float32()
	}
	for i := range r.end {
		r.end[i] = rng.Float32()
	}
	const n = 30
	emit := make([]float32, n*nerNumLabels)
	for i := range emit {
		emit[i] = 4 * rng.Float32()
	}
	labels, back := make([]nerLabel, n), make([]int32, len(emit))
	b.Run("impl=prev-labels", func(b *testing.B) {
		for b.Loop() {
			r.viterbi(emit, labels, back)
		}
	})
	b.Run("impl=all-pairs", func(b *testing.B) {
		for b.Loop() {
			forwardAllPairs(r, emit, n, back)
		}
	})
}
