package syntax

import (
	"fmt"
	"io"
	"math"
)

// Tagger model files start with this magic string and version. Version 3
// lists the words of the lexicon where version 2 had their hashes.
const (
	taggerMagic   = "AGTAGGER"
	taggerVersion = 3
)

// maxTagLexiconWords bounds the lexicon of a model file.
const maxTagLexiconWords = 1 << 18

// WriteTo writes the tagger in its compact binary format and returns the
// number of bytes written.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	n, err := writeModel(w, taggerMagic, taggerVersion, func(m *modelWriter) {
		m.uvarint(uint64(len(t.classes)))
		for _, c := range t.classes {
			m.str(c.UPOS)
			m.str(c.XPOS)
		}
		m.uvarint(uint64(t.lex.len()))
		for _, w := range t.lex.words {
			m.str(w)
			m.uvarint(t.lex.get(hashWord(w, false).form))
		}
		t.model.encode(m)
		if t.second == nil {
			m.uvarint(0)
			return
		}
		m.uvarint(1)
		m.uvarint(uint64(t.rescore))
		t.second.encode(m)
	})
	if err != nil {
		return n, fmt.Errorf("write tagger: %w", err)
	}
	return n, nil
}

// ReadTagger reads a tagger written by WriteTo.
func ReadTagger(r io.Reader) (*Tagger, error) {
	var (
		classes []tagClass
		lex     tagLexicon
		model   *perceptron
		second  *perceptron
		rescore int32
	)
	err := readModel(r, taggerMagic, taggerVersion, func(m *modelReader) {
		nc := m.count(maxPerceptronClasses, "classes")
		for range nc {
			c := tagClass{UPOS: m.str(), XPOS: m.str()}
			if m.err != nil {
				return
			}
			classes = append(classes, c)
		}
		nl := m.count(maxTagLexiconWords, "lexicon words")
		if m.err != nil {
			return
		}
		lex = newTagLexicon(nl)
		for range nl {
			w, v := m.str(), m.uvarint()
			if m.err != nil {
				return
			}
			if err := checkLexValue(v, nc); err != nil {
				m.fail("bad lexicon entry %q: %v", w, err)
				return
			}
			if lex.put(w, v) {
				m.fail("lexicon word %q repeats the form hash of another", w)
				return
			}
		}
		model = decodePerceptron(m)
		if m.err == nil && model.classes != nc {
			m.fail("model has %d classes, tagger %d", model.classes, nc)
		}
		if m.count(1, "second-pass flag") == 0 {
			return
		}
		rescore = int32(m.count(math.MaxInt32, "rescore margin"))
		second = decodePerceptron(m)
		if m.err == nil && second.classes != nc {
			m.fail("second pass has %d classes, tagger %d", second.classes, nc)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read tagger: %w", err)
	}
	return newTagger(classes, lex, model, second, rescore), nil
}
