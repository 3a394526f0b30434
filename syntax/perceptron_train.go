package syntax

import (
	"fmt"
	"math"
)

// perceptronTrainer learns an averaged perceptron over hashed features. Its
// weight table is dense (rows x classes float32); averaging uses the usual
// lazy trick: besides the weights w it keeps u, the sum of every update
// scaled by the instance counter at the time it was made, so that the
// average over all instances seen is w - u/n.
type perceptronTrainer struct {
	classes int
	bits    uint
	w, u    []float32
	n       float32 // instances seen, counted by tick
}

// newPerceptronTrainer returns a trainer for the given number of classes
// and a table of 2^bits rows.
func newPerceptronTrainer(classes int, bits uint) (*perceptronTrainer, error) {
	if bits == 0 || bits > maxPerceptronBits {
		return nil, fmt.Errorf("perceptron: table bits %d out of range", bits)
	}
	if classes <= 0 || classes > maxPerceptronClasses {
		return nil, fmt.Errorf("perceptron: %d classes out of range", classes)
	}
	size := classes << bits
	return &perceptronTrainer{
		classes: classes,
		bits:    bits,
		w:       make([]float32, size),
		u:       make([]float32, size),
		n:       1,
	}, nil
}

// score sets scores[c] to the current (not averaged) score of class c.
func (t *perceptronTrainer) score(feats []uint64, scores []float32) {
	scores = scores[:t.classes]
	clear(scores)
	shift := 64 - t.bits
	for _, f := range feats {
		off := int(f>>shift) * t.classes
		row := t.w[off : off+t.classes]
		for c, w := range row {
			scores[c] += w
		}
	}
}

// best returns the class with the highest score, the lowest on ties.
func best(scores []float32) int {
	b := 0
	for c, s := range scores {
		if s > scores[b] {
			b = c
		}
	}
	return b
}

// update moves the weights of feats towards gold and away from guess.
func (t *perceptronTrainer) update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	shift := 64 - t.bits
	for _, f := range feats {
		off := int(f>>shift) * t.classes
		t.w[off+gold]++
		t.u[off+gold] += t.n
		t.w[off+guess]--
		t.u[off+guess] -= t.n
	}
}

// tick counts one training instance.
func (t *perceptronTrainer) tick() { t.n++ }

// average returns the averaged model, quantised to int16, without the
// weights whose magnitude is below prune.
func (t *perceptronTrainer) average(prune float32) *perceptron {
	avg := func(i int) float32 { return t.w[i] - t.u[i]/t.n }
	var maxAbs float32
	for i := range t.w {
		if a := float32(math.Abs(float64(avg(i)))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := float32(1)
	if maxAbs > 0 {
		scale = maxAbs / math.MaxInt16
	}
	if prune < scale/2 {
		prune = scale / 2 // anything smaller quantises to zero
	}
	rowStart := make([]uint32, 1<<t.bits+1)
	var entries []weightEntry
	for r := 0; r < 1<<t.bits; r++ {
		for c := 0; c < t.classes; c++ {
			a := avg(r*t.classes + c)
			if a >= prune || a <= -prune {
				q := math.Round(float64(a / scale))
				entries = append(entries, weightEntry{class: uint16(c), weight: int16(q)})
			}
		}
		rowStart[r+1] = uint32(len(entries))
	}
	return packPerceptron(t.classes, t.bits, scale, rowStart, entries)
}
