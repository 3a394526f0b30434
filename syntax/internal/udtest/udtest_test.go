package udtest

import (
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestSentences(t *testing.T) {
	got := Sentences(t, "form/lemma/upos/xpos", "Talks/talk/NOUN/NNS ended/end/VERB/VBD", "./././.")
	if len(got) != 2 || len(got[0].Tokens) != 2 || len(got[1].Tokens) != 1 {
		t.Fatalf("got %+v", got)
	}
	want := ud.Token{ID: 2, Form: "ended", Lemma: "end", UPOS: "VERB", XPOS: "VBD", Head: -1, Start: -1, End: -1}
	if got[0].Tokens[1] != want {
		t.Errorf("word 2 = %+v, want %+v", got[0].Tokens[1], want)
	}
	if p := got[1].Tokens[0]; p.Form != "." || p.XPOS != "." {
		t.Errorf("punctuation = %+v", p)
	}
}
