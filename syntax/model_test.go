package syntax

import (
	"fmt"
	"io"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/internal/perceptron/codectest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/lemma"
	"github.com/actorgraph/actorgraph/syntax/parse"
	"github.com/actorgraph/actorgraph/syntax/tag"
)

func TestReadModelErrors(t *testing.T) {
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"empty", fstest.MapFS{}, TaggerFile},
		{"corrupt tagger", fstest.MapFS{TaggerFile: {Data: []byte("not a model")}}, TaggerFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ReadModel(tt.fsys)
			if err == nil || m != nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadModel = %v, %v; want an error naming %s", m, err, tt.want)
			}
		})
	}
}

// TestDefaultModelAnalyze checks the shape of the shipped model's analyses:
// every word tagged, lemmatized and attached, one root a sentence.
func TestDefaultModelAnalyze(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m2, _ := DefaultModel(); m2 != m {
		t.Error("DefaultModel decoded the model twice")
	}
	text := "Putin has threatened Trump with a “breakdown of relations” if Ukraine receives Tomahawk missiles.\n\nThe U.S. didn't answer."
	sents := m.Analyze(text)
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	for _, s := range sents {
		roots := 0
		for _, tok := range s.Tokens {
			if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Deprel == "" {
				t.Errorf("%q: token %+v lacks annotation", s.Text, tok)
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == tok.ID {
				t.Errorf("%q: token %+v has a bad head", s.Text, tok)
			}
			if tok.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("%q has %d roots", s.Text, roots)
		}
	}
	if m.Analyze("") != nil {
		t.Error("Analyze of empty text returned sentences")
	}
}

func ExampleModel_Analyze() {
	m, err := DefaultModel()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Analyze("Putin met Trump in Alaska.") {
		for _, t := range s.Tokens {
			fmt.Println(t.ID, t.Form, t.Lemma, t.UPOS, t.Head, t.Deprel)
		}
	}
}

// TestModelFilesReencode decodes every shipped model file and encodes it
// again: the bytes must be the same, so that a change to a codec cannot
// pass unnoticed. Encoding at gzip's best compression makes it long.
func TestModelFilesReencode(t *testing.T) {
	testenv.Long(t)
	for _, tc := range []struct {
		name string
		read func(io.Reader) (io.WriterTo, error)
	}{
		{TaggerFile, func(r io.Reader) (io.WriterTo, error) { return tag.Read(r) }},
		{LemmatizerFile, func(r io.Reader) (io.WriterTo, error) { return lemma.Read(r) }},
		{ParserFile, func(r io.Reader) (io.WriterTo, error) { return parse.Read(r) }},
		{BeamParserFile, func(r io.Reader) (io.WriterTo, error) { return parse.Read(r) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data, err := fs.ReadFile(shipped, "model/"+tc.name)
			if err != nil {
				t.Fatal(err)
			}
			codectest.Reencodes(t, data, tc.read)
		})
	}
}
