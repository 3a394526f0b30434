package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
)

// verb reads the relations that verb v states between its subject, its
// objects and its prepositional objects, in the active or passive voice.
// The infinitive of a commitment ("vowed to punish Iran") is read with the
// committing verb before it (vowed-to-punish); an object noun that is no
// actor joins the verb ("lifted sanctions on Russia" ->
// lifted-sanctions-on).
func (r *reader) verb(v int) {
	t := r.t
	lemma := t.Lemma(v)
	var prefix []string
	if !r.t.Asserted(r.a.x.lex, v) {
		past, ok := r.commitment(v)
		if !ok {
			return
		}
		prefix = []string{past, "to"}
		lemma = "" // "pledged to say" is still a commitment
	}
	if r.a.x.lex.Reporting[t.Lemma(v)] && prefix == nil {
		r.reportedBlame(v)
	}
	if lemma == "be" || lemma == "say" {
		return // too vague to be a relation between actors
	}
	if titleQualifiers[t.Lower(v)] && v+1 < len(t.Toks) && r.roleWord(v+1) != "" {
		return // "the bank's acting general manager": no verb
	}
	if lemma == "have" {
		r.have(v)
		return
	}
	if lemma == "hope" || lemma == "wish" || lemma == "expect" {
		return // "hoped Trump could attend": what is hoped is not done
	}
	words := append(prefix, r.verbForm(v))
	if prefix != nil {
		words[len(words)-1] = t.Lemma(v)
	}
	for _, p := range t.Kids[v] {
		// "pushed back at": a particle, or an adverb the parser took for
		// one, right after the verb
		if t.Toks[p].Deprel == "compound:prt" || t.Rel(p) == "advmod" && p == v+1 && particles[t.Lower(p)] {
			words = append(words, t.Lower(p))
		}
	}
	base := predicate(words...)
	if prefix == nil {
		base = r.directive(v, base)
	}
	if t.Passive(v) {
		subs := r.passiveSubjects(v, 0)
		agents := r.agents(v)
		for _, a := range agents {
			for _, s := range subs {
				r.a.add(r.si, a, base, s)
			}
		}
		noun := -1
		if len(subs) == 0 && len(agents) > 0 {
			// "sanctions were imposed on Iran by Canada", "a dinner
			// given for her by Lula"
			if noun = r.nounArgument(v, "nsubj:pass", nil); noun < 0 && t.Rel(v) == "acl" {
				noun = r.nounHead(v)
			}
			if noun >= 0 {
				subs = agents
			}
		}
		if r.replacement(v, subs) {
			return
		}
		if (noun < 0 || r.t.OwnAsserted(r.a.x.lex, noun)) && len(agents)+len(subs) > 0 {
			if noun < 0 && prefix == nil {
				// what the passive subjects underwent is the
				// participle: "was born in Hawaii" is born-in, not
				// bore-in
				words[0] = r.participle(v)
				base = predicate(words...)
			}
			r.prepObjects(v, base, subs, noun)
		}
		return
	}
	subs := r.subjects(v, 0)
	if r.dismissal(v, subs) || r.branded(v, subs) {
		return
	}
	r.onBehalf(v, subs)
	charge := "" // "Serbia denied Croatia's accusations": Croatia accused Serbia
	if o := t.Children(v, "obj"); len(o) > 0 && r.a.x.lex.Rebuttals[lemma] {
		charge = charges[t.Lemma(o[0])]
	}
	if olds := r.objects(v); r.replacement(v, olds) {
		for _, o := range olds {
			for _, s := range subs {
				r.a.add(r.si, s, "removed", o) // put another in o's place
			}
		}
		return
	}
	from := r.soughtFrom(v, base)
	for _, o := range r.objects(v) {
		for _, s := range subs {
			if p, ok := from[o]; ok {
				r.a.add(r.si, s, p, o)
			} else {
				r.a.add(r.si, s, base, o)
			}
			r.a.add(r.si, o, predicate(charge), s) // none without a charge
		}
	}
	noun := r.quantified(r.nounArgument(v, "obj", subs))
	if noun >= 0 && (!r.t.OwnAsserted(r.a.x.lex, noun) || wishes[lemma]) {
		return // "faces possible sanctions", "hopes for a visit"
	}
	if noun < 0 {
		r.countedGoods(v, base, subs)
		r.recalledEnvoy(v, base, subs)
	}
	if r.receivedFrom(v, noun, subs) {
		return
	}
	r.reciprocal(v, base, subs, noun)
	r.jointObject(v, base, subs, noun)
	if noun >= 0 {
		r.undergone(v, noun, base, subs)
	}
	if noun >= 0 && r.a.x.lex.Stances[t.Lemma(noun)] {
		// "maintained a firm stance against Russia" opposed Russia
		for _, c := range append(t.Children(noun, "nmod"), t.Children(v, "obl")...) {
			if t.Prep(c) == "against" {
				for _, o := range r.actorsOf(c) {
					for _, s := range subs {
						r.a.add(r.si, s, predicate("opposed"), o)
					}
				}
			}
		}
		return
	}
	if noun >= 0 && r.a.x.lex.Evaluative[lemma] {
		// "sees the move against the paper as unfriendly": the move's phrase;
		// but "discussed the resolution with Sisi" discussed with him, and
		// "discussed trade with Japan" too, an event noun owned by none
		_, event := r.eventNoun(noun)
		if conversing[lemma] && !t.Has(noun, "nmod:poss") && len(r.owners(noun)) == 0 {
			event = false
		}
		for c := range t.Dependents(noun, "nmod") {
			if t.Prep(c) == "with" && !event {
				for _, o := range r.actorsOf(c) {
					for _, s := range subs {
						r.a.add(r.si, s, predicate(string(base), "with"), o)
					}
				}
			}
		}
		noun = -1
	}
	r.mandated(v, subs)
	r.calledFor(v, base, subs)
	r.concernedAbout(v, noun, base, subs)
	if lemma == "blame" && r.blamedOn(v, noun, subs) {
		return
	}
	if lemma == "tell" {
		return // who is told; "told reporters in Beijing" tells no place
	}
	if noun >= 0 {
		r.verbNoun(v, noun, base, subs)
	}
	r.prepObjects(v, base, subs, noun)
}

// countedGoods reads the "to" and "from" phrases that the parser hangs on
// the goods a verb of trade names as the verb's own: "sold 12 tanks to
// Qatar" is (X, sold-to, Qatar), "bought frigates from Italy"
// bought-from, as when the phrase is the verb's.
func (r *reader) countedGoods(v int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	if !tradeVerbs[t.Lemma(v)] {
		return
	}
	var goods []int
	for n := range t.Dependents(v, "obj") {
		goods = append(append(goods, n), t.Children(n, "conj")...) // "four frigates from Italy and two submarines from Germany"
	}
	for _, n := range goods {
		if t.Toks[n].UPOS != "NOUN" || timeNouns[t.Lemma(n)] || r.roleWord(n) != "" {
			continue
		}
		if _, ok := r.spanActor(n); ok {
			continue
		}
		for c := range t.Dependents(n, "nmod") {
			p := t.Prep(c)
			if p != "to" && p != "from" {
				continue
			}
			for _, o := range r.actorsOf(c) {
				for _, s := range subs {
					r.a.add(r.si, s, predicate(string(base), p), o)
				}
			}
		}
	}
}

// recalledEnvoy reads the post of an envoy a state recalls as the place
// it recalls him from: "Peru recalled its ambassador to Chile" is (Peru,
// recalled-from, Chile), as "recalled its ambassador from Chile" is.
func (r *reader) recalledEnvoy(v int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	if !recallVerbs[t.Lemma(v)] {
		return
	}
	for n := range t.Dependents(v, "obj") {
		if !envoyRoles[r.roleWord(n)] {
			continue
		}
		if _, ok := r.spanActor(n); ok {
			continue // a named envoy
		}
		for c := range t.Dependents(n, "nmod") {
			if p := t.Prep(c); p != "to" && p != "in" && p != "from" {
				continue
			}
			for _, o := range r.actorsOf(c) {
				for _, s := range subs {
					r.a.add(r.si, s, predicate(string(base), "from"), o)
				}
			}
		}
	}
}

