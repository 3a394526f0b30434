package parse

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// checkParses fails t unless every sentence of pred is a tree with one
// word on the root, labelled "root", and every other word labelled.
func checkParses(t *testing.T, pred []ud.Sentence) {
	t.Helper()
	for i, s := range pred {
		h := make([]int32, len(s.Tokens)+1)
		for j, tok := range s.Tokens {
			h[j+1] = int32(tok.Head)
			if tok.Deprel == "" || (tok.Head == 0) != (tok.Deprel == "root") {
				t.Errorf("sentence %d word %d: head %d relation %q", i, j+1, tok.Head, tok.Deprel)
			}
		}
		if err := checkTree(h); err != nil {
			t.Errorf("sentence %d: %v", i, err)
		}
	}
}

// withBeam returns a parser with p's models that parses with a beam of k;
// with quick false, its greedy parses leave every transition to the full
// model, as the beam does.
func withBeam(p *Parser, k int, quick bool) *Parser {
	q := &Parser{labels: p.labels, root: p.root, beam: k, act: p.act, lab: p.lab, cands: p.cands,
		qact: p.qact, qlab: p.qlab, super: p.super, quickAct: p.quickAct, quickLab: p.quickLab}
	if !quick {
		q.quickAct = math.MaxInt64
	}
	return q
}

// TestBeamOfOneIsGreedy checks that a beam that keeps one configuration
// makes the choices of the greedy parser without its quick transition
// model.
func TestBeamOfOneIsGreedy(t *testing.T) {
	testenv.Long(t)
	p := withBeam(needSmallParser(t), 1, false)
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:300]
	want := parseAll(p, dev)
	for i, s := range dev {
		s.Tokens = slices.Clone(s.Tokens)
		p.parseBeam(&s, 1)
		if !slices.Equal(s.Tokens, want[i].Tokens) {
			t.Fatalf("sentence %d (%s): a beam of 1 parses differently from Parse", i, s.ID)
		}
	}
}

// TestTrainParserBeam trains a small beam parser and checks that it
// parses with its beam, outdoes the greedy parser trained on the same
// sentences, survives its model file, and is the same whatever the number
// of workers that trained its members.
func TestTrainParserBeam(t *testing.T) {
	testenv.Long(t)
	sents := testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu")[:1500]
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:400]
	opt := defaultParseTrainOpts()
	opt.actBits, opt.labBits = 18, 14
	train := func(beam, members, workers int) *Parser {
		t.Helper()
		p, err := trainParser(sents, Config{Epochs: 3, Members: members, Workers: workers, Seed: 5, Beam: beam}, opt)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	greedy, seq, par := train(1, 1, 1), train(4, 2, 1), train(4, 2, 2)
	if greedy.Beam() != 1 || seq.Beam() != 4 {
		t.Fatalf("Beam() = %d and %d, want 1 and 4", greedy.Beam(), seq.Beam())
	}
	if !sameTable(seq.act.Unpack(), par.act.Unpack()) || !sameTable(seq.lab.Unpack(), par.lab.Unpack()) {
		t.Error("beam parsers trained by 1 worker and by 2 workers differ")
	}
	pred := parseAll(seq, dev)
	checkParses(t, pred)
	guas, glas := attachment(t, dev, parseAll(greedy, dev))
	buas, blas := attachment(t, dev, pred)
	t.Logf("1500 sentences, 3 epochs: greedy UAS %.2f LAS %.2f, beam of 4 UAS %.2f LAS %.2f", guas, glas, buas, blas)
	if buas <= guas {
		t.Errorf("beam UAS %.2f, want above the greedy parser's %.2f", buas, guas)
	}

	var buf bytes.Buffer
	if _, err := seq.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Beam() != 4 {
		t.Errorf("read back with beam %d, want 4", back.Beam())
	}
	again := parseAll(back, dev)
	for i := range pred {
		if !slices.Equal(again[i].Tokens, pred[i].Tokens) {
			t.Fatalf("sentence %d: the parser read back parses differently", i)
		}
	}
}

// TestBeamLongSentence checks that a sentence longer than maxBeamWords,
// parsed greedily, still gets a tree.
func TestBeamLongSentence(t *testing.T) {
	p := needSmallParser(t)
	bp := withBeam(p, 4, true)
	text := strings.Repeat("The minister met the envoy and the talks went on . ", 30)
	var s ud.Sentence
	for i, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, ud.Token{ID: i + 1, Form: w, UPOS: "X", XPOS: "X", Head: -1})
	}
	if len(s.Tokens) <= maxBeamWords {
		t.Fatalf("%d words, want more than %d", len(s.Tokens), maxBeamWords)
	}
	bp.Parse(&s)
	checkParses(t, []ud.Sentence{s})
}
