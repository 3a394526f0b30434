package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// testdata/tb is a tiny hand-written treebank in the layout of the UD
// treebanks (see internal/treebank), enough to run the syntax commands end
// to end; nerTreebank makes one for the recogniser.

// result is what a run of the command printed and its exit status.
type result struct {
	stdout, stderr string
	code           int
}

// runCmd runs actorgraph-train in-process with args.
func runCmd(ctx context.Context, args ...string) result {
	var out, errb bytes.Buffer
	err := run(ctx, args, strings.NewReader(""), &out, &errb)
	return result{out.String(), errb.String(), cli.ExitCode(err)}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout or stderr
	}{
		{"no command", nil, 2, "Commands:"},
		{"help", []string{"--help"}, 0, "Run 'actorgraph-train COMMAND --help'"},
		{"unknown command", []string{"train"}, 2, `unknown command "train"`},
		{"syntax help", []string{"syntax", "--help"}, 0, "Usage: actorgraph-train syntax"},
		{"ner help", []string{"ner", "-h"}, 0, "Usage: actorgraph-train ner"},
		{"lexicon help", []string{"lexicon", "--help"}, 0, "Usage: actorgraph-train lexicon"},
		{"eval help", []string{"eval", "--help"}, 0, "Usage: actorgraph-train eval"},
		{"bad flag", []string{"eval", "-nope"}, 2, "flag provided but not defined: -nope"},
		{"bad flag value", []string{"ner", "-epochs", "many"}, 2, `invalid value "many"`},
		{"argument", []string{"lexicon", "extra"}, 2, `takes no arguments, got "extra"`},
		{"bad -only", []string{"eval", "-only", "parser"}, 2, "-only must be syntax or ner"},
		{"missing treebanks", []string{"syntax", "-treebanks", "testdata/none"}, 1, "no such file"},
		{"missing model", []string{"eval", "-treebanks", "testdata/tb", "-model", "testdata/none"}, 1, "tagger.model"},
		{"missing split", []string{"eval", "-only", "ner", "-treebanks", "testdata/tb", "-split", "dev"}, 1, "en_gum-ud-dev.conllu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(context.Background(), tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("output lacks %q\nstdout: %s\nstderr: %s", tt.want, r.stdout, r.stderr)
			}
		})
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := runCmd(ctx, "lexicon", "-treebanks", "testdata/tb", "-o", filepath.Join(t.TempDir(), "lexicon.txt"))
	if r.code != 130 || r.stderr != "actorgraph-train lexicon: interrupted\n" {
		t.Errorf("exit %d, stderr %q; want 130 and interrupted", r.code, r.stderr)
	}
}

func TestSyntaxEvalLexicon(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "model")
	ctx := context.Background()
	r := runCmd(ctx, "syntax", "-treebanks", "testdata/tb", "-o", model, "-folds", "2", "-tagger-epochs", "2", "-parser-epochs", "2", "-parser-members", "2", "-beam-epochs", "2", "-beam-members", "2")
	if r.code != 0 {
		t.Fatalf("syntax: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, f := range []string{"tagger.model", "lemmatizer.model", "parser.model", "parser-beam.model"} {
		if st, err := os.Stat(filepath.Join(model, f)); err != nil || st.Size() == 0 {
			t.Errorf("model file %s: %v", f, err)
		}
	}
	// The tiny model misses the targets; eval must still print every figure.
	r = runCmd(ctx, "eval", "-only", "syntax", "-treebanks", "testdata/tb", "-model", model)
	for _, want := range []string{"en_ewt-ud-test", "en_gum-ud-test news", "tokens F1", "sentences F1", "UPOS", "XPOS", "lemma", "UAS", "LAS", "UAS (beam 5)", "LAS (beam 5)"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 && !strings.Contains(r.stderr, "below target") {
		t.Errorf("eval: exit %d: %s", r.code, r.stderr)
	}
	lex := filepath.Join(dir, "lexicon.txt")
	if r := runCmd(ctx, "lexicon", "-treebanks", "testdata/tb", "-o", lex); r.code != 0 {
		t.Fatalf("lexicon: exit %d: %s", r.code, r.stderr)
	}
	b, err := os.ReadFile(lex)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "abbr\tMr.\t0\n") {
		t.Errorf("lexicon lacks Mr.:\n%s", b)
	}
}

// nerTreebank returns a folder of treebanks whose GUM splits are all the
// annotated sample of package gumtest.
func nerTreebank(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sample, err := io.ReadAll(gumtest.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "en_gum"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, split := range []string{"train", "dev", "test"} {
		if err := os.WriteFile(filepath.Join(dir, "en_gum", "en_gum-ud-"+split+".conllu"), sample, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestNERTrainEval(t *testing.T) {
	tb := nerTreebank(t)
	model := filepath.Join(t.TempDir(), "ner.model")
	ctx := context.Background()
	r := runCmd(ctx, "ner", "-treebanks", tb, "-o", model, "-bits", "12", "-epochs", "5")
	if r.code != 0 || !strings.Contains(r.stdout, "wrote "+model) || !strings.Contains(r.stderr, "epoch 5:") {
		t.Fatalf("ner: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = runCmd(ctx, "eval", "-only", "ner", "-treebanks", tb, "-ner-model", model)
	// Trained and scored on the same two documents, it finds every name.
	for _, want := range []string{"GUM test, all documents (2), gold tags:", "GUM test, news documents (1), gold tags:", "F1 100.0"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("eval output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 {
		t.Errorf("eval: exit %d: %s", r.code, r.stderr)
	}
}

// TestEvalNERTreebanks scores the shipped recogniser on GUM dev, the
// treebanks found by the locator.
func TestEvalNERTreebanks(t *testing.T) {
	testenv.Treebanks(t)
	r := runCmd(context.Background(), "eval", "-only", "ner", "-split", "dev")
	for _, want := range []string{"GUM dev, all documents (18), gold tags", "GUM dev, news documents (2), gold tags", "Organization", "all "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != 0 {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// TestNERShippedModel retrains the recogniser as its package says it was
// trained, and checks that the model file is the shipped one, byte for
// byte.
func TestNERShippedModel(t *testing.T) {
	testenv.Long(t)
	testenv.Treebanks(t)
	model := filepath.Join(t.TempDir(), "ner.model")
	if r := runCmd(context.Background(), "ner", "-o", model); r.code != 0 {
		t.Fatalf("ner: exit %d: %s", r.code, r.stderr)
	}
	got, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "entities", "ner", "model", "ner.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the retrained model (%d bytes) differs from the shipped one (%d bytes)", len(got), len(want))
	}
}
