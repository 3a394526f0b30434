package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/relations/tree"
)

// objectPreps are the prepositions that link an event noun to what it acts
// on: "invasion of Ukraine", "sanctions on Russia", "meeting with Zelenskyy".
var objectPreps = words.Set(`
	of with on against in to for into from over toward towards
`)

// eventNoun returns the lexicon entry of event noun n.
func (r *reader) eventNoun(n int) (lex.Nominal, bool) {
	lx := r.a.x.lex
	if nom, ok := lx.Nominals[r.t.Lemma(n)]; ok {
		return nom, true
	}
	nom, ok := lx.Nominals[r.t.Lower(n)]
	return nom, ok
}

// nounArg is an actor linked to an event noun by a preposition.
type nounArg struct {
	actor graph.ActorID
	prep  string
	at    int // the token that names it
}

// nominal reads the relation an event noun states: its subject from a
// possessive or a modifier ("Russia's invasion", "U.S. support"), a "by"
// or "from" phrase ("a demand by the IMF", "pressure from Washington"), or
// the first of two parties ("talks between France and Iran", "the visit of
// the Pope to Iraq"); its object from a prepositional modifier, or, for a
// noun that qualifies a clause ("with the support of the EU", "under
// pressure from Washington"), the clause's subject. A noun that is the
// object of a verb with no subject of its own is the verb's to read
// (verbNoun).
func (r *reader) nominal(n int) {
	t := r.t
	nom, ok := r.eventNoun(n)
	if !ok || !r.t.Asserted(r.a.x.lex, n) {
		return
	}
	if _, isActor := r.spanActor(n); isActor {
		return
	}
	if r.lightNominal(n, nom) || r.withdrawn(n, nom) {
		return
	}
	subs := r.nominalSubjects(n, nom)
	if len(subs) == 0 && t.Has(n, "cop") {
		// "Peru, which is at war with Chile", "Reed, who has been at
		// odds with Lund": a noun said of a subject, a relative pronoun's
		// standing for the actor it follows
		subs = r.subjects(n, 0)
	}
	if r.pronounOwned(n) {
		// "In his talks with Boric, Milei said": the pronoun is the
		// clause's subject, whoever it was resolved to
		if scene := r.sceneSubjects(n); len(scene) > 0 {
			subs = scene
		}
	}
	undergone := r.undergoerOwned(n)
	var objs, between []nounArg
	phrases := []string{"nmod", "nmod:*"}
	if t.Toks[n].UPOS == "VERB" {
		phrases = append(phrases, "obl") // an owned gerund's (ownedGerund)
	}
	for c := range t.Dependents(n, phrases...) {
		if t.Toks[c].Deprel == "nmod:poss" {
			continue
		}
		if timeModifier(t.Toks[c].Deprel) {
			// "talks last week with the Fund", parsed with "with the
			// Fund" under "week": a bare time noun takes no party, the
			// event noun does
			for cc := range t.Dependents(c, "nmod") {
				if q := t.Prep(cc); objectPreps[q] && q != "of" && q != "from" && (nom.In || q != "in" && q != "at") {
					for _, a := range r.actorsOf(cc) {
						objs = append(objs, nounArg{a, q, cc})
					}
				}
			}
			continue
		}
		p := t.Prep(c)
		if p == "between" || p == "among" {
			for _, a := range r.actorsOf(c) {
				between = append(between, nounArg{a, "with", c})
			}
			continue
		}
		if p == "of" {
			for _, a := range r.actorsOf(c) {
				objs = append(objs, nounArg{a, p, c})
			}
		}
		if p == "of" || p == "by" {
			// "the visit of Macron to China", "a visit by Macron to
			// China" parsed with "to China" under "Macron"
			for cc := range t.Dependents(c, "nmod") {
				if q := t.Prep(cc); q != "of" && objectPreps[q] && (nom.In || q != "in" && q != "at") {
					for _, a := range r.actorsOf(cc) {
						objs = append(objs, nounArg{a, q, cc})
					}
				}
			}
			continue // "a visit by X": X is the subject
		}
		if !objectPreps[p] || p == "from" && !nom.KeepPrep && !undergone {
			continue // "pressure from X": X is the subject; not in "his eviction from the embassy"
		}
		if (p == "in" || p == "at") && !nom.In {
			continue // "a summit in Vietnam": where
		}
		for _, a := range r.nounObjects(c) {
			objs = append(objs, nounArg{a, p, c})
		}
	}
	if r.ownedPlace(n) {
		// "Russia's Ukraine invasion", "his China visit": the possessor
		// acts on the actor compounded with the noun
		for c := range t.Dependents(n, "compound") {
			for _, a := range r.actorsOf(c) {
				if r.place(a) {
					objs = append(objs, nounArg{a, "", c})
				}
			}
		}
	}
	if undergone {
		// "Roe's extradition to Peru" reads as the passive "Roe was
		// extradited to Peru" does (extradited-to), with the preposition
		// kept; "Roe's arrest by Peru" is Peru's act on the possessor,
		// and the subject of a clause around it ("Peru spoke after Roe's
		// defeat") is no doer of it
		und := r.undergoers(n)
		passive := lex.Nominal{Verb: nom.Verb, KeepPrep: true, Needs: nom.Needs}
		for _, o := range objs {
			for _, u := range und {
				r.a.add(r.si, u, r.nominalPredicate(n, passive, o.prep), o.actor)
			}
		}
		objs = nil
		for _, a := range und {
			objs = append(objs, nounArg{a, "of", n})
		}
	}
	// "impose sanctions on Russia": the light verb may carry the object.
	if g := t.Head(n); g >= 0 && t.Rel(n) == "obj" && r.a.x.lex.Light[t.Lemma(g)] {
		for c := range t.Dependents(g, "obl") {
			if p := t.Prep(c); objectPreps[p] {
				for _, a := range r.actorsOf(c) {
					objs = append(objs, nounArg{a, p, c})
				}
			}
		}
	}
	if len(objs) == 0 && len(between) == 0 {
		objs = r.chargedIn(n, nom)
	}
	if pair := r.hyphenPair(n); len(pair) > 1 && len(between) == 0 {
		switch {
		case len(objs) > 0 && !nom.Mutual:
			// "the U.S.-Israeli strikes on Iran": both struck; but
			// "discussed U.S.-Russia relations with Ann Roe" is no
			// relation with her
			for _, a := range pair {
				if !slices.Contains(subs, a) {
					subs = append(subs, a)
				}
			}
		case nom.Mutual && !t.Has(n, "nmod:poss"):
			// "the India-Pakistan talks", "the Israeli-Palestinian
			// conflict": the actors joined by hyphens before the noun
			// are its parties, as "between" names them
			subs = pair[:1]
			for _, a := range pair[1:] {
				objs = append(objs, nounArg{a, "with", n})
			}
		}
	}
	if under := r.underSubjects(n); len(under) > 0 && len(objs) == 0 && len(between) == 0 {
		// "Chile is under pressure from Peru", "Chile was under
		// investigation by Peru": the copula's subject undergoes the
		// event, which the "from" or "by" phrase does, or the possessive
		// ("under Peru's pressure")
		objs = under
		var doers []graph.ActorID
		for c := range t.Dependents(n, "nmod") {
			if p := t.Prep(c); p == "by" || p == "from" {
				doers = append(doers, r.actorsOf(c)...)
			}
		}
		if g := t.Head(n); !t.Has(n, "cop") {
			// "came under attack from Peru", the phrase hung on the verb
			for c := range t.Dependents(g, "obl") {
				if p := t.Prep(c); p == "by" || p == "from" {
					doers = append(doers, r.actorsOf(c)...)
				}
			}
		}
		if len(doers) > 0 {
			subs = doers
		} else {
			// the copula's subjects are no doers: "Reed and Vale are
			// under house arrest" is no arrest of one by the other
			subs = slices.DeleteFunc(slices.Clone(subs), func(a graph.ActorID) bool {
				return slices.ContainsFunc(under, func(u nounArg) bool { return u.actor == a })
			})
		}
	}
	switch {
	case len(subs) == 0 && len(between) > 1:
		// "talks between France and Iran": the first party and the others
		subs, objs = []graph.ActorID{between[0].actor}, between[1:]
	case len(subs) > 0 && len(objs) == 0 && len(between) > 1 && !nom.Mutual:
		// "Egypt's mediation between Israel and Hamas": a third party's
		// act on each of the two, which the noun shares with neither
		for _, b := range between {
			objs = append(objs, nounArg{b.actor, "", b.at})
		}
	case len(subs) == 0 && len(objs) > 1 && r.a.x.lex.Reciprocal[nom.Verb] && allOf(objs):
		// "an alliance of Peru, Chile and Bolivia": the parties listed
		// after "of" each with the others
		pred := r.nominalPredicate(n, nom, "with")
		for i, a := range objs {
			for _, b := range objs[i+1:] {
				r.a.add(r.si, a.actor, pred, b.actor)
			}
		}
		return
	case len(subs) == 0 && len(objs) > 1 && objs[0].prep == "of" && objs[len(objs)-1].prep != "of":
		// "the visit of the Pope to Iraq": "of" names who visits when
		// another party follows; but "a tour of Ghana and Togo" names
		// two places toured
		var of []graph.ActorID
		for len(objs) > 0 && objs[0].prep == "of" {
			of, objs = append(of, objs[0].actor), objs[1:]
		}
		subs = of
	case nom.Qualifies && len(objs) == 0 && len(between) == 0:
		objs = r.qualifiedClause(n)
	case len(subs) > 0 && len(objs) == 0 && len(between) == 0:
		objs = r.despiteObjects(n, nom) // "despite Peru's sanctions, Chile ..."
	case nom.Qualifies && len(subs) == 0 && len(objs) == 1 && objs[0].prep == "of":
		// "with the support of the EU": "of" names the supporter
		if q := r.qualifiedClause(n); len(q) > 0 {
			subs, objs = []graph.ActorID{objs[0].actor}, q
		}
	case len(subs) == 0 && len(objs) > 0 && !r.judicial(n, nom) && !undergone:
		// "In a letter to Gowdy, Cummings demanded ...", "after talks
		// with Iran, France said ...": the clause's subject did it; not
		// "noted the absence of X in the indictment against Y"
		subs = r.sceneSubjects(n)
		if len(subs) == 0 {
			subs = r.purposeSubjects(n) // "flew to Lima for talks with Ortiz"
		}
	}
	if len(subs) == 0 {
		return
	}
	for _, o := range objs {
		pred := r.nominalPredicate(n, nom, o.prep)
		for _, s := range subs {
			r.a.add(r.si, s, pred, o.actor)
		}
	}
}