// recallVerbs call an envoy home.
var recallVerbs = words.Set("recall withdraw")

// tradeVerbs pass goods from one party to another: their counted object's
// "to" or "from" names the other party.
var tradeVerbs = words.Set(`
	sell buy purchase order import export supply deliver ship acquire lend transfer
`)

// directive names what verb v does to its object when an infinitive says
// what the object is to do in a time given: "gave Serbia two weeks to
// answer" gave it a deadline. Other verbs keep base.
func (r *reader) directive(v int, base graph.Predicate) graph.Predicate {
	t := r.t
	switch t.Lemma(v) {
	case "give", "grant":
		// a time given ("gave Serbia two weeks", "gave the two states
		// until May") and an infinitive of what is to be done in it,
		// among the verb's and its objects' dependents
		objs := t.Children(v, "obj", "iobj")
		if len(objs) == 0 {
			return base
		}
		words := append([]int{}, t.Kids[v]...)
		for _, o := range objs {
			words = append(words, t.Kids[o]...)
		}
		deadline, to := false, false
		for _, w := range words {
			if w < v {
				continue // the subject's phrase
			}
			if timeNouns[t.Lemma(w)] && t.Toks[w].UPOS == "NOUN" {
				deadline = true
				for c := range t.Dependents(w, "acl") {
					to = to || t.HasMark(c, "to")
				}
			}
			for c := range t.Dependents(w, "case", "mark") {
				if k := t.Lower(c); k == "until" || k == "till" {
					deadline = true
				}
			}
			if t.Toks[w].UPOS == "VERB" && t.HasMark(w, "to") {
				to = true
			}
		}
		if deadline && to {
			return predicate("gave", "deadline", "to")
		}
	}
	return base
}

// wishes are the verbs whose object is only wished or expected: "hopes a
// visit to Washington will help".
var wishes = words.Set(`
	hope want wish expect plan intend consider desire need await envisage advocate urge
	favor favour
`)

// have reads "have" only with a noun that says what is had: "has a trade
// surplus with Japan" (has-trade-surplus-with), "had difficulties with the
// EC" (had-difficulties-with), "had talks with Iran" (held-talks-with).
func (r *reader) have(v int) {
	t := r.t
	if !r.t.Asserted(r.a.x.lex, v) || t.Passive(v) {
		return
	}
	subs := r.subjects(v, 0)
	noun := r.nounArgument(v, "obj", subs)
	if noun < 0 || len(subs) == 0 || !r.t.OwnAsserted(r.a.x.lex, noun) {
		return
	}
	base := predicate("has")
	if x := t.Toks[v].XPOS; x == "VBD" || x == "VBN" {
		base = predicate("had")
	}
	if r.receivedFrom(v, noun, subs) {
		return
	}
	r.reciprocal(v, base, subs, noun)
	r.jointObject(v, base, subs, noun)
	if noun >= 0 {
		r.undergone(v, noun, base, subs)
	}
	r.verbNoun(v, noun, base, subs)
	r.prepObjects(v, base, subs, noun)
}

// reciprocal reads a relation between coordinated subjects that act on
// each other: "Trump and Xi met" (met), "Armenia and Azerbaijan clashed"
// (clashed-with), "France and Germany signed a treaty"
// (signed-treaty-with), "India and China had talks" (held-talks-with).
// The first subject is the relation's subject.
func (r *reader) reciprocal(v int, base graph.Predicate, subs []graph.ActorID, noun int) {
	t := r.t
	if len(subs) < 2 || t.Has(v, "obj", "iobj") && noun < 0 {
		return
	}
	if ns := t.Children(v, "nsubj"); len(ns) > 1 && !r.conjunctionBetween(ns[0], ns[len(ns)-1]) {
		// two subjects of one verb with no "and" between them are a
		// misparsed apposition ("Ann Tull, a Texas Democrat, spoke"),
		// not parties to each other
		return
	}
	lx := r.a.x.lex
	var pred graph.Predicate
	switch {
	case noun < 0 && lx.Reciprocal[t.Lemma(v)] && t.Has(v, "nsubj"):
		if r.otherPartner(v) {
			return // "Reed and Hale spoke to reporters": not to each other
		}
		pred = predicate(string(base), "with")
		if transitiveReciprocal[t.Lemma(v)] {
			pred = base // "Trump and Xi met": met
		}
	case noun >= 0 && conversing[t.Lemma(v)]:
		if !t.Asserted(lx, v) {
			return // "refused to discuss the plan with reporters"
		}
		pred = predicate(string(base), "with") // "Chile and Peru discussed trade"
	case noun >= 0 && swapping[t.Lemma(v)]:
		other := func(c int) bool { p := t.Prep(c); return p == "with" || p == "for" }
		if !t.Asserted(lx, v) || r.otherPartner(v) || slices.ContainsFunc(t.Children(noun, "nmod"), other) || slices.ContainsFunc(t.Children(v, "obl"), other) {
			// "Peru and Chile swapped prisoners with Bolivia": not with
			// each other; "swapped debt for equity": each its own
			return
		}
		pred = predicate(append(append([]string{string(base)}, r.nounWords(noun)...), "with")...)
	case noun >= 0 && lx.Evaluative[t.Lemma(v)]:
		return // "Chile and Peru praised the report": each its own judgement
	case noun >= 0:
		nom, event := r.eventNoun(noun)
		topics := r.lightVerb(v) || sealing[t.Lemma(v)]
		if !event || !nom.KeepPrep || !nom.Takes("with") || r.hasPhrase(noun, topics) {
			// not between the two ("Peru and Chile reaffirmed their
			// commitment": a commitment is to someone), or with a party
			// of its own
			return
		}
		if r.lightVerb(v) {
			pred = r.nominalPredicate(noun, nom, "with")
		} else {
			pred = predicate(append(append([]string{string(base)}, r.nounWords(noun)...), "with")...)
		}
	default:
		return
	}
	for _, o := range subs[1:] {
		r.a.add(r.si, subs[0], pred, o)
	}
}

// swapping are the verbs whose coordinated subjects give each other what
// their object names: "Peru and Chile exchanged prisoners" is (Peru,
// exchanged-prisoners-with, Chile).
var swapping = words.Set("exchange swap")

// otherPartner reports whether reciprocal verb v names a partner of its
// own that is not "each other", after "with" ("met with bankers") or,
// for a verb of talking, "to" ("talked to reporters"), whom its subjects
// act with instead of each other; "agreed to a merger" names none.
func (r *reader) otherPartner(v int) bool {
	t := r.t
	for c := range t.Dependents(v, "obl") {
		p := t.Prep(c)
		if (p == "with" || p == "to" && talkingVerbs[t.Lemma(v)]) && !r.eachOther(c) && !timeWords[t.Lower(c)] {
			return true
		}
	}
	return false
}

// talkingVerbs name whom their subject addresses after "to".
var talkingVerbs = words.Set("speak talk chat write")

// hasPhrase reports whether noun n has a prepositional modifier other
// than the day it happened, which the parser hangs on the noun ("reached
// an agreement on Friday"), or, when topics is set, its topic naming no
// actor ("signed an agreement on trade"): one may name a party of the
// noun's own ("signed a treaty with Peru", "struck a deal with banks",
// "waged war on Peru"). Only a verb that makes the event (a light verb,
// "sign") lets its topic pass: "Peru and Chile opposed the deal on
// meat" may oppose another's deal.
func (r *reader) hasPhrase(n int, topics bool) bool {
	for c := range r.t.Dependents(n, "nmod") {
		if timeWords[r.t.Lower(c)] || topics && nounTopicPreps[r.t.Prep(c)] && len(r.actorsOf(c)) == 0 {
			continue
		}
		return true
	}
	return false
}

