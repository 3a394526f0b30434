package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// pluralEvents returns the tokens of a sentence with each plural event
// noun that the parser tagged a verb in the third person ("launched air
// strikes on Gaza", "ordered drone strikes on the base") put back as the
// noun it is: a finite verb is no object nor oblique, so a word in such a
// place that the lexicon knows as an event noun is one. A common noun
// right before it that the parser made its subject ("air" in "the first
// air strikes") is a compound of it, and what the parser hung on it as
// obliques ("on a Syrian base") are its modifiers. The tokens themselves
// are returned when there is none; the tokens passed are not changed.
func pluralEvents(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		if tok.UPOS != "VERB" || tok.XPOS != "VBZ" {
			continue
		}
		switch tok.Deprel {
		case "obj", "obl", "nmod":
		default:
			continue
		}
		if _, ok := lx.Nominals[strings.ToLower(tok.Form)]; !ok {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].UPOS, out[k].XPOS = "NOUN", "NNS"
		for c := range out {
			if out[c].Head-1 != k {
				continue
			}
			switch {
			case out[c].Deprel == "nsubj" && c == k-1 && out[c].UPOS == "NOUN":
				out[c].Deprel = "compound"
			case out[c].Deprel == "obl":
				out[c].Deprel = "nmod"
			}
		}
	}
	if out == nil {
		return toks
	}
	return out
}
