package relations

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// roleSpan is a role phrase in a sentence: "Prime Minister", "secretary of
// state", "spokesman".
type roleSpan struct {
	start, end int // its tokens, end exclusive
	head       int // the token the phrase hangs on: "Minister", "secretary"
	role       entities.Role
}

// roleAt returns the longest role phrase that covers token k, when k is a
// word of one: "Minister" in "Prime Minister", "Secretary" in "Secretary
// of State". A verb, a determiner or a preposition is never a role word.
func (r *reader) roleAt(k int) (roleSpan, bool) {
	t := r.t
	verb := false // a word tagged a verb starts only a longer phrase: "managing director"
	switch t.toks[k].UPOS {
	case "VERB", "AUX":
		verb = true
	case "DET", "ADP", "PRON", "PUNCT", "CCONJ", "NUM", "SCONJ", "PART":
		return roleSpan{}, false
	}
	roles := r.a.x.roles
	if !roles.InPhrase(t.toks[k].Form) {
		return roleSpan{}, false
	}
	long := 2 * roles.Longest() // in tokens: "son - in - law"
	best := roleSpan{start: -1}
	forms := make([]string, 0, 2*long)
	for i := max(0, k-long+1); i <= k; i++ {
		for j := min(len(t.toks), i+long); j > k && (best.start < 0 || j-i > best.end-best.start); j-- {
			forms = forms[:0]
			for m := i; m < j; m++ {
				forms = append(forms, t.toks[m].Form)
			}
			// a phrase neither starts nor ends on a function word
			if isFunctionWord(t.toks[i].UPOS) || isFunctionWord(t.toks[j-1].UPOS) {
				continue
			}
			if verb && j-i < 2 {
				continue
			}
			if role, ok := roles.Phrase(forms...); ok && !r.coversActor(i, j) {
				best = roleSpan{start: i, end: j, role: role}
			}
		}
	}
	if best.start < 0 {
		return roleSpan{}, false
	}
	// its head: the last word that is a role by itself ("Minister" in
	// "Prime Minister", "Secretary" in "Secretary of State")
	best.head = best.end - 1
	for m := best.end - 1; m >= best.start; m-- {
		if roles.Role(t.toks[m].Form) != "" {
			best.head = m
			break
		}
	}
	return best, true
}

// coversActor reports whether an actor's span overlaps tokens [i, j): a
// role phrase never swallows a name ("Central Bank governor").
func (r *reader) coversActor(i, j int) bool {
	for k := i; k < j; k++ {
		if _, ok := r.nameAt(k); ok {
			return true
		}
	}
	return false
}

func isFunctionWord(upos string) bool {
	switch upos {
	case "ADP", "DET", "CCONJ", "PUNCT", "PART", "SCONJ":
		return true
	}
	return false
}

// roleWord returns the predicate noun of a role or standing-relation noun
// ("President" -> "president", "allies" -> "ally"), or "". A role written
// in several words that the role list knows ("Prime Minister", "Secretary
// of State") is returned whole.
func (r *reader) roleWord(i int) string {
	if rs, ok := r.roleAt(i); ok {
		return rs.role.Noun
	}
	return r.relationalWord(i)
}

// relationalWord returns the noun of a standing relation between actors
// ("allies" -> "ally", "rival"), or "".
func (r *reader) relationalWord(i int) string {
	lx := r.a.x.lex
	w := r.t.lower(i)
	for _, cand := range []string{w, r.t.lemma(i), strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if lx.relational[cand] {
			return cand
		}
	}
	return ""
}

// roleNoun reads the relations of a role or standing-relation noun from its
// dependents: used in apposition ("Yuri Ushakov, a senior aide to Vladimir
// Putin"), as a predicate ("Japan is a U.S. ally", "Lee became prime
// minister") or listing its members ("U.S. allies, the most important of
// which are Japan and India"). A role phrase is read at its head.
func (r *reader) roleNoun(n int) {
	t := r.t
	var role entities.Role
	title := false // a role noun, whose titles and appositions titles reads
	if rs, ok := r.roleAt(n); ok {
		if rs.head != n {
			return
		}
		role, title = rs.role, true
	} else if w := r.relationalWord(n); w != "" {
		role = entities.Role{Noun: w, Prep: "of"} // "his rival", "Japan's ally"
	} else {
		return
	}
	if r.roleDenied(n) {
		return
	}
	var holders []graph.ActorID
	// apposition, either way round: a role that names whom it is said of
	// holds whatever the clause around it supposes ("if Lee, an ally of
	// Park, resigns")
	// a plural lists its holders ("its permanent members - China, France
	// and Russia"); a singular role's apposition is a title, which titles
	// reads from the words
	if !title || t.toks[n].XPOS == "NNS" || t.toks[n].XPOS == "NNPS" {
		for _, c := range t.children(n, "appos") {
			holders = append(holders, r.actorsOf(c)...)
		}
		if t.toks[n].Deprel == "appos" {
			holders = append(holders, r.actorsOf(t.head(n))...)
		}
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
	pred  graph.Predicate
}

// affiliations returns whom role noun n is a role of, from its dependents:
// "aide to Putin" (aide-to), "Russian President" and "the country's
// negotiator" (president-of, negotiator-of).
func (r *reader) affiliations(n int, role entities.Role) []affiliation {
	t := r.t
	var out []affiliation
	for _, c := range t.children(n, "nmod:poss", "compound", "amod") {
		for _, a := range r.actorsOf(c) {
			if pred := r.ownerPredicate(role, a); pred != "" {
				out = append(out, affiliation{actor: a, pred: pred})
			}
		}
	}
	for _, c := range t.children(n, "nmod") {
		p := t.prep(c)
		if p == "" || memberPreps[p] {
			continue
		}
		for _, a := range r.actorsOf(c) {
			out = append(out, affiliation{actor: a, pred: predicate(role.Noun, p)})
		}
	}
	return out
}

// ownerPredicate returns the predicate that links the holder of role to
// an owner written before it: "Putin's aide" (aide-to), "Russia's
// president" (president-of); "" when the owner cannot own the role.
func (r *reader) ownerPredicate(role entities.Role, owner graph.ActorID) graph.Predicate {
	prep, ok := role.OwnerPrep(r.a.found.Actor(owner).Type)
	if !ok {
		return ""
	}
	return predicate(role.Noun, prep)
}

func startsUpper(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}
