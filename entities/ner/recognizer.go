package ner

import (
	"math"
	"slices"
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
	// docs holds *docScratch: the room RecognizeDocument reads a
	// document's tokens into and decodes its sentences in, kept from one
	// document to the next (a document of 5,000 words takes a megabyte).
	docs sync.Pool
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
	ds, _ := r.docs.Get().(*docScratch)
	if ds == nil {
		ds = new(docScratch)
	}
	defer r.docs.Put(ds)
	if cap(ds.toks) < n {
		ds.toks = make([]nerToken, n)
	}
	all := ds.toks[:n] // nerTokensIn sets every element
	toks := make([][]nerToken, len(sents))
	for i := range sents {
		m := len(sents[i].Tokens)
		toks[i] = nerTokensIn(all[:m:m], &sents[i], r.lex)
		all = all[m:]
	}
	addDocContext(toks)
	out := make([][]Mention, len(sents))
	for i := range toks {
		out[i] = r.recognize(toks[i], &ds.decode)
	}
	voteTypes(toks, out)
	return out
}

// docScratch is the space RecognizeDocument works in: the tokens of a
// document and the scratch space of its sentences.
type docScratch struct {
	toks   []nerToken
	decode decodeScratch
}

// decodeScratch is the space recognize works in, kept from one sentence
// to the next.
type decodeScratch struct {
	emit   []float32
	back   []int32
	labels []nerLabel
	feats  []uint64
	// refs holds the index words of the rows of every token's features,
	// those of token i ending at refEnd[i]; sums and lanes hold the
	// tallies of the tokens, nerNumLabels and the model's Lanes apiece.
	refs   []uint64
	refEnd []int
	sums   []int32
	lanes  []uint64
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
	r.emissions(toks, sc, emit)
	labels := sc.labels[:len(toks)]
	r.viterbi(emit, labels, sc.back[:n])
	return decodeBILOU(labels)
}

// emissions writes into emit the sum of the weights of the features of
// every token for each label, nerNumLabels per token, working in sc. It
// looks up the rows of all the tokens' features before it adds any, and
// adds the first weight of every token's sparse rows before the rest of
// any, as the tagger does, so that the cache misses of the whole sentence
// overlap rather than those of one token at a time. The sums are of
// integers, so they are those of scoring each token alone.
func (r *Recognizer) emissions(toks []nerToken, sc *decodeScratch, emit []float32) {
	sc.refs, sc.refEnd = sc.refs[:0], sc.refEnd[:0]
	for i := range toks {
		sc.feats = nerFeatures(toks, i, sc.feats[:0])
		sc.refs = r.w.Lookup(sc.refs, sc.feats)
		sc.refEnd = append(sc.refEnd, len(sc.refs))
	}
	n, nl := len(toks)*nerNumLabels, len(toks)*r.w.Lanes()
	sc.sums = slices.Grow(sc.sums[:0], n)[:n]
	sc.lanes = slices.Grow(sc.lanes[:0], nl)[:nl]
	clear(sc.sums)
	clear(sc.lanes)
	tally := func(i int) perceptron.Tally {
		nl := r.w.Lanes()
		return perceptron.Tally{Scores: sc.sums[i*nerNumLabels : (i+1)*nerNumLabels], Lanes: sc.lanes[i*nl : (i+1)*nl]}
	}
	start := 0
	for i, end := range sc.refEnd {
		t := tally(i)
		r.w.AddFirst(&t, sc.refs[start:end])
		start = end
	}
	scale := r.w.Scale()
	start = 0
	for i, end := range sc.refEnd {
		t := tally(i)
		r.w.AddRest(&t, sc.refs[start:end])
		r.w.Flush(&t)
		start = end
		for l, v := range t.Scores {
			emit[i*nerNumLabels+l] = float32(v) * scale
		}
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
