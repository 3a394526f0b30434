package tag

import (
	"fmt"
	"io"
	"math"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// taggerFormat identifies the tagger's model files. Version 3 lists the
// words of the lexicon where version 2 had their hashes.
// Its fields are a zstd frame (a gzip stream in files written before).
var taggerFormat = perceptron.Format{Magic: "AGTAGGER", Version: 3, Stream: perceptron.Zstd}

// WriteTo writes the tagger in its compact binary format and returns the
// number of bytes written.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	n, err := perceptron.Write(w, taggerFormat, func(m *perceptron.Writer) {
		m.Uvarint(uint64(len(t.classes)))
		for _, c := range t.classes {
			m.String(c.UPOS)
			m.String(c.XPOS)
		}
		m.Uvarint(uint64(t.lex.len()))
		for _, w := range t.lex.words {
			m.String(w)
			m.Uvarint(t.lex.get(hashWord(w, false).form))
		}
		t.model.Encode(m)
		if t.second == nil {
			m.Uvarint(0)
			return
		}
		m.Uvarint(1)
		m.Uvarint(uint64(t.rescore))
		t.second.Encode(m)
	})
	if err != nil {
		return n, fmt.Errorf("write tagger: %w", err)
	}
	return n, nil
}

// maxTagLexiconWords bounds the lexicon of a model file.
const maxTagLexiconWords = 1 << 18

// Read reads a tagger written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	var (
		classes []tagClass
		lex     tagLexicon
		model   *perceptron.Model
		second  *perceptron.Model
		rescore int32
	)
	err := perceptron.Read(r, taggerFormat, func(m *perceptron.Reader) {
		nc := m.Count(perceptron.MaxClasses, "classes")
		for range nc {
			c := tagClass{UPOS: m.String(), XPOS: m.String()}
			if m.Err() != nil {
				return
			}
			classes = append(classes, c)
		}
		nl := m.Count(maxTagLexiconWords, "lexicon words")
		if m.Err() != nil {
			return
		}
		lex = newTagLexicon(nl)
		for range nl {
			w, v := m.String(), m.Uvarint()
			if m.Err() != nil {
				return
			}
			if err := checkLexValue(v, nc); err != nil {
				m.Fail("bad lexicon entry %q: %v", w, err)
				return
			}
			if lex.put(w, v) {
				m.Fail("lexicon word %q repeats the form hash of another", w)
				return
			}
		}
		model = perceptron.DecodeModel(m)
		if m.Err() == nil && model.Classes() != nc {
			m.Fail("model has %d classes, tagger %d", model.Classes(), nc)
		}
		if m.Count(1, "second-pass flag") == 0 {
			return
		}
		rescore = int32(m.Count(math.MaxInt32, "rescore margin"))
		second = perceptron.DecodeModel(m)
		if m.Err() == nil && second.Classes() != nc {
			m.Fail("second pass has %d classes, tagger %d", second.Classes(), nc)
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read tagger: %w", err)
	}
	return newTagger(classes, lex, model, second, rescore), nil
}
