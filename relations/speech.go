package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tellingVerbs tell their object what a "that" clause says: "told the
// assembly that Chile had agreed", "assured Peru that ...".
var tellingVerbs = words.Set(`
	tell inform assure reassure remind warn notify brief convince persuade promise
`)

// thatComplements returns the tokens of a sentence with each "that" clause
// which the parser hung on the object of a telling verb as a relative
// clause ("told [the assembly [that Chile had agreed to act]]") put back
// as the verb's complement, "that" its mark; the tokens themselves when
// there is none. The clause is read as a complement only when it has a
// subject of its own, which a relative clause whose "that" is the subject
// lacks; one whose "that" is the object ("the envoy that Chile had sent")
// is rare after a telling verb. The tokens passed are not changed.
func thatComplements(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for c, tok := range toks {
		if tok.Deprel != "acl:relcl" {
			continue
		}
		o := tok.Head - 1
		if o < 0 || o >= len(toks) || toks[o].Deprel != "obj" && toks[o].Deprel != "iobj" {
			continue
		}
		v := toks[o].Head - 1
		if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" || !tellingVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		that, subject := -1, false
		for k := o + 1; k < c; k++ {
			if toks[k].Head-1 != c {
				continue
			}
			switch {
			case strings.EqualFold(toks[k].Form, "that") && toks[k].UPOS == "PRON" && that < 0:
				that = k
			case strings.HasPrefix(toks[k].Deprel, "nsubj"):
				subject = true
			}
		}
		if that < 0 || !subject {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[c].Head, out[c].Deprel = v+1, "ccomp"
		out[that].Head, out[that].Deprel, out[that].UPOS, out[that].XPOS = c+1, "mark", "SCONJ", "IN"
	}
	if out == nil {
		return toks
	}
	return out
}

// conversing are the verbs whose object is what is talked about, so that
// coordinated subjects talk with each other: "Chile and Peru discussed
// trade" is (Chile, discussed-with, Peru).
var conversing = words.Set("discuss debate")

// conduct reports whether the copular clause c says how its subject is to
// act: an adjective of conduct ("Iran should be careful", "must be more
// flexible"), not of a state the subject is to be in ("Kosovo should be
// independent", "must be held accountable").
func (r *reader) conduct(c int) bool {
	t := r.t
	return t.Toks[c].UPOS == "ADJ" && !states[t.Lemma(c)]
}

// states are the adjectives of what one is, not of how one acts: "should
// be free", "must be responsible for".
var states = words.Set(`
	free independent able unable eligible entitled liable responsible accountable
	guilty safe secure sovereign neutral united whole present absent aware sure
	allowed subject open closed equal part
`)
