package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/tb is a tiny hand-written treebank in the layout of the UD
// treebanks (see internal/treebank), enough to run every subcommand end to end.

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown command", []string{"bogus"}, "unknown command"},
		{"bad flag", []string{"eval", "-nope"}, "flag provided but not defined"},
		{"missing treebanks", []string{"-treebanks", "testdata/none", "-out", "x"}, "no such file"},
		{"missing model", []string{"eval", "-treebanks", "testdata/tb", "-model", "testdata/none"}, "tagger.model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), tt.args, &out, &errb)
			if err == nil || !strings.Contains(err.Error()+errb.String(), tt.want) {
				t.Errorf("run(%q) = %v (stderr %q), want an error with %q", tt.args, err, errb.String(), tt.want)
			}
		})
	}
}

func TestTrainEvalLexicon(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "model")
	var out, errb bytes.Buffer
	ctx := context.Background()
	args := []string{"-treebanks", "testdata/tb", "-out", model, "-folds", "2", "-tagger-epochs", "2", "-parser-epochs", "2", "-parser-members", "2", "-beam-epochs", "2", "-beam-members", "2"}
	if err := run(ctx, args, &out, &errb); err != nil {
		t.Fatalf("train: %v\n%s%s", err, out.String(), errb.String())
	}
	for _, f := range []string{"tagger.model", "lemmatizer.model", "parser.model", "parser-beam.model"} {
		if st, err := os.Stat(filepath.Join(model, f)); err != nil || st.Size() == 0 {
			t.Errorf("model file %s: %v", f, err)
		}
	}
	out.Reset()
	// The tiny model misses the targets; eval must still print every figure.
	err := run(ctx, []string{"eval", "-treebanks", "testdata/tb", "-model", model}, &out, &errb)
	for _, want := range []string{"en_ewt-ud-test", "en_gum-ud-test news", "tokens F1", "sentences F1", "UPOS", "XPOS", "lemma", "UAS", "LAS", "UAS (beam 5)", "LAS (beam 5)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
	if err != nil && !strings.Contains(err.Error(), "below target") {
		t.Errorf("eval: %v", err)
	}
	lex := filepath.Join(dir, "lexicon.txt")
	if err := run(ctx, []string{"lexicon", "-treebanks", "testdata/tb", "-out", lex}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(lex)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "abbr\tMr.\t0\n") {
		t.Errorf("lexicon lacks Mr.:\n%s", b)
	}
}
