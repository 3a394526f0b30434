package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
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

// reportedRel is a relation read off reported speech, kept until the
// sentence's roles are known.
type reportedRel struct {
	s    graph.ActorID
	pred graph.Predicate
	o    graph.ActorID
}

// addBlamed adds the blame and accusations of the sentence's reported
// speech, but not those a speaker reports of the state or body the article
// gives them a role in: "Prime Minister Ann Roe said Peru had taken
// action" is Peru's own course, told by its leader, not an accusation.
func (r *reader) addBlamed() {
	for _, b := range r.blamed {
		if !r.ownSide(b.s, b.o) {
			r.a.add(r.si, b.s, b.pred, b.o)
		}
	}
}

// ownSide reports whether the article has so far given s a role in y
// (president-of, member-of), not a stance towards it: a critic-of or one
// critical-of y ("Lee, a critic of Park, said Park had threatened the
// press") accuses it.
func (r *reader) ownSide(s, y graph.ActorID) bool {
	if !r.a.related(s, y) {
		return false
	}
	lx := r.a.x.lex
	for _, rel := range r.a.rels {
		stem, ok := strings.CutSuffix(string(rel.Predicate), "-of")
		if ok && rel.Subject == s && rel.Object == y && !lx.Relational[stem] && !lx.Adjectives[stem+" of"] {
			return true
		}
	}
	return false
}

// condemnedOwners returns the actors that own the subject of copular
// clause c, which brands it a wrong: "Y's delivery of arms was an act of
// aggression", "the Chilean raid was illegal" condemn Y, Chile, whatever the
// noun.
func (r *reader) condemnedOwners(c int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for _, n := range r.clauseSubject(c) {
		if t.Toks[n].UPOS != "NOUN" {
			continue
		}
		for _, k := range t.Children(n, "nmod:poss", "compound", "amod") {
			if k < n {
				if a, ok := r.spanActor(k); ok {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// clauseSubject returns the subject of reported clause c; for a copular
// clause without one, the object of the reporting verb just before it,
// which the parser took for the verb's ("said [Y's raid] [was illegal]").
func (r *reader) clauseSubject(c int) []int {
	t := r.t
	if ns := t.Children(c, "nsubj"); len(ns) > 0 || !t.Has(c, "cop") {
		return ns
	}
	v := t.Head(c)
	if v < 0 {
		return nil
	}
	for _, o := range t.Children(v, "obj") {
		if v < o && o < c {
			return []int{o}
		}
	}
	return nil
}
