package tree

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
)

// modals are the auxiliaries under which a statement is possible, wished or
// future, not a fact.
var modals = words.Set(`
	may might could would should can must shall will ought
`)

// negators are the words that negate what they modify.
var negators = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "no": true, "neither": true, "nor": true}

// Negator reports whether word w (lower case) negates what it modifies
// ("not", "never", "no").
func Negator(w string) bool { return negators[w] }

// Asserted reports, by the vocabulary lx, whether the predicate at token i
// is stated as a fact: neither it nor any clause it hangs from is negated,
// modal or conditional, a complement of a word that only proposes, hopes,
// denies or supposes it ("plans to", "the possibility of", "denied that"),
// or an infinitive that a verb other than "continue", "begin" and the like
// governs.
func (t *Tree) Asserted(lx *lex.Lexicon, i int) bool {
	n := i
	negScope := true // the negations met so far reach i
	for step := 0; n >= 0 && step < 8; step++ {
		if !t.ownStatus(lx, n, negScope) {
			return false
		}
		h := t.Head(n)
		if h < 0 {
			break
		}
		switch t.Toks[n].Deprel {
		case "advcl", "acl:relcl", "parataxis":
			// "China did not attack Japan while Russia invaded Ukraine":
			// a negation does not reach an adverbial or relative clause
			negScope = false
		case "conj":
			// "did not attack Iraq or bomb Kuwait" shares its negation;
			// "did not attack Iraq but bombed Kuwait" does not
			finite := strings.HasPrefix(t.Toks[n].XPOS, "VB") && t.Toks[n].XPOS != "VB" && t.Toks[h].XPOS == "VB"
			if finite || t.Has(n, "nsubj", "nsubj:pass") || t.HasCC(n, "but", "while", "yet") {
				negScope = false
			}
		}
		switch t.Rel(n) {
		case "xcomp", "ccomp", "csubj", "acl", "advcl", "nmod", "obl", "obj":
			// a complement of "plan", "deny", "the possibility of"; an
			// event that is planned, delayed or denied; but not the scene
			// of the clause ("in a letter to X, Y demanded ...")
			scene := t.Rel(n) == "obl" && scenePreps[t.Prep(n)]
			if !scene && (lx.Unasserted[t.Lemma(h)] || lx.Unasserted[t.Lower(h)]) {
				return false
			}
		}
		switch t.Toks[n].Deprel {
		case "xcomp":
			if !lx.Asserting[t.Lemma(h)] {
				return false
			}
		case "ccomp":
			// "warned Peru not to interfere" parsed as a clause with a
			// subject: an infinitive all the same
			if t.HasMark(n, "to") && !t.GerundAfterTo(n) && !lx.Asserting[t.Lemma(h)] {
				return false
			}
		case "advcl":
			// "went to Paris to meet Macron" is a purpose, no fact; but
			// "admitted to spying on" states the spying
			if t.HasMark(n, "to") && !(t.GerundAfterTo(n) && lx.Asserting[t.Lemma(h)]) {
				return false
			}
		case "acl":
			// "a platform to reaffirm", "agencies to assist": what a noun
			// is for is not a fact, but "efforts to impose" are made
			if t.HasMark(n, "to") && !lx.Asserting[t.Lemma(h)] {
				return false
			}
		}
		n = h
	}
	return true
}

// OwnAsserted reports, by the vocabulary lx, whether token n itself is
// stated as a fact, whatever governs it: it has no negation, modal,
// condition or word of supposition ("possible", "planned") of its own, and
// no subject that negates it ("neither Russia nor China", "no country").
func (t *Tree) OwnAsserted(lx *lex.Lexicon, n int) bool { return t.ownStatus(lx, n, true) }

// ownStatus is OwnAsserted, with the negations left out when neg is false.
func (t *Tree) ownStatus(lx *lex.Lexicon, n int, neg bool) bool {
	{
		for _, c := range t.Kids[n] {
			switch t.Rel(c) {
			case "advmod", "neg", "det", "cc":
				if neg && negators[t.Lower(c)] || (t.Rel(c) == "advmod" && lx.Unasserted[t.Lemma(c)]) {
					return false
				}
			case "aux":
				if modals[t.Lemma(c)] || modals[t.Lower(c)] {
					return false
				}
			case "mark":
				switch t.Lower(c) {
				case "if", "unless", "whether", "lest":
					return false
				}
			case "amod":
				if lx.Unasserted[t.Lemma(c)] || lx.Unasserted[t.Lower(c)] {
					return false
				}
			case "nsubj":
				if neg && t.NegatedPhrase(c) {
					return false
				}
			case "case":
				if futurePreps[t.Prep(n)] {
					return false // "ahead of his visit"
				}
			}
		}
	}
	return true
}

// futurePreps put an event noun still to come: "ahead of the summit".
var futurePreps = map[string]bool{"ahead-of": true, "pending": true}

// NegatedPhrase reports whether noun phrase c is negated as a whole:
// "neither Russia nor China", "no country".
func (t *Tree) NegatedPhrase(c int) bool {
	for _, k := range t.Kids[c] {
		switch t.Rel(k) {
		case "det", "cc", "advmod":
			if w := t.Lower(k); w == "neither" || w == "no" || w == "nor" || w == "not" && t.Rel(k) == "advmod" {
				return true
			}
		}
	}
	return false
}

// HasCC reports whether conjunct c is joined by one of the conjunctions.
func (t *Tree) HasCC(c int, ccs ...string) bool {
	for k := range t.Dependents(c, "cc") {
		if slices.Contains(ccs, t.Lower(k)) {
			return true
		}
	}
	return false
}

// HasMark reports whether clause v is introduced by one of the marks
// ("to", "if", "because").
func (t *Tree) HasMark(v int, marks ...string) bool {
	for c := range t.Dependents(v, "mark") {
		m := t.Lower(c)
		for _, want := range marks {
			if m == want {
				return true
			}
		}
	}
	return false
}

// GerundAfterTo reports whether clause v is a gerund that "to" introduces
// as a preposition ("pleaded guilty to lying to the FBI"), not an
// infinitive.
func (t *Tree) GerundAfterTo(v int) bool {
	return t.Toks[v].XPOS == "VBG" && t.HasMark(v, "to")
}

// scenePreps set an event as the scene of a clause: "in a letter to",
// "during a visit to", "after talks with".
var scenePreps = map[string]bool{"in": true, "during": true, "after": true, "at": true, "following": true, "on": true, "upon": true}

// ScenePrep reports whether preposition p sets an event as the scene of a
// clause ("in a letter to X, Y demanded").
func ScenePrep(p string) bool { return scenePreps[p] }
