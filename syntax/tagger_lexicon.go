package syntax

import "fmt"

// tagLexicon maps the form hash of words seen in training to what the
// tagger knows of them: a hash of their ambiguity class (the set of classes
// they were seen with), used as a feature, and for frequent unambiguous
// words their one class, which the tagger then assigns without consulting
// the model. It is an open-addressing table with linear probing keyed by
// the 64-bit form hash of hashWord; key 0 marks an empty slot (keys are
// stored with their low bit set, so no key is 0). A slot holds its key and
// value side by side, so that a lookup reads one cache line.
type tagLexicon struct {
	slots []lexSlot
}

// lexSlot is one slot of a tagLexicon.
type lexSlot struct {
	key uint64
	val uint64 // packed by lexValue
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

// put enters the word with form hash h.
func (d *tagLexicon) put(h, val uint64) {
	k := h | 1
	mask := uint64(len(d.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		if d.slots[i].key == 0 || d.slots[i].key == k {
			d.slots[i] = lexSlot{key: k, val: val}
			return
		}
	}
}

// get returns the value of the word with form hash h, 0 if unknown.
func (d *tagLexicon) get(h uint64) uint64 {
	if len(d.slots) == 0 {
		return 0
	}
	k := h | 1
	mask := uint64(len(d.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch d.slots[i].key {
		case k:
			return d.slots[i].val
		case 0:
			return 0
		}
	}
}

// len returns the number of words in the lexicon.
func (d *tagLexicon) len() int {
	n := 0
	for _, sl := range d.slots {
		if sl.key != 0 {
			n++
		}
	}
	return n
}

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

// lookup fills the ambiguity class and sure class of each word of ws.
func (d *tagLexicon) lookup(ws []wordHashes) {
	for i := range ws {
		v := d.get(ws[i].form)
		ws[i].amb = v & lexAmbMask
		ws[i].sure = int32(v>>lexSureShift) - 1
		ws[i].lowerAmb = d.get(ws[i].lower) & lexAmbMask
	}
}