// nounTopicPreps introduce what a noun is about.
var nounTopicPreps = words.Set("on over about regarding concerning")

// sealing are the verbs by which parties make an agreement between
// them: "signed a treaty".
var sealing = words.Set("sign seal strike reach ink")

// conjunctionBetween reports whether a coordinating conjunction stands
// between tokens i and j.
func (r *reader) conjunctionBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if r.t.Toks[k].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// transitiveReciprocal are the reciprocal verbs that take their other
// party as an object: "met Xi", "fought Iraq".
var transitiveReciprocal = map[string]bool{"meet": true, "fight": true, "battle": true}

// particles are the adverbs that make a phrasal verb: "pushed back",
// "called off", "stepped down".
// charges are rebutted by the lexicon's rebuttals, each read as its verb.
var charges = map[string]string{"accusation": "accused", "allegation": "accused", "charge": "accused", "criticism": "criticized"}

var particles = map[string]bool{"back": true, "off": true, "out": true, "down": true, "up": true, "away": true}

// commitment returns, in the past tense, the verb or noun that commits to
// infinitive v ("vowed to punish", "refused to meet", "the refusal to
// meet") when that word is asserted and v itself is neither negated nor
// modal.
func (r *reader) commitment(v int) (string, bool) {
	t := r.t
	h := t.Head(v)
	if h >= 0 && r.promised(v) && r.t.Asserted(r.a.x.lex, h) {
		return r.pastOf(h), true // "pledged that it would withdraw"
	}
	if h < 0 || !r.t.HasMark(v, "to") || !r.t.OwnAsserted(r.a.x.lex, v) || !r.t.Asserted(r.a.x.lex, h) {
		return "", false
	}
	switch {
	case t.Rel(v) == "xcomp" && t.Toks[h].UPOS == "VERB" && r.a.x.lex.Commitment[t.Lemma(h)]:
		return r.pastOf(h), true
	case t.Rel(v) == "acl" && t.Toks[h].UPOS == "NOUN" && commitmentNouns[t.Lemma(h)] != "":
		// "Chad's refusal to recognise Libya", "his threat to destroy"
		return r.a.x.pastTense(commitmentNouns[t.Lemma(h)]), true
	}
	return "", false
}

// commitmentNouns are the nouns of a commitment, with their verb: "the
// refusal to meet" is refused-to-meet, as "refused to meet" is.
var commitmentNouns = map[string]string{
	"refusal": "refuse", "pledge": "pledge", "promise": "promise", "threat": "threaten",
	"vow": "vow", "offer": "offer", "attempt": "attempt",
}

// nounArgument returns v's dependent in relation rel that is a common noun
// naming no actor but the verb's subjects (an event or a thing: "imposed
// sanctions", "restored ties", "their troops"), or -1. A noun counted or
// measured in time ("two days") is not one.
func (r *reader) nounArgument(v int, rel string, subs []graph.ActorID) int {
	t := r.t
	for c := range t.Dependents(v, rel) {
		if r.isRelative(c) && isRelClause(t.Toks[v].Deprel) {
			c = t.Head(v) // "the sanctions that Washington imposed on Moscow"
		}
		if t.Toks[c].UPOS != "NOUN" || t.Has(c, "nummod") || timeNouns[t.Lemma(c)] || r.roleWord(c) != "" {
			continue
		}
		if _, ok := r.spanActor(c); ok {
			continue
		}
		owned := true
		for _, a := range r.actorsOf(c) {
			owned = owned && slices.Contains(subs, a)
		}
		if owned {
			return c
		}
	}
	return -1
}

// soughtFrom returns, for a verb of seeking or getting v ("sought",
// "won", "received"), the predicate of each actor that gives its object,
// an event noun of help the lexicon says qualifies a clause's subject:
// "sought Japan's help" is (X, sought-help-from, Japan), "received
// Japanese aid" received-aid-from, not a seeking of Japan.
func (r *reader) soughtFrom(v int, base graph.Predicate) map[graph.ActorID]graph.Predicate {
	t := r.t
	if !seekers[t.Lemma(v)] {
		return nil
	}
	var out map[graph.ActorID]graph.Predicate
	for n := range t.Dependents(v, "obj") {
		if !r.helpNoun(n) {
			continue // "demanded Iran's withdrawal" is no withdrawal from Iran
		}
		pred := predicate(append(append([]string{string(base)}, r.nounWords(n)...), "from")...)
		for c := range t.Dependents(n, "nmod:poss", "amod") {
			for _, a := range r.actorsOf(c) {
				if out == nil {
					out = map[graph.ActorID]graph.Predicate{}
				}
				out[a] = pred
			}
		}
	}
	return out
}

// helpNoun reports whether token n is an event noun of help, which the
// lexicon says qualifies a clause's subject ("support", "aid"), naming no
// actor itself.
func (r *reader) helpNoun(n int) bool {
	if nom, event := r.eventNoun(n); !event || !nom.Qualifies || r.t.Toks[n].UPOS != "NOUN" {
		return false
	}
	_, isActor := r.spanActor(n)
	return !isActor
}

// seekers are the verbs by which their subject seeks or gets what the doer
// of their object noun gives.
var seekers = words.Set("seek request want demand need solicit secure win receive get obtain accept")

// undergone reads an object noun n done to its possessor: "sought Roe's
// extradition" is (X, sought-extradition-of, Ann Roe), "condemned Roe's
// arrest" condemned-arrest-of, not a condemnation of Roe; after a light
// verb the noun's own verb ("ordered Roe's expulsion": expelled).
func (r *reader) undergone(v, n int, base graph.Predicate, subs []graph.ActorID) {
	if !r.undergoerOwned(n) {
		return
	}
	pred := predicate(append(append([]string{string(base)}, r.nounWords(n)...), "of")...)
	if nom, _ := r.eventNoun(n); r.lightVerb(v) {
		pred = r.nominalPredicate(n, nom, "of")
	}
	for _, o := range r.undergoers(n) {
		for _, s := range subs {
			r.a.add(r.si, s, pred, o)
		}
	}
}

// lightVerb reports whether verb v says nothing an event noun it governs
// does not: "gave support", "paid a visit", "had talks", "launched an
// attack".
func (r *reader) lightVerb(v int) bool {
	return r.a.x.lex.Light[r.t.Lemma(v)]
}

// nounHead returns the noun that participle v modifies when it is a
// common noun naming no actor, or -1.
func (r *reader) nounHead(v int) int {
	t := r.t
	h := t.Head(v)
	if h < 0 || t.Toks[h].UPOS != "NOUN" || t.Has(h, "nummod") || r.roleWord(h) != "" {
		return -1
	}
	if _, ok := r.actorAt(h); ok {
		return -1
	}
	return h
}

// timeNouns measure time, not what a verb acts on.
var timeNouns = words.Set(`
	day week month year hour time decade weekend night morning evening
`)

// nounWords returns the words of object noun n that join a verb in a
// predicate: the common nouns compounded with it and the noun as written
// ("travel ban", "sanctions").
func (r *reader) nounWords(n int) []string {
	t := r.t
	var words []string
	for c := range t.Dependents(n, "compound") {
		if _, isActor := r.spanActor(c); !isActor && c < n && t.Toks[c].UPOS == "NOUN" && !t.Has(c, "nummod") && !units[t.Lower(c)] {
			words = append(words, t.Lower(c))
		}
	}
	if t.Lemma(n) == "action" {
		// "took legal action against": the kind of action is what
		// the noun alone does not say
		for c := range t.Dependents(n, "amod") {
			if c < n && actionKinds[t.Lower(c)] {
				words = append([]string{t.Lower(c)}, words...)
			}
		}
	}
	if r.joint(n) {
		words = append([]string{"joint"}, words...) // "issued a joint statement with"
	}
	return append(words, t.Lower(n))
}

