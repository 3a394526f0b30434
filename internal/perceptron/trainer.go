package perceptron

import (
	"fmt"
	"math"
)

// Trainer learns an averaged perceptron, a Model, over hashed features. Its
// weight table is dense (rows x classes float32), averaged by an Averaged.
type Trainer struct {
	classes int
	bits    uint
	avg     *Averaged[float32] // weight c of row r at r*classes+c
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
	return &Trainer{classes: classes, bits: bits, avg: NewAveraged[float32](classes << bits)}, nil
}

// Score sets scores[c] to the current (not averaged) score of class c.
func (t *Trainer) Score(feats []uint64, scores []float32) {
	scores = scores[:t.classes]
	clear(scores)
	shift := 64 - t.bits
	for _, f := range feats {
		off := int(f>>shift) * t.classes
		row := t.avg.W[off : off+t.classes]
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
		t.avg.Add(off+gold, 1)
		t.avg.Add(off+guess, -1)
	}
}

// Tick counts one training instance.
func (t *Trainer) Tick() { t.avg.Tick() }

// Average returns the averaged model, quantised to int16, without the
// weights whose magnitude is below prune.
func (t *Trainer) Average(prune float32) *Model {
	return Quantize(t.classes, t.bits, prune, t.avg.Mean)
}

// Quantize packs weights into a Model of 2^bits rows of the given number
// of classes, weight c of row r being weight(r*classes+c), as NewTrainer
// checks them. The weights are scaled so that the largest magnitude is
// MaxInt16 and rounded; those of magnitude below prune, or below half a
// step of the scale (which round to zero), are left out.
func Quantize(classes int, bits uint, prune float32, weight func(i int) float32) *Model {
	var maxAbs float32
	for i := range classes << bits {
		if a := float32(math.Abs(float64(weight(i)))); a > maxAbs {
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
	rowStart := make([]uint32, 1<<bits+1)
	var entries []Entry
	for r := 0; r < 1<<bits; r++ {
		for c := 0; c < classes; c++ {
			a := weight(r*classes + c)
			if a >= prune || a <= -prune {
				q := math.Round(float64(a / scale))
				entries = append(entries, Entry{Class: uint16(c), Weight: int16(q)})
			}
		}
		rowStart[r+1] = uint32(len(entries))
	}
	return newModel(classes, bits, scale, rowStart, entries)
}
