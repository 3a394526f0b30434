package relations

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// roleWord returns the predicate noun of a role or standing-relation noun
// ("President" -> "president", "allies" -> "ally"), or "". A role written
// in two words that the role list knows ("Prime Minister", "Secretary
// General") is returned whole when i is its second word.
func (r *reader) roleWord(i int) string {
	w := r.t.lower(i)
	roles := r.a.x.roles
	if role := roles.Role(w); role != "" {
		if i > 0 {
			if both := roles.Role(string(predicate(r.t.lower(i-1), w))); both != "" {
				return both
			}
		}
		return role
	}
	lx := r.a.x.lex
	for _, cand := range []string{w, r.t.lemma(i), strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if lx.relational[cand] {
			return cand
		}
	}
	return ""
}

// roleNoun reads the relations of a role or standing-relation noun used in
// apposition ("Yuri Ushakov, a senior aide to Vladimir Putin"), as a
// predicate ("Japan is a U.S. ally") or listing its members ("U.S. allies,
// the most important of which are Japan and India").
func (r *reader) roleNoun(n int) {
	t := r.t
	role := r.roleWord(n)
	if role == "" || r.roleDenied(n) {
		return
	}
	var holders []graph.ActorID
	// apposition, either way round: a role that names whom it is said of
	// holds whatever the clause around it supposes ("if Lee, an ally of
	// Park, resigns")
	for _, c := range t.children(n, "appos") {
		holders = append(holders, r.actorsOf(c)...)
	}
	if t.toks[n].Deprel == "appos" {
		holders = append(holders, r.actorsOf(t.head(n))...)
	}
	// copula: "X is an ally of Y", which the clause may negate or suppose
	if t.has(n, "cop") && r.asserted(n) {
		for _, c := range t.children(n, "nsubj") {
			holders = append(holders, r.actorsOf(c)...)
		}
	}
	// members: "allies, including Japan", "allies ... of which are Japan"
	for _, c := range t.children(n, "nmod") {
		if memberPreps[t.prep(c)] {
			holders = append(holders, r.actorsOf(c)...)
		}
	}
	for _, c := range t.children(n, "acl:relcl") {
		holders = append(holders, r.actorsOf(c)...)
		for _, s := range t.children(c, "nsubj") {
			holders = append(holders, r.actorsOf(s)...)
		}
	}
	if len(holders) == 0 {
		return
	}
	for _, aff := range r.affiliations(n, role) {
		for _, h := range holders {
			r.a.add(r.si, h, aff.pred, aff.actor)
		}
	}
}

// roleDenied reports whether role noun n is itself negated or only
// supposed ("no ally of", "a possible successor", "the would-be envoy").
// The clause around a title or an apposition does not deny it: "a plan to
// impeach President Lee" still says that Lee is president.
func (r *reader) roleDenied(n int) bool {
	t := r.t
	lx := r.a.x.lex
	for _, c := range t.kids[n] {
		switch t.rel(c) {
		case "det", "advmod", "amod", "compound":
			w := t.lower(c)
			if negators[w] || lx.unasserted[t.lemma(c)] || lx.unasserted[w] || w == "would-be" {
				return true
			}
		}
	}
	return false
}

// memberPreps introduce members of a group noun: "allies, including Japan".
var memberPreps = map[string]bool{"including": true, "like": true, "such-as": true, "among-them": true}

type affiliation struct {
	actor graph.ActorID
	pred  graph.Predicate // the relation, in affiliations
	prep  string          // the preposition before the actor, in titles
}

// affiliations returns whom role noun n is a role of: "aide to Putin"
// (aide-to), "Russian President" and "the country's negotiator"
// (president-of, negotiator-of).
func (r *reader) affiliations(n int, role string) []affiliation {
	t := r.t
	var out []affiliation
	for _, c := range t.children(n, "nmod:poss", "compound", "amod") {
		for _, a := range r.actorsOf(c) {
			out = append(out, affiliation{actor: a, pred: predicate(role, "of")})
		}
	}
	for _, c := range t.children(n, "nmod") {
		p := t.prep(c)
		if p == "" || memberPreps[p] {
			continue
		}
		for _, a := range r.actorsOf(c) {
			out = append(out, affiliation{actor: a, pred: predicate(role, p)})
		}
	}
	return out
}

// titles reads role relations from titles written before a person's name:
// "Russian President Vladimir Putin" (president-of Russia), "U.S. Special
// Envoy for Ukraine Keith Kellogg" (envoy-of United States, envoy-for
// Ukraine), "Secretary of the Council Rustem Umerov" (secretary-of).
func (r *reader) titles() {
	f := r.a.found
	t := r.t
	for _, sp := range f.InSentence(r.si) {
		if sp.Kind != entities.NameSpan || r.a.found.Actor(sp.Actor).Type != graph.Person {
			continue
		}
		roleAt, role := -1, ""
		var left, right []affiliation
		for k := sp.Start - 1; k >= 0 && k >= sp.Start-10; k-- {
			if s, ok := f.At(r.si, k); ok {
				if s.Actor == sp.Actor {
					break
				}
				a := affiliation{actor: s.Actor}
				if roleAt < 0 {
					// "Envoy for Ukraine Keith Kellogg": the preposition before it
					if s.Start > 0 && t.toks[s.Start-1].UPOS == "ADP" {
						a.prep = t.lower(s.Start - 1)
					}
					right = append(right, a)
				} else {
					left = append(left, a)
				}
				k = s.Start
				continue
			}
			tok := t.toks[k]
			if w := r.roleWord(k); w != "" && roleAt < 0 {
				roleAt, role = k, w
				continue
			}
			switch {
			case tok.UPOS == "ADP" && roleAt < 0:
				continue
			case tok.XPOS == "POS" || tok.Form == "'s" || tok.Form == "’s":
				continue
			case tok.UPOS == "ADJ" || tok.UPOS == "PROPN" || tok.UPOS == "NOUN":
				if startsUpper(tok.Form) || tok.UPOS == "ADJ" {
					continue
				}
			}
			break
		}
		if roleAt < 0 || r.roleDenied(roleAt) {
			continue
		}
		for _, a := range left {
			r.a.add(r.si, sp.Actor, predicate(role, "of"), a.actor)
		}
		if len(right) > 0 {
			// the phrase after the role: its nearest name is its head
			a := right[0]
			p := a.prep
			if p == "" {
				p = "of"
			}
			r.a.add(r.si, sp.Actor, predicate(role, p), a.actor)
		}
	}
}