// ownedGerund reports whether verb v is an event noun's gerund that the
// tagger took for a verb, owned by a possessive and with no object of its
// own: "the kingdom's backing for Oman" (but "Peru's backing the plan" is
// a verb's).
func (r *reader) ownedGerund(v int) bool {
	t := r.t
	if t.Toks[v].XPOS != "VBG" || !t.Has(v, "nmod:poss") || t.Has(v, "obj") {
		return false
	}
	_, ok := r.eventNoun(v)
	return ok
}

// chargedIn returns the actors that a noun of accusing charges, or one
// of demanding calls on, in the clause that says what they did or are to
// do: "Peru's accusation that Chile had broken the truce" accuses Chile,
// the clause's subject, and "Peru's demand that Chile withdraw" makes a
// demand of it; not one the clause says was wronged ("allegations that
// Chile was robbed"), nor one a demand tells what will happen ("the
// demand that Chile had foreseen").
func (r *reader) chargedIn(n int, nom lex.Nominal) []nounArg {
	t := r.t
	if nom.Verb != "accuse" && nom.Verb != "demand" {
		return nil
	}
	var out []nounArg
	for c := range t.Dependents(n, "acl") {
		if !t.HasMark(c, "that") || t.Passive(c) || nom.Verb == "demand" && !r.subjunctive(c) {
			continue
		}
		for _, a := range r.arguments(c, "nsubj") {
			out = append(out, nounArg{a, "", c})
		}
	}
	return out
}

