package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// objectPreps are the prepositions that link an event noun to what it acts
// on: "invasion of Ukraine", "sanctions on Russia", "meeting with Zelenskyy".
var objectPreps = map[string]bool{
	"of": true, "with": true, "on": true, "against": true, "in": true, "to": true,
	"for": true, "into": true, "from": true, "over": true, "toward": true, "towards": true,
}

// nominal reads the relation an event noun states: its subject from a
// possessive or a modifier ("Russia's invasion", "U.S. support"), or from
// the light verb that governs it ("launched an invasion", "impose
// sanctions"); its object from a prepositional modifier.
func (r *reader) nominal(n int) {
	t := r.t
	lx := r.a.x.lex
	nom, ok := lx.nominals[t.lemma(n)]
	if !ok {
		nom, ok = lx.nominals[t.lower(n)]
	}
	if !ok || !r.asserted(n) {
		return
	}
	if _, isActor := r.spanActor(n); isActor {
		return
	}
	subs := r.nominalSubjects(n)
	type obj struct {
		actor graph.ActorID
		prep  string
	}
	var objs []obj
	for _, c := range t.children(n, "nmod", "nmod:*") {
		if t.toks[c].Deprel == "nmod:poss" {
			continue
		}
		p := t.prep(c)
		if !objectPreps[p] {
			continue
		}
		for _, a := range r.actorsOf(c) {
			objs = append(objs, obj{a, p})
		}
	}
	// "impose sanctions on Russia": the light verb may carry the object.
	if g := t.head(n); g >= 0 && t.rel(n) == "obj" && lx.light[t.lemma(g)] {
		for _, c := range t.children(g, "obl") {
			if p := t.prep(c); objectPreps[p] {
				for _, a := range r.actorsOf(c) {
					objs = append(objs, obj{a, p})
				}
			}
		}
	}
	// "with the support of the European Union", said of the clause's subject.
	if len(subs) == 0 && t.prep(n) == "with" {
		var ofs []obj
		for _, o := range objs {
			if o.prep == "of" {
				ofs = append(ofs, o)
			}
		}
		if g := t.head(n); g >= 0 && len(ofs) > 0 {
			for _, o := range ofs {
				subs = append(subs, o.actor)
			}
			objs = objs[:0]
			targets := r.clauseSubjects(g)
			if a, ok := r.actorAt(g); ok {
				targets = []graph.ActorID{a} // "Ukraine, with the support of the EU, ..."
			}
			for _, a := range targets {
				objs = append(objs, obj{a, ""})
			}
		}
	}
	if len(subs) == 0 {
		return
	}
	for _, o := range objs {
		pred := nominalPredicate(r.a.x, nom, o.prep)
		for _, s := range subs {
			r.a.add(r.si, s, pred, o.actor)
		}
	}
}

// nominalPredicate names the relation of an event noun: its verb in the
// past tense ("invaded"), or its stem, plus the preposition when the
// lexicon keeps it ("met-with", "war-in").
func nominalPredicate(x *Reader, nom nominal, prep string) graph.Predicate {
	var base string
	if stem, ok := strings.CutPrefix(nom.verb, "="); ok {
		base = stem
	} else {
		base = x.pastTense(nom.verb)
	}
	if nom.keepPrep && prep != "" && prep != "of" {
		return predicate(base, prep)
	}
	return predicate(base)
}

// nominalSubjects returns who performs the event noun n.
func (r *reader) nominalSubjects(n int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for _, c := range t.children(n, "nmod:poss", "compound", "amod") {
		out = append(out, r.actorsOf(c)...)
	}
	if len(out) > 0 {
		return out
	}
	for _, c := range t.children(n, "nmod") {
		if t.prep(c) == "by" {
			out = append(out, r.actorsOf(c)...)
		}
	}
	if len(out) > 0 {
		return out
	}
	if g := t.head(n); g >= 0 && t.rel(n) == "obj" && r.a.x.lex.light[t.lemma(g)] {
		return r.subjects(g, 0)
	}
	return nil
}

// clauseSubjects returns the subjects of the clause headed by g, whatever
// its voice or its kind of head (verb, adjective, noun).
func (r *reader) clauseSubjects(g int) []graph.ActorID {
	if r.t.passive(g) {
		return r.passiveSubjects(g, 0)
	}
	return r.subjects(g, 0)
}
