package ner

// perceptronTrainer trains a Recognizer's weights as an averaged
// structured perceptron: decode a sentence with the current weights, and
// where the labels differ from the gold ones, add one to the weights of
// the gold path and subtract one from those of the predicted path. The
// average of the weights over all steps is kept with the usual trick: sum
// alongside each weight the step-weighted updates, and subtract their mean
// at the end.
type perceptronTrainer struct {
	r *Recognizer
	// weights[row*nerNumLabels+label] is the weight of a feature hashed
	// to row for a label, a dense table while training.
	weights  []float64
	step     float64
	accW     []float64
	accTrans [len(Recognizer{}.trans)]float64
	accEnd   [nerNumLabels]float64
	// scratch
	emit   []float32
	back   []int32
	labels []nerLabel
}

func newPerceptronTrainer(r *Recognizer) *perceptronTrainer {
	n := (1 << r.bits) * nerNumLabels
	return &perceptronTrainer{r: r, step: 1, weights: make([]float64, n), accW: make([]float64, n)}
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
			w := p.weights[int(row)*nerNumLabels:]
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
				p.update(int(row)*nerNumLabels+int(g), 1)
				p.update(int(row)*nerNumLabels+int(q), -1)
			}
		}
		if g != q || gp != qp {
			p.updateTrans(gp*nerNumLabels+int(g), 1)
			p.updateTrans(qp*nerNumLabels+int(q), -1)
		}
	}
	if g, q := t.labels[n-1], labels[n-1]; g != q {
		r.end[g]++
		p.accEnd[g] += p.step
		r.end[q]--
		p.accEnd[q] -= p.step
	}
	p.step++
	return wrong
}

func (p *perceptronTrainer) update(k int, d float64) {
	p.weights[k] += d
	p.accW[k] += p.step * d
}

func (p *perceptronTrainer) updateTrans(k int, d float32) {
	p.r.trans[k] += d
	p.accTrans[k] += p.step * float64(d)
}

// average sets the recogniser's weights to their average over all steps.
func (p *perceptronTrainer) average() {
	r := p.r
	dense := make([]float32, len(p.weights))
	for k, a := range p.accW {
		dense[k] = float32(p.weights[k] - a/p.step)
	}
	r.w = compactWeights(dense)
	for k, a := range p.accTrans {
		r.trans[k] -= float32(a / p.step)
	}
	for k, a := range p.accEnd {
		r.end[k] -= float32(a / p.step)
	}
}
