package tag

import "github.com/actorgraph/actorgraph/internal/perceptron"

// Feature templates of the tagger.
const (
	tBias = iota
	tLower
	tPre1
	tPre2
	tPre3
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tShape
	tFlags
	tPrevLower
	tPrev2Lower
	tNextLower
	tNext2Lower
	tPrevTag
	tPrevTags
	tPrevTagLower
	tPrevSuf3
	tNextSuf3
	tPrevBigram
	tNextBigram
	tNextShape
	tPrevTagNextLower
	tAmb
	tNextAmb
	tPrevTagAmb
	tAmbNextAmb
	tLowerAmb
	tPrevTagSuf3
	tPrevTagNextAmb
	tNextAmbs
	taggerTemplates
)

// dropIdentity removes from the features of one word, as built by
// taggerFeatures, those that name the word itself, leaving its spelling
// and context; training does so for rare words so that the model learns
// how to tag words it has never seen.
func dropIdentity(feats []uint64) []uint64 {
	out := feats[:0]
	for k, f := range feats {
		switch k {
		case tLower, tPrevTagLower, tPrevBigram, tNextBigram:
			continue
		}
		out = append(out, f)
	}
	return out
}

// tagTemplateIDs are the templates that combine the tags of the words
// before the one to tag, those of the previous tag alone first
// (prevTagTemplates of them); the others, wordTemplateIDs, depend on the
// words alone, so that Tag can score them for every word of a sentence
// before it knows any tag. The first selfTemplates of those depend on the
// word itself alone (and whether it opens its sentence), so that their sum
// can be worked out once for a word, see tagSelfRows.
var (
	tagTemplateIDs  = [...]int{tPrevTag, tPrevTagLower, tPrevTagNextLower, tPrevTagAmb, tPrevTagSuf3, tPrevTagNextAmb, tPrevTags}
	wordTemplateIDs = [...]int{
		tBias, tLower, tPre1, tPre2, tPre3, tSuf1, tSuf2, tSuf3, tSuf4, tShape, tFlags, tAmb, tLowerAmb,
		tPrevLower, tPrev2Lower, tNextLower, tNext2Lower, tPrevSuf3, tNextSuf3, tPrevBigram, tNextBigram, tNextShape, tNextAmb, tAmbNextAmb, tNextAmbs,
	}
)

// Features of a word per kind of template.
const (
	tagTemplates  = len(tagTemplateIDs)
	wordTemplates = len(wordTemplateIDs)
	selfTemplates = 13
	// prevTagTemplates is the number of tag templates that combine the
	// previous tag alone, not the one before it.
	prevTagTemplates = tagTemplates - 1
)

// taggerFeatures appends to dst the features of word i of ws, given the
// classes predicted for the two words before it (or the tagStart sentinel),
// one per template in the order of the template constants: those of
// taggerWordFeatures and taggerTagFeatures, merged.
func taggerFeatures(dst []uint64, ws []wordHashes, i int, p1, p2 uint64) []uint64 {
	var wordBuf [wordTemplates]uint64
	var tagBuf [tagTemplates]uint64
	var all [taggerTemplates]uint64
	for k, f := range taggerWordFeatures(wordBuf[:0], ws, i) {
		all[wordTemplateIDs[k]] = f
	}
	for k, f := range taggerTagFeatures(tagBuf[:0], ws, i, p1, p2) {
		all[tagTemplateIDs[k]] = f
	}
	return append(dst, all[:]...)
}

// taggerWordFeatures appends to dst the features of word i of ws that do
// not depend on tags, in the order of wordTemplateIDs: the first
// selfTemplates those of the word alone, then those of its neighbours.
func taggerWordFeatures(dst []uint64, ws []wordHashes, i int) []uint64 {
	w, prev, prev2, next, next2 := &ws[i], wordAt(ws, i-1), wordAt(ws, i-2), wordAt(ws, i+1), wordAt(ws, i+2)
	return append(spellingFeatures(dst, w, 0),
		perceptron.Mix(tAmb, w.amb, 0),
		perceptron.Mix(tLowerAmb, w.lowerAmb, w.flags&flagFirst),
		perceptron.Mix(tPrevLower, prev.lower, 0),
		perceptron.Mix(tPrev2Lower, prev2.lower, 0),
		perceptron.Mix(tNextLower, next.lower, 0),
		perceptron.Mix(tNext2Lower, next2.lower, 0),
		perceptron.Mix(tPrevSuf3, prev.suf[2], 0),
		perceptron.Mix(tNextSuf3, next.suf[2], 0),
		perceptron.Mix(tPrevBigram, prev.lower, w.lower),
		perceptron.Mix(tNextBigram, w.lower, next.lower),
		perceptron.Mix(tNextShape, next.shape, 0),
		perceptron.Mix(tNextAmb, next.amb, 0),
		perceptron.Mix(tAmbNextAmb, w.amb, next.amb),
		perceptron.Mix(tNextAmbs, next.amb, next2.amb),
	)
}

// spellingFeatures appends to dst the features of the spelling of word w,
// and the bias, those of templates tBias to tFlags numbered from first:
// both passes of the tagger have them.
func spellingFeatures(dst []uint64, w *wordHashes, first uint64) []uint64 {
	return append(dst,
		perceptron.Mix(first+tBias, 0, 0),
		perceptron.Mix(first+tLower, w.lower, 0),
		perceptron.Mix(first+tPre1, w.pre[0], 0),
		perceptron.Mix(first+tPre2, w.pre[1], 0),
		perceptron.Mix(first+tPre3, w.pre[2], 0),
		perceptron.Mix(first+tSuf1, w.suf[0], 0),
		perceptron.Mix(first+tSuf2, w.suf[1], 0),
		perceptron.Mix(first+tSuf3, w.suf[2], 0),
		perceptron.Mix(first+tSuf4, w.suf[3], 0),
		perceptron.Mix(first+tShape, w.shape, 0),
		perceptron.Mix(first+tFlags, w.flags, 0),
	)
}

// taggerTagFeatures appends to dst the features of word i of ws that
// combine p1 and p2, the classes of the two words before it, in the order
// of tagTemplateIDs.
func taggerTagFeatures(dst []uint64, ws []wordHashes, i int, p1, p2 uint64) []uint64 {
	w, next := &ws[i], wordAt(ws, i+1)
	return append(dst,
		perceptron.Mix(tPrevTag, p1, 0),
		perceptron.Mix(tPrevTagLower, p1, w.lower),
		perceptron.Mix(tPrevTagNextLower, p1, next.lower),
		perceptron.Mix(tPrevTagAmb, p1, w.amb),
		perceptron.Mix(tPrevTagSuf3, p1, w.suf[2]),
		perceptron.Mix(tPrevTagNextAmb, p1, next.amb),
		perceptron.Mix(tPrevTags, p1, p2),
	)
}

// wordAt returns the hashes of word j of ws, or those of the boundary
// when j is outside the sentence.
func wordAt(ws []wordHashes, j int) *wordHashes {
	return perceptron.At(ws, j, &boundaryBefore, &boundaryAfter)
}
