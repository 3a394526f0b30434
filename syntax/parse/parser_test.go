package parse

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/internal/treebank"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// smallParser trains a parser on the first sentences of EWT train with
// small tables, once for all tests of the package.
var smallParser = sync.OnceValues(func() (*Parser, error) {
	sents, err := treebank.Read("", "en_ewt/en_ewt-ud-train.conllu")
	if err != nil {
		return nil, err
	}
	opt := defaultParseTrainOpts()
	opt.actBits, opt.labBits = 18, 16
	return trainParser(sents[:2000], Config{Epochs: 3, Seed: 7}, opt)
})

func needSmallParser(t testing.TB) *Parser {
	t.Helper()
	testenv.Treebanks(t)
	return testenv.Must(t, smallParser)
}

// TestTrainParserSmall trains on a slice of EWT and checks that the parses
// of dev sentences are trees with one root and reach a sane accuracy.
func TestTrainParserSmall(t *testing.T) {
	p := needSmallParser(t)
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:500]
	pred := parseAll(p, dev)
	checkParses(t, pred)
	uas, las := attachment(t, dev, pred)
	t.Logf("2000 sentences, 3 epochs: dev UAS %.2f LAS %.2f", uas, las)
	if uas < 70 || las < 60 {
		t.Errorf("UAS %.2f LAS %.2f, want at least 70 and 60", uas, las)
	}
}

// TestTrainParserMembers checks that an averaged parser is the same
// whatever the number of workers that trained its members, and that it is
// not simply one of them.
func TestTrainParserMembers(t *testing.T) {
	testenv.Long(t)
	sents := testenv.Treebank(t, "en_ewt/en_ewt-ud-train.conllu")[:300]
	opt := defaultParseTrainOpts()
	opt.actBits, opt.labBits = 16, 12
	train := func(members, workers int) *Parser {
		t.Helper()
		p, err := trainParser(sents, Config{Epochs: 2, Members: members, Workers: workers, Seed: 3}, opt)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	one, seq, par := train(1, 1), train(3, 1), train(3, 3)
	same := func(a, b *Parser) bool {
		return sameTable(a.act.Unpack(), b.act.Unpack()) && sameTable(a.lab.Unpack(), b.lab.Unpack()) &&
			sameTable(a.qact.Unpack(), b.qact.Unpack()) && sameTable(a.qlab.Unpack(), b.qlab.Unpack()) &&
			sameTable(a.super.tab.Unpack(), b.super.tab.Unpack())
	}
	if !same(seq, par) {
		t.Error("3 members trained by 1 worker and by 3 workers differ")
	}
	if same(one, seq) {
		t.Error("3 averaged members give the same weights as 1")
	}
}

func TestTrainParserErrors(t *testing.T) {
	tok := func(id, head int, rel string) ud.Token { return ud.Token{ID: id, Form: "w", Head: head, Deprel: rel} }
	tests := []struct {
		name   string
		train  []ud.Sentence
		epochs int
		want   string
	}{
		{"no sentences", nil, 1, "no training sentences"},
		{"negative epochs", []ud.Sentence{{ID: "e", Tokens: []ud.Token{tok(1, 0, "root")}}}, -1, "negative epochs"},
		{"missing relation", []ud.Sentence{{ID: "a", Tokens: []ud.Token{tok(1, 0, "")}}}, 1, "no relation"},
		{"unparsed word", []ud.Sentence{{ID: "b", Tokens: []ud.Token{tok(1, 0, "root"), tok(2, -1, "dep")}}}, 1, "bad head"},
		{"two roots", []ud.Sentence{{ID: "c", Tokens: []ud.Token{tok(1, 0, "root"), tok(2, 0, "root")}}}, 1, "attached to the root"},
		{"cycle", []ud.Sentence{{ID: "d", Tokens: []ud.Token{tok(1, 0, "root"), tok(2, 3, "dep"), tok(3, 2, "dep")}}}, 1, "cycle"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Train(tc.train, Config{Epochs: tc.epochs})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Train = %v, %v; want error containing %q", p, err, tc.want)
			}
		})
	}
}

// TestParseEmpty checks that an empty sentence is left alone, and that a
// zero Parser leaves sentences alone instead of panicking.
func TestParseEmpty(t *testing.T) {
	p := needSmallParser(t)
	var s ud.Sentence
	p.Parse(&s)
	if len(s.Tokens) != 0 {
		t.Errorf("tokens appeared: %v", s.Tokens)
	}
	s.Tokens = []ud.Token{{ID: 1, Form: "Hi", Head: -1}}
	new(Parser).Parse(&s)
	if s.Tokens[0].Head != -1 {
		t.Errorf("zero Parser set head %d", s.Tokens[0].Head)
	}
}

// TestParseConcurrent parses the same sentences from several goroutines
// and checks that they agree with a sequential parse (run with -race).
func TestParseConcurrent(t *testing.T) {
	p := needSmallParser(t)
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:100]
	want := parseAll(p, dev)
	var wg sync.WaitGroup
	got := make([][]ud.Sentence, 4)
	for g := range got {
		wg.Go(func() { got[g] = parseAll(p, dev) })
	}
	wg.Wait()
	for g := range got {
		for i := range want {
			if !slices.Equal(got[g][i].Tokens, want[i].Tokens) {
				t.Fatalf("goroutine %d, sentence %d: parse differs", g, i)
			}
		}
	}
}
