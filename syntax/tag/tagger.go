// Package tag is the part-of-speech tagger: a Tagger gives every word of
// a sentence its UPOS and XPOS tags, learned from a treebank (Train) with
// the averaged perceptron of internal/perceptron. See Tagger for how it
// works.
package tag

import (
	"math"
	"slices"
	"sync"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Tagger assigns part-of-speech tags to words: a UPOS (universal) and an
// XPOS (Penn Treebank) tag, predicted jointly as one class by a greedy
// left-to-right averaged perceptron. Frequent words that (nearly) always
// carry the same tags are looked up in a lexicon instead. Words the first
// pass is unsure of (a small margin between its two best classes) are
// re-tagged by a second model that also sees the first pass's tags of the
// words after them. A Tagger is safe for concurrent use.
type Tagger struct {
	classes []tagClass
	lex     tagLexicon
	model   *perceptron.Model
	self    tagSelfRows // of model
	// second, when not nil, re-scores the words whose first-pass margin
	// is below rescore (in model's quantised units); its scores are added
	// to the first pass's.
	second  *perceptron.Model
	rescore int32
	scratch sync.Pool // of *tagScratch
}

// tagClass is one class of the tagger: a pair of tags.
type tagClass struct {
	UPOS, XPOS string
}

// tagStart is the history value standing for "no previous word".
const tagStart = 1<<16 + 1

// tagScratch is the per-call working memory of Tag, reused through a pool.
type tagScratch struct {
	words []wordHashes
	feats []uint64
	// refs holds the rows of the word features (taggerWordFeatures) of
	// the words the model tags, word j's ending at wordEnd[j]; a word
	// with a block of self rows (wordSelf[j] not nil) has only its
	// others there. wordScores, wordLanes and wordDense are their
	// tallies, one row of len(scores), len(lanes) and 1 each.
	// wordTags[j] is the number of word j's tag features
	// (taggerTagFeatures) among its refs: those that the tags of the
	// words before it, when the lexicon fixes them, let firstPass score
	// ahead.
	refs       []uint64
	wordEnd    []int
	wordSelf   [][]uint64
	wordTags   []int
	wordScores []int32
	wordLanes  []uint64
	wordDense  []int
	scores     []int32
	lanes      []uint64
	tags       []uint16
	// unsure lists the words to re-tag, and saved their first-pass
	// scores, one row of len(scores) each.
	unsure []int
	saved  []int32
	retag  []uint16
}

// newTagger assembles a tagger from its parts; second may be nil.
func newTagger(classes []tagClass, lex tagLexicon, model, second *perceptron.Model, rescore int32) *Tagger {
	lex.slots = slices.Clone(lex.slots)
	t := &Tagger{classes: classes, lex: lex, model: model, second: second, rescore: rescore}
	t.self = buildSelfRows(lex, model)
	t.scratch.New = func() any {
		return &tagScratch{
			feats:  make([]uint64, 0, max(taggerTemplates, stackTemplates)),
			scores: make([]int32, len(classes)),
			lanes:  make([]uint64, model.Lanes()),
		}
	}
	return t
}

// Tag sets the UPOS and XPOS of every token of s from the forms.
func (t *Tagger) Tag(s *ud.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	sc := t.scratch.Get().(*tagScratch)
	sc.words = hashSentence(sc.words[:0], s)
	t.lex.lookup(sc.words)
	t.firstPass(sc)
	if t.second != nil {
		t.secondPass(sc)
	}
	for i, c := range sc.tags {
		tok := &s.Tokens[i]
		tok.UPOS, tok.XPOS = t.classes[c].UPOS, t.classes[c].XPOS
	}
	t.scratch.Put(sc)
}

// firstPass tags sc.words greedily into sc.tags, noting in sc.unsure and
// sc.saved the words to re-tag. The features of a word that do not depend
// on the tags before it are scored for every word first, with no word
// waiting on another, so that their cache misses overlap.
func (t *Tagger) firstPass(sc *tagScratch) {
	n := len(sc.scores)
	sc.refs, sc.wordEnd, sc.wordSelf, sc.wordTags = sc.refs[:0], sc.wordEnd[:0], sc.wordSelf[:0], sc.wordTags[:0]
	for i := range sc.words {
		if sc.words[i].sure < 0 {
			sc.feats = taggerWordFeatures(sc.feats[:0], sc.words, i)
			feats := sc.feats
			self := t.self.find(&sc.words[i], feats, t.model.Bits())
			if self != nil {
				feats = feats[selfTemplates:]
			}
			sc.refs = t.model.Lookup(sc.refs, feats)
			// A word after a sure one (or the start) knows its
			// previous tag already, and maybe the one before.
			tags := 0
			if p1, ok := knownTag(sc.words, i-1); ok {
				p2, ok := knownTag(sc.words, i-2)
				tags = prevTagTemplates
				if ok {
					tags = tagTemplates
				}
				sc.feats = taggerTagFeatures(sc.feats[:0], sc.words, i, p1, p2)
				sc.refs = t.model.Lookup(sc.refs, sc.feats[:tags])
			}
			sc.wordEnd = append(sc.wordEnd, len(sc.refs))
			sc.wordSelf = append(sc.wordSelf, self)
			sc.wordTags = append(sc.wordTags, tags)
		}
	}
	k, nl := len(sc.wordEnd), len(sc.lanes)
	sc.wordScores = slices.Grow(sc.wordScores[:0], k*n)[:k*n]
	sc.wordLanes = slices.Grow(sc.wordLanes[:0], k*nl)[:k*nl]
	sc.wordDense = slices.Grow(sc.wordDense[:0], k)[:k]
	clear(sc.wordScores)
	// The first weights of the sparse rows of all the words first, so
	// that their cache misses overlap; then the rest.
	start := 0
	for j, end := range sc.wordEnd {
		tl := perceptron.Tally{Scores: sc.wordScores[j*n : (j+1)*n]}
		t.model.AddFirst(&tl, sc.refs[start:end])
		start = end
	}
	start = 0
	for j, end := range sc.wordEnd {
		tl := perceptron.Tally{Scores: sc.wordScores[j*n : (j+1)*n], Lanes: sc.wordLanes[j*nl : (j+1)*nl]}
		if self := sc.wordSelf[j]; self != nil {
			copy(tl.Lanes, self)
			tl.Dense = selfDense
		} else {
			clear(tl.Lanes)
		}
		t.model.AddRest(&tl, sc.refs[start:end])
		sc.wordDense[j] = tl.Dense
		start = end
	}
	sc.tags, sc.unsure, sc.saved = sc.tags[:0], sc.unsure[:0], sc.saved[:0]
	p1, p2 := uint64(tagStart), uint64(tagStart)
	j := 0
	for i := range sc.words {
		c := int(sc.words[i].sure)
		if c < 0 {
			tl := perceptron.Tally{Scores: sc.wordScores[j*n : (j+1)*n], Lanes: sc.wordLanes[j*nl : (j+1)*nl], Dense: sc.wordDense[j]}
			j++
			var margin int32
			c, margin = t.predict(sc, &tl, i, p1, p2, sc.wordTags[j-1])
			if t.second != nil && margin < t.rescore {
				sc.unsure = append(sc.unsure, i)
				sc.saved = append(sc.saved, tl.Scores...)
			}
		}
		sc.tags = append(sc.tags, uint16(c))
		p1, p2 = uint64(c), p1
	}
}

// predict adds to tl, which holds the tally of the word features of word
// i and of its first done tag features, the rest of its tag features,
// leaves the scores in tl.Scores, and returns the model's class for the
// word and its margin over the runner-up.
func (t *Tagger) predict(sc *tagScratch, tl *perceptron.Tally, i int, p1, p2 uint64, done int) (class int, margin int32) {
	if done < tagTemplates {
		var refs [tagTemplates]uint64
		sc.feats = taggerTagFeatures(sc.feats[:0], sc.words, i, p1, p2)
		t.model.Add(tl, t.model.Lookup(refs[:0], sc.feats[done:]))
	}
	return t.model.FlushBest(tl)
}

// knownTag returns the first-pass class of word j of ws when the lexicon
// fixes it (or tagStart before the sentence), and whether it does.
func knownTag(ws []wordHashes, j int) (uint64, bool) {
	switch {
	case j < 0:
		return tagStart, true
	case ws[j].sure >= 0:
		return uint64(ws[j].sure), true
	}
	return 0, false
}

// secondPass re-tags the unsure words with the sum of both models' scores,
// the second model seeing the first pass's tags.
func (t *Tagger) secondPass(sc *tagScratch) {
	n := len(sc.scores)
	s1, s2 := t.model.Scale(), t.second.Scale()
	sc.retag = sc.retag[:0]
	// As in the first pass, the rows of all the words are looked up, and
	// the first weights of their sparse rows added, before the rest.
	sc.refs = sc.refs[:0]
	for _, i := range sc.unsure {
		sc.feats = stackFeatures(sc.feats[:0], sc.words, i, sc.tags)
		sc.refs = t.second.Lookup(sc.refs, sc.feats)
	}
	u := len(sc.unsure)
	sc.wordScores = slices.Grow(sc.wordScores[:0], u*n)[:u*n]
	clear(sc.wordScores)
	for k := range u {
		tl := perceptron.Tally{Scores: sc.wordScores[k*n : (k+1)*n]}
		t.second.AddFirst(&tl, sc.refs[k*stackTemplates:(k+1)*stackTemplates])
	}
	for k := range sc.unsure {
		tl := perceptron.Tally{Scores: sc.scores, Lanes: sc.lanes}
		copy(tl.Scores, sc.wordScores[k*n:(k+1)*n])
		clear(tl.Lanes)
		t.second.AddRest(&tl, sc.refs[k*stackTemplates:(k+1)*stackTemplates])
		t.second.Flush(&tl)
		first := sc.saved[k*n : (k+1)*n]
		best, bestScore := 0, float32(math.Inf(-1))
		for c, v := range sc.scores {
			if total := float32(first[c])*s1 + float32(v)*s2; total > bestScore {
				best, bestScore = c, total
			}
		}
		sc.retag = append(sc.retag, uint16(best))
	}
	// Every word was re-scored against the first pass's tags, as in
	// training; only now do the new tags replace them.
	for k, i := range sc.unsure {
		sc.tags[i] = sc.retag[k]
	}
}

// hashSentence appends the word hashes of the tokens of s to dst.
func hashSentence(dst []wordHashes, s *ud.Sentence) []wordHashes {
	for i := range s.Tokens {
		dst = append(dst, hashWord(s.Tokens[i].Form, i == 0))
	}
	return dst
}
