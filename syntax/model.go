package syntax

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
)

// Model is the trained analysis pipeline: a tagger, a lemmatizer and a
// dependency parser. A Model is read-only once built; its components keep
// per-call scratch space in pools, so one Model may analyse several texts
// at once.
type Model struct {
	Tagger     *Tagger
	Lemmatizer *Lemmatizer
	Parser     *Parser
}

// The files of a model directory, as ReadModel reads them and
// actorgraph-train writes them.
const (
	TaggerFile     = "tagger.model"
	LemmatizerFile = "lemmatizer.model"
	ParserFile     = "parser.model"
)

// ReadModel reads a model from the files TaggerFile, LemmatizerFile and
// ParserFile of fsys.
func ReadModel(fsys fs.FS) (*Model, error) {
	var (
		m   Model
		err error
	)
	if m.Tagger, err = readModelFile(fsys, TaggerFile, ReadTagger); err != nil {
		return nil, err
	}
	if m.Lemmatizer, err = readModelFile(fsys, LemmatizerFile, ReadLemmatizer); err != nil {
		return nil, err
	}
	if m.Parser, err = readModelFile(fsys, ParserFile, ReadParser); err != nil {
		return nil, err
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

// Analyze splits text into sentences and words (see Segment) and tags,
// lemmatizes and parses each sentence.
func (m *Model) Analyze(text string) []Sentence {
	sents := Segment(text)
	for i := range sents {
		m.AnalyzeSentence(&sents[i])
	}
	return sents
}

// AnalyzeSentence sets the tags, lemmas, heads and relations of the words
// of s, whose forms must be set.
func (m *Model) AnalyzeSentence(s *Sentence) {
	m.Tagger.Tag(s)
	m.Lemmatizer.Lemmatize(s)
	m.Parser.Parse(s)
}