// actionKinds are the adjectives that say what kind of act an "action"
// is: "legal action" is a suit, "military action" force.
var actionKinds = words.Set("legal military judicial disciplinary diplomatic punitive retaliatory criminal civil")

// units count or measure a noun; they are not part of its name ("a 200
// mln dlr credit line").
var units = words.Set(`
	mln bln million billion trillion dlr dlrs dollar dollars percent pct
`)

// verbNoun reads the prepositional phrases of verb v's object noun n:
// "restored ties with Israel" (restored-ties-with), "imposed an embargo
// on Cuba" (imposed-embargo-on); after a light verb, the event noun's own
// object ("launched an invasion of Kuwait": invaded).
func (r *reader) verbNoun(v, n int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	if t.Has(n, "nmod:poss") && !r.ownStake(n, subs) && !r.ownWithdrawn(v, n, subs) {
		return // "restored its ties with Israel": the noun's own relation
	}
	withNoun := predicate(append([]string{string(base)}, r.nounWords(n)...)...)
	if aimingVerbs[t.Lemma(v)] {
		// "fired missiles at Riyadh", parsed with "at" on the object
		for c := range t.Dependents(n, "nmod") {
			if t.Prep(c) == "at" {
				for _, o := range r.actorsOf(c) {
					for _, s := range subs {
						r.a.add(r.si, s, predicate(string(withNoun), "at"), o)
					}
				}
			}
		}
	}
	lx := r.a.x.lex
	if (lx.Proxies[t.Lemma(n)] || lx.Proxies[t.Lower(n)]) && !tradeVerbs[t.Lemma(v)] {
		// an attitude's phrase is its topic: "changed its policy
		// toward"; but arms traded go to or come from their phrase's
		// party ("supplied drones to Russia")
		return
	}
	nom, event := r.eventNoun(n)
	// a light verb gives its noun's event ("launched an invasion of" is
	// invaded), unless a verb it depends on is in the predicate: what is
	// vowed, threatened or refused did not happen ("threatened to impose
	// sanctions on" is threatened-to-impose-sanctions-on; its particle
	// stays: "carried out strikes on" is struck)
	light := event && r.lightVerb(v) && strings.HasPrefix(string(base), r.pastOf(v))
	phrases := t.Children(n, "nmod")
	for _, k := range append(t.Children(n, "nmod"), t.Children(v, "obl")...) {
		if h, ok := r.talkTopic(k); ok && h == n {
			// "held talks on trade with Japan": the talks' party
			for c := range t.Dependents(k, "nmod") {
				if t.Prep(c) == "with" {
					phrases = append(phrases, c)
				}
			}
		}
	}
	for _, c := range phrases {
		p := t.Prep(c)
		var pred graph.Predicate
		switch {
		case light && (p == "in" || p == "at") && !nom.In:
			continue // "had a meeting in Paris": where
		case light && objectPreps[p] && !(p == "from" && !nom.KeepPrep):
			pred = r.nominalPredicate(n, nom, p)
		case event && p == "of" && !nom.KeepPrep && !strings.Contains(nom.Verb, "-") && !lx.Reporting[t.Lemma(v)]:
			// "demanded the release of Ann Roe" (demanded-release-of): the
			// event's object, which the verb acts on through it; not a
			// noun whose "of" names a party ("the debt of Peru")
			pred = predicate(string(withNoun), p)
		case (p == "between" || p == "among") && brokering[t.Lemma(v)]:
			// "brokered a truce between Chile and Peru": the third party
			// that makes the event between its parties
			pred = predicate(string(withNoun), p)
		case p == "of" || p == "between" || p == "among" || p == "" || !objectPreps[p] && !topicPreps[p]:
			continue
		case event && p == "from" && !nom.KeepPrep:
			continue // "mounting pressure from Washington": the noun's doer
		case (p == "in" || p == "at") && !(p == "in" && (r.puts(v) || holdings[t.Lemma(n)])):
			// "targeted states in the UN", "used the war in Syria": where;
			// but "operates plants in Mexico" puts them there, and "bought
			// a stake in Velmar" names what the stake is of
			continue
		default:
			pred = predicate(string(withNoun), p)
		}
		for _, o := range r.actorsOf(c) {
			for _, s := range subs {
				r.a.add(r.si, s, pred, o)
			}
		}
	}
}

// brokering are the verbs by which a third party makes an event happen
// between others: "brokered a ceasefire between", "hosted talks between".
var brokering = words.Set("broker mediate host arrange facilitate sponsor convene")

// holdings are the nouns of a share held in a firm, whose "in" names the
// firm: "bought a 10 pct stake in Velmar".
var holdings = words.Set("stake holding shareholding interest investment")

// ownStake reports whether noun n is a holding (see holdings) whose owner
// is one of subs, the verb's subjects: "Velmar raised its stake in
// Tarvex" is Velmar's act on Tarvex, as "raised a stake in" would be.
func (r *reader) ownStake(n int, subs []graph.ActorID) bool {
	if !holdings[r.t.Lemma(n)] {
		return false
	}
	for c := range r.t.Dependents(n, "nmod:poss") {
		if a, ok := r.spanActor(c); !ok || !slices.Contains(subs, a) {
			return false
		}
	}
	return true
}

// ownWithdrawn reports whether noun n, object of verb v, is an attitude
// or tie of one of subs, the verb's subjects, that the verb takes back
// (see withdrawn): "the party withdrew its support for Reed" is the
// party's act on Reed (withdrew-support-for).
func (r *reader) ownWithdrawn(v, n int, subs []graph.ActorID) bool {
	nom, ok := r.eventNoun(n)
	if !ok || !r.withdrawn(n, nom) {
		return false
	}
	for c := range r.t.Dependents(n, "nmod:poss") {
		if a, ok := r.spanActor(c); !ok || !slices.Contains(subs, a) {
			return false
		}
	}
	return true
}

// aimingVerbs send their object at a target: "fired rockets at",
// "hurled accusations at", "aimed criticism at".
var aimingVerbs = words.Set("fire shoot launch aim hurl throw lob point direct level")