// nounObjects returns the actors of an event noun's object phrase c. A
// common noun there that is most often the clause's verb the parser took
// for a noun (pairs.VerbTakenForNoun: "Peru's attacks on Chile worry
// Bolivia" parsed with "Chile worry Bolivia" one phrase) stands for the
// name compounded with it, the noun's own object, not for the verb's
// object in apposition to it.
func (r *reader) nounObjects(c int) []graph.ActorID {
	if r.roleWord(c) == "" && pairs.VerbTakenForNoun(r.t, r.a.found, r.si, c) {
		if a, ok := r.spanActor(c - 1); ok {
			return []graph.ActorID{a}
		}
	}
	return r.actorsOf(c)
}

// underSubjects returns the actors that are the subject of event noun n
// when it is the predicate of a copula with "under", or of a verb of
// coming under it: "Chile is under pressure", "Chile came under attack".
func (r *reader) underSubjects(n int) []nounArg {
	t := r.t
	if t.Prep(n) != "under" {
		return nil
	}
	clause := n
	if !t.Has(n, "cop") {
		if clause = t.Head(n); clause < 0 || t.Rel(n) != "obl" || !comingUnder[t.Lemma(clause)] {
			return nil
		}
	}
	var out []nounArg
	for c := range t.Dependents(clause, "nsubj") {
		for _, a := range r.actorsOf(c) {
			out = append(out, nounArg{a, "", c})
		}
	}
	return out
}

