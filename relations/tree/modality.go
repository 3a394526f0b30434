package relations

import (
	"slices"
	"strings"
)

// modals are the auxiliaries under which a statement is possible, wished or
// future, not a fact.
var modals = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "should": true,
	"can": true, "must": true, "shall": true, "will": true, "ought": true,
}

// negators are the words that negate what they modify.
var negators = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true, "neither": true, "nor": true}

// asserted reports whether the predicate at token i is stated as a fact:
// neither it nor any clause it hangs from is negated, modal or conditional,
// a complement of a word that only proposes, hopes, denies or supposes it
// ("plans to", "the possibility of", "denied that"), or an infinitive that a
// verb other than "continue", "begin" and the like governs.
func (r *reader) asserted(i int) bool {
	t := r.t
	lx := r.a.x.lex
	n := i
	negScope := true // the negations met so far reach i
	for step := 0; n >= 0 && step < 8; step++ {
		if !r.ownStatus(n, negScope) {
			return false
		}
		h := t.head(n)
		if h < 0 {
			break
		}
		switch t.toks[n].Deprel {
		case "advcl", "acl:relcl", "parataxis":
			// "China did not attack Japan while Russia invaded Ukraine":
			// a negation does not reach an adverbial or relative clause
			negScope = false
		case "conj":
			// "did not attack Iraq or bomb Kuwait" shares its negation;
			// "did not attack Iraq but bombed Kuwait" does not
			finite := strings.HasPrefix(t.toks[n].XPOS, "VB") && t.toks[n].XPOS != "VB" && t.toks[h].XPOS == "VB"
			if finite || t.has(n, "nsubj", "nsubj:pass") || r.hasCC(n, "but", "while", "yet") {
				negScope = false
			}
		}
		switch t.rel(n) {
		case "xcomp", "ccomp", "csubj", "acl", "advcl", "nmod", "obl", "obj":
			// a complement of "plan", "deny", "the possibility of"; an
			// event that is planned, delayed or denied; but not the scene
			// of the clause ("in a letter to X, Y demanded ...")
			scene := t.rel(n) == "obl" && scenePreps[t.prep(n)]
			if !scene && (lx.unasserted[t.lemma(h)] || lx.unasserted[t.lower(h)]) {
				return false
			}
		}
		switch t.toks[n].Deprel {
		case "xcomp":
			if !lx.asserting[t.lemma(h)] {
				return false
			}
		case "advcl":
			if r.hasMark(n, "to") {
				return false
			}
		case "acl":
			// "a platform to reaffirm", "agencies to assist": what a noun
			// is for is not a fact, but "efforts to impose" are made
			if r.hasMark(n, "to") && !lx.asserting[t.lemma(h)] {
				return false
			}
		}
		n = h
	}
	return true
}

// ownAsserted reports whether token i itself is stated as a fact, whatever
// governs it: it has no negation, modal, condition or word of supposition
// ("possible", "planned") of its own, and no subject that negates it
// ("neither Russia nor China", "no country").
func (r *reader) ownAsserted(n int) bool { return r.ownStatus(n, true) }

// ownStatus is ownAsserted, with the negations left out when neg is false.
func (r *reader) ownStatus(n int, neg bool) bool {
	t := r.t
	lx := r.a.x.lex
	{
		for _, c := range t.kids[n] {
			switch t.rel(c) {
			case "advmod", "neg", "det", "cc":
				if neg && negators[t.lower(c)] || (t.rel(c) == "advmod" && lx.unasserted[t.lemma(c)]) {
					return false
				}
			case "aux":
				if modals[t.lemma(c)] || modals[t.lower(c)] {
					return false
				}
			case "mark":
				switch t.lower(c) {
				case "if", "unless", "whether", "lest":
					return false
				}
			case "amod":
				if lx.unasserted[t.lemma(c)] || lx.unasserted[t.lower(c)] {
					return false
				}
			case "nsubj":
				if neg && r.negatedPhrase(c) {
					return false
				}
			case "case":
				if futurePreps[t.prep(n)] {
					return false // "ahead of his visit"
				}
			}
		}
	}
	return true
}

// futurePreps put an event noun still to come: "ahead of the summit".
var futurePreps = map[string]bool{"ahead-of": true, "pending": true}

// negatedPhrase reports whether noun phrase c is negated as a whole:
// "neither Russia nor China", "no country".
func (r *reader) negatedPhrase(c int) bool {
	t := r.t
	for _, k := range t.kids[c] {
		switch t.rel(k) {
		case "det", "cc", "advmod":
			if w := t.lower(k); w == "neither" || w == "no" || w == "nor" || w == "not" && t.rel(k) == "advmod" {
				return true
			}
		}
	}
	return false
}

// hasCC reports whether conjunct c is joined by one of the conjunctions.
func (r *reader) hasCC(c int, ccs ...string) bool {
	for _, k := range r.t.children(c, "cc") {
		if slices.Contains(ccs, r.t.lower(k)) {
			return true
		}
	}
	return false
}
