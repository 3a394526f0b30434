package tag

import "github.com/actorgraph/actorgraph/internal/perceptron"

// Feature templates of the tagger's second pass, which also sees the tags
// the first pass gave the words around (and at) the one it re-tags.
// The first, sBias to sBias+tFlags, are those of the word's spelling
// (spellingFeatures), in the order of the first pass's.
const (
	sBias      = 64
	sPrevLower = sBias + tFlags + iota
	sPrev2Lower
	sNextLower
	sNext2Lower
	sPrevBigram
	sNextBigram
	sAmb
	sNextAmb
	sLowerAmb
	sPrevTag
	sNextTag
	sAroundTags
	sPrevTags
	sNextTags
	sPrevTagLower
	sNextTagLower
	sTag
	sTagLower
	sNextTagSuf3
	sPrevTagSuf3
	sTagNextTag
	sPrevTagTag
	stackTemplatesEnd
)

// stackTemplates is the number of features stackFeatures gives a word.
const stackTemplates = stackTemplatesEnd - sBias

// stackFeatures appends to dst the second-pass features of word i of ws,
// given the classes tags that the first pass gave every word.
func stackFeatures(dst []uint64, ws []wordHashes, i int, tags []uint16) []uint64 {
	tag := func(j int) uint64 {
		if j < 0 || j >= len(tags) {
			return tagStart + uint64(j-i) // a distinct value per side and distance
		}
		return uint64(tags[j])
	}
	w, prev, prev2, next, next2 := &ws[i], wordAt(ws, i-1), wordAt(ws, i-2), wordAt(ws, i+1), wordAt(ws, i+2)
	t, tm1, tm2, tp1, tp2 := tag(i), tag(i-1), tag(i-2), tag(i+1), tag(i+2)
	return append(spellingFeatures(dst, w, sBias),
		perceptron.Mix(sPrevLower, prev.lower, 0),
		perceptron.Mix(sPrev2Lower, prev2.lower, 0),
		perceptron.Mix(sNextLower, next.lower, 0),
		perceptron.Mix(sNext2Lower, next2.lower, 0),
		perceptron.Mix(sPrevBigram, prev.lower, w.lower),
		perceptron.Mix(sNextBigram, w.lower, next.lower),
		perceptron.Mix(sAmb, w.amb, 0),
		perceptron.Mix(sNextAmb, next.amb, 0),
		perceptron.Mix(sLowerAmb, w.lowerAmb, w.flags&flagFirst),
		perceptron.Mix(sPrevTag, tm1, 0),
		perceptron.Mix(sNextTag, tp1, 0),
		perceptron.Mix(sAroundTags, tm1, tp1),
		perceptron.Mix(sPrevTags, tm2, tm1),
		perceptron.Mix(sNextTags, tp1, tp2),
		perceptron.Mix(sPrevTagLower, tm1, w.lower),
		perceptron.Mix(sNextTagLower, tp1, w.lower),
		perceptron.Mix(sTag, t, 0),
		perceptron.Mix(sTagLower, t, w.lower),
		perceptron.Mix(sNextTagSuf3, tp1, w.suf[2]),
		perceptron.Mix(sPrevTagSuf3, tm1, w.suf[2]),
		perceptron.Mix(sTagNextTag, t, tp1),
		perceptron.Mix(sPrevTagTag, tm1, t),
	)
}
