package syntax

// Feature templates of the tagger's second pass, which also sees the tags
// the first pass gave the words around (and at) the one it re-tags.
const (
	sBias = 64 + iota
	sLower
	sPre1
	sPre2
	sPre3
	sSuf1
	sSuf2
	sSuf3
	sSuf4
	sShape
	sFlags
	sPrevLower
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
	return append(dst,
		mix(sBias, 0, 0),
		mix(sLower, w.lower, 0),
		mix(sPre1, w.pre[0], 0),
		mix(sPre2, w.pre[1], 0),
		mix(sPre3, w.pre[2], 0),
		mix(sSuf1, w.suf[0], 0),
		mix(sSuf2, w.suf[1], 0),
		mix(sSuf3, w.suf[2], 0),
		mix(sSuf4, w.suf[3], 0),
		mix(sShape, w.shape, 0),
		mix(sFlags, w.flags, 0),
		mix(sPrevLower, prev.lower, 0),
		mix(sPrev2Lower, prev2.lower, 0),
		mix(sNextLower, next.lower, 0),
		mix(sNext2Lower, next2.lower, 0),
		mix(sPrevBigram, prev.lower, w.lower),
		mix(sNextBigram, w.lower, next.lower),
		mix(sAmb, w.amb, 0),
		mix(sNextAmb, next.amb, 0),
		mix(sLowerAmb, w.lowerAmb, w.flags&flagFirst),
		mix(sPrevTag, tm1, 0),
		mix(sNextTag, tp1, 0),
		mix(sAroundTags, tm1, tp1),
		mix(sPrevTags, tm2, tm1),
		mix(sNextTags, tp1, tp2),
		mix(sPrevTagLower, tm1, w.lower),
		mix(sNextTagLower, tp1, w.lower),
		mix(sTag, t, 0),
		mix(sTagLower, t, w.lower),
		mix(sNextTagSuf3, tp1, w.suf[2]),
		mix(sPrevTagSuf3, tm1, w.suf[2]),
		mix(sTagNextTag, t, tp1),
		mix(sPrevTagTag, tm1, t),
	)
}