// comingUnder are the verbs by which their subject comes to undergo the
// event noun their "under" phrase names: "came under attack from".
var comingUnder = words.Set("come fall")

// qualifiedClause returns, for an event noun that qualifies a clause
// ("with the support of the EU", "under pressure from Washington", "with
// help from Turkey"), the actors the clause is about: its subject, or the
// actor the phrase is attached to ("Ukraine, with the support of the EU").
func (r *reader) qualifiedClause(n int) []nounArg {
	t := r.t
	switch t.Prep(n) {
	case "with", "under", "thanks-to", "despite":
	default:
		return nil
	}
	// a phrase between commas after a name may be parsed as its
	// apposition: "Peru, under pressure from Chile, agreed"
	g := t.Head(n)
	if g < 0 || (t.Rel(n) != "obl" && t.Rel(n) != "nmod" && t.Rel(n) != "appos") {
		return nil
	}
	var out []nounArg
	if a, ok := r.actorAt(g); ok {
		return append(out, nounArg{a, "", g})
	}
	if t.Rel(n) != "obl" {
		return nil
	}
	for _, a := range r.clauseSubjects(g) {
		out = append(out, nounArg{a, "", g})
	}
	return out
}

// sceneSubjects returns the subjects of the clause that event noun n is
// the scene of: "In a letter to Gowdy, Cummings demanded ...".
func (r *reader) sceneSubjects(n int) []graph.ActorID {
	t := r.t
	g := t.Head(n)
	if g >= 0 && t.Rel(n) == "nmod" && t.Prep(n) == "in" && r.setOff(n) {
		// "Ann Reed, in talks with Lund, said" and "the bank's head Ann
		// Reed, in talks with Lund, said": the actor, or the holder of
		// the role, the phrase is set off after is in the talks
		if t.Toks[g].UPOS == "PUNCT" {
			g = t.Head(g) // hung on the comma that sets it off
		}
		if g < 0 {
			return nil
		}
		if a, ok := r.actorAt(g); ok {
			return []graph.ActorID{a}
		}
		if _, ok := r.roleAt(g); ok {
			return r.actorsOf(g)
		}
		return nil
	}
	if g < 0 || t.Rel(n) != "obl" || !tree.ScenePrep(t.Prep(n)) || t.Toks[g].UPOS != "VERB" {
		return nil
	}
	if _, ok := r.talkTopic(n); ok {
		return nil // "held talks on trade with Japan": the talks are with Japan
	}
	return r.clauseSubjects(g)
}

