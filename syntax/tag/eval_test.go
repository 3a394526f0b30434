package tag

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/lemma"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tagScores are the accuracies of a tagger (and lemmatizer) on gold data.
type tagScores struct {
	words, upos, xpos, both, lemma int
}

func (s tagScores) pct(n int) float64 { return 100 * float64(n) / float64(s.words) }

// scoreTagger tags a copy of every sentence of gold (and lemmatizes it
// when l is not nil) and counts the words it gets right.
func scoreTagger(t *Tagger, l *lemma.Lemmatizer, gold []ud.Sentence) tagScores {
	var s tagScores
	for _, g := range gold {
		p := ud.Sentence{Tokens: make([]ud.Token, len(g.Tokens))}
		for i, tok := range g.Tokens {
			p.Tokens[i] = ud.Token{ID: tok.ID, Form: tok.Form}
		}
		t.Tag(&p)
		if l != nil {
			l.Lemmatize(&p)
		}
		for i, tok := range g.Tokens {
			s.words++
			u, x := p.Tokens[i].UPOS == tok.UPOS, p.Tokens[i].XPOS == tok.XPOS
			if u {
				s.upos++
			}
			if x {
				s.xpos++
			}
			if u && x {
				s.both++
			}
			if p.Tokens[i].Lemma == tok.Lemma {
				s.lemma++
			}
		}
	}
	return s
}

// TestTaggerFullEval trains on the EWT and GUM training sets and reports
// accuracy on their dev and test sets. It is slow, so it runs only when
// ACTORGRAPH_TAGGER_EVAL is set.
func TestTaggerFullEval(t *testing.T) {
	if os.Getenv("ACTORGRAPH_TAGGER_EVAL") == "" {
		t.Skip("set ACTORGRAPH_TAGGER_EVAL=1 to run the full evaluation")
	}
	train := append(testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu"), testenv.Treebank(t, "en_gum/en_gum-ud-train.conllu")...)
	start := time.Now()
	tagger, err := Train(train, Config{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("tagger trained in %v", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	lem, err := lemma.Train(train)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("lemmatizer trained in %v", time.Since(start).Round(time.Millisecond))
	var tb, lb bytes.Buffer
	if _, err := tagger.WriteTo(&tb); err != nil {
		t.Fatal(err)
	}
	if _, err := lem.WriteTo(&lb); err != nil {
		t.Fatal(err)
	}
	t.Logf("model sizes: tagger %d bytes, lemmatizer %d bytes, %d weights, %d lexicon words",
		tb.Len(), lb.Len(), tagger.model.Entries(), tagger.lex.len())
	if out := os.Getenv("ACTORGRAPH_TAGGER_OUT"); out != "" {
		if err := os.WriteFile(filepath.Join(out, "tagger.model"), tb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, "lemmatizer.model"), lb.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	splits := []string{"dev", "test"}
	if os.Getenv("ACTORGRAPH_TAGGER_EVAL") == "dev" {
		splits = splits[:1]
	}
	for _, corpus := range []string{"en_ewt", "en_gum"} {
		for _, split := range splits {
			s := scoreTagger(tagger, lem, testenv.Treebank(t, corpus+"/"+corpus+"-ud-"+split+".conllu"))
			t.Logf("%s %s: %d words, UPOS %.3f%%, XPOS %.3f%%, both %.3f%%, lemma %.3f%% (%d right)",
				corpus, split, s.words, s.pct(s.upos), s.pct(s.xpos), s.pct(s.both), s.pct(s.lemma), s.lemma)
		}
	}
}
