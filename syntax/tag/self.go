package tag

import "github.com/actorgraph/actorgraph/internal/perceptron"

// The first selfTemplates features of a word (its bias, spelling, shape,
// flags and ambiguity classes) depend on nothing but the word, so for the
// words of the lexicon the tagger sums their rows once, when it is built,
// into one dense block: adding that block to a word's tally is one pass
// over a few adjacent cache lines instead of a dozen rows at random.
//
// A block is used only for a word whose self features fall in exactly the
// rows the block was summed from, which its key lists, so it gives the
// same scores as the rows would, whatever word the block was built for.

// selfKeyWords is the number of words of a block's key: one 32-bit row
// number per self feature.
const selfKeyWords = (selfTemplates + 1) / 2

// selfDense is the number of dense rows a block counts as in a tally: its
// lanes are biased as those of selfTemplates dense rows.
const selfDense = selfTemplates

// tagSelfRows holds the blocks of the words of a lexicon, stride words
// each: selfKeyWords of key, then the model's lanes.
type tagSelfRows struct {
	stride int
	blocks []uint64
}

// buildSelfRows sums the self rows of the words of lex that the model tags
// (those without a sure class), and sets the self field of their slots.
// lex must not share its slots with another lexicon. A model without dense
// rows gets no blocks.
func buildSelfRows(lex tagLexicon, p *perceptron.Model) tagSelfRows {
	for i := range lex.slots {
		lex.slots[i].self = 0
	}
	if p.Lanes() == 0 {
		return tagSelfRows{}
	}
	sr := tagSelfRows{stride: selfKeyWords + p.Lanes()}
	var todo []*lexSlot
	for _, w := range lex.words {
		sl := lex.slot(hashWord(w, false).form)
		if sl.val>>lexSureShift == 0 {
			todo = append(todo, sl)
		}
	}
	sr.blocks = perceptron.MakeTable[uint64](len(todo) * sr.stride)
	var (
		ws    [1]wordHashes
		feats []uint64
		rows  [selfTemplates]int
		sums  = make([]int64, 2*p.Lanes())
	)
	for n, sl := range todo {
		ws[0] = hashWord(lex.words[sl.word], false)
		lex.lookup(ws[:])
		feats = taggerWordFeatures(feats[:0], ws[:], 0)
		block := sr.blocks[n*sr.stride : (n+1)*sr.stride]
		key, lanes := block[:selfKeyWords], block[selfKeyWords:]
		clear(sums)
		for k, f := range feats[:selfTemplates] {
			rows[k] = int(f >> (64 - p.Bits()))
			key[k/2] |= uint64(rows[k]) << (32 * (k % 2))
			p.AddRow(rows[k], sums)
		}
		for j := range lanes {
			lo, hi := sums[2*j]+selfDense*perceptron.DenseBias, sums[2*j+1]+selfDense*perceptron.DenseBias
			lanes[j] = uint64(lo) | uint64(hi)<<32
		}
		sl.self = uint32(n + 1)
	}
	return sr
}

// find returns the lanes of the block of w whose key matches the self
// features feats (the first selfTemplates of taggerWordFeatures) of a
// model of the given bits, or nil.
func (sr *tagSelfRows) find(w *wordHashes, feats []uint64, bits uint) []uint64 {
	if w.self == 0 {
		return nil
	}
	block := sr.blocks[int(w.self-1)*sr.stride:][:sr.stride]
	shift := 64 - bits
	feats = feats[:selfTemplates]
	var diff uint64
	for k := 0; k+1 < selfTemplates; k += 2 {
		diff |= block[k/2] ^ (feats[k]>>shift | feats[k+1]>>shift<<32)
	}
	if selfTemplates%2 == 1 {
		diff |= block[selfKeyWords-1] ^ feats[selfTemplates-1]>>shift
	}
	if diff != 0 {
		return nil
	}
	return block[selfKeyWords:]
}
