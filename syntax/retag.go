package syntax

import (
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// verbsTakenForNouns retags as a verb in the third person each word of s
// that the tagger took for a plural noun where only a verb can stand,
// before the parser reads the tags: news writes "Estonia borders Russia",
// "Peru, which heads the bloc", words the treebanks the tagger learned
// from have mostly as nouns. A lower-case word in "-s" is a verb
//
//   - right after a relative pronoun that can only be its subject
//     ("which", "who", or "that" after a noun), and before what opens an
//     object (a determiner, a name, a possessive or an adjective): "a
//     state that borders Iraq", "Chile, which backs the plan";
//   - in a sentence with no verb, right after a singular noun, a name or
//     a personal pronoun that can be its subject and before what opens an
//     object: "Estonia borders Russia", "it borders Iraq".
//
// A results table's line ("Shr 10 cts vs 12 cts", "Avg shrs 10,000") has
// a number before or after the noun, which opens no object, and is left
// alone.
func verbsTakenForNouns(s *ud.Sentence) {
	toks := s.Tokens
	verbless := true
	for _, t := range toks {
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			verbless = false
			break
		}
	}
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.XPOS != "NNS" || !strings.HasSuffix(t.Form, "s") || t.Form != strings.ToLower(t.Form) || !opensObject(toks[k+1]) {
			continue
		}
		prev := toks[k-1]
		switch w := strings.ToLower(prev.Form); {
		case w == "which" || w == "who":
		case w == "that" && k >= 2 && (toks[k-2].UPOS == "NOUN" || toks[k-2].UPOS == "PROPN"):
		case verbless && (prev.UPOS == "PROPN" || prev.XPOS == "NN" || prev.XPOS == "PRP"):
		default:
			continue
		}
		t.UPOS, t.XPOS, t.Feats = "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
		verbless = false
	}
}

// opensObject reports whether t can open a verb's object: a determiner, a
// name, a possessive pronoun or an adjective.
func opensObject(t ud.Token) bool {
	switch t.XPOS {
	case "DT", "NNP", "NNPS", "PRP$", "JJ":
		return true
	}
	return false
}
