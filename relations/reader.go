package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// reader reads the relations of one sentence.
type reader struct {
	a  *article
	si int
	t  *tree
	// memos of the role words (see roleAt)
	keys      []string
	roleSpans []roleSpan
	roleDone  []bool
}

func (r *reader) read() {
	for i := range r.t.toks {
		switch r.t.toks[i].UPOS {
		case "VERB":
			r.verb(i)
		case "NOUN", "PROPN":
			r.nominal(i)
			r.roleNoun(i)
		}
	}
	r.titles()
	r.hyphenModifiers()
}

// spanActor returns the actor that the span covering token i refers to.
func (r *reader) spanActor(i int) (graph.ActorID, bool) {
	sp, ok := r.a.found.At(r.si, i)
	if !ok {
		return -1, false
	}
	return sp.Actor, true
}

// actorAt returns the actor token i stands for: the actor of its span, or,
// for a proxy noun ("Russian jets", "the Assad regime", "NATO allies"), the
// actor that modifies it.
func (r *reader) actorAt(i int) (graph.ActorID, bool) {
	if a, ok := r.spanActor(i); ok {
		// "Turkey-backed Ahmad al-Sharaa" parsed with "Turkey" as the head:
		// the phrase names the one who is backed
		t := r.t
		if sp, _ := r.a.found.At(r.si, i); sp.End+2 < len(t.toks) && t.toks[sp.End].Form == "-" && entities.IsParticiple(t.toks[sp.End+1].Form) {
			if b, ok := r.spanActor(sp.End + 2); ok {
				return b, true
			}
		}
		return a, true
	}
	t := r.t
	w := t.lemma(i)
	px := r.a.x.lex.proxies
	if !px[w] && !px[t.lower(i)] && !px[w+"s"] {
		return -1, false
	}
	if t.toks[i].XPOS == "NN" && r.roleWord(i) != "" {
		return -1, false // "a Russian official", "the country's negotiator": one person
	}
	rels := []string{"compound", "amod", "nmod:poss", "flat"}
	if _, event := r.a.x.lex.nominals[w]; event || w == "conflict" || w == "crisis" {
		rels = []string{"compound", "amod"}
	}
	for _, c := range t.children(i, rels...) {
		if a, ok := r.spanActor(c); ok {
			return a, true
		}
	}
	// "the conditions proposed by the U.S."
	for _, c := range t.children(i, "acl") {
		if t.toks[c].XPOS == "VBN" {
			if ag := r.agents(c); len(ag) > 0 {
				return ag[0], true
			}
		}
	}
	for _, c := range t.children(i, "nmod") {
		if t.prep(c) == "of" {
			if a, ok := r.spanActor(c); ok {
				return a, true
			}
		}
	}
	return -1, false
}

// actorsOf returns the actors token i stands for, distributed over
// coordination: "Japan, South Korea, India, and Pakistan" gives four.
func (r *reader) actorsOf(i int) []graph.ActorID {
	var out []graph.ActorID
	if a, ok := r.actorAt(i); ok {
		out = append(out, a)
	} else {
		// A noun that is no actor stands for the actor in apposition to
		// it: "the Russia-backed leader Viktor Yanukovych fled".
		for _, c := range r.t.children(i, "appos") {
			if a, ok := r.actorAt(c); ok {
				out = append(out, a)
			}
		}
	}
	for _, c := range r.t.children(i, "conj") {
		out = append(out, r.actorsOf(c)...)
	}
	return out
}

// isRelative reports whether token i is a relative pronoun.
func (r *reader) isRelative(i int) bool {
	switch r.t.lower(i) {
	case "who", "which", "that", "whom":
		return r.t.toks[i].UPOS == "PRON" || strings.Contains(r.t.toks[i].Feats, "PronType=Rel")
	}
	return false
}

