package coref

import (
	"fmt"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// TestCandidatesReuseRoom checks that the candidates of a pronoun, listed
// in room an earlier pronoun of the article used, are those listed in
// room of their own: the same phrases, features and bars.
func TestCandidatesReuseRoom(t *testing.T) {
	// "Ann Reed met Tom Hale in Norland. He thanked her, and it welcomed
	// them. She left its capital." as phrases: names, nouns, pronouns.
	tok := func(form, upos, xpos, deprel string, head int) ud.Token {
		return ud.Token{Form: form, UPOS: upos, XPOS: xpos, Deprel: deprel, Head: head}
	}
	sents := []ud.Sentence{
		{Tokens: []ud.Token{
			tok("Ann", "PROPN", "NNP", "compound", 2), tok("Reed", "PROPN", "NNP", "nsubj", 3),
			tok("met", "VERB", "VBD", "root", 0), tok("Tom", "PROPN", "NNP", "compound", 5),
			tok("Hale", "PROPN", "NNP", "obj", 3), tok("in", "ADP", "IN", "case", 7),
			tok("Norland", "PROPN", "NNP", "obl", 3), tok(".", "PUNCT", ".", "punct", 3),
		}},
		{Tokens: []ud.Token{
			tok("He", "PRON", "PRP", "nsubj", 2), tok("thanked", "VERB", "VBD", "root", 0),
			tok("her", "PRON", "PRP", "obj", 2), tok(",", "PUNCT", ",", "punct", 6),
			tok("and", "CCONJ", "CC", "cc", 6), tok("it", "PRON", "PRP", "nsubj", 7),
			tok("welcomed", "VERB", "VBD", "conj", 2), tok("them", "PRON", "PRP", "obj", 7),
			tok(".", "PUNCT", ".", "punct", 2),
		}},
		{Tokens: []ud.Token{
			tok("She", "PRON", "PRP", "nsubj", 2), tok("left", "VERB", "VBD", "root", 0),
			tok("its", "PRON", "PRP$", "nmod:poss", 4), tok("capital", "NOUN", "NN", "obj", 2),
			tok(".", "PUNCT", ".", "punct", 2),
		}},
	}
	name := func(sent, tok int, actor graph.ActorID, typ graph.ActorType, g Gender, deprel string, head int) np {
		return np{sent: sent, tok: tok, kind: npName, actor: actor, entity: int(actor), cls: typeClass(typ), typ: typ,
			gender: g, subject: deprel == "subj", deprel: deprel, head: head, kinOwner: -1}
	}
	pron := func(sent, tok, entity int, cls string, g Gender, deprel string, head int) np {
		return np{sent: sent, tok: tok, kind: npPronoun, actor: -1, entity: entity, cls: cls, gender: g,
			plural: cls == "they", subject: deprel == "subj", deprel: deprel, head: head, kinOwner: -1}
	}
	nps := []np{
		name(0, 1, 0, graph.Person, Female, "subj", 2),
		name(0, 4, 1, graph.Person, Male, "obj", 2),
		name(0, 6, 2, graph.Country, UnknownGender, "obl", 2),
		pron(1, 0, 3, "he", Male, "subj", 1),
		pron(1, 2, 4, "she", Female, "obj", 1),
		pron(1, 5, 5, "it", UnknownGender, "subj", 6),
		pron(1, 7, 6, "they", UnknownGender, "obj", 6),
		pron(2, 0, 7, "she", Female, "subj", 1),
		pron(2, 2, 8, "it", UnknownGender, "poss", 3),
		{sent: 2, tok: 3, kind: npNoun, actor: -1, entity: 9, cls: "nom", deprel: "obj", head: 1, kinOwner: -1},
	}
	describe := func(cands []pronounCandidate) string {
		s := ""
		for _, c := range cands {
			at := "null"
			if c.n != nil {
				at = fmt.Sprintf("%d:%d", c.n.sent, c.n.tok)
			}
			s += fmt.Sprintf("%s %v %q; ", at, c.barred, c.feats)
		}
		return s
	}
	sal := newSalience(nps)
	var shared candidateRoom
	pronouns := 0
	for i := range nps {
		if nps[i].kind == npPronoun && pronounClass(sents[nps[i].sent].Tokens[nps[i].tok].Form) != "" {
			pronouns++
			got := describe(pronounCandidates(nps, i, sents, sal, &shared))
			if want := describe(pronounCandidates(nps, i, sents, sal, &candidateRoom{})); got != want {
				t.Errorf("pronoun %d:%d in shared room:\n%s\nwant, in its own:\n%s", nps[i].sent, nps[i].tok, got, want)
			}
		}
		sal.see(nps, i)
	}
	if pronouns != 5 {
		t.Fatalf("%d pronouns ranked, want 5", pronouns)
	}
}