// talkTopic returns, when event noun or phrase n after "on", "about" or
// "over" is the topic of a talk, a deal or another event noun whose
// preposition the lexicon keeps, that noun: the object of n's verb ("held
// talks on trade with Japan", the topic parsed as the verb's) or n's head
// ("signed a deal on steel with Peru"). A "with" phrase the parser hung on
// the topic then names the talk's party, not the topic's.
func (r *reader) talkTopic(n int) (int, bool) {
	t := r.t
	if !topicPhrasePreps[t.Prep(n)] || t.Has(n, "nmod:poss") {
		return -1, false // "talks on its trade with Japan": its own trade's
	}
	g := t.Head(n)
	if g < 0 {
		return -1, false
	}
	hosts := []int{g}
	if t.Rel(n) == "obl" {
		hosts = t.Children(g, "obj")
	}
	for _, h := range hosts {
		if h > n {
			continue
		}
		if nom, ok := r.eventNoun(h); ok && nom.KeepPrep && t.Toks[h].UPOS == "NOUN" && !r.hasWith(h) {
			return h, true
		}
	}
	return -1, false
}

// hasWith reports whether noun n has a "with" phrase of its own.
func (r *reader) hasWith(n int) bool {
	return slices.ContainsFunc(r.t.Children(n, "nmod"), func(c int) bool { return r.t.Prep(c) == "with" })
}

// topicPhrasePreps introduce what a talk or a deal is about.
var topicPhrasePreps = words.Set("on about over regarding concerning")

// setOff reports whether the phrase that event noun n heads opens after a
// comma: "Ann Reed, in talks with Lund, said".
func (r *reader) setOff(n int) bool {
	start := n
	for _, c := range r.t.Kids[n] {
		if r.t.Toks[c].UPOS != "PUNCT" {
			start = min(start, c)
		}
	}
	return start > 0 && r.t.Toks[start-1].Form == ","
}

// timeModifier reports whether a dependency relation attaches a bare noun
// of time: "last week", "on Monday" is an oblique.
func timeModifier(rel string) bool {
	switch rel {
	case "nmod:unmarked", "nmod:tmod", "obl:unmarked", "obl:tmod":
		return true
	}
	return false
}

// nominalPredicate names the relation of event noun n: its verb in the
// past tense ("invaded"), or its stem with the nouns compounded with it
// ("trade-relations"), plus the preposition when the lexicon keeps it
// ("met-with", "war-in").
func (r *reader) nominalPredicate(n int, nom lex.Nominal, prep string) graph.Predicate {
	if !nom.Takes(prep) {
		return ""
	}
	var base string
	if stem, ok := strings.CutPrefix(nom.Verb, "="); ok {
		base = r.stemWithModifiers(n, stem)
	} else {
		base = r.a.x.pastTense(nom.Verb)
	}
	if nom.KeepPrep && prep != "" && prep != "of" {
		return predicate(base, prep)
	}
	return predicate(base)
}

