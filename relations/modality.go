package relations

// modals are the auxiliaries under which a statement is possible, wished or
// future, not a fact.
var modals = map[string]bool{
	"may": true, "might": true, "could": true, "would": true, "should": true,
	"can": true, "must": true, "shall": true, "will": true, "ought": true,
}

// negators are the words that negate what they modify.
var negators = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

// asserted reports whether the predicate at token i is stated as a fact:
// neither it nor any clause it hangs from is negated, modal or conditional,
// a complement of a word that only proposes, hopes, denies or supposes it
// ("plans to", "the possibility of", "denied that"), or an infinitive that a
// verb other than "continue", "begin" and the like governs.
func (r *reader) asserted(i int) bool {
	t := r.t
	lx := r.a.x.lex
	n := i
	for step := 0; n >= 0 && step < 8; step++ {
		for _, c := range t.kids[n] {
			switch t.rel(c) {
			case "advmod", "neg", "det", "cc:preconj":
				if negators[t.lower(c)] || (t.rel(c) == "advmod" && lx.unasserted[t.lemma(c)]) {
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
				if lx.unasserted[t.lemma(c)] {
					return false
				}
			}
		}
		h := t.head(n)
		if h < 0 {
			break
		}
		switch t.rel(n) {
		case "xcomp", "ccomp", "csubj", "acl", "advcl", "nmod", "obl":
			// a complement of "plan", "deny", "the possibility of"
			if lx.unasserted[t.lemma(h)] || lx.unasserted[t.lower(h)] {
				return false
			}
		}
		switch t.toks[n].Deprel {
		case "xcomp":
			// "has deepened" misparsed as a complement of "has" is still
			// a perfect, not an obligation ("has to")
			perfect := !r.hasMark(n, "to") && (t.toks[n].XPOS == "VBN") && (t.lemma(h) == "have" || t.lemma(h) == "be")
			if !lx.asserting[t.lemma(h)] && !perfect {
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