// reportedBlame reads "X said Y was responsible for the attack" and "X
// said Y was behind it" as (X, blamed, Y), and "X said Y had shelled its
// villages" as (X, accused, Y): what X reports Y did is a hostile act, an
// event class from threats (CAMEO 13) to mass violence (20), or
// misconduct ("Y had violated the treaty", "Y was in breach of it").
func (r *reader) reportedBlame(v int) {
	t := r.t
	subs := r.subjects(v, 0)
	if len(subs) == 0 {
		return
	}
	for _, c := range r.reportedClauses(v) {
		if r.exhorted(c) && r.perfect(c) {
			// "X said Y should have acted sooner" faults Y for what it did
			for _, y := range r.arguments(c, "nsubj") {
				for _, s := range subs {
					r.blamed = append(r.blamed, reportedRel{s, predicate("criticized"), y})
				}
			}
			continue
		}
		if r.exhorted(c) {
			// "X said Y should respect the accord" is X urging Y
			for _, y := range r.arguments(c, "nsubj") {
				for _, s := range subs {
					r.urged = append(r.urged, reportedRel{s, predicate("urged"), y})
				}
			}
			continue
		}
		if !r.t.OwnAsserted(r.a.x.lex, c) {
			continue
		}
		var pred graph.Predicate
		switch {
		case blameWords[t.Lemma(c)] || t.Has(c, "cop") && (t.Prep(c) == "behind" || t.Lemma(c) == "blame") ||
			t.Lemma(c) == "bear" && slices.ContainsFunc(t.Children(c, "obj"), func(o int) bool { return t.Lemma(o) == "responsibility" || t.Lemma(o) == "blame" }):
			pred = predicate("blamed") // "Y was behind it", "was to blame", "bore responsibility"
		case t.Has(c, "cop") && r.condemns(c):
			pred = predicate("accused") // "Y's raid was an act of aggression"
		case t.Has(c, "cop") && disapproving[t.Lemma(c)] && !r.thingSubject(c):
			pred = predicate("criticized") // "Y's stance was a problem", "Y was wrong"
		case t.Toks[c].UPOS == "VERB" && (r.hostile(c) || r.wrongdoing(c)):
			pred = predicate("accused")
		case t.Has(c, "cop") && t.Prep(c) == "in" && r.a.x.lex.Wrongdoing[t.Lemma(c)]:
			pred = predicate("accused") // "Y was in breach of the treaty"
		case alleging[t.Lemma(v)] && t.Toks[c].UPOS == "VERB" && !t.Passive(c):
			pred = predicate("accused") // "alleged that Y was plotting a coup"
		default:
			continue
		}
		if r.selfSaid(c) {
			continue // "'Our troops took the town,' Reed said" is no charge
		}
		ys := r.arguments(c, "nsubj", "nsubj:outer")
		if len(ys) == 0 && pred == "accused" && t.Has(c, "cop") {
			ys = r.condemnedOwners(c) // "Y's delivery of arms was an act of aggression"
		}
		if len(ys) == 0 && pred == "criticized" {
			// "Y's position was a problem": the possessor, not a
			// name compounded with the noun ("the Iran policy")
			for n := range t.Dependents(c, "nsubj") {
				for k := range t.Dependents(n, "nmod:poss") {
					ys = append(ys, r.actorsOf(k)...)
				}
			}
		}
		if len(ys) == 0 && pred == "blamed" && (t.Lemma(c) == "blame" || slices.ContainsFunc(t.Children(c, "obl"), func(k int) bool { return t.Prep(k) == "for" })) {
			// "Y's intransigence was to blame", "delays on the part of Y
			// were responsible for the failure"; but an act that "is
			// responsible" is a sensible one
			for n := range t.Dependents(c, "nsubj", "nsubj:outer") {
				ys = append(append(ys, r.owners(n)...), r.onPartOf(n)...)
			}
		}
		for _, y := range ys {
			for _, s := range subs {
				r.blamed = append(r.blamed, reportedRel{s, pred, y})
			}
		}
	}
}

// selfSaid reports whether the subject of reported clause c is the
// speaker's own side, written in the first person: "we", or a noun "our"
// owns ("our troops"). What a speaker says they did accuses no one.
func (r *reader) selfSaid(c int) bool {
	t := r.t
	for n := range t.Dependents(c, "nsubj", "nsubj:outer") {
		if firstPlural[t.Lower(n)] {
			return true
		}
		for k := range t.Dependents(n, "nmod:poss") {
			if firstPlural[t.Lower(k)] {
				return true
			}
		}
	}
	return false
}

// firstPlural are the pronouns of the speaker's side.
var firstPlural = words.Set("we our i my")

// disapproving are the words by which a speaker finds fault with an
// actor or what it does, short of branding it a wrong: "said Y was
// wrong", "said Y's stance was a problem".
var disapproving = words.Set(`
	wrong mistake problem unacceptable irresponsible reckless unhelpful
	counterproductive unjustified unfair hypocritical intransigent
	provocative dangerous outrageous deplorable disgraceful shameful
`)

// thingSubject reports whether the subject of clause c is "it" or a
// demonstrative, which in a speaker's "it was a mistake" stands for an
// act or an infinitive after it ("it was wrong to ..."), seldom for an
// actor.
func (r *reader) thingSubject(c int) bool {
	t := r.t
	for n := range t.Dependents(c, "nsubj", "expl") {
		switch t.Lower(n) {
		case "it", "this", "that", "these", "those":
			return true
		}
	}
	return false
}

// alleging are the reporting verbs whose clause is a charge whatever it
// says its subject did: "alleged that Y was plotting", "charged that Y had
// cheated".
var alleging = words.Set("allege charge")

// reportedClauses returns the clauses that reporting verb v reports: its
// complements, and a clause after "that" the parser hung on it as an
// adverbial ("alleged that Y is planning" parsed so).
func (r *reader) reportedClauses(v int) []int {
	t := r.t
	out := t.Children(v, "ccomp")
	for c := range t.Dependents(v, "advcl") {
		if marks := t.Children(c, "mark"); c > v && len(marks) == 1 && t.Lower(marks[0]) == "that" {
			out = append(out, c)
		}
	}
	return out
}

// exhortations are the auxiliaries of what a speaker says another
// ought to do: "said Chile should act", "insisted Iran must stop".
var exhortations = map[string]bool{"should": true, "must": true, "ought": true}

// exhorted reports whether reported clause c says what its subject ought to
// do: an active verb under "should" or "must", with no condition of its own.
func (r *reader) exhorted(c int) bool {
	t := r.t
	if t.Passive(c) || t.Has(c, "cop") && !r.conduct(c) || t.HasMark(c, "if", "unless", "whether") {
		return false
	}
	for a := range t.Dependents(c, "aux") {
		if exhortations[t.Lower(a)] {
			return true
		}
	}
	return false
}

// onPartOf returns the actors whose doing the noun n is said to be by "on
// the part of": "stubbornness on the part of Peru".
func (r *reader) onPartOf(n int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for p := range t.Dependents(n, "nmod") {
		if t.Lemma(p) != "part" || t.Prep(p) != "on" {
			continue
		}
		for k := range t.Dependents(p, "nmod", "nmod:poss") {
			if t.Rel(k) == "nmod:poss" || t.Prep(k) == "of" {
				out = append(out, r.actorsOf(k)...)
			}
		}
	}
	return out
}

// perfect reports whether clause c is in the perfect: "should have
// acted", "ought to have told".
func (r *reader) perfect(c int) bool {
	t := r.t
	return t.Toks[c].XPOS == "VBN" && slices.ContainsFunc(t.Children(c, "aux"), func(a int) bool { return t.Lemma(a) == "have" })
}

// hostile reports whether the verb c, in the active voice, names a hostile
// act: its event class is a threat, a protest, a show of force, a cut in
// relations, coercion, an assault, fighting or mass violence (CAMEO roots
// 13 to 20).
func (r *reader) hostile(c int) bool {
	if r.t.Passive(c) {
		return false // "Y was attacked": Y suffered it
	}
	// with its object noun, which may say what was done ("had taken a
	// decision"), and is all that does after a light verb ("had launched
	// an attack"); a verb of no class is none the noun gives ("accepted
	// bids")
	past := r.pastOf(c)
	if r.a.x.classes.Classify(predicate(past)) == cameo.Other && !r.lightVerb(c) {
		return false
	}
	words := []string{past}
	for o := range r.t.Dependents(c, "obj") {
		if r.t.Toks[o].UPOS == "NOUN" {
			words = append(words, r.t.Lower(o))
			break
		}
	}
	p := predicate(words...)
	if looseVerbs[r.t.Lemma(c)] && len(words) > 1 && r.a.x.classes.Classify(p) == r.a.x.classes.Classify(predicate(past)) {
		return false // "had taken action": no phrase of a hostile taking
	}
	return r.hostileClass(p)
}

// looseVerbs are verbs too common for their CAMEO class to hold with an
// object noun unless the two make a classed phrase: "took territory" is a
// seizure, "took action" and "took a stake" are not.
var looseVerbs = words.Set("take")

// hostileClass reports whether predicate p names a hostile act: a threat,
// a protest, a show of force, a cut in relations, coercion, an assault,
// fighting or mass violence (CAMEO roots 13 to 20).
func (r *reader) hostileClass(p graph.Predicate) bool {
	root := r.a.x.classes.Classify(p).Root()
	return root >= "13" && root <= "20"
}

// wrongdoing reports whether the verb c, in the active voice, names
// misconduct: "Y had violated the treaty", "Y meddled in the vote".
func (r *reader) wrongdoing(c int) bool {
	return !r.t.Passive(c) && r.a.x.lex.Wrongdoing[r.t.Lemma(c)]
}