// stemWithModifiers puts the common nouns compounded with n before the
// stem's last word ("trade" + "relations"), and a participle that
// qualifies n, or a verb that makes or breaks it, in place of an empty
// "has" or before a bare stem ("renewed ties" -> renewed-ties, "strained
// relations" -> strained-relations); a verb in the infinitive is an aim,
// and the stem stays bare ("sought to mend ties" -> has-ties).
func (r *reader) stemWithModifiers(n int, stem string) string {
	t := r.t
	words := strings.Split(stem, "-")
	last := len(words) - 1
	if g := t.Head(n); g >= 0 && t.Rel(n) == "obj" && r.a.x.lex.Bonds[t.Lemma(g)] && !t.HasMark(g, "to") {
		// but "efforts to improve relations" is no improvement made
		switch {
		case words[0] == "has" && last > 0:
			words[0] = r.pastOf(g)
		case last == 0:
			words, last = []string{r.pastOf(g), words[0]}, 1
		}
	}
	var mods []string
	for c := range t.Dependents(n, "compound", "amod") {
		if _, isActor := r.spanActor(c); isActor || c > n {
			continue
		}
		switch {
		case t.Rel(c) == "compound" && t.Toks[c].UPOS == "NOUN" && !r.measure(c):
			mods = append(mods, t.Lower(c))
		case t.Toks[c].XPOS == "VBN" && words[0] == "has" && last > 0:
			words[0] = t.Lower(c)
		}
	}
	out := append(append(append([]string{}, words[:last]...), mods...), words[last])
	return strings.Join(out, "-")
}

// nominalSubjects returns who performs the event noun n: its possessive or
// modifier, or a "by" phrase, or a "from" phrase when the noun's
// preposition is not kept ("pressure from Washington", but not
// "withdrawal from Syria").
func (r *reader) nominalSubjects(n int, nom lex.Nominal) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	rels := []string{"nmod:poss", "compound", "amod"}
	if r.ownedPlace(n) {
		rels = rels[:1] // "Reed's Asia visit": the possessor visits
	}
	if r.undergoerOwned(n) {
		rels = nil // "Roe's arrest by Peru": the possessor is arrested
	}
	for c := range t.Dependents(n, rels...) {
		out = append(out, r.actorsOf(c)...)
	}
	if len(out) > 0 {
		return out
	}
	if _, ok := r.lightHead(n); ok {
		return nil // "the lifting of sanctions on Iran by the EU": the lifter
	}
	undergone := r.undergoerOwned(n)
	for c := range t.Dependents(n, "nmod") {
		if p := t.Prep(c); p == "by" || p == "from" && !nom.KeepPrep && !undergone {
			// "Roe's eviction from the embassy": whence, not by whom
			out = append(out, r.actorsOf(c)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) != "of" || len(r.actorsOf(c)) == 0 {
			continue
		}
		// "the takeover of Velmar by Tarvex", "the killing of Ann Reed by
		// Norland troops": the parser hangs the "by" phrase on the actor
		// the "of" phrase names, which only the event noun can take
		for cc := range t.Dependents(c, "nmod") {
			if t.Prep(cc) == "by" {
				out = append(out, r.actorsOf(cc)...)
			}
		}
	}
	return out
}

// undergoerOwned reports whether event noun n is done to its possessor:
// a noun the lexicon marks undergoer, owned, with no "of" phrase naming
// what it is done to ("Roe's arrest", but "Peru's arrest of Roe").
func (r *reader) undergoerOwned(n int) bool {
	t := r.t
	if nom, ok := r.eventNoun(n); !ok || !nom.Undergoer || !t.Has(n, "nmod:poss") {
		return false
	}
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) == "of" {
			return false
		}
	}
	return true
}

// undergoers returns the actors that own event noun n, which undergo it
// when undergoerOwned says so.
func (r *reader) undergoers(n int) []graph.ActorID {
	var out []graph.ActorID
	for c := range r.t.Dependents(n, "nmod:poss") {
		out = append(out, r.actorsOf(c)...)
	}
	return out
}

// lightHead returns the nominalised light verb whose "of" names event
// noun n ("the imposition of tariffs", "the lifting of sanctions").
func (r *reader) lightHead(n int) (int, bool) {
	t := r.t
	g := t.Head(n)
	if g < 0 || t.Rel(n) != "nmod" || t.Prep(n) != "of" {
		return -1, false
	}
	if nom, ok := r.eventNoun(g); !ok || !nom.Light {
		return -1, false
	}
	return g, true
}

