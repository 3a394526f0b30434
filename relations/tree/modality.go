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
	presupposed := false
	viaSubject := false // the walk came up through a subject
	for step := 0; n >= 0 && step < 8; step++ {
		if !t.ownStatus(lx, n, negScope) {
			return false
		}
		h := t.Head(n)
		if h < 0 {
			// a headline's "Peru to sign accord with Chile", "Peru yet
			// to reply to Chile", and "Reed is to fly to Lima": an
			// infinitive with a subject standing for the sentence is
			// still to come; not what its subject's phrase states
			// ("Velmar's chief Ann Reed to retire": she is its chief)
			if !viaSubject && t.HasMark(n, "to") && !t.GerundAfterTo(n) && t.Has(n, "nsubj*") {
				return false
			}
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
		rel := t.Rel(n)
		if t.Toks[n].Deprel == "nsubj:pass" && t.Toks[n].UPOS == "NOUN" && h >= 0 && cancelling[t.Lemma(h)] && t.eventNoun(lx, n) {
			// "Reed's visit to Peru was cancelled": an event the passive
			// verb puts off, as it would its object; not "the deal is
			// expected to boost trade", which is made
			rel = "obj"
		}
		switch rel {
		case "xcomp", "ccomp", "csubj", "acl", "advcl", "nmod", "obl", "obj":
			// a complement of "plan", "deny", "the possibility of"; an
			// event that is planned, delayed or denied; but not the scene
			// of the clause ("in a letter to X, Y demanded ...")
			scene := t.Rel(n) == "obl" && scenePreps[t.Prep(n)]
			if !presupposed && !scene && (lx.Unasserted[t.Lemma(h)] || lx.Unasserted[t.Lower(h)]) {
				return false
			}
		}
		if (rel == "acl" || rel == "ccomp") && t.contentClause(n) && t.rebutted(lx, h) {
			// "rejected accusations that Peru had attacked Chile",
			// "reports that Peru attacked Chile were false": what is
			// rejected is no fact
			return false
		}
		if t.OwnFact(lx, n) {
			// "will fly to Tokyo after she had toured Peru", "will meet
			// Reed, who visited Chile": a clause in the past tense
			// states its own fact, whatever the clause above it plans
			return true
		}
		if !presupposed && t.Possessed(lx, n) {
			// "did not condemn Chile's invasion", "refused to meet Reed
			// over Norland's decision to invade": an act owned by its
			// doer is taken as done, so no negation, refusal or plan of
			// the clauses above reaches it; a modal or condition still
			// does ("would welcome Peru's withdrawal")
			presupposed, negScope = true, false
		}
		viaSubject = viaSubject || t.Rel(n) == "nsubj" || t.Rel(n) == "csubj"
		if presupposed {
			n = h
			continue
		}
		switch t.Toks[n].Deprel {
		case "xcomp":
			if !lx.Asserting[t.Lemma(h)] || t.goingTo(h) {
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

// goingTo reports whether verb h is the "going" of a future ("is going
// to attack", "we're going to work with"): what is to come is no fact,
// though "go" on its own asserts its infinitive ("went on to win").
func (t *Tree) goingTo(h int) bool {
	if t.Lemma(h) != "go" || t.Toks[h].XPOS != "VBG" {
		return false
	}
	for _, a := range t.Children(h, "aux") {
		if t.Lemma(a) == "be" {
			return true
		}
	}
	return false
}

// Possessed reports, by the vocabulary lx, whether noun n names an act
// owned by its named doer, whose being is taken for granted: "Chile's
// invasion", "Norland's decision to invade". Not an event often spoken of
// before it takes place ("refused to discuss Reed's visit to Peru"), nor
// the object of a light verb ("did not make its offer"), which the verb
// asserts or negates.
func (t *Tree) Possessed(lx *lex.Lexicon, n int) bool {
	l := t.Lemma(n)
	if t.Toks[n].UPOS != "NOUN" || arranged[l] {
		return false
	}
	if _, event := lx.Nominals[l]; !event && !lx.Asserting[l] && !t.infinitiveOf(n) {
		return false // "Clinton's emails" own no act; "Peru's refusal to pay" does
	}
	owned := false
	for c := range t.Dependents(n, "nmod:poss") {
		// a named doer, not a time ("last week's talks") nor a
		// pronoun, whose doer is guessed
		owned = owned || t.Toks[c].UPOS == "PROPN"
	}
	if !owned {
		return false
	}
	h := t.Head(n)
	return h < 0 || t.Rel(n) != "obj" || !lx.Light[t.Lemma(h)]
}

// arranged are the event nouns that name what is arranged ahead and often
// spoken of before it takes place: visits, meetings, votes, a withdrawal or
// a sale.
var arranged = words.Set(`
	visit trip tour journey stopover arrival departure return
	talks talk meeting summit conference negotiation negotiations
	discussion conversation call briefing speech debate hearing
	election vote referendum ceremony inauguration
	deployment withdrawal pullout handover transfer sale purchase
	delivery membership accession entry
`)

// anyOf reports whether noun n names no particular thing but any of its
// kind: "any government", "no country", "whoever".
func (t *Tree) anyOf(n int) bool {
	switch t.Lower(n) {
	case "anyone", "anybody", "whoever", "whatever", "anything":
		return true
	}
	for c := range t.Dependents(n, "det") {
		switch t.Lower(c) {
		case "any", "no", "every", "each", "whatever", "whichever":
			return true
		}
	}
	return false
}

// infinitiveOf reports whether noun n takes an infinitive that says what
// act it is: "refusal to pay", "move to recognize".
func (t *Tree) infinitiveOf(n int) bool {
	for c := range t.Dependents(n, "acl") {
		if t.HasMark(c, "to") {
			return true
		}
	}
	return false
}

// OwnFact reports, by the vocabulary lx, whether clause v, an adverbial or
// relative clause, is in the past tense and so states a fact of its own,
// whatever the clause it hangs from plans or supposes: "will fly to Tokyo
// after Peru had signed", "since Chile attacked", "will meet Reed, who
// visited Chile". A past with a condition of its own ("if Peru attacked")
// is ruled out by its own status; a present perfect is a fact only in a
// relative clause or after "since" or "because" ("will leave once Peru has
// signed" is still to come); and under "would" or "could" a past is still
// to come too ("said it would leave when Chile signed").
func (t *Tree) OwnFact(lx *lex.Lexicon, v int) bool {
	h := t.Head(v)
	if h < 0 {
		return false
	}
	relative := false
	switch t.Toks[v].Deprel {
	case "advcl":
		clause := h
		for k := 0; k < 3 && t.Toks[clause].UPOS != "VERB" && t.Head(clause) >= 0; k++ {
			clause = t.Head(clause) // "would pay as soon as Peru signed"
		}
		for c := range t.Dependents(clause, "aux") {
			if w := t.Lower(c); modals[w] && w != "will" && w != "shall" && w != "'ll" {
				return false
			}
		}
	case "acl:relcl":
		// a true relative clause, not a content clause parsed as one
		// ("the allegations that it meddled"), nor a participle with
		// no relative word ("denied any arms had been sent")
		relative = true
		if d := t.Toks[h].Deprel; strings.HasSuffix(d, ":tmod") || strings.HasSuffix(d, ":unmarked") {
			return false // "alleged last week that Roe took", a clause read as the week's
		}
		if t.anyOf(h) {
			return false // "would not recognize any government that took power"
		}
		if lx.Unasserted[t.Lemma(h)] || contentNouns[t.Lemma(h)] || !t.relativeWord(v) && !t.Has(v, "nsubj", "nsubj:pass") {
			return false
		}
	default:
		return false
	}
	if t.HasMark(v, "if", "unless", "whether", "lest", "until", "till") {
		return false
	}
	since := t.HasMark(v, "since", "because")
	if t.Toks[v].XPOS == "VBD" && !t.Has(v, "aux") {
		return true
	}
	for c := range t.Dependents(v, "aux", "aux:pass", "cop") {
		switch x := t.Toks[c].XPOS; {
		case x == "MD":
			return false
		case x == "VBD" && !modals[t.Lower(c)]:
			// "had signed", "was attacked", "were allies"
			return true
		case t.Lemma(c) == "have" && (x == "VBZ" || x == "VBP"):
			// "has signed"
			return relative || since
		case t.Lemma(c) == "have" && x == "VBG":
			// "after having toured Peru"
			return t.HasMark(v, "after", "since")
		}
	}
	return false
}

// relativeWord reports whether relative clause v has a relative word of
// its own: "who", "which", "that", "whose".
func (t *Tree) relativeWord(v int) bool {
	for _, c := range t.Kids[v] {
		if x := t.Toks[c].XPOS; x == "WDT" || x == "WP" || x == "WP$" {
			return true
		}
		for _, k := range t.Kids[c] {
			if x := t.Toks[k].XPOS; x == "WDT" || x == "WP" || x == "WP$" {
				return true // "whose troops", "in which"
			}
		}
	}
	return false
}

// contentClause reports whether clause n says what the noun it hangs on
// holds ("reports that Peru attacked"), with "that" its mark or a subject
// of its own and no relative word; not a relative clause ("reports that
// have angered Peru") nor a participle ("charges filed by Peru").
func (t *Tree) contentClause(n int) bool {
	return t.HasMark(n, "that") || !t.relativeWord(n) && t.Has(n, "nsubj", "nsubj:pass")
}

// rebutted reports, by the vocabulary lx, whether noun n holds what is
// said and is rejected as untrue: the object of a verb of rebuttal
// ("dismissed reports that ...") or the subject of a word of dismissal
// ("the claim that ... is false").
func (t *Tree) rebutted(lx *lex.Lexicon, n int) bool {
	h := t.Head(n)
	if h < 0 || !contentNouns[t.Lemma(n)] {
		return false
	}
	switch t.Rel(n) {
	case "obj":
		return t.Toks[h].UPOS == "VERB" && lx.Rebuttals[t.Lemma(h)]
	case "nsubj":
		return t.Has(h, "cop") && (lx.Dismissal[t.Lemma(h)] || lx.Dismissal[t.Lower(h)])
	}
	return false
}

// contentNouns take a clause that says what they hold or report, which a
// parser may read as a relative clause: "the allegations that Peru
// meddled".
var contentNouns = words.Set(`
	allegation accusation charge claim report rumor rumour suggestion
	belief view notion idea evidence news sign signal assertion assurance
	argument statement indication suspicion fear hope concern warning
	impression conclusion finding theory word
`)

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
				case "against", "without":
					// "warned Peru against attacking Chile", "left
					// without meeting Reed": not done
					return false
				case "from":
					// "barred Peru from attacking Chile", "refrained from
					// attacking"; not "earned millions from selling arms"
					if h := t.Head(n); h >= 0 && preventing[t.Lemma(h)] {
						return false
					}
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

// preventing are the verbs whose "from" clause tells what is not done:
// "stopped Peru from attacking Chile".
var preventing = map[string]bool{
	"stop": true, "prevent": true, "bar": true, "ban": true, "refrain": true, "deter": true,
	"block": true, "keep": true, "prohibit": true, "restrain": true, "dissuade": true,
	"discourage": true, "desist": true, "abstain": true, "forbid": true, "preclude": true,
	"hold": true, "hinder": true, "restrict": true, "exclude": true, "save": true,
}

// cancelling are the verbs that call off or put off an event: the
// subject of one in the passive did not take place.
var cancelling = words.Set("cancel postpone delay defer scrap shelve")

// eventNoun reports whether token n is a noun the lexicon knows as an
// event's, by its lemma or its form ("talks").
func (t *Tree) eventNoun(lx *lex.Lexicon, n int) bool {
	if _, ok := lx.Nominals[t.Lemma(n)]; ok {
		return true
	}
	_, ok := lx.Nominals[t.Lower(n)]
	return ok
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
