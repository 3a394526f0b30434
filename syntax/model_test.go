package syntax

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/actorgraph/actorgraph/internal/testenv"
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
	m := testenv.Must(t, DefaultModel)
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
