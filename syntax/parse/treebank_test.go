package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/lemma"
	"github.com/actorgraph/actorgraph/syntax/tag"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// attachment scores the parses pred of the gold sentences with
// ud.EvaluateWords, and returns their UAS and LAS in percent.
func attachment(t testing.TB, gold, pred []ud.Sentence) (uas, las float64) {
	t.Helper()
	sc, err := ud.EvaluateWords(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	return 100 * sc.UAS.Ratio(), 100 * sc.LAS.Ratio()
}

// parseAll parses copies of sents and returns them.
func parseAll(p *Parser, sents []ud.Sentence) []ud.Sentence {
	out := make([]ud.Sentence, len(sents))
	for i, s := range sents {
		s.Tokens = append([]ud.Token(nil), s.Tokens...)
		for j := range s.Tokens {
			s.Tokens[j].Head, s.Tokens[j].Deprel = -1, ""
		}
		p.Parse(&s)
		out[i] = s
	}
	return out
}

// TestParserTreebank trains the parser on the EWT and GUM training sets
// and reports attachment scores on their dev sets, and on their test sets
// when ACTORGRAPH_PARSER_TEST=1. It is slow and runs only when
// ACTORGRAPH_PARSER_EVAL=1. Other settings:
//
//	ACTORGRAPH_PARSER_PREDICTED=1  train on jackknifed (4-fold) predicted tags
//	                               and lemmas, parse with predicted ones
//	ACTORGRAPH_PARSER_MIXGOLD=1    train on gold-tagged copies as well
//	ACTORGRAPH_PARSER_CACHE=dir    keep the predicted tags there between runs
//	ACTORGRAPH_PARSER_EPOCHS=n     training epochs
//	ACTORGRAPH_PARSER_MEMBERS=k    parsers averaged into one
//	ACTORGRAPH_PARSER_SAVE=file    write the model there
//	ACTORGRAPH_PARSER_BITS=a,l     log2 sizes of the weight tables
//	ACTORGRAPH_PARSER_EXPLORE=p,e  follow wrong predictions with probability
//	                               p from epoch e (0-based)
//	ACTORGRAPH_PARSER_BEAM=k       train with a beam of k, and report beams
//	                               of 2, 4 and 8 as well
func TestParserTreebank(t *testing.T) {
	if os.Getenv("ACTORGRAPH_PARSER_EVAL") != "1" {
		t.Skip("set ACTORGRAPH_PARSER_EVAL=1 to train and evaluate on the treebanks")
	}
	predicted := os.Getenv("ACTORGRAPH_PARSER_PREDICTED") == "1"
	train := append(testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu"), testenv.Treebank(t, "en_gum/en_gum-ud-train.conllu")...)
	sets := []string{"en_ewt/en_ewt-ud-dev.conllu", "en_gum/en_gum-ud-dev.conllu"}
	if os.Getenv("ACTORGRAPH_PARSER_TEST") == "1" {
		sets = append(sets, "en_ewt/en_ewt-ud-test.conllu", "en_gum/en_gum-ud-test.conllu")
	}
	input := make([][]ud.Sentence, len(sets)) // what the parser sees
	gold := make([][]ud.Sentence, len(sets))
	for i, name := range sets {
		gold[i] = testenv.Treebank(t, name)
		input[i] = gold[i]
	}
	if predicted {
		start := time.Now()
		goldTrain := train
		train, input = predictedTags(t, train, sets, gold)
		t.Logf("predicted tags in %v", time.Since(start).Round(time.Second))
		if os.Getenv("ACTORGRAPH_PARSER_MIXGOLD") == "1" {
			train = append(train, goldTrain...)
		}
	}
	epochs, _ := strconv.Atoi(os.Getenv("ACTORGRAPH_PARSER_EPOCHS"))
	members, _ := strconv.Atoi(os.Getenv("ACTORGRAPH_PARSER_MEMBERS"))
	opt := defaultParseTrainOpts()
	if bits := os.Getenv("ACTORGRAPH_PARSER_BITS"); bits != "" {
		if _, err := fmt.Sscanf(bits, "%d,%d", &opt.actBits, &opt.labBits); err != nil {
			t.Fatalf("ACTORGRAPH_PARSER_BITS=%q: %v", bits, err)
		}
	}
	if ex := os.Getenv("ACTORGRAPH_PARSER_EXPLORE"); ex != "" {
		if _, err := fmt.Sscanf(ex, "%g,%d", &opt.explore, &opt.exploreFrom); err != nil {
			t.Fatalf("ACTORGRAPH_PARSER_EXPLORE=%q: %v", ex, err)
		}
	}
	beam, _ := strconv.Atoi(os.Getenv("ACTORGRAPH_PARSER_BEAM"))
	start := time.Now()
	p, err := trainParser(train, Config{Epochs: epochs, Members: members, Seed: 1, Beam: beam}, opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained on %d sentences in %v", len(train), time.Since(start).Round(time.Second))
	if path := os.Getenv("ACTORGRAPH_PARSER_SAVE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		n, err := p.WriteTo(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d bytes", path, n)
	}
	for i, name := range sets {
		start := time.Now()
		pred := parseAll(p, input[i])
		el := time.Since(start)
		uas, las := attachment(t, gold[i], pred)
		t.Logf("%s (predicted tags %v): UAS %.2f LAS %.2f (%d sentences, parsed in %v)", name, predicted, uas, las, len(pred), el.Round(time.Millisecond))
		for _, k := range []int{2, 4, 8} {
			if beam < 2 {
				break
			}
			start := time.Now()
			pred := make([]ud.Sentence, len(input[i]))
			for j, s := range input[i] {
				s.Tokens = append([]ud.Token(nil), s.Tokens...)
				p.parseBeam(&s, k)
				pred[j] = s
			}
			el := time.Since(start)
			uas, las := attachment(t, gold[i], pred)
			t.Logf("%s beam %d: UAS %.2f LAS %.2f (parsed in %v)", name, k, uas, las, el.Round(time.Millisecond))
		}
	}
}

// predictedTags returns train with jackknifed tags and lemmas, and the
// evaluation sets tagged and lemmatised by models trained on all of train,
// reading them from ACTORGRAPH_PARSER_CACHE when they are there.
func predictedTags(t *testing.T, train []ud.Sentence, sets []string, gold [][]ud.Sentence) ([]ud.Sentence, [][]ud.Sentence) {
	cache := os.Getenv("ACTORGRAPH_PARSER_CACHE")
	load := func(name string) []ud.Sentence {
		if cache == "" {
			return nil
		}
		f, err := os.Open(filepath.Join(cache, name))
		if err != nil {
			return nil
		}
		defer f.Close()
		s, err := ud.ReadCoNLLU(f)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	store := func(name string, s []ud.Sentence) {
		if cache == "" {
			return
		}
		f, err := os.Create(filepath.Join(cache, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := ud.WriteCoNLLU(f, s); err != nil {
			t.Fatal(err)
		}
	}
	jk := load("train-jackknifed.conllu")
	if jk == nil {
		var err error
		if jk, err = JackknifeTags(train, 4, tag.Config{Seed: 1}); err != nil {
			t.Fatal(err)
		}
		store("train-jackknifed.conllu", jk)
	}
	var (
		tagger     *tag.Tagger
		lemmatizer *lemma.Lemmatizer
	)
	input := make([][]ud.Sentence, len(sets))
	for i, name := range sets {
		cached := filepath.Base(name) + ".tagged"
		if input[i] = load(cached); input[i] != nil {
			continue
		}
		if tagger == nil {
			var err error
			if tagger, err = tag.Train(train, tag.Config{Seed: 1}); err != nil {
				t.Fatal(err)
			}
			if lemmatizer, err = lemma.Train(train); err != nil {
				t.Fatal(err)
			}
		}
		input[i] = make([]ud.Sentence, len(gold[i]))
		for j, s := range gold[i] {
			s.Tokens = append([]ud.Token(nil), s.Tokens...)
			tagger.Tag(&s)
			lemmatizer.Lemmatize(&s)
			input[i][j] = s
		}
		store(cached, input[i])
	}
	return jk, input
}