// lightNominal reads nominalised light verb n acting with the event noun
// its "of" names, as a light verb acts with its object: "the U.S.
// imposition of tariffs on Peru" is (United States, imposed-tariffs-on,
// Peru), "the lifting of sanctions on Iran by the EU" (European Union,
// lifted-sanctions-on, Iran). The doer is n's possessive, modifier or
// "by" phrase, which the parser may hang on the event noun; the object is
// what the event noun acts on. It reports whether n had such an event
// noun; without one, n is an event noun of its own ("the removal of
// Assad").
func (r *reader) lightNominal(n int, nom lex.Nominal) bool {
	if !nom.Light {
		return false
	}
	t := r.t
	event := -1
	for c := range t.Dependents(n, "nmod") {
		if _, ok := r.eventNoun(c); ok && t.Prep(c) == "of" && t.Toks[c].UPOS == "NOUN" {
			event = c
			break
		}
	}
	if event < 0 {
		return false
	}
	inner, _ := r.eventNoun(event)
	var subs []graph.ActorID
	for c := range t.Dependents(n, "nmod:poss", "compound", "amod") {
		subs = append(subs, r.actorsOf(c)...)
	}
	var objs []nounArg
	var by []int
	for _, h := range []int{n, event} {
		for c := range t.Dependents(h, "nmod") {
			p := t.Prep(c)
			switch {
			case c == event:
			case p == "by":
				by = append(by, c)
			case p == "of" || p == "between" || p == "among" || !objectPreps[p]:
			case p == "from" && !inner.KeepPrep:
			case (p == "in" || p == "at") && !inner.In:
			default:
				for _, a := range r.actorsOf(c) {
					objs = append(objs, nounArg{a, p, c})
				}
				// "the lifting of sanctions on Iran by the EU" parsed
				// with "by the EU" under "Iran"
				for cc := range t.Dependents(c, "nmod") {
					if t.Prep(cc) == "by" {
						by = append(by, cc)
					}
				}
			}
		}
	}
	if len(subs) == 0 {
		for _, c := range by {
			subs = append(subs, r.actorsOf(c)...)
		}
	}
	pred := predicate(append([]string{r.a.x.pastTense(nom.Verb)}, r.nounWords(event)...)...)
	for _, o := range objs {
		for _, s := range subs {
			r.a.add(r.si, s, predicate(string(pred), o.prep), o.actor)
		}
	}
	return true
}

// ownedPlace reports whether event noun n has both a possessor and an
// actor compounded with it ("Reed's Asia visit", "Russia's Ukraine
// invasion"): the possessor is the doer, and the compound what it acts on,
// which without a possessor is the doer ("U.S. sanctions").
func (r *reader) ownedPlace(n int) bool {
	t := r.t
	owned := false
	for c := range t.Dependents(n, "nmod:poss") {
		owned = owned || len(r.actorsOf(c)) > 0 // not "last year's U.S. election"
	}
	if !owned {
		return false
	}
	for c := range t.Dependents(n, "compound") {
		if a, ok := r.actorAt(c); ok && r.place(a) {
			return true
		}
	}
	return false
}

// place reports whether actor a is a state or a place, which an event
// noun compounded with it is about ("a China visit"), where an
// organisation names whose it is ("the IMF's Interim Committee meeting").
func (r *reader) place(a graph.ActorID) bool {
	typ := r.a.found.Actor(a).Type
	return typ == graph.Country || typ == graph.Location
}

// clauseSubjects returns the subjects of the clause headed by g, whatever
// its voice or its kind of head (verb, adjective, noun).
func (r *reader) clauseSubjects(g int) []graph.ActorID {
	if r.t.Passive(g) {
		return r.passiveSubjects(g, 0)
	}
	return r.subjects(g, 0)
}

// pronounOwned reports whether noun n is owned by a possessive pronoun
// alone: "his talks", "their meeting".
func (r *reader) pronounOwned(n int) bool {
	owners := r.t.Children(n, "nmod:poss")
	for _, c := range owners {
		if r.t.Toks[c].UPOS != "PRON" {
			return false
		}
	}
	return len(owners) > 0
}

