package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// viterbiAllPairs is the Viterbi search trying every pair of labels, as
// it did before it read nerPrevLabels: the reference viterbi must equal.
func viterbiAllPairs(r *Recognizer, emit []float32, labels []nerLabel, back []int32) {
	n := len(labels)
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
	best, arg := negInf, 0
	for l := range nerNumLabels {
		if !nerAllowedEnd(l) || prev[l] == negInf {
			continue
		}
		if v := prev[l] + r.end[l]; v > best {
			best, arg = v, l
		}
	}
	for i := n - 1; i >= 0; i-- {
		labels[i] = nerLabel(arg)
		if i > 0 {
			arg = int(back[i*nerNumLabels+arg])
		}
	}
}

// TestViterbiPrevLabels checks that the search over the allowed previous
// labels finds the labels the search over every pair finds, ties
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
		got, want := make([]nerLabel, n), make([]nerLabel, n)
		r.viterbi(emit, got, make([]int32, len(emit)))
		viterbiAllPairs(r, emit, want, make([]int32, len(emit)))
		if !slices.Equal(got, want) {
			t.Fatalf("viterbi = %v, searching every pair %v", got, want)
		}
	}
}

// BenchmarkViterbi times the search over the allowed previous labels
// against the search over every pair, on a sentence of 30 tokens:
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
			viterbiAllPairs(r, emit, labels, back)
		}
	})
}
