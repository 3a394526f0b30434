package ner

import "github.com/actorgraph/actorgraph/internal/perceptron"

// perceptronTrainer trains a Recognizer's weights as an averaged
// structured perceptron: decode a sentence with the current weights, and
// where the labels differ from the gold ones, add one to the weights of
// the gold path and subtract one from those of the predicted path. The
// weights are averaged over all steps (sentences) by perceptron.Averaged,
// the emission weights in a dense table, quantised into a
// perceptron.Model at the end.
type perceptronTrainer struct {
	r *Recognizer
	// weights holds at row*nerNumLabels+label the weight of a feature
	// hashed to row for a label.
	weights *perceptron.Averaged[float64]
	// trans shadows r.trans then r.end, which Viterbi decoding reads as
	// they are trained, to average them.
	trans *perceptron.Averaged[float64]
	// scratch
	emit   []float32
	back   []int32
	labels []nerLabel
}

func newPerceptronTrainer(r *Recognizer) *perceptronTrainer {
	return &perceptronTrainer{
		r:       r,
		weights: perceptron.NewAveraged[float64]((1 << r.bits) * nerNumLabels),
		trans:   perceptron.NewAveraged[float64](len(r.trans) + len(r.end)),
	}
}

// learn runs one perceptron step on a sentence and reports whether its
// predicted labels were wrong.
func (p *perceptronTrainer) learn(t *trainingSentence) bool {
	n := len(t.labels)
	if n == 0 {
		return false
	}
	r := p.r
	if cap(p.emit) < n*nerNumLabels {
		p.emit = make([]float32, n*nerNumLabels)
		p.back = make([]int32, n*nerNumLabels)
		p.labels = make([]nerLabel, n)
	}
	emit, labels := p.emit[:n*nerNumLabels], p.labels[:n]
	clear(emit)
	for i := 0; i < n; i++ {
		out := emit[i*nerNumLabels : (i+1)*nerNumLabels]
		for _, row := range t.rows[i*nerMaxFeatures : i*nerMaxFeatures+int(t.nfeat[i])] {
			w := p.weights.W[int(row)*nerNumLabels:]
			for l := range out {
				out[l] += float32(w[l])
			}
		}
	}
	r.viterbi(emit, labels, p.back[:n*nerNumLabels])
	wrong := false
	for i := 0; i < n; i++ {
		g, q := t.labels[i], labels[i]
		gp, qp := nerStart, nerStart
		if i > 0 {
			gp, qp = int(t.labels[i-1]), int(labels[i-1])
		}
		if g != q {
			wrong = true
			for _, row := range t.rows[i*nerMaxFeatures : i*nerMaxFeatures+int(t.nfeat[i])] {
				p.weights.Add(int(row)*nerNumLabels+int(g), 1)
				p.weights.Add(int(row)*nerNumLabels+int(q), -1)
			}
		}
		if g != q || gp != qp {
			p.updateTrans(gp*nerNumLabels+int(g), 1)
			p.updateTrans(qp*nerNumLabels+int(q), -1)
		}
	}
	if g, q := t.labels[n-1], labels[n-1]; g != q {
		p.updateTrans(len(r.trans)+int(g), 1)
		p.updateTrans(len(r.trans)+int(q), -1)
	}
	p.weights.Tick()
	p.trans.Tick()
	return wrong
}

// updateTrans changes by d the weight k of r.trans, or k-len(r.trans) of
// r.end.
func (p *perceptronTrainer) updateTrans(k int, d float32) {
	if k < len(p.r.trans) {
		p.r.trans[k] += d
	} else {
		p.r.end[k-len(p.r.trans)] += d
	}
	p.trans.Add(k, float64(d))
}

// average sets the recogniser's weights to their average over all steps.
func (p *perceptronTrainer) average() {
	r := p.r
	r.w = perceptron.Quantize(nerNumLabels, r.bits, 0, func(k int) float32 { return float32(p.weights.Mean(k)) })
	for k := range r.trans {
		r.trans[k] -= float32(p.trans.Lag(k))
	}
	for k := range r.end {
		r.end[k] -= float32(p.trans.Lag(len(r.trans) + k))
	}
}
