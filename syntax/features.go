package syntax

// Feature hashing for the tagger. Every feature is a 64-bit hash computed
// from the bytes of the words (never by building strings), combined with a
// template number, so extracting features allocates nothing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHashes are the per-word hashes that the feature templates combine.
type wordHashes struct {
	form  uint64    // the form as written
	lower uint64    // the form with ASCII letters lowercased
	shape uint64    // character classes, runs collapsed: "McCain" -> "XxXx"
	pre   [3]uint64 // prefixes of the lowercased form, 1 to 3 bytes
	suf   [4]uint64 // suffixes of the lowercased form, 1 to 4 bytes
	flags uint64    // bit set of the word flag constants
	// amb and sure come from the tagger's lexicon: the hash of the word's
	// ambiguity class (0 for an unknown word) and its sure class (-1 for
	// none).
	amb  uint64
	sure int32
	// lowerAmb is the ambiguity-class hash of the lowercased form.
	lowerAmb uint64
}

// Word flags.
const (
	flagUpper    = 1 << iota // an uppercase ASCII letter
	flagAllCaps              // letters, all uppercase
	flagDigit                // a digit
	flagHyphen               // a hyphen
	flagFirst                // first word of the sentence
	flagNonASCII             // a byte outside ASCII
	flagNoLetter             // no letter at all
)

// Hashes standing for the words before the start and after the end of a
// sentence.
var (
	boundaryBefore = wordHashes{form: 0x5bd1e995, lower: 0x5bd1e995, shape: 0x5bd1e995, amb: 0x5bd1e995, sure: -1}
	boundaryAfter  = wordHashes{form: 0x27d4eb2f, lower: 0x27d4eb2f, shape: 0x27d4eb2f, amb: 0x27d4eb2f, sure: -1}
)

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// shapeClass maps a byte to its shape character.
func shapeClass(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return 'X'
	case 'a' <= c && c <= 'z':
		return 'x'
	case '0' <= c && c <= '9':
		return 'd'
	case c >= 0x80:
		return 'u'
	}
	return c
}

// hashWord computes the hashes of one word; first says whether it opens
// its sentence.
func hashWord(w string, first bool) wordHashes {
	h := wordHashes{sure: -1}
	form, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var last byte
	letters, uppers := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		form = (form ^ uint64(c)) * fnvPrime
		lc := lowerByte(c)
		lower = (lower ^ uint64(lc)) * fnvPrime
		if i < len(h.pre) {
			h.pre[i] = lower
		}
		if s := shapeClass(c); s != last {
			shape = (shape ^ uint64(s)) * fnvPrime
			last = s
		}
		switch {
		case 'A' <= c && c <= 'Z':
			h.flags |= flagUpper
			letters++
			uppers++
		case 'a' <= c && c <= 'z':
			letters++
		case '0' <= c && c <= '9':
			h.flags |= flagDigit
		case c == '-':
			h.flags |= flagHyphen
		case c >= 0x80:
			h.flags |= flagNonASCII
		}
	}
	for i := len(w); i < len(h.pre); i++ {
		h.pre[i] = lower
	}
	// Suffixes are hashed from the last byte backwards.
	suf := uint64(fnvOffset) ^ 0x9e37
	for k := 0; k < 4; k++ {
		if k < len(w) {
			suf = (suf ^ uint64(lowerByte(w[len(w)-1-k]))) * fnvPrime
		}
		h.suf[k] = suf
	}
	if letters > 0 && letters == uppers {
		h.flags |= flagAllCaps
	}
	if letters == 0 && h.flags&flagNonASCII == 0 {
		h.flags |= flagNoLetter
	}
	if first {
		h.flags |= flagFirst
	}
	h.form, h.lower, h.shape = form, lower, shape
	return h
}

// mix combines a feature template number with up to two values into one
// well-distributed 64-bit feature hash.
func mix(template, a, b uint64) uint64 {
	h := a ^ (template+1)*0x9e3779b97f4a7c15
	h ^= (b ^ b>>29) * 0xbf58476d1ce4e5b9
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

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

// taggerFeatures appends to dst the features of word i of ws, given the
// classes predicted for the two words before it (or the tagStart sentinel),
// one per template in the order of the template constants.
func taggerFeatures(dst []uint64, ws []wordHashes, i int, p1, p2 uint64) []uint64 {
	at := func(j int) *wordHashes {
		switch {
		case j < 0:
			return &boundaryBefore
		case j >= len(ws):
			return &boundaryAfter
		}
		return &ws[j]
	}
	w, prev, prev2, next, next2 := &ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
	return append(dst,
		mix(tBias, 0, 0),
		mix(tLower, w.lower, 0),
		mix(tPre1, w.pre[0], 0),
		mix(tPre2, w.pre[1], 0),
		mix(tPre3, w.pre[2], 0),
		mix(tSuf1, w.suf[0], 0),
		mix(tSuf2, w.suf[1], 0),
		mix(tSuf3, w.suf[2], 0),
		mix(tSuf4, w.suf[3], 0),
		mix(tShape, w.shape, 0),
		mix(tFlags, w.flags, 0),
		mix(tPrevLower, prev.lower, 0),
		mix(tPrev2Lower, prev2.lower, 0),
		mix(tNextLower, next.lower, 0),
		mix(tNext2Lower, next2.lower, 0),
		mix(tPrevTag, p1, 0),
		mix(tPrevTags, p1, p2),
		mix(tPrevTagLower, p1, w.lower),
		mix(tPrevSuf3, prev.suf[2], 0),
		mix(tNextSuf3, next.suf[2], 0),
		mix(tPrevBigram, prev.lower, w.lower),
		mix(tNextBigram, w.lower, next.lower),
		mix(tNextShape, next.shape, 0),
		mix(tPrevTagNextLower, p1, next.lower),
		mix(tAmb, w.amb, 0),
		mix(tNextAmb, next.amb, 0),
		mix(tPrevTagAmb, p1, w.amb),
		mix(tAmbNextAmb, w.amb, next.amb),
		mix(tLowerAmb, w.lowerAmb, w.flags&flagFirst),
		mix(tPrevTagSuf3, p1, w.suf[2]),
		mix(tPrevTagNextAmb, p1, next.amb),
		mix(tNextAmbs, next.amb, next2.amb),
	)
}

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
	at := func(j int) *wordHashes {
		switch {
		case j < 0:
			return &boundaryBefore
		case j >= len(ws):
			return &boundaryAfter
		}
		return &ws[j]
	}
	tag := func(j int) uint64 {
		if j < 0 || j >= len(tags) {
			return tagStart + uint64(j-i) // a distinct value per side and distance
		}
		return uint64(tags[j])
	}
	w, prev, prev2, next, next2 := &ws[i], at(i-1), at(i-2), at(i+1), at(i+2)
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
