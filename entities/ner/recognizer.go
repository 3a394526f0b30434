package ner

import (
	"math"
	"sync"

	"github.com/actorgraph/actorgraph/internal/perceptron"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Recognizer finds the proper names of people, organizations and places
// in tagged sentences. It is a linear-chain model over BILOU labels
// (nerLabel) with hashed features of the words around each token
// (nerFeatures), trained as an averaged structured perceptron and decoded
// with the Viterbi algorithm under BILOU constraints; RecognizeDocument
// adds what other sentences of the document say (addDocContext,
// voteTypes). Names are as GUM spans them (see gum.Mention.Named): titles tagged
// as proper nouns stay in ("President Donald Trump"). A Recognizer is
// immutable and safe for concurrent use.
type Recognizer struct {
	bits uint // the top bits of a feature hash select one of 1<<bits weight rows
	// w holds a weight per label in each row, quantised to int16.
	w *perceptron.Model
	// trans[prev*nerNumLabels+cur] scores label cur after prev (nerStart
	// for the first token); end[l] scores a sentence ending on l.
	trans [(nerNumLabels + 1) * nerNumLabels]float32
	end   [nerNumLabels]float32
	lex   *nerLexicon // learned from the training names
	// docTokens holds *[]nerToken: the room RecognizeDocument reads a
	// document's tokens into, kept from one document to the next (a
	// document of 5,000 words takes a megabyte).
	docTokens sync.Pool
}

// row is the weight-table row of a feature hash.
func (r *Recognizer) row(h uint64) int {
	return int(h >> (64 - r.bits))
}

// Recognize returns the named mentions of a sentence, in order. It reads
// the tokens' Form, UPOS and XPOS: the shipped model was trained on gold
// tags and loses about 4 points of F1 on GUM test with the syntax tagger's
// (73.3 to 69.0), and much more with no tags at all. Mentions never
// overlap. RecognizeDocument does better on whole documents.
func (r *Recognizer) Recognize(s *ud.Sentence) []Mention {
	toks := [][]nerToken{nerTokens(s, r.lex)}
	addDocContext(toks)
	return r.recognize(toks[0], &decodeScratch{})
}

// RecognizeDocument returns the named mentions of each sentence of a
// document. Besides each sentence, it looks at the words around the other
// occurrences of a word in the document (addDocContext), and gives the
// mentions with the same words the type most of them have (voteTypes).
func (r *Recognizer) RecognizeDocument(sents []ud.Sentence) [][]Mention {
	n := 0
	for i := range sents {
		n += len(sents[i].Tokens)
	}
	buf, _ := r.docTokens.Get().(*[]nerToken)
	if buf == nil {
		buf = new([]nerToken)
	}
	defer r.docTokens.Put(buf)
	if cap(*buf) < n {
		*buf = make([]nerToken, n)
	}
	all := (*buf)[:n] // nerTokensIn sets every element
	toks := make([][]nerToken, len(sents))
	for i := range sents {
		m := len(sents[i].Tokens)
		toks[i] = nerTokensIn(all[:m:m], &sents[i], r.lex)
		all = all[m:]
	}
	addDocContext(toks)
	out := make([][]Mention, len(sents))
	var sc decodeScratch
	for i := range toks {
		out[i] = r.recognize(toks[i], &sc)
	}
	voteTypes(toks, out)
	return out
}

// decodeScratch is the space recognize works in, kept from one sentence
// to the next.
type decodeScratch struct {
	emit   []float32
	back   []int32
	labels []nerLabel
	feats  []uint64
}

// recognize labels one sentence's tokens, working in sc.
func (r *Recognizer) recognize(toks []nerToken, sc *decodeScratch) []Mention {
	if len(toks) == 0 {
		return nil
	}
	n := len(toks) * nerNumLabels
	if cap(sc.emit) < n {
		sc.emit = make([]float32, n)
		sc.back = make([]int32, n)
		sc.labels = make([]nerLabel, len(toks))
	}
	if sc.feats == nil {
		sc.feats = make([]uint64, 0, nerMaxFeatures)
	}
	emit := sc.emit[:n]
	for i := range toks {
		sc.feats = nerFeatures(toks, i, sc.feats[:0])
		r.emissions(sc.feats, emit[i*nerNumLabels:(i+1)*nerNumLabels])
	}
	labels := sc.labels[:len(toks)]
	r.viterbi(emit, labels, sc.back[:n])
	return decodeBILOU(labels)
}

// emissions writes the sum of the weights of the features for every
// label into out.
func (r *Recognizer) emissions(feats []uint64, out []float32) {
	var sum [nerNumLabels]int32
	r.w.Score(feats, sum[:])
	scale := r.w.Scale()
	for l := range out {
		out[l] = float32(sum[l]) * scale
	}
}

// viterbi writes into labels the best well-formed label sequence for the
// emission scores emit (nerNumLabels per token); back is scratch space of
// the same length as emit.
func (r *Recognizer) viterbi(emit []float32, labels []nerLabel, back []int32) {
	n := len(labels)
	negInf := float32(math.Inf(-1))
	var prev, cur [nerNumLabels]float32
	for l := 0; l < nerNumLabels; l++ {
		prev[l] = negInf
		if nerTransitions[nerStart][l] {
			prev[l] = r.trans[nerStart*nerNumLabels+l] + emit[l]
		}
	}
	for i := 1; i < n; i++ {
		for l := 0; l < nerNumLabels; l++ {
			best, arg := negInf, int32(0)
			from := &nerPrevLabels[l]
			for _, p := range from.labels[:from.n] {
				if prev[p] == negInf {
					continue
				}
				if v := prev[p] + r.trans[int(p)*nerNumLabels+l]; v > best {
					best, arg = v, int32(p)
				}
			}
			cur[l] = best + emit[i*nerNumLabels+l]
			back[i*nerNumLabels+l] = arg
		}
		prev = cur
	}
	best, arg := negInf, 0
	for l := 0; l < nerNumLabels; l++ {
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
