package syntax

import "sync"

// Tagger assigns part-of-speech tags to words: a UPOS (universal) and an
// XPOS (Penn Treebank) tag, predicted jointly as one class by a greedy
// left-to-right averaged perceptron. Frequent words that always carry the
// same tags are looked up in a tag dictionary instead. A Tagger is safe for
// concurrent use.
type Tagger struct {
	classes []tagClass
	lex     tagLexicon
	model   *perceptron
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
	words  []wordHashes
	feats  []uint64
	scores []int32
}

// newTagger assembles a tagger from its parts.
func newTagger(classes []tagClass, lex tagLexicon, model *perceptron) *Tagger {
	t := &Tagger{classes: classes, lex: lex, model: model}
	t.scratch.New = func() any {
		return &tagScratch{feats: make([]uint64, 0, taggerTemplates), scores: make([]int32, len(classes))}
	}
	return t
}

// Tag sets the UPOS and XPOS of every token of s from the forms.
func (t *Tagger) Tag(s *Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	sc := t.scratch.Get().(*tagScratch)
	sc.words = hashSentence(sc.words[:0], s)
	t.lex.lookup(sc.words)
	p1, p2 := uint64(tagStart), uint64(tagStart)
	for i := range s.Tokens {
		c := int(sc.words[i].sure)
		if c < 0 {
			c = t.predict(sc, i, p1, p2)
		}
		tok := &s.Tokens[i]
		tok.UPOS, tok.XPOS = t.classes[c].UPOS, t.classes[c].XPOS
		p1, p2 = uint64(c), p1
	}
	t.scratch.Put(sc)
}

// predict returns the model's class for word i.
func (t *Tagger) predict(sc *tagScratch, i int, p1, p2 uint64) int {
	sc.feats = taggerFeatures(sc.feats[:0], sc.words, i, p1, p2)
	clear(sc.scores)
	t.model.score(sc.feats, sc.scores)
	b := 0
	for c, s := range sc.scores {
		if s > sc.scores[b] {
			b = c
		}
	}
	return b
}

// hashSentence appends the word hashes of the tokens of s to dst.
func hashSentence(dst []wordHashes, s *Sentence) []wordHashes {
	for i := range s.Tokens {
		dst = append(dst, hashWord(s.Tokens[i].Form, i == 0))
	}
	return dst
}
