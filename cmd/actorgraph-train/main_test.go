package main

import (
	"bufio"
	"context"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/internal/cli/clitest"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// testdata/tb is a tiny hand-written treebank in the layout of the UD
// treebanks (see internal/treebank), enough to run the syntax commands end
// to end; nerTreebank makes one for the recogniser.

// runWant runs actorgraph-train in-process with args, and fails the test
// unless it exits with status code.
func runWant(t *testing.T, code int, args ...string) clitest.Result {
	t.Helper()
	r := clitest.Run(context.Background(), program.RunIO, "", args...)
	if r.Code != code {
		t.Fatalf("actorgraph-train %s: exit %d, want %d\n%s%s", strings.Join(args, " "), r.Code, code, r.Stdout, r.Stderr)
	}
	return r
}

// wantAll fails the test unless out holds every one of wants.
func wantAll(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestUsage(t *testing.T) {
	clitest.Conventions(t, program.RunIO, "actorgraph-train", "syntax", "ner", "lexicon", "eval")
	clitest.Check(t, program.RunIO, []clitest.Case{
		{Name: "old default command", Args: []string{"train"}, Code: 2, Want: `unknown command "train"`},
		{Name: "bad flag value", Args: []string{"ner", "-epochs", "many"}, Code: 2, Want: `invalid value "many"`},
		{Name: "argument", Args: []string{"lexicon", "extra"}, Code: 2, Want: "lexicon wants no arguments, got 1 argument(s)"},
		{Name: "bad -only", Args: []string{"eval", "-only", "parser"}, Code: 2, Want: "-only must be syntax or ner"},
		{Name: "missing treebanks", Args: []string{"syntax", "-treebanks", "testdata/none"}, Code: 1, Want: "no such file"},
		{Name: "missing model", Args: []string{"eval", "-treebanks", "testdata/tb", "-model", "testdata/none"}, Code: 1, Want: "tagger.model"},
		{Name: "missing split", Args: []string{"eval", "-only", "ner", "-treebanks", "testdata/tb", "-split", "dev"}, Code: 1, Want: "en_gum-ud-dev.conllu"},
	})
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := clitest.Run(ctx, program.RunIO, "", "lexicon", "-treebanks", "testdata/tb", "-o", filepath.Join(t.TempDir(), "lexicon.txt"))
	if r.Code != 130 || r.Stderr != "actorgraph-train lexicon: interrupted\n" {
		t.Errorf("exit %d, stderr %q; want 130 and interrupted", r.Code, r.Stderr)
	}
}

func TestSyntaxEvalLexicon(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "model")
	runWant(t, 0, "syntax", "-treebanks", "testdata/tb", "-o", model, "-folds", "2", "-tagger-epochs", "2", "-parser-epochs", "2", "-parser-members", "2", "-beam-epochs", "2", "-beam-members", "2")
	for _, f := range []string{"tagger.model", "lemmatizer.model", "parser.model", "parser-beam.model"} {
		if st, err := os.Stat(filepath.Join(model, f)); err != nil || st.Size() == 0 {
			t.Errorf("model file %s: %v", f, err)
		}
	}
	// The tiny model misses the targets; eval must still print every figure.
	r := runWant(t, 1, "eval", "-only", "syntax", "-treebanks", "testdata/tb", "-model", model)
	wantAll(t, r.Stdout, "en_ewt-ud-test", "en_gum-ud-test news", "tokens F1", "sentences F1", "UPOS", "XPOS", "lemma", "UAS", "LAS", "UAS (beam 5)", "LAS (beam 5)")
	wantAll(t, r.Stderr, "figures below target")
	lex := filepath.Join(dir, "lexicon.txt")
	runWant(t, 0, "lexicon", "-treebanks", "testdata/tb", "-o", lex)
	b, err := os.ReadFile(lex)
	if err != nil {
		t.Fatal(err)
	}
	wantAll(t, string(b), "abbr\tMr.\t0\n")
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
	r := runWant(t, 0, "ner", "-treebanks", tb, "-o", model, "-bits", "12", "-epochs", "5")
	wantAll(t, r.Stdout, "wrote "+model)
	wantAll(t, r.Stderr, "epoch 5:")
	// Trained and scored on the same two documents, it finds every name.
	r = runWant(t, 0, "eval", "-only", "ner", "-treebanks", tb, "-ner-model", model)
	wantAll(t, r.Stdout, "GUM test, all documents (2), gold tags:", "GUM test, news documents (1), gold tags:", "F1 100.0")
}

// TestEvalNERTreebanks scores the shipped recogniser on GUM dev, the
// treebanks found by the locator.
func TestEvalNERTreebanks(t *testing.T) {
	testenv.Treebanks(t)
	r := runWant(t, 0, "eval", "-only", "ner", "-split", "dev")
	wantAll(t, r.Stdout, "GUM dev, all documents (18), gold tags", "GUM dev, news documents (2), gold tags", "Organization", "all ")
}

// TestNERShippedModel retrains the recogniser as its package says it was
// trained, and checks that the model is the shipped one: both files read
// to the same recogniser. (Their bytes may differ: another Go release's
// compress/flate packs the same fields otherwise.)
func TestNERShippedModel(t *testing.T) {
	testenv.Long(t)
	testenv.Treebanks(t)
	model := filepath.Join(t.TempDir(), "ner.model")
	runWant(t, 0, "ner", "-o", model)
	got, want := readRecognizer(t, model), readRecognizer(t, filepath.Join("..", "..", "entities", "ner", "model", "ner.model"))
	if !reflect.DeepEqual(got, want) {
		t.Error("the retrained recogniser differs from the shipped one")
	}
}

// readRecognizer reads the recogniser model file at path.
func readRecognizer(t *testing.T, path string) *ner.Recognizer {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := ner.ReadRecognizer(bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	return r
}
