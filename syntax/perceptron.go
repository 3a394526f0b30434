package syntax

import "fmt"

// A perceptron is a trained multiclass linear model over hashed features,
// as used by the tagger (and open to any other classifier of the package).
// Features are 64-bit hashes; the top bits of a hash select a row of the
// weight table, and each row holds only its nonzero weights, as
// (class, weight) pairs quantised to int16. Scoring therefore costs one
// table look-up per feature plus one addition per nonzero weight.
type perceptron struct {
	classes int
	bits    uint
	// rowStart[r]..rowStart[r+1] are the entries of row r.
	rowStart []uint32
	entries  []weightEntry
	// scale converts a quantised weight back to the trained one.
	scale float32
}

// weightEntry is one nonzero weight of a row.
type weightEntry struct {
	class  uint16
	weight int16
}

// maxPerceptronBits bounds the weight table at 2^24 rows.
const maxPerceptronBits = 24

// maxPerceptronClasses is the number of classes a weightEntry can name.
const maxPerceptronClasses = 1 << 16

// score adds to scores[c] the quantised score of class c for the given
// features. scores must have one element per class; it is not cleared.
// The row bounds of all features are gathered first, in a loop whose loads
// are independent of each other, so that their cache misses overlap.
func (p *perceptron) score(feats []uint64, scores []int32) {
	var spans [64][2]uint32
	shift := 64 - p.bits
	rs := p.rowStart
	es := p.entries
	scores = scores[:p.classes]
	for len(feats) > 0 {
		n := min(len(feats), len(spans))
		for i, f := range feats[:n] {
			r := f >> shift
			spans[i] = [2]uint32{rs[r], rs[r+1]}
		}
		for _, sp := range spans[:n] {
			for _, e := range es[sp[0]:sp[1]] {
				scores[e.class] += int32(e.weight)
			}
		}
		feats = feats[n:]
	}
}

// validate checks the invariants that score relies on, so that a model
// read from a corrupt file is rejected rather than indexed out of range.
func (p *perceptron) validate() error {
	if p.bits == 0 || p.bits > maxPerceptronBits {
		return fmt.Errorf("perceptron: table bits %d out of range", p.bits)
	}
	if p.classes <= 0 || p.classes > maxPerceptronClasses {
		return fmt.Errorf("perceptron: %d classes out of range", p.classes)
	}
	if len(p.rowStart) != 1<<p.bits+1 {
		return fmt.Errorf("perceptron: %d row offsets for %d rows", len(p.rowStart), 1<<p.bits)
	}
	prev := uint32(0)
	for _, s := range p.rowStart {
		if s < prev {
			return fmt.Errorf("perceptron: row offsets decrease")
		}
		prev = s
	}
	if p.rowStart[0] != 0 || int(prev) != len(p.entries) {
		return fmt.Errorf("perceptron: row offsets do not cover %d entries", len(p.entries))
	}
	for _, e := range p.entries {
		if int(e.class) >= p.classes {
			return fmt.Errorf("perceptron: class %d out of range", e.class)
		}
	}
	return nil
}
