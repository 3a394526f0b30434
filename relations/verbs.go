package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// verb reads the relations that verb v states between its subject, its
// objects and its prepositional objects, in the active or passive voice.
func (r *reader) verb(v int) {
	t := r.t
	if !r.asserted(v) {
		return
	}
	lemma := t.lemma(v)
	if lemma == "be" || lemma == "have" || lemma == "say" || lemma == "tell" {
		return // too vague to be a relation between actors
	}
	base := predicate(r.pastOf(v))
	for _, p := range t.children(v, "compound:prt") {
		base = predicate(string(base), t.lower(p))
	}
	if t.passive(v) {
		subs := r.passiveSubjects(v, 0)
		for _, a := range r.agents(v) {
			for _, s := range subs {
				r.a.add(r.si, a, base, s)
			}
		}
		r.prepObjects(v, base, subs)
		return
	}
	subs := r.subjects(v, 0)
	for _, o := range r.objects(v) {
		for _, s := range subs {
			r.a.add(r.si, s, base, o)
		}
	}
	r.prepObjects(v, base, subs)
}

// prepObjects reads "intervened in Syria", "expelled from Syria": a
// prepositional object of v that is an actor.
func (r *reader) prepObjects(v int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	hasObj := t.has(v, "obj", "iobj")
	for _, c := range t.children(v, "obl", "obl:*") {
		switch t.toks[c].Deprel {
		case "obl:agent", "obl:tmod", "obl:npmod", "obl:unmarked":
			continue
		}
		p := t.prep(c)
		if p == "" || p == "by" || adjunctPreps[p] || hasObj && topicPreps[p] || r.fronted(v, c) {
			continue
		}
		for _, o := range r.actorsOf(c) {
			for _, s := range subs {
				r.a.add(r.si, s, predicate(string(base), p), o)
			}
		}
	}
}

// adjunctPreps introduce adjuncts, comparisons and examples, not the party a
// verb acts on.
var adjunctPreps = map[string]bool{
	"such-as": true, "like": true, "including": true, "than": true, "as": true, "despite": true,
	"during": true, "after": true, "before": true, "amid": true, "since": true, "until": true,
	"because-of": true, "according-to": true, "besides": true, "except": true, "unlike": true,
	"regarding": true, "concerning": true, "beyond": true, "throughout": true, "within": true,
	"along-with": true, "together-with": true, "instead-of": true, "in-addition-to": true,
}

// topicPreps introduce, after a verb's object, what the action is about,
// not a second party: "Beijing warned Manila over the South China Sea",
// "sanctioned Russia over Ukraine".
var topicPreps = map[string]bool{"over": true, "about": true}

// fronted reports whether the phrase c of verb v stands before v's subject,
// set off by a comma: a topic or scene-setting adjunct ("For Russia, the
// summit offers ...", "In the U.S., ..."), not an argument.
func (r *reader) fronted(v, c int) bool {
	t := r.t
	subj := -1
	for _, s := range t.children(v, "nsubj", "nsubj:pass") {
		subj = s
		break
	}
	if subj < 0 || c > subj {
		return false
	}
	for k := c + 1; k < subj; k++ {
		if t.toks[k].Form == "," {
			return true
		}
	}
	return false
}

// pastOf returns the past tense of verb v: its own form when it is written
// in the past already, else the lemmatizer's past tense of its lemma.
func (r *reader) pastOf(v int) string {
	switch r.t.toks[v].XPOS {
	case "VBD", "VBN":
		if f := r.t.lower(v); strings.HasSuffix(f, "ed") || r.a.x.pastTense(r.t.lemma(v)) == f {
			return f
		}
	}
	return r.a.x.pastTense(r.t.lemma(v))
}
