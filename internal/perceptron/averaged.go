package perceptron

// Averaged is the bookkeeping of an averaged perceptron (Collins 2002)
// over a vector of weights, with the lazy averaging of Daumé III: besides
// the current weights W it keeps u, the sum of every change scaled by the
// step at which it was made, so that the average of a weight over all the
// steps so far is W − u/step (Mean). Steps count from 1; Tick ends one.
// Trainer keeps float32 weights in one; the named-entity recogniser,
// float64 ones.
type Averaged[F float32 | float64] struct {
	W    []F // the current weights, which a trainer scores with
	u    []F
	step F
}

// NewAveraged returns n zero weights at step 1.
func NewAveraged[F float32 | float64](n int) *Averaged[F] {
	return &Averaged[F]{W: make([]F, n), u: make([]F, n), step: 1}
}

// Add changes weight i by d at the current step.
func (a *Averaged[F]) Add(i int, d F) {
	a.W[i] += d
	a.u[i] += a.step * d
}

// Tick ends a step.
func (a *Averaged[F]) Tick() { a.step++ }

// Lag returns what the average of weight i lags behind its current value,
// W[i] − Mean(i).
func (a *Averaged[F]) Lag(i int) F { return a.u[i] / a.step }

// Mean returns the average of weight i over the steps so far.
func (a *Averaged[F]) Mean(i int) F { return a.W[i] - a.u[i]/a.step }
