package relations

import (
	"github.com/actorgraph/actorgraph/graph"
)

// joint reports whether noun n is qualified as done together ("a joint
// statement"), which makes its coordinated doers parties to each other.
func (r *reader) joint(n int) bool {
	for c := range r.t.Dependents(n, "amod") {
		if r.t.Lower(c) == "joint" && c < n {
			return true
		}
	}
	return false
}

// jointObject reads "X and Y issued a joint statement" as (X,
// issued-joint-statement-with, Y): the coordinated subjects subs of verb v
// did together what its object noun names, when the noun names no other
// party ("a joint offensive against Z" makes them allies, not each
// other's targets) and is not an event noun of its own (reciprocal reads
// those: "signed a treaty").
func (r *reader) jointObject(v int, base graph.Predicate, subs []graph.ActorID, noun int) {
	t := r.t
	if len(subs) < 2 || noun < 0 || !r.joint(noun) {
		return
	}
	for c := range t.Dependents(noun, "nmod") {
		if len(r.actorsOf(c)) > 0 {
			return // "a joint offensive against Z", "a joint statement with Z"
		}
	}
	if _, event := r.eventNoun(noun); event {
		return
	}
	if ns := t.Children(v, "nsubj"); len(ns) > 1 && !r.conjunctionBetween(ns[0], ns[len(ns)-1]) {
		return // a misparsed apposition, as in reciprocal
	}
	pred := predicate(append(append([]string{string(base)}, r.nounWords(noun)...), "with")...)
	for _, o := range subs[1:] {
		r.a.add(r.si, subs[0], pred, o)
	}
}

// jointBy reads "a joint communique by X and Y" as (X,
// joint-communique-with, Y): the coordinated doers of a noun done
// together, named after "by", are parties to each other.
func (r *reader) jointBy(n int) {
	t := r.t
	if t.Toks[n].UPOS != "NOUN" || !r.joint(n) || !t.Asserted(r.a.x.lex, n) {
		return
	}
	if _, event := r.eventNoun(n); event {
		return
	}
	var doers []graph.ActorID
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) == "by" {
			doers = append(doers, r.actorsOf(c)...)
		}
	}
	if len(doers) < 2 {
		return
	}
	pred := predicate(append(r.nounWords(n), "with")...)
	for _, o := range doers[1:] {
		r.a.add(r.si, doers[0], pred, o)
	}
}
