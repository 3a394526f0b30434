package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// treebankDir is where the UD treebanks live, relative to this package.
const treebankDir = "../../shared/treebanks"

// haveTreebanks reports whether the shared treebanks are present.
func haveTreebanks() bool {
	_, err := os.Stat(treebankDir)
	return err == nil
}

// readTreebankFile reads one CoNLL-U file of the shared treebanks.
func readTreebankFile(name string) ([]Sentence, error) {
	path := filepath.Join(treebankDir, name)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// readTreebank reads one CoNLL-U file of the shared treebanks, skipping the
// test when the treebanks are absent.
func readTreebank(tb testing.TB, name string) []Sentence {
	tb.Helper()
	if !haveTreebanks() {
		tb.Skipf("treebanks absent from %s", treebankDir)
	}
	s, err := readTreebankFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// parseAll parses copies of sents and returns them.
func parseAll(p *Parser, sents []Sentence) []Sentence {
	out := make([]Sentence, len(sents))
	for i, s := range sents {
		s.Tokens = append([]Token(nil), s.Tokens...)
		for j := range s.Tokens {
			s.Tokens[j].Head, s.Tokens[j].Deprel = -1, ""
		}
		p.Parse(&s)
		out[i] = s
	}
	return out
}

// TestParserTreebank trains the parser on the EWT and GUM training sets
// (gold tags) and reports attachment scores on their dev sets, and on their
// test sets when ACTORGRAPH_PARSER_TEST=1. It is slow and runs only when
// ACTORGRAPH_PARSER_EVAL=1; ACTORGRAPH_PARSER_EPOCHS sets the epochs.
func TestParserTreebank(t *testing.T) {
	if os.Getenv("ACTORGRAPH_PARSER_EVAL") != "1" {
		t.Skip("set ACTORGRAPH_PARSER_EVAL=1 to train and evaluate on the treebanks")
	}
	train := append(readTreebank(t, "en_ewt/en_ewt-ud-train.conllu"), readTreebank(t, "en_gum/en_gum-ud-train.conllu")...)
	epochs, _ := strconv.Atoi(os.Getenv("ACTORGRAPH_PARSER_EPOCHS"))
	start := time.Now()
	p, err := TrainParser(train, ParserConfig{Epochs: epochs, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained on %d sentences in %v", len(train), time.Since(start).Round(time.Second))
	sets := []string{"en_ewt/en_ewt-ud-dev.conllu", "en_gum/en_gum-ud-dev.conllu"}
	if os.Getenv("ACTORGRAPH_PARSER_TEST") == "1" {
		sets = append(sets, "en_ewt/en_ewt-ud-test.conllu", "en_gum/en_gum-ud-test.conllu")
	}
	for _, name := range sets {
		gold := readTreebank(t, name)
		start := time.Now()
		pred := parseAll(p, gold)
		el := time.Since(start)
		sc, err := ScoreParses(gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: UAS %.2f LAS %.2f (%d words, parsed in %v)", name, sc.UAS(), sc.LAS(), sc.Words, el.Round(time.Millisecond))
	}
}