// allOf reports whether every argument is linked by "of".
func allOf(args []nounArg) bool {
	for _, a := range args {
		if a.prep != "of" {
			return false
		}
	}
	return true
}

// judicial reports whether event noun n names an investigation or a
// judicial act ("the indictment against", "the trial of"; CAMEO roots 09
// and 17), which the subject of a clause around it rarely did.
func (r *reader) judicial(n int, nom lex.Nominal) bool {
	root := r.a.x.classes.Classify(r.nominalPredicate(n, nom, "")).Root()
	return root == "09" || root == "17"
}

// measure reports whether noun c, compounded with another, measures it
// ("a ten-year war", "a 200 mln dlr loan") rather than saying what kind
// it is ("a trade surplus", "the 1986 trade surplus": a year is when).
func (r *reader) measure(c int) bool {
	t := r.t
	if units[t.Lower(c)] {
		return true
	}
	for k := range t.Dependents(c, "nummod") {
		if f := t.Toks[k].Form; len(f) != 4 || !strings.HasPrefix(f, "19") && !strings.HasPrefix(f, "20") {
			return true
		}
	}
	return false
}

// hyphenPair returns the actors written joined by hyphens before noun n
// and within its phrase, in their order: "the U.S.-Russian relations",
// "the India-Pakistan peace talks". The parser often hangs the first of
// them elsewhere; being written joined to the next is enough. It returns
// nothing for a hyphen that leads to a participle ("the U.S.-backed
// talks") or to no actor.
func (r *reader) hyphenPair(n int) []graph.ActorID {
	t := r.t
	for k := n - 1; k > 0; k-- {
		if !t.Dominates(n, k) {
			return nil
		}
		if t.Toks[k].Form != "-" {
			continue
		}
		// k is the last hyphen before n: walk the chain back from it
		right, ok := r.a.found.At(r.si, k+1)
		if !ok || right.Start != k+1 || !r.joined(k, k+1) {
			return nil
		}
		out := []graph.ActorID{right.Actor}
		for h := k; h > 0 && t.Toks[h].Form == "-"; {
			left, ok := r.a.found.At(r.si, h-1)
			if !ok || left.End != h || !r.joined(h-1, h) || slices.Contains(out, left.Actor) {
				break
			}
			out = append([]graph.ActorID{left.Actor}, out...)
			h = left.Start - 1
		}
		if len(out) < 2 {
			return nil
		}
		return out
	}
	return nil
}

// joined reports whether tokens i and i+1 are written with no space
// between them, as the words of a hyphenated compound are.
func (r *reader) joined(i, j int) bool {
	a, b := r.t.Toks[i], r.t.Toks[j]
	if a.End < 0 || b.Start < 0 {
		return a.XPOS == "HYPH" || b.XPOS == "HYPH"
	}
	return a.End == b.Start
}

// withdrawingVerbs take back a standing attitude or tie their object
// names: "withdrew its support for", "dropped its opposition to",
// "ended its cooperation with", "lost the backing of".
var withdrawingVerbs = words.Set("withdraw drop end halt revoke rescind abandon lose")

// withdrawn reports whether event noun n names a standing attitude or
// tie (support, backing, opposition, recognition) that the verb it is the
// object of takes back ("the party withdrew its support for Reed", "Reed
// lost the backing of the party"): no more than the verb says, which
// verbNoun reads (withdrew-support-for), not that the support is given.
func (r *reader) withdrawn(n int, nom lex.Nominal) bool {
	t := r.t
	if t.Rel(n) != "obj" || !withdrawingVerbs[t.Lemma(t.Head(n))] {
		return false
	}
	return nom.Qualifies || standingNouns[t.Lemma(n)]
}

// standingNouns are event nouns of a standing tie besides those that
// qualify a clause: recognition, endorsement and cooperation last until
// they are taken back.
var standingNouns = words.Set("recognition endorsement cooperation")
