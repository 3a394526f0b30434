package ud_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func mustReadCoNLLU(t *testing.T, s string) []ud.Sentence {
	t.Helper()
	sents, err := ud.ReadCoNLLU(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

const evalGold = `# newdoc id = d1
# text = I don't know.
2-3	don't	_	_	_	_	_	_	_	_
1	I	I	PRON	PRP	_	3	nsubj	_	_
2	do	do	AUX	VBP	_	3	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# text = Mr. Smith left.
1	Mr.	Mr.	PROPN	NNP	_	2	compound	_	_
2	Smith	Smith	PROPN	NNP	_	3	nsubj	_	_
3	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
4	.	.	PUNCT	.	_	3	punct	_	_

`

func TestEvaluateSegmentation(t *testing.T) {
	gold := mustReadCoNLLU(t, evalGold)
	text := ud.RawText(gold)
	if text != "I don't know. Mr. Smith left." {
		t.Fatalf("RawText = %q", text)
	}
	span := func(s, e int) ud.Token { return ud.Token{Form: text[s:e], Start: s, End: e} }
	tests := []struct {
		name             string
		system           []ud.Sentence
		tokens, sentence ud.Score
	}{
		{"Segment", tokenize.Segment(text), ud.Score{8, 8, 8}, ud.Score{2, 2, 2}},
		{"one sentence, Mr and period split", []ud.Sentence{{Tokens: []ud.Token{
			span(0, 1), span(2, 7), span(8, 12), span(12, 13), span(14, 16), span(16, 17), span(18, 23), span(24, 28), span(28, 29),
		}}}, ud.Score{8, 9, 7}, ud.Score{2, 1, 0}},
		{"nothing", nil, ud.Score{8, 0, 0}, ud.Score{2, 0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, err := ud.EvaluateSegmentation(gold, text, tt.system)
			if err != nil {
				t.Fatal(err)
			}
			if sc.Tokens != tt.tokens || sc.Sentences != tt.sentence {
				t.Errorf("tokens %+v sentences %+v, want %+v %+v", sc.Tokens, sc.Sentences, tt.tokens, tt.sentence)
			}
		})
	}
	if _, err := ud.EvaluateSegmentation(gold, text+" more", nil); err == nil {
		t.Error("a text that the gold forms do not spell was accepted")
	}
}

func TestScore(t *testing.T) {
	s := ud.Score{Gold: 10, System: 8, Correct: 6}
	if s.Precision() != 0.75 || s.Recall() != 0.6 || s.F1() != 12.0/18 {
		t.Errorf("P %v R %v F %v", s.Precision(), s.Recall(), s.F1())
	}
	if (ud.Score{}).F1() != 0 || (ud.Accuracy{}).Ratio() != 0 {
		t.Error("empty scores are not 0")
	}
}

func TestEvaluateWords(t *testing.T) {
	gold := mustReadCoNLLU(t, evalGold)
	sys := mustReadCoNLLU(t, evalGold)
	// Same relation, other subtype: right for LAS.
	gold[1].Tokens[0].Deprel = "nmod:poss"
	sys[1].Tokens[0].Deprel = "nmod"
	// Wrong label, right head: UAS only. Wrong head: neither.
	sys[1].Tokens[1].Deprel = "obj"
	sys[1].Tokens[3].Head = 2
	// Wrong tags and lemma; an unannotated gold lemma accepts anything.
	sys[0].Tokens[0].UPOS, sys[0].Tokens[0].XPOS = "NOUN", "NN"
	sys[0].Tokens[3].Lemma = "knew"
	gold[0].Tokens[1].Lemma, sys[0].Tokens[1].Lemma = "_", "whatever"
	sc, err := ud.EvaluateWords(gold, sys)
	if err != nil {
		t.Fatal(err)
	}
	want := ud.WordScores{
		UPOS: ud.Accuracy{8, 9}, XPOS: ud.Accuracy{8, 9}, Lemma: ud.Accuracy{8, 9},
		UAS: ud.Accuracy{8, 9}, LAS: ud.Accuracy{7, 9},
	}
	if sc != want {
		t.Errorf("got %+v\nwant %+v", sc, want)
	}
	if _, err := ud.EvaluateWords(gold, sys[:1]); err == nil {
		t.Error("sentence count mismatch accepted")
	}
	sys[0].Tokens = sys[0].Tokens[:2]
	if _, err := ud.EvaluateWords(gold, sys); err == nil {
		t.Error("word count mismatch accepted")
	}
}