// condemns reports whether the phrase k brands an act or an actor a wrong:
// "an aggressor", "illegal", "an act of aggression", not "a victim of it".
func (r *reader) condemns(k int) bool {
	t, lx := r.t, r.a.x.lex
	if lx.Condemnation[t.Lemma(k)] {
		return true
	}
	for c := range t.Dependents(k, "amod", "nmod") {
		if lx.Condemnation[t.Lemma(c)] && (t.Rel(c) == "amod" || t.Prep(c) == "of" && lx.Acts[t.Lemma(k)]) {
			return true
		}
	}
	return false
}

// branded reads "X called Y's raid an act of aggression", "X branded Y a
// terrorist" as (X, accused, Y): one phrase of the verb brands the other a
// wrong. It reports whether it did, so that "called" is not read as well.
func (r *reader) branded(v int, subs []graph.ActorID) bool {
	t := r.t
	if len(subs) == 0 || !r.a.x.lex.Branding[t.Lemma(v)] {
		return false
	}
	phrases := t.Children(v, "obj", "xcomp", "obl", "obl:unmarked")
	brand := slices.IndexFunc(phrases, func(k int) bool {
		return (t.Rel(k) != "obl" || t.Prep(k) == "as" || t.Prep(k) == "") && r.condemns(k)
	})
	var accused []graph.ActorID
	switch {
	case brand < 0:
		// "called the Chilean blockade "piracy"", the quoted brand
		// parsed as the object's apposition
		for _, k := range phrases {
			if t.Rel(k) == "obj" && slices.ContainsFunc(t.Children(k, "appos"), r.quotedBrand) {
				accused = append(accused, r.brandedActors(k)...)
			}
		}
	case len(phrases) == 1:
		if k := phrases[brand]; t.Rel(k) == "obj" && r.ownBrand(v, k) {
			accused = append(accused, r.owners(k)...) // "what Chile called Peruvian aggression"
		}
	default:
		for i, k := range phrases {
			if i != brand && t.Rel(k) != "obl" {
				accused = append(accused, r.brandedActors(k)...)
			}
		}
		if k := phrases[brand]; t.Rel(k) == "xcomp" {
			accused = append(accused, r.arguments(k, "nsubj")...) // "called [the raid illegal]"
		}
	}
	for _, o := range accused {
		for _, s := range subs {
			r.a.add(r.si, s, predicate("accused"), o)
		}
	}
	return len(accused) > 0
}

// blamedOn reads "X blamed the blasts on Y" as (X, blamed, Y): the
// object noun of "blame" is the wrong, the "on" phrase, which the parser
// may hang on the verb or anywhere in the object's phrase ("blamed a
// string of raids in the north on Y"), the one blamed. It reports whether
// it found one, so that the noun's other phrases are not read with the
// verb ("blamed the raid on the port on Y" is no blamed-raid-on the port).
func (r *reader) blamedOn(v, noun int, subs []graph.ActorID) bool {
	t := r.t
	if noun < 0 {
		return false
	}
	on := -1
	for k := noun + 1; k < len(t.Toks) && t.Dominates(noun, k); k++ {
		if t.Rel(k) == "nmod" && t.Prep(k) == "on" && len(r.actorsOf(k)) > 0 {
			on = k // the last of the object's own "on" phrases that names an actor
		}
	}
	for c := range t.Dependents(v, "obl") {
		if c > noun && t.Prep(c) == "on" {
			on = c // the verb's own comes first
		}
	}
	if on < 0 {
		return false
	}
	for _, o := range r.actorsOf(on) {
		for _, s := range subs {
			r.a.add(r.si, s, predicate("blamed"), o)
		}
	}
	return true
}

// blameWords say who is to blame: "Y was responsible".
var blameWords = map[string]bool{"responsible": true, "accountable": true, "culpable": true, "guilty": true}

// onBehalf reads whom the subjects of verb v took sides for: "intervened
// in the war on behalf of Haftar", "lobbied on Chile's behalf" supported
// them. One who speaks or signs on behalf of another represents it, which
// supportingVerbs leave out.
func (r *reader) onBehalf(v int, subs []graph.ActorID) {
	t := r.t
	if len(subs) == 0 || !supportingVerbs[r.pastOf(v)] || !t.Asserted(r.a.x.lex, v) {
		return
	}
	obls := t.Children(v, "obl")
	for _, c := range obls {
		obls = append(obls, t.Children(c, "nmod")...) // "intervened in the war on behalf of", hung on "war"
	}
	for _, c := range obls {
		if t.Lemma(c) != "behalf" || t.Prep(c) != "on" && t.Prep(c) != "in" {
			continue
		}
		var helped []graph.ActorID
		for k := range t.Dependents(c, "nmod", "nmod:poss") {
			if t.Rel(k) == "nmod:poss" || t.Prep(k) == "of" {
				helped = append(helped, r.actorsOf(k)...)
			}
		}
		for _, o := range helped {
			for _, s := range subs {
				r.a.add(r.si, s, "supported", o)
			}
		}
	}
}

// supportingVerbs, in the past tense (which the lemmatizer's slips on
// unseen verbs, "interven", leave right), take sides for whom they act on
// behalf of.
var supportingVerbs = words.Set(`
	intervened interceded fought battled lobbied campaigned pleaded waged
`)

// replacement reads the successor a verb of replacing names after "with":
// "the assembly replaced him with Ana Ruiz", "Ruiz was replaced with
// Vega": the successor replaced the one replaced (olds, the verb's object
// or passive subject); the authority that made the change replaced no
// one, it removed them. It reports whether it found a successor.
func (r *reader) replacement(v int, olds []graph.ActorID) bool {
	found := false
	for _, c := range r.successors(v) {
		for _, n := range r.actorsOf(c) {
			for _, o := range olds {
				r.a.add(r.si, n, "replaced", o)
				found = true
			}
		}
	}
	return found
}

// successors returns the phrases after "with" of a verb of replacing, on
// the verb or on its object ("replaced Ruiz with Vega", the phrase hung on
// the object).
func (r *reader) successors(v int) []int {
	t := r.t
	if !replacingVerbs[t.Lemma(v)] {
		return nil
	}
	withs := t.Children(v, "obl*")
	for o := range t.Dependents(v, "obj") {
		withs = append(withs, t.Children(o, "nmod")...)
	}
	var out []int
	for _, c := range withs {
		if t.Prep(c) == "with" {
			out = append(out, c)
		}
	}
	return out
}

// Mentions reports whether verb v merely mentions or makes known what it
// takes (referenceVerbs), or starts, stops or changes the event its object
// names (courseVerbs: "lifted Chile's sanctions"), so that no owner of its
// object is acted on.
func (r *reader) Mentions(v int) bool {
	t := r.t
	if referenceVerbs[t.Lemma(v)] {
		return true
	}
	if !courseVerbs[t.Lemma(v)] {
		return false
	}
	px := r.a.x.lex.Proxies
	for _, n := range t.Children(v, "obj") {
		if _, event := r.eventNoun(n); event && !px[t.Lemma(n)] && !px[t.Lower(n)] && !px[t.Lemma(n)+"s"] {
			return true
		}
	}
	return false
}

// Replaces reports whether verb v names a successor after "with" that is
// an actor (see successors).
func (r *reader) Replaces(v int) bool {
	for _, c := range r.successors(v) {
		if len(r.actorsOf(c)) > 0 {
			return true
		}
	}
	return false
}

// replacingVerbs put one holder of an office or role in another's place.
var replacingVerbs = map[string]bool{"replace": true, "substitute": true}

