package relations

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tokens builds a parsed sentence from form, lemma, UPOS, XPOS, head and
// relation, six fields a token.
func tokens(f ...any) []ud.Token {
	var toks []ud.Token
	for i := 0; i+5 < len(f); i += 6 {
		toks = append(toks, ud.Token{ID: len(toks) + 1, Form: f[i].(string), Lemma: f[i+1].(string), UPOS: f[i+2].(string),
			XPOS: f[i+3].(string), Head: f[i+4].(int), Deprel: f[i+5].(string)})
	}
	return toks
}

// The subject of a clause added without "that", which the parser split
// between the verb's object and the clause's subject, is the clause's
// whole subject again; an object whose phrase holds a clause of its own
// is left as it is.
func TestClauseObjects(t *testing.T) {
	split := tokens(
		"He", "he", "PRON", "PRP", 2, "nsubj",
		"added", "add", "VERB", "VBD", 0, "root",
		"Velmar", "Velmar", "PROPN", "NNP", 2, "obj",
		"Corp", "Corp", "PROPN", "NNP", 6, "nsubj",
		"was", "be", "AUX", "VBD", 6, "cop",
		"keen", "keen", "ADJ", "JJ", 2, "ccomp",
	)
	got := clauseObjects(split)
	if got[2].Head != 6 || got[2].Deprel != "nsubj" || got[3].Head != 3 || got[3].Deprel != "flat" {
		t.Errorf("split name: got %+v and %+v", got[2], got[3])
	}
	if split[2].Deprel != "obj" {
		t.Error("the tokens passed were changed")
	}
	inner := tokens(
		"Ann", "Ann", "PROPN", "NNP", 2, "nsubj",
		"told", "tell", "VERB", "VBD", 0, "root",
		"Tom", "Tom", "PROPN", "NNP", 2, "iobj",
		"aides", "aide", "NOUN", "NNS", 2, "obj",
		"who", "who", "PRON", "WP", 6, "nsubj",
		"left", "leave", "VERB", "VBD", 4, "acl:relcl",
		"would", "would", "AUX", "MD", 8, "aux",
		"return", "return", "VERB", "VB", 2, "ccomp",
	)
	if got := clauseObjects(inner); got[3].Deprel != "obj" {
		t.Errorf("object with a clause inside: got %+v", got[3])
	}
}

// relationalAppositions lowers and looks up a word only when a phrase
// after a comma and a determiner ends with it: on a sentence of
// capitalised names with none it allocates nothing, and it still finds
// the apposition of a sentence that has one.
func TestRelationalAppositionsLookup(t *testing.T) {
	lx := testenv.Must(t, lex.Default)
	plain := tokens(
		"Velmar", "Velmar", "PROPN", "NNP", 2, "nsubj",
		"Allies", "Allies", "PROPN", "NNPS", 3, "flat",
		"met", "meet", "VERB", "VBD", 0, "root",
		"Ann", "Ann", "PROPN", "NNP", 3, "obj",
		"Reed", "Reed", "PROPN", "NNP", 4, "flat",
		"in", "in", "ADP", "IN", 7, "case",
		"Norland", "Norland", "PROPN", "NNP", 3, "obl",
	)
	if n := testing.AllocsPerRun(100, func() { relationalAppositions(plain, lx) }); n != 0 {
		t.Errorf("no apposition: %v allocations, want none", n)
	}
	appos := tokens(
		"Norland", "Norland", "PROPN", "NNP", 6, "nsubj",
		",", ",", "PUNCT", ",", 6, "punct",
		"a", "a", "DET", "DT", 5, "det",
		"close", "close", "ADJ", "JJ", 5, "amod",
		"Ally", "ally", "NOUN", "NN", 6, "parataxis",
		"agreed", "agree", "VERB", "VBD", 0, "root",
	)
	if got := relationalAppositions(appos, lx); got[4].Head != 1 || got[4].Deprel != "appos" {
		t.Errorf("apposition: got %+v", got[4])
	}
}

// A verb the tagger took for a participle after a name and its
// apposition between commas, hung on the name or on the apposition's
// noun, is the name's verb.
func TestApposedNameParticiple(t *testing.T) {
	toks := tokens(
		"Ann", "Ann", "PROPN", "NNP", 0, "root",
		"Reed", "Reed", "PROPN", "NNP", 1, "flat",
		",", ",", "PUNCT", ",", 6, "punct",
		"Chile", "Chile", "PROPN", "NNP", 6, "nmod:poss",
		"'s", "'s", "PART", "POS", 4, "case",
		"envoy", "envoy", "NOUN", "NN", 1, "appos",
		",", ",", "PUNCT", ",", 8, "punct",
		"criticised", "criticise", "VERB", "VBN", 6, "acl",
		"Tom", "Tom", "PROPN", "NNP", 8, "obj",
	)
	got := rootParticiples(toks)
	if got[7].Head != 0 || got[7].Deprel != "root" || got[0].Head != 8 || got[0].Deprel != "nsubj" || got[5].Head != 1 {
		t.Errorf("got verb %+v, name %+v, apposition %+v", got[7], got[0], got[5])
	}
	if toks[7].Deprel != "acl" {
		t.Error("the tokens passed were changed")
	}
}

// A name opening the sentence that the tagger took for a common noun,
// with the verb after it read as a participle modifying it, is the
// verb's subject, and the name after the verb its object; a state's one
// word after the verb is left as the parser had it.
func TestOpeningNameParticiple(t *testing.T) {
	toks := tokens(
		"Chile", "chile", "NOUN", "NN", 0, "root",
		"named", "name", "VERB", "VBN", 1, "acl",
		"Eva", "Eva", "PROPN", "NNP", 2, "xcomp",
		"Lind", "Lind", "PROPN", "NNP", 3, "flat",
	)
	got := rootParticiples(toks)
	if got[1].Head != 0 || got[0].Head != 2 || got[0].Deprel != "nsubj" || got[2].Deprel != "obj" {
		t.Errorf("got subject %+v, verb %+v, object %+v", got[0], got[1], got[2])
	}
	one := tokens(
		"Chile", "chile", "NOUN", "NN", 0, "root",
		"named", "name", "VERB", "VBN", 1, "acl",
		"Japan", "Japan", "PROPN", "NNP", 2, "xcomp",
	)
	if got := rootParticiples(one); got[1].Deprel != "acl" {
		t.Errorf("one-word complement: got verb %+v", got[1])
	}
}
