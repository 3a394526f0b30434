package syntax

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/actorgraph/actorgraph/syntax/lemma"
	"github.com/actorgraph/actorgraph/syntax/parse"
	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Model is the trained analysis pipeline: a tagger, a lemmatizer and a
// dependency parser. A Model is read-only once built; its components keep
// per-call scratch space in pools, so one Model may analyse several texts
// at once.
type Model struct {
	Tagger     *tag.Tagger
	Lemmatizer *lemma.Lemmatizer
	Parser     *parse.Parser
	// BeamParser, when not nil, is a parser trained for beam search: more
	// accurate than Parser and a few times slower (see WithBeam). ReadModel
	// leaves it nil and reads it on the first call of WithBeam.
	BeamParser *parse.Parser
	readBeam   func() (*parse.Parser, error)
}

// The files of a model directory, as ReadModel reads them and
// actorgraph-train writes them. BeamParserFile may be absent.
const (
	TaggerFile     = "tagger.model"
	LemmatizerFile = "lemmatizer.model"
	ParserFile     = "parser.model"
	BeamParserFile = "parser-beam.model"
)

// HasBeam reports whether m has a beam parser.
func (m *Model) HasBeam() bool { return m.BeamParser != nil || m.readBeam != nil }

// WithBeam returns a model that parses with m's BeamParser, or an error
// when m has none.
func (m *Model) WithBeam() (*Model, error) {
	p := m.BeamParser
	if p == nil && m.readBeam != nil {
		var err error
		if p, err = m.readBeam(); err != nil {
			return nil, err
		}
	}
	if p == nil {
		return nil, errors.New("the model has no beam parser")
	}
	c := *m
	c.Parser = p
	return &c, nil
}

// ReadModel reads a model from the files TaggerFile, LemmatizerFile and
// ParserFile of fsys; WithBeam reads BeamParserFile when it is there.
func ReadModel(fsys fs.FS) (*Model, error) {
	var (
		m         Model
		err       error
		parserErr error
		parsed    = make(chan struct{})
	)
	// The parser, the largest, is decoded on a core of its own while the
	// tagger and the lemmatizer are on this one: start-up is the time of
	// the longest, not the sum. The first error in file order is returned.
	go func() {
		defer close(parsed)
		m.Parser, parserErr = readModelFile(fsys, ParserFile, parse.Read)
	}()
	m.Tagger, err = readModelFile(fsys, TaggerFile, tag.Read)
	if err == nil {
		m.Lemmatizer, err = readModelFile(fsys, LemmatizerFile, lemma.Read)
	}
	<-parsed
	if err == nil {
		err = parserErr
	}
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, BeamParserFile); err == nil {
		m.readBeam = sync.OnceValues(func() (*parse.Parser, error) {
			return readModelFile(fsys, BeamParserFile, parse.Read)
		})
	}
	return &m, nil
}

// readModelFile decodes one component file with read.
func readModelFile[T any](fsys fs.FS, name string, read func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := fsys.Open(name)
	if err != nil {
		return zero, fmt.Errorf("read model: %w", err)
	}
	defer f.Close()
	v, err := read(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return zero, fmt.Errorf("read model %s: %w", name, err)
	}
	return v, nil
}

// Analyze splits text into sentences and words (see tokenize.Segment) and
// tags, lemmatizes and parses each sentence. Each stage runs over all the
// sentences before the next begins, so that its weight tables stay in the
// cache from one sentence to the next instead of being evicted by the
// other stages' (the pipeline benchmark ran 9-14% faster than sentence by
// sentence); every sentence gets the analysis AnalyzeSentence gives it.
// A headline in capitals or in title case is analysed as if written in
// sentence case (see truecase).
func (m *Model) Analyze(text string) []ud.Sentence {
	sents := tokenize.Segment(text)
	written := make([][]string, len(sents)) // of the headlines truecase rewrote
	for i := range sents {
		written[i] = truecase(&sents[i], m.Tagger, i == 0)
		m.Tagger.Tag(&sents[i])
		retag(&sents[i])
	}
	for i := range sents {
		m.Lemmatizer.Lemmatize(&sents[i])
	}
	for i := range sents {
		m.Parser.Parse(&sents[i])
		if written[i] != nil {
			restoreForms(&sents[i], written[i])
		}
	}
	return sents
}

// AnalyzeSentence sets the tags, lemmas, heads and relations of the words
// of s, whose forms must be set.
func (m *Model) AnalyzeSentence(s *ud.Sentence) {
	written := truecase(s, m.Tagger, s.Start <= 0)
	m.Tagger.Tag(s)
	retag(s)
	m.Lemmatizer.Lemmatize(s)
	m.Parser.Parse(s)
	if written != nil {
		restoreForms(s, written)
	}
}