func startsUpper(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

// hyphenModifiers reads "Turkey-backed Ahmad al-Sharaa" as (Turkey, backed,
// Ahmad al-Sharaa): an actor joined by a hyphen to a past participle that
// modifies another actor, written as one word (a ModifierSpan of the
// entities) or as three ("Turkey - backed").
func (r *reader) hyphenModifiers() {
	t := r.t
	modifier := map[int]graph.ActorID{}
	for _, sp := range r.a.found.ModifiersIn(r.si) {
		modifier[sp.Start] = sp.Actor
	}
	for i, tok := range t.toks {
		var subj graph.ActorID = -1
		var part string
		head := -1
		if a, ok := modifier[i]; ok {
			_, post, _ := strings.Cut(tok.Form, "-")
			subj, part, head = a, strings.ToLower(post), t.head(i)
		} else if i+2 < len(t.toks) && t.toks[i+1].Form == "-" && entities.IsParticiple(t.toks[i+2].Form) {
			if a, ok := r.spanActor(i); ok {
				subj = a
			}
			part, head = strings.ToLower(t.toks[i+2].Form), t.head(i+2)
			if i+3 < len(t.toks) {
				if _, ok := r.spanActor(i + 3); ok {
					head = i + 3 // "Turkey - backed Ahmad al-Sharaa": the name that follows
				}
			}
			if head == i {
				head = t.head(i)
			}
		}
		if subj < 0 || head < 0 {
			continue
		}
		o, ok := r.actorAt(head)
		if !ok && r.roleWord(head) != "" {
			// "the Russia-backed leader Viktor Yanukovych"
			for k := head + 1; k < len(t.toks) && k <= head+3 && !ok; k++ {
				o, ok = r.spanActor(k)
			}
		}
		if ok {
			r.a.add(r.si, subj, predicate(part), o)
		}
	}
}

// appositives reads the role in an apposition from the words themselves,
// whatever the parse: a person's name, a comma, then a role phrase —
// "Yuri Ushakov, a senior aide to Vladimir Putin" (aide-to), "Rustem
// Umerov, the country's chief negotiator" (negotiator-of), "Sergei Lavrov,
// Russia's foreign minister" (foreign-minister-of).
func (r *reader) appositives() {
	f := r.a.found
	t := r.t
	for _, sp := range f.InSentence(r.si) {
		if sp.Kind != entities.NameSpan || r.a.found.Actor(sp.Actor).Type != graph.Person {
			continue
		}
		k := sp.End
		if k >= len(t.toks) || t.toks[k].Form != "," {
			continue
		}
		k++
		var owners []graph.ActorID
		roleAt, role := -1, ""
		for ; k < len(t.toks) && k <= sp.End+8; k++ {
			if s, ok := f.At(r.si, k); ok {
				owners = append(owners, s.Actor) // "Russia's", "the country's", "Russian"
				k = s.End - 1
				continue
			}
			tok := t.toks[k]
			if w := r.roleWord(k); w != "" && tok.UPOS == "NOUN" || (w != "" && !startsUpper(tok.Form)) {
				roleAt, role = k, w
				if k+1 < len(t.toks) {
					if both := r.roleWord(k + 1); both != "" && t.toks[k+1].UPOS == "NOUN" {
						continue // "foreign minister": the role is the last noun
					}
				}
				break
			}
			if tok.UPOS == "DET" || tok.UPOS == "ADJ" || tok.XPOS == "POS" || tok.UPOS == "NOUN" {
				continue
			}
			break
		}
		if roleAt < 0 || r.roleDenied(roleAt) {
			continue
		}
		for _, o := range owners {
			r.a.add(r.si, sp.Actor, predicate(role, "of"), o)
		}
		// "aide to Russian President Vladimir Putin": the name after the
		// preposition and any title
		if roleAt+1 < len(t.toks) && t.toks[roleAt+1].UPOS == "ADP" {
			p := t.lower(roleAt + 1)
			for k := roleAt + 2; k < len(t.toks) && k <= roleAt+7; k++ {
				s, ok := f.At(r.si, k)
				if !ok {
					if t.toks[k].UPOS == "DET" || t.toks[k].UPOS == "ADJ" || r.roleWord(k) != "" || (t.toks[k].UPOS == "PROPN" && startsUpper(t.toks[k].Form)) {
						continue
					}
					break
				}
				if s.Kind == entities.DemonymSpan {
					k = s.End - 1
					continue
				}
				r.a.add(r.si, sp.Actor, predicate(role, p), s.Actor)
				break
			}
		}
	}
}
