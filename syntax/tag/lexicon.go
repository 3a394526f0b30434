package tag

import (
	"fmt"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// tagLexicon maps the words seen in training to what the tagger knows of
// them: a hash of their ambiguity class (the set of classes they were seen
// with), used as a feature, and for frequent unambiguous words their one
// class, which the tagger then assigns without consulting the model. It is
// an open-addressing table with linear probing keyed by the 64-bit form
// hash of hashWord; key 0 marks an empty slot (keys are stored with their
// low bit set, so no key is 0). A slot holds its key and value side by
// side, so that a lookup reads one cache line. words lists the words in
// the order they were put, each slot naming its own.
type tagLexicon struct {
	slots []lexSlot
	words []string
}

// lexSlot is one slot of a tagLexicon.
type lexSlot struct {
	key uint64
	val uint64 // packed by lexValue
	// word is the slot's word in words; self is set by the tagger, see
	// tagSelfRows.
	word uint32
	self uint32
}

// A lexicon value packs the ambiguity-class hash into the low 48 bits and
// the sure class plus one (0 for none) into the high 16.
const (
	lexAmbMask   = 1<<48 - 1
	lexSureShift = 48
)

// Thresholds of the lexicon. A word enters it when seen lexMinCount times;
// a class enters its ambiguity class when it has lexMinShare of them. The
// word is sure when seen sureMinCount times with one class sureMinShare of
// the time.
const (
	lexMinCount  = 3
	lexMinShare  = 0.02
	sureMinCount = 10
	sureMinShare = 0.98
)

// newTagLexicon returns an empty lexicon able to hold n words.
func newTagLexicon(n int) tagLexicon {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return tagLexicon{slots: make([]lexSlot, size)}
}

// put enters word with the given value, replacing what the lexicon held
// for a word of the same form hash, and reports whether there was one.
func (d *tagLexicon) put(word string, val uint64) (replaced bool) {
	k := hashWord(word, false).form | 1
	mask := uint64(len(d.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		sl := &d.slots[i]
		switch sl.key {
		case 0:
			*sl = lexSlot{key: k, val: val, word: uint32(len(d.words))}
			d.words = append(d.words, word)
			return false
		case k:
			sl.val = val
			d.words[sl.word] = word
			return true
		}
	}
}

// slot returns the slot of the word with form hash h, nil if unknown.
func (d *tagLexicon) slot(h uint64) *lexSlot {
	if len(d.slots) == 0 {
		return nil
	}
	k := h | 1
	mask := uint64(len(d.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch d.slots[i].key {
		case k:
			return &d.slots[i]
		case 0:
			return nil
		}
	}
}

// get returns the value of the word with form hash h, 0 if unknown.
func (d *tagLexicon) get(h uint64) uint64 {
	if sl := d.slot(h); sl != nil {
		return sl.val
	}
	return 0
}

// len returns the number of words in the lexicon.
func (d *tagLexicon) len() int { return len(d.words) }

// lexValue packs an ambiguity-class hash and a sure class (-1 for none).
func lexValue(amb uint64, sure int) uint64 {
	amb &= lexAmbMask
	if amb == 0 {
		amb = 1
	}
	return amb | uint64(sure+1)<<lexSureShift
}

// checkLexValue reports whether v is a valid value for a tagger of n
// classes.
func checkLexValue(v uint64, n int) error {
	if v&lexAmbMask == 0 || int(v>>lexSureShift) > n {
		return fmt.Errorf("bad lexicon value %#x", v)
	}
	return nil
}

// lookup fills the ambiguity class, sure class and self row of each word
// of ws.
func (d *tagLexicon) lookup(ws []wordHashes) {
	for i := range ws {
		var v uint64
		ws[i].self = 0
		if sl := d.slot(ws[i].form); sl != nil {
			v, ws[i].self = sl.val, sl.self
		}
		ws[i].amb = v & lexAmbMask
		ws[i].sure = int32(v>>lexSureShift) - 1
		ws[i].lowerAmb = d.get(ws[i].lower) & lexAmbMask
	}
}

// Knows reports what the tagger's lexicon holds of the word w, written as
// given: whether it was seen often enough to be entered, and whether
// every class it was seen with is a proper noun's (PROPN).
func (t *Tagger) Knows(w string) (known, proper bool) {
	v := t.lex.get(hashWord(w, false).form)
	if v == 0 {
		return false, false
	}
	return true, v&lexAmbMask == t.properAmb()
}

// properAmb returns the ambiguity-class hash of a word seen only as a
// singular proper noun, as buildTagLexicon computes it.
func (t *Tagger) properAmb() uint64 {
	for c, tc := range t.classes {
		if tc.UPOS == "PROPN" && tc.XPOS == "NNP" {
			return lexValue(perceptron.Mix(uint64(perceptron.FNVOffset), uint64(c), 0), -1) & lexAmbMask
		}
	}
	return 0
}