// dismissal reads "X called Y's charges baseless" and "X held Y
// responsible" as (X, rejected, Y) and (X, blamed, Y), and reports
// whether it did, so that the vaguer verb ("called", "held") is not read
// as well.
func (r *reader) dismissal(v int, subs []graph.ActorID) bool {
	t := r.t
	lx := r.a.x.lex
	if len(subs) == 0 {
		return false
	}
	objs := t.Children(v, "obj")
	words := t.Children(v, "xcomp", "advmod", "obl", "advcl")
	for _, o := range objs {
		words = append(words, t.Children(o, "nmod", "amod")...)
	}
	var pred string
	for _, k := range words {
		switch w := t.Lemma(k); {
		case t.Toks[k].UPOS == "VERB" && t.Has(k, "mark"):
			continue // "accused Reed of lying": what Reed is accused of, no word for a charge
		case lx.Dismissal[w] || lx.Dismissal[t.Lower(k)]:
			pred = "rejected"
		case blameWords[w] && t.Rel(k) == "xcomp":
			pred = "blamed"
		default:
			continue
		}
		if len(objs) == 0 && t.Rel(k) == "xcomp" {
			objs = t.Children(k, "nsubj") // "called [the charges absurd]"
		}
	}
	if pred == "" || len(objs) == 0 {
		return false
	}
	for _, c := range objs {
		for _, o := range r.actorsOf(c) {
			for _, s := range subs {
				r.a.add(r.si, s, predicate(pred), o)
			}
		}
	}
	return true
}

// prepObjects reads "intervened in Syria", "expelled from Syria": a
// prepositional object of v that is an actor. After an object noun that
// is no actor (noun, or -1), the noun joins the predicate: "sent troops
// to Syria" (sent-troops-to).
func (r *reader) prepObjects(v int, base graph.Predicate, subs []graph.ActorID, noun int) {
	t := r.t
	hasObj := t.Has(v, "obj", "iobj")
	objs := r.arguments(v, "obj", "iobj")
	var light *lex.Nominal
	if noun < 0 && !hasObj && r.lightVerb(v) {
		// "the loan the bank made to Velmar", "a bonus made to Tarvex":
		// the light verb's event is the noun its clause qualifies; an
		// empty one with no noun names no relation ("made-to")
		if k := t.Rel(v); k == "acl" || k == "acl:relcl" {
			noun = r.nounHead(v)
		}
		if noun < 0 && r.a.x.lex.Empty(t.Lemma(v)) {
			return
		}
	}
	if noun >= 0 {
		if nom, event := r.eventNoun(noun); event && r.lightVerb(v) && strings.HasPrefix(string(base), r.pastOf(v)) {
			light = &nom // "gave support to Kyiv": supported; but see verbNoun
		}
		base = predicate(append([]string{string(base)}, r.nounWords(noun)...)...)
	} else if nom, ok := r.a.x.lex.Nominals[t.Lower(v)]; ok && !nom.KeepPrep && !nom.Light && t.Toks[v].XPOS == "VBG" && !hasObj && !t.Has(v, "nsubj", "aux", "mark") &&
		!slices.ContainsFunc(t.Children(v, "obl"), func(c int) bool { return t.Prep(c) == "of" }) {
		// "the state's backing for Colombia", an event noun the parser
		// took for a gerund with neither subject nor object: the
		// noun's reading, whose preposition only links its object (an
		// "of" may name its doer: "the backing of the EU")
		light, noun = &nom, v
	}
	var acted []graph.ActorID // the actors of the phrases read so far
	for _, c := range append(t.Children(v, "obl", "obl:*"), r.timeHosted(v)...) {
		switch t.Toks[c].Deprel {
		case "obl:agent", "obl:tmod", "obl:npmod", "obl:unmarked":
			continue
		}
		p := t.Prep(c)
		q, group := r.groupFrom(v, c)
		if group {
			p = q // "met with officials from Peru's army", "met officials, including Ann Reed", the phrase hung on the verb
		} else if p == "" || p == "by" || adjunctPreps[p] || hasObj && noun < 0 && topicPreps[p] || r.fronted(v, c) || t.Lemma(c) == "behalf" {
			continue // "on Chile's behalf": see onBehalf
		}
		if (p == "in" || p == "at") && light != nil && !light.In || p == "in" && noun >= 0 && light == nil && !r.puts(v) {
			// "downplayed the extent ... in the election", "had talks in
			// Paris": where; but "deployed troops in Chad" put them there
			continue
		}
		if (p == "in" || p == "at") && sceneVerbs[t.Lemma(v)] {
			continue // "met leaders in Baghdad", "said in Tokyo": where it happened
		}
		if (p == "from" || p == "by" || p == "under") && comingUnder[t.Lemma(v)] && slices.ContainsFunc(t.Children(v, "obl"), func(k int) bool { return t.Prep(k) == "under" }) {
			// "came under attack from Peru": the noun's doer (see
			// underSubjects), whom the subject did not come from
			for _, o := range r.actorsOf(c) {
				for _, s := range subs {
					r.settled = append(r.settled, [2]graph.ActorID{s, o})
				}
			}
			continue
		}
		pred := predicate(string(base), p)
		if light != nil {
			pred = r.nominalPredicate(noun, *light, p)
		} else if k, nom, ok := r.purposeNoun(v, c); ok {
			if !partyPreps[p] {
				continue // "arrived for talks on Peru's aid": the talks' topic
			}
			pred = r.nominalPredicate(k, nom, p) // "flew to Lima for talks with"
		}
		targets := r.actorsOf(c)
		if (p == "in" || p == "at") && (light == nil || !light.In) && !r.placeVerb(v) {
			targets = r.notScenes(c, p, targets)
		}
		switch {
		case light == nil && r.undergoerOwned(c):
			// "called for Roe's release": called-for-release-of
			pred = predicate(append(append([]string{string(pred)}, r.nounWords(c)...), "of")...)
			targets = r.undergoers(c)
		case light == nil && p == "for" && r.helpNoun(c) && t.Has(c, "nmod:poss", "amod") && len(targets) > 0:
			// "appealed for Japan's help": its giver, no object of the
			// appeal (appealed-for-help-from)
			pred = predicate(append(append([]string{string(pred)}, r.nounWords(c)...), "from")...)
		case light == nil && p == "for" && r.helpNoun(c):
			// "asked for help from Sweden": the giver the noun's own
			// "from" names (asked-for-help-from)
			pred = predicate(append(append([]string{string(pred)}, r.nounWords(c)...), "from")...)
			targets = nil
			for k := range t.Dependents(c, "nmod") {
				if t.Prep(k) == "from" {
					targets = append(targets, r.actorsOf(k)...)
				}
			}
		}
		doers := subs
		if p == "from" && len(objs) > 0 && noun < 0 && removalVerbs[t.Lemma(v)] {
			// "Turkey expelled Russia from Syria": Russia is expelled
			// from Syria, as when the clause is passive; Turkey
			// expelled Russia, not itself. Only a named object and
			// place: "removed a Velmar manager from his team" says
			// nothing of Velmar
			doers, pred = nil, predicate(r.pastOf(v), p)
			if _, named := r.spanActor(c); named {
				doers = r.namedObjects(v)
			}
			for _, o := range r.actorsOf(c) {
				for _, s := range subs {
					r.settled = append(r.settled, [2]graph.ActorID{s, o})
				}
			}
		}
		for _, o := range targets {
			if slices.Contains(objs, o) || (p == "for" || p == "over") && slices.Contains(acted, o) {
				// "thanked Germany for its support", "imposed sanctions
				// on Peru over its raids": the reason, no second act
				continue
			}
			for _, s := range doers {
				r.a.add(r.si, s, pred, o)
			}
		}
		acted = append(acted, targets...)
	}
}

