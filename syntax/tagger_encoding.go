package syntax

import (
	"fmt"
	"io"
)

// Tagger model files start with this magic string and version.
const (
	taggerMagic   = "AGTAGGER"
	taggerVersion = 1
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
		for i, k := range t.lex.keys {
			if k != 0 {
				m.uvarint(k)
				m.uvarint(t.lex.vals[i])
			}
		}
		t.model.encode(m)
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
			k, v := m.uvarint(), m.uvarint()
			if m.err != nil {
				return
			}
			if err := checkLexValue(v, nc); k == 0 || err != nil {
				m.fail("bad lexicon entry %#x: %v", k, err)
				return
			}
			lex.put(k, v)
		}
		model = decodePerceptron(m)
		if m.err == nil && model.classes != nc {
			m.fail("model has %d classes, tagger %d", model.classes, nc)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read tagger: %w", err)
	}
	return newTagger(classes, lex, model), nil
}