// subjects returns the actors that do what verb v says, following
// relative clauses, coordination, control and participles when v has no
// subject of its own.
func (r *reader) subjects(v, depth int) []graph.ActorID {
	if depth > 5 || v < 0 {
		return nil
	}
	t := r.t
	out := r.arguments(v, "nsubj", "nsubj:outer")
	if len(out) > 0 || t.has(v, "nsubj", "nsubj:pass") {
		return out
	}
	h := t.head(v)
	if h < 0 {
		return nil
	}
	switch t.toks[v].Deprel {
	case "conj":
		if t.passive(h) == t.passive(v) {
			return r.subjects(h, depth+1)
		}
	case "xcomp":
		if objs := r.objects(h); len(objs) > 0 {
			return objs
		}
		return r.subjects(h, depth+1)
	case "acl", "acl:relcl":
		if a, ok := r.actorAt(h); ok {
			return []graph.ActorID{a}
		}
		// "U.S. efforts to impose", "Russia's attempt to", "the U.S.
		// leading efforts to": whose the noun is
		var owners []graph.ActorID
		for _, c := range t.children(h, "nmod:poss", "compound", "amod") {
			owners = append(owners, r.actorsOf(c)...)
			if t.toks[c].UPOS == "VERB" {
				for _, cc := range t.children(c, "compound", "nsubj") {
					owners = append(owners, r.actorsOf(cc)...)
				}
			}
		}
		if len(owners) > 0 {
			return owners
		}
		if g := t.head(h); g >= 0 && (t.rel(h) == "obj" || t.rel(h) == "nsubj") {
			return r.subjects(g, depth+1)
		}
	case "advcl":
		if !r.hasMark(v, "to", "if", "unless", "whether", "because", "although", "though") {
			return r.subjects(h, depth+1)
		}
	}
	return nil
}

// passiveSubjects returns the actors that undergo passive verb v.
func (r *reader) passiveSubjects(v, depth int) []graph.ActorID {
	if depth > 5 {
		return nil
	}
	t := r.t
	out := r.arguments(v, "nsubj:pass")
	if len(out) > 0 || t.has(v, "nsubj", "nsubj:pass") {
		return out
	}
	h := t.head(v)
	switch {
	case h < 0:
	case t.toks[v].Deprel == "conj":
		if t.passive(h) {
			return r.passiveSubjects(h, depth+1)
		}
		return r.subjects(h, depth+1)
	case t.toks[v].Deprel == "acl" && t.toks[v].XPOS == "VBN":
		return r.actorsOf(h)
	}
	return nil
}

// objects returns the direct and indirect objects of verb v; a relative
// pronoun object ("whom Lula criticized") stands for the noun the clause
// modifies.
func (r *reader) objects(v int) []graph.ActorID {
	var out []graph.ActorID
	if !r.t.has(v, "obj", "iobj") {
		// "welcomed and praised Singapore": a shared object hangs from the
		// last verb
		for _, c := range r.t.children(v, "conj") {
			if r.t.toks[c].UPOS == "VERB" && !r.t.has(c, "nsubj", "nsubj:pass") {
				out = append(out, r.objects(c)...)
			}
		}
	}
	return append(out, r.arguments(v, "obj", "iobj")...)
}

// arguments returns the actors of v's dependents in the relations rels; a
// relative pronoun ("who", "whom") stands for the noun its clause modifies.
func (r *reader) arguments(v int, rels ...string) []graph.ActorID {
	var out []graph.ActorID
	for _, c := range r.t.children(v, rels...) {
		if r.isRelative(c) && isRelClause(r.t.toks[v].Deprel) {
			out = append(out, r.actorsOf(r.t.head(v))...)
			continue
		}
		out = append(out, r.actorsOf(c)...)
	}
	return out
}

// agents returns the "by" agents of passive verb v.
func (r *reader) agents(v int) []graph.ActorID {
	var out []graph.ActorID
	for _, c := range r.t.children(v, "obl", "obl:agent") {
		if r.t.prep(c) == "by" {
			out = append(out, r.actorsOf(c)...)
		}
	}
	return out
}

func (r *reader) hasMark(v int, marks ...string) bool {
	for _, c := range r.t.children(v, "mark") {
		m := r.t.lower(c)
		for _, want := range marks {
			if m == want {
				return true
			}
		}
	}
	return false
}

// isRelClause reports whether a relation attaches a clause to a noun.
func isRelClause(deprel string) bool {
	return strings.HasPrefix(deprel, "acl") || deprel == "advcl:relcl"
}