// namedObjects returns the actors the objects of verb v name, not those
// a proxy noun stands for.
func (r *reader) namedObjects(v int) []graph.ActorID {
	var out []graph.ActorID
	for o := range r.t.Dependents(v, "obj") {
		for _, k := range append([]int{o}, r.t.Children(o, "conj")...) {
			if a, ok := r.spanActor(k); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// removalVerbs put their object out of what their "from" names.
var removalVerbs = words.Set("expel suspend ban bar exclude remove oust evict eject drive kick banish deport")

// placeVerb reports whether the "in" or "at" of verb v names a place the
// verb acts on or where its subject is, goes or is kept: "intervened in
// Chad", "lives in Oslo", "arrived in Lima", "was held at Perm", as an
// event noun the lexicon marks in does ("an intervention in Chad"); and
// the target or the battleground of a hostile act ("fired a missile at
// the airport", "clashed in the valley").
func (r *reader) placeVerb(v int) bool {
	past := r.pastOf(v)
	if r.puts(v) || r.t.Passive(v) && keptVerbs[past] || r.hostile(v) {
		return true
	}
	for _, nom := range r.a.x.lex.Nominals {
		if nom.In && r.a.x.pastTense(nom.Verb) == past {
			return true
		}
	}
	return false
}

// puts reports whether verb v is one of placeVerbs, which also puts what
// it takes in the place its "in" names: "deployed troops in Chad",
// "operates plants in Mexico".
func (r *reader) puts(v int) bool {
	return placeVerbs[r.pastOf(v)] || placeVerbs[r.t.Lower(v)]
}

// notScenes returns the actors of targets, read off phrase c after "in"
// or "at" (p) of a verb that is no placeVerb, that the verb acts on: not
// a place, which after "in" or "at" only says where it happened ("agreed
// in Paris", "was criticized in Britain", "spoke at Camp David"), nor
// the parties named in a gathering there ("backed Peru at the London
// talks"). A state after "at" is a target ("yelled at the Germans",
// "hit back at Chile").
func (r *reader) notScenes(c int, p string, targets []graph.ActorID) []graph.ActorID {
	if _, named := r.spanActor(c); !named && gatherings[r.t.Lemma(c)] {
		return nil
	}
	var out []graph.ActorID
	for _, a := range targets {
		switch r.a.found.Actor(a).Type {
		case graph.Location:
			continue
		case graph.Country:
			if p == "in" {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// placeVerbs, in the past tense (which the lemmatizer's slips on unseen
// verbs, "interven", leave right), are the verbs whose "in" or "at" names
// a place they act on, or where their subject is, goes, works or was
// born (a participle only a passive has): see placeVerb.
var placeVerbs = words.Set(`
	intervened interfered meddled invested operated fought campaigned served worked
	arrived landed stopped stayed lived resided settled remained based located situated
	headquartered stationed deployed garrisoned detained jailed imprisoned interned
	confined sheltered hid drilled spied expanded incorporated reincorporated
	registered participated engaged involved voted abstained mediated
	born
`)

// keptVerbs, in the passive and the past tense, keep their subject in the
// place their "in" or "at" names: "was held at Perm", not "held a rally
// in Lima".
var keptVerbs = words.Set("held kept")

// gatherings are the nouns of a meeting, at which the parties named are
// those who met, not those a verb done there acts on.
var gatherings = words.Set(`
	meeting talk summit conference session ceremony forum convention
	rally gathering dinner luncheon lunch negotiation
`)

// groupFrom reports whether the phrase c after "from", which the parser
// hung on verb v, follows a plural noun of people that is the object of
// another of v's prepositions ("met with officials from Peru's army"),
// and so says whom that group is from: it returns the preposition of the
// group's phrase ("with"), which links the actor after "from" to the
// verb. After a direct object "from" may be the verb's own ("withdrew
// diplomats from Britain"), but not after a verb of meeting or saying
// ("met officials from Peru"). A phrase that lists the group's members
// ("met with officials, including Ann Reed") is read the same way, after
// an object too ("expelled diplomats, among them Tom Hale").
func (r *reader) groupFrom(v, c int) (string, bool) {
	t := r.t
	member := memberPreps[t.Prep(c)]
	if t.Prep(c) != "from" && !member {
		return "", false
	}
	start := c
	for start > 0 && t.Dominates(c, start-1) {
		start--
	}
	k := start - 1
	if k < 0 {
		return "", false
	}
	g := k
	for g >= 0 && t.Head(g) != v {
		g = t.Head(g)
	}
	if g < 0 || g != k && !t.Dominates(g, k) || t.Toks[g].XPOS != "NNS" || !groupNouns[t.Lemma(g)] {
		return "", false
	}
	if p := t.Prep(g); strings.HasPrefix(t.Rel(g), "obl") && p != "" {
		return p, true
	}
	if t.Rel(g) == "obj" && (member || sceneVerbs[t.Lemma(v)]) {
		return "", true // "met officials from Peru": one meets no one from a place
	}
	return "", false // "withdrew diplomats from Britain": the verb's own "from"
}

// groupNouns are the plural nouns of people who stand for the body they
// come from: "officials from Chile".
var groupNouns = words.Set(`
	official representative delegate leader member diplomat minister envoy
	negotiator lawmaker legislator commander officer executive
`)

// adjunctPreps introduce adjuncts, comparisons and examples, not the party a
// verb acts on.
var adjunctPreps = words.Set(`
	such-as like including than as despite during after before amid since until
	because-of according-to besides except unlike regarding concerning beyond
	throughout within along-with together-with instead-of in-addition-to
`)

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
	for s := range t.Dependents(v, "nsubj", "nsubj:pass") {
		subj = s
		break
	}
	if subj < 0 || c > subj {
		return false
	}
	for k := c + 1; k < subj; k++ {
		if t.Toks[k].Form == "," {
			return true
		}
	}
	return false
}

// verbForm returns the word of verb v in a predicate: a standing relation
// written in the present keeps it ("who chairs the caucus" -> chairs,
// "leads", "belongs-to"), any other verb is put in the past tense.
func (r *reader) verbForm(v int) string {
	t := r.t
	switch t.Toks[v].XPOS {
	case "VBZ", "VBP":
		if r.a.x.lex.Stative[t.Lemma(v)] {
			return thirdPerson(t.Lemma(v))
		}
	}
	return r.pastOf(v)
}

// thirdPerson returns the third person singular present of a verb lemma.
func thirdPerson(lemma string) string {
	n := len(lemma)
	switch {
	case n > 1 && lemma[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(lemma[n-2])):
		return lemma[:n-1] + "ies"
	case strings.HasSuffix(lemma, "s"), strings.HasSuffix(lemma, "sh"), strings.HasSuffix(lemma, "ch"),
		strings.HasSuffix(lemma, "x"), strings.HasSuffix(lemma, "z"), strings.HasSuffix(lemma, "o"):
		return lemma + "es"
	}
	return lemma + "s"
}

// pastOf returns the past tense of verb v: its own form when it is written
// in the past already, else the lemmatizer's past tense of its lemma.
func (r *reader) pastOf(v int) string {
	if r.t.Lemma(v) == "lie" && r.toldTo(v) {
		return "lied" // "lying to the FBI" is no lay-to
	}
	switch r.t.Toks[v].XPOS {
	case "VBD", "VBN":
		if f := r.t.Lower(v); strings.HasSuffix(f, "ed") || r.a.x.pastTense(r.t.Lemma(v)) == f {
			return f
		}
	}
	return r.a.x.pastTense(r.t.Lemma(v))
}

// participle returns the past participle of passive verb v, its own
// form when it is written as one ("born", "taken"), else its past tense.
func (r *reader) participle(v int) string {
	if f := r.t.Lower(v); r.t.Toks[v].XPOS == "VBN" && strings.IndexFunc(f, func(c rune) bool { return c < 'a' || c > 'z' }) < 0 {
		return f
	}
	return r.pastOf(v)
}

// toldTo reports whether verb v addresses someone or something: a
// complement with "to" or "about" ("lied to Congress about the loans").
func (r *reader) toldTo(v int) bool {
	for c := range r.t.Dependents(v, "obl", "obl:to") {
		if p := r.t.Prep(c); p == "to" || p == "about" {
			return true
		}
	}
	return false
}

// titleQualifiers are the participles that qualify a title written after
// them, which the tagger may take for verbs: "acting general manager".
var titleQualifiers = words.Set("acting outgoing")

// sceneVerbs are the verbs of meeting and saying, whose "in" or "at"
// says where they happened, no actor they relate to.
var sceneVerbs = words.Set("meet say speak talk tell announce conclude comment add state report remark declare")
