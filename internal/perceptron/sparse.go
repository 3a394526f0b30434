package perceptron

import "math"

// Sparse is an averaged perceptron over string features, for the small
// models kept as text (the relation pair ranker, the pronoun ranker): a
// weight a feature, created when first updated, and averaged with the
// timestamps of Collins 2002: each weight remembers the step it last
// changed at and the sum of its values over the steps before.
type Sparse struct {
	w, total map[string]float64
	stamp    map[string]int
	t        int
}

// NewSparse returns a perceptron with no weights at step 0.
func NewSparse() *Sparse {
	return &Sparse{w: map[string]float64{}, total: map[string]float64{}, stamp: map[string]int{}}
}

// Score returns the sum of the current weights of feats.
func (p *Sparse) Score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += p.w[f]
	}
	return s
}

// Add changes the weight of each of feats by d.
func (p *Sparse) Add(feats []string, d float64) {
	for _, f := range feats {
		p.total[f] += float64(p.t-p.stamp[f]) * p.w[f]
		p.stamp[f] = p.t
		p.w[f] += d
	}
}

// Update moves the weights towards good and away from bad.
func (p *Sparse) Update(good, bad []string) {
	p.Add(good, 1)
	p.Add(bad, -1)
}

// Tick ends a step; the caller counts one an example.
func (p *Sparse) Tick() { p.t++ }

// Average returns the weights averaged over the steps so far, without
// those whose magnitude is less than prune.
func (p *Sparse) Average(prune float64) map[string]float64 {
	out := map[string]float64{}
	for f, w := range p.w {
		avg := (p.total[f] + float64(p.t-p.stamp[f])*w) / float64(max(p.t, 1))
		if math.Abs(avg) >= prune {
			out[f] = avg
		}
	}
	return out
}
