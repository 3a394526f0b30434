package tag

import "github.com/actorgraph/actorgraph/internal/perceptron"

// Feature hashing for the tagger. Every feature is a 64-bit hash computed
// from the bytes of the words (never by building strings), combined with a
// template number (perceptron.Mix), so extracting features allocates
// nothing.

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
	amb uint64
	// lowerAmb is the ambiguity-class hash of the lowercased form.
	lowerAmb uint64
	sure     int32
	// self is the word's block in the tagger's tagSelfRows plus one, 0
	// for none.
	self uint32
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
	form, lower, shape := uint64(perceptron.FNVOffset), uint64(perceptron.FNVOffset), uint64(perceptron.FNVOffset)
	var last byte
	letters, uppers := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		form = (form ^ uint64(c)) * perceptron.FNVPrime
		lc := lowerByte(c)
		lower = (lower ^ uint64(lc)) * perceptron.FNVPrime
		if i < len(h.pre) {
			h.pre[i] = lower
		}
		if s := shapeClass(c); s != last {
			shape = (shape ^ uint64(s)) * perceptron.FNVPrime
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
	suf := uint64(perceptron.FNVOffset) ^ 0x9e37
	for k := 0; k < 4; k++ {
		if k < len(w) {
			suf = (suf ^ uint64(lowerByte(w[len(w)-1-k]))) * perceptron.FNVPrime
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
