package perceptron

import (
	"fmt"
	"math"
)

// Trainer learns an averaged perceptron, a Model, over hashed features. Its
// weight table is dense (rows x classes float32); averaging uses the usual
// lazy trick: besides the weights w it keeps u, the sum of every update
// scaled by the instance counter at the time it was made, so that the
// average over all instances seen is w - u/n.
type Trainer struct {
	classes int
	bits    uint
	w, u    []float32
	n       float32 // instances seen, counted by Tick
}

// NewTrainer returns a trainer for the given number of classes and a table
// of 2^bits rows.
func NewTrainer(classes int, bits uint) (*Trainer, error) {
	if bits == 0 || bits > MaxBits {
		return nil, fmt.Errorf("perceptron: table bits %d out of range", bits)
	}
	if classes <= 0 || classes > MaxClasses {
		return nil, fmt.Errorf("perceptron: %d classes out of range", classes)
	}
	size := classes << bits
	return &Trainer{
		classes: classes,
		bits:    bits,
		w:       make([]float32, size),
		u:       make([]float32, size),
		n:       1,
	}, nil
}

// Score sets scores[c] to the current (not averaged) score of class c.
func (t *Trainer) Score(feats []uint64, scores []float32) {
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

// Best returns the class with the highest score, the lowest on ties.
func Best(scores []float32) int {
	b := 0
	for c, s := range scores {
		if s > scores[b] {
			b = c
		}
	}
	return b
}

// Update moves the weights of feats towards gold and away from guess.
func (t *Trainer) Update(feats []uint64, gold, guess int) {
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

// Tick counts one training instance.
func (t *Trainer) Tick() { t.n++ }

// Average returns the averaged model, quantised to int16, without the
// weights whose magnitude is below prune.
func (t *Trainer) Average(prune float32) *Model {
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
	var entries []Entry
	for r := 0; r < 1<<t.bits; r++ {
		for c := 0; c < t.classes; c++ {
			a := avg(r*t.classes + c)
			if a >= prune || a <= -prune {
				q := math.Round(float64(a / scale))
				entries = append(entries, Entry{Class: uint16(c), Weight: int16(q)})
			}
		}
		rowStart[r+1] = uint32(len(entries))
	}
	return newModel(t.classes, t.bits, scale, rowStart, entries)
}
