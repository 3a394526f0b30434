package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// The rules read a relation off a construction they know; the pair model
// (pairs_model.go) looks instead at every pair of actors one sentence
// mentions close together in its dependency tree, reads a predicate off the
// words between them, and scores how likely a reader is to draw that edge.
// This file finds the candidate pairs and their predicates;
// pairs_features.go describes them to the model.

// maxPathLen is the longest dependency path, in arcs, between two mentions
// that makes a candidate pair.
const maxPathLen = 4

// mention is one reference to an actor in a sentence: a span, a hyphenated
// modifier ("Turkey-backed") or a member of a plural reference ("they").
type mention struct {
	head, start, end int
	actor            graph.ActorID
	kind             string
}

// pairCandidate is an ordered pair of actors that one sentence relates
// through a short dependency path, with the predicate the path proposes.
type pairCandidate struct {
	sent          int
	subj, obj     graph.ActorID
	sTok, oTok    int    // the mentions' heads
	trigger       int    // the word the predicate is read off
	kind          string // what the trigger is: verb, role, event, noun, adj
	pred          graph.Predicate
	alts          []graph.Predicate // other readings of the predicate, pred first
	path          []string          // arcs, "<rel" going up from subj, ">rel" down to obj
	lca           int
	asserted      bool
	passive       bool
	rule, ruleRev bool // the rules relate the pair, or the reverse pair, in this sentence
	feats         []string
}

// mentions returns the mentions of sentence r.si, in token order of their
// heads; a token stands for one actor at most, except a plural reference.
func (r *reader) mentions() []mention {
	f := r.a.found
	var out []mention
	covered := map[int]bool{}
	kindName := map[entities.SpanKind]string{
		entities.NameSpan: "name", entities.DemonymSpan: "demonym", entities.PronounSpan: "pronoun",
		entities.DescriptionSpan: "description", entities.ModifierSpan: "modifier",
	}
	for _, sp := range f.InSentence(r.si) {
		out = append(out, mention{head: sp.Head, start: sp.Start, end: sp.End, actor: sp.Actor, kind: kindName[sp.Kind]})
		for k := sp.Start; k < sp.End; k++ {
			covered[k] = true
		}
	}
	for _, sp := range f.ModifiersIn(r.si) {
		out = append(out, mention{head: sp.Start, start: sp.Start, end: sp.Start + 1, actor: sp.Actor, kind: "modifier"})
	}
	for i, tok := range r.t.toks {
		if covered[i] || (tok.UPOS != "PRON" && tok.UPOS != "NOUN" && tok.UPOS != "DET") {
			continue
		}
		for _, a := range f.Members(r.si, i) {
			out = append(out, mention{head: i, start: i, end: i + 1, actor: a, kind: "group"})
		}
	}
	return out
}

// upChain returns the tokens from i up to the root, at most limit arcs, as
// the pair model walks the tree: a conjunct of a noun hangs where the first
// conjunct hangs ("Japan and India" are both objects of the verb).
func (t *tree) upChain(i, limit int) []int {
	chain := []int{i}
	for n := i; len(chain) <= limit; {
		p := t.pairHead(n)
		if p < 0 {
			break
		}
		chain = append(chain, p)
		n = p
	}
	return chain
}

// pairHead returns the head of i with nominal coordination lifted.
func (t *tree) pairHead(i int) int {
	return t.head(t.coordBase(i))
}

// coordBase returns the first conjunct of the nominal coordination i is
// in, or i.
func (t *tree) coordBase(i int) int {
	for step := 0; step < 8 && t.toks[i].Deprel == "conj"; step++ {
		h := t.head(i)
		if h < 0 || !isNominal(t.toks[h].UPOS) {
			break
		}
		i = h
	}
	return i
}

// pairRel returns the relation of i to pairHead(i), and the preposition
// that marks it.
func (t *tree) pairRel(i int) (rel, prep string) {
	j := t.coordBase(i)
	prep = t.prep(i)
	if prep == "" {
		prep = t.prep(j)
	}
	return t.toks[j].Deprel, prep
}

func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// pairCandidates returns the candidate pairs of sentence r.si, both orders
// of every pair of mentions of different actors within maxPathLen arcs.
// ruled holds the pairs the rules related in this sentence.
func (r *reader) pairCandidates(ruled map[[2]graph.ActorID]bool) []pairCandidate {
	ms := r.mentions()
	var out []pairCandidate
	for i := range ms {
		for j := range ms {
			if i == j || ms[i].actor == ms[j].actor {
				continue
			}
			if r.a.found.Actor(ms[i].actor).Name == r.a.found.Actor(ms[j].actor).Name {
				continue
			}
			c, ok := r.pairCandidate(ms[i], ms[j])
			if !ok {
				continue
			}
			c.rule = ruled[[2]graph.ActorID{c.subj, c.obj}]
			c.ruleRev = ruled[[2]graph.ActorID{c.obj, c.subj}]
			c.feats = r.pairFeatures(&c, ms[i].kind, ms[j].kind)
			out = append(out, c)
		}
	}
	return out
}

// pairCandidate builds the candidate (s, o) when their heads are linked by
// a short path through a word that can carry a predicate.
func (r *reader) pairCandidate(s, o mention) (pairCandidate, bool) {
	t := r.t
	if s.head == o.head || (o.head >= s.start && o.head < s.end) || (s.head >= o.start && s.head < o.end) {
		return pairCandidate{}, false
	}
	if t.coordBase(s.head) == t.coordBase(o.head) {
		// conjuncts of one list ("Japan, India and Pakistan") are
		// parties side by side, not to each other; the rules read the
		// reciprocal verbs ("Armenia and Azerbaijan clashed")
		return pairCandidate{}, false
	}
	up := t.upChain(s.head, maxPathLen)
	down := t.upChain(o.head, maxPathLen)
	li, lj := -1, -1
	for a, x := range up {
		for b, y := range down {
			if x == y {
				li, lj = a, b
				break
			}
		}
		if li >= 0 {
			break
		}
	}
	if li < 0 || li+lj > maxPathLen {
		return pairCandidate{}, false
	}
	lca := up[li]
	c := pairCandidate{sent: r.si, subj: s.actor, obj: o.actor, sTok: s.head, oTok: o.head, lca: lca, trigger: -1}
	for a := 0; a < li; a++ {
		rel, p := t.pairRel(up[a])
		c.path = append(c.path, "<"+arcName(rel, p))
	}
	for b := lj - 1; b >= 0; b-- {
		rel, p := t.pairRel(down[b])
		c.path = append(c.path, ">"+arcName(rel, p))
	}
	inside := func(k int) bool {
		return (k >= s.start && k < s.end) || (k >= o.start && k < o.end)
	}
	// the trigger: the first verb going up from the object, else from the
	// subject; else a role, event or other noun or adjective on the path
	var sSide []int
	if li > 1 {
		sSide = up[1:li]
	}
	oSide := down[1 : lj+1]
	pick := func(test func(k int) bool) int {
		for _, side := range [][]int{oSide, sSide} {
			for _, k := range side {
				if !inside(k) && test(k) {
					return k
				}
			}
		}
		return -1
	}
	lx := r.a.x.lex
	isVerb := func(k int) bool { return t.toks[k].UPOS == "VERB" }
	isRole := func(k int) bool { return t.toks[k].UPOS != "VERB" && r.roleWord(k) != "" }
	isEvent := func(k int) bool {
		_, ok := lx.nominals[t.lemma(k)]
		if !ok {
			_, ok = lx.nominals[t.lower(k)]
		}
		return ok && t.toks[k].UPOS == "NOUN"
	}
	isOther := func(k int) bool { return t.toks[k].UPOS == "NOUN" || t.toks[k].UPOS == "ADJ" }
	switch {
	case pick(isVerb) >= 0:
		c.trigger, c.kind = pick(isVerb), "verb"
	case pick(isRole) >= 0:
		c.trigger, c.kind = pick(isRole), "role"
	case pick(isEvent) >= 0:
		c.trigger, c.kind = pick(isEvent), "event"
	case pick(isOther) >= 0:
		c.trigger, c.kind = pick(isOther), strings.ToLower(t.toks[pick(isOther)].UPOS)
	case li == 0 || lj == 0:
		// one mention modifies the other directly: "Russia's Putin",
		// "BNL president Nerio Nesi" parsed flat, an apposition
		c.kind = "direct"
	default:
		return pairCandidate{}, false
	}
	if !r.plausiblePath(s, o, up[:li+1], down[:lj+1], c.trigger) {
		return pairCandidate{}, false
	}
	if c.kind == "verb" && (!subjectArcs(c.path) || !objectArcs(c.path)) {
		return pairCandidate{}, false
	}
	if r.negatedPhrase(s.head) || r.negatedPhrase(o.head) {
		c.asserted = false // "neither Iraq nor Kuwait"
	} else if c.trigger >= 0 {
		c.asserted = r.asserted(c.trigger)
		c.passive = c.kind == "verb" && t.passive(c.trigger)
	} else {
		c.asserted = r.asserted(lca)
	}
	c.alts = r.pairPredicates(c, o, down[:lj+1])
	if len(c.alts) == 0 {
		return pairCandidate{}, false
	}
	c.pred = c.alts[0]
	return c, true
}

// plausiblePath reports whether the path from s up to the common head
// (sUp) and down to o (oUp, read upwards) can link them as parties: it
// passes through no mention of a third actor ("Chinese Foreign Minister
// Wang Yi warned Japan" is Wang Yi's warning, not China's) and through no
// role noun but the trigger ("expelled Colombia's ambassador" expels a
// person, not Colombia), nor through a verb but the trigger (one clause);
// and a demonym or hyphenated modifier is a party
// only as a modifier of the trigger or of a noun that is the trigger's
// argument ("Russian jets bombed").
func (r *reader) plausiblePath(s, o mention, sUp, oUp []int, trigger int) bool {
	f := r.a.found
	for _, side := range [][]int{sUp, oUp} {
		for _, k := range side {
			if (k >= s.start && k < s.end) || (k >= o.start && k < o.end) || k == trigger {
				continue
			}
			if sp, ok := f.At(r.si, k); ok && sp.Actor != s.actor && sp.Actor != o.actor {
				return false
			}
			if r.t.toks[k].UPOS != "VERB" && r.roleWord(k) != "" {
				return false
			}
			if r.t.toks[k].UPOS == "VERB" {
				// a second clause: "X did not attack Y while Z invaded
				// W" does not make X invade W (the rules follow the
				// clauses a subject is shared with: xcomp, conj)
				return false
			}
		}
	}
	for _, m := range []struct {
		mention
		chain []int
	}{{s, sUp}, {o, oUp}} {
		if m.kind != "demonym" && m.kind != "modifier" {
			continue
		}
		t := trigger
		if t < 0 {
			t = m.chain[len(m.chain)-1]
		}
		k := indexOf(m.chain, t)
		if k < 0 || k > 2 {
			return false
		}
	}
	return true
}

// subjectArcs reports whether the arcs going up from the subject of a
// verb's candidate make it the verb's doer: its subject or agent, or a
// modifier, possessor or conjunct of one ("Russian jets", "Putin's army"),
// not a party of some other phrase on the way ("after his talks with
// Scholz, Macron praised ...").
func subjectArcs(path []string) bool {
	for _, a := range path {
		rel, ok := strings.CutPrefix(a, "<")
		if !ok {
			break
		}
		switch rel {
		case "nsubj", "nsubj:pass", "nsubj:outer", "obl:agent", "obl/by", "obl:agent/by",
			"compound", "amod", "nmod:poss", "flat", "appos", "conj", "det:poss":
		default:
			return false
		}
	}
	return true
}

// objectArcs reports whether the arcs going down to the object of a verb's
// candidate can make it the verb's patient: not its active subject (a
// conjunct of the subject, "Macron and Scholz visited", is a co-agent)
// and not a party of a relative clause, which the rules leave as
// background ("China, which has long opposed ..., warned").
//
// Below the verb's own argument, the object may only name the argument's
// owner or kind ("praised Macron's plan", "hit Russian positions"), not a
// party of some other noun ("using the conflict in Ukraine" uses no
// Ukraine).
func objectArcs(path []string) bool {
	down := 0
	for _, a := range path {
		if strings.HasPrefix(a, "<") {
			if strings.HasPrefix(a, "<acl:relcl") {
				return false
			}
			continue
		}
		rel, _, _ := strings.Cut(strings.TrimPrefix(a, ">"), "/")
		if rel == "nsubj" || rel == "nsubj:outer" || rel == "acl:relcl" {
			return false
		}
		if down > 0 {
			switch rel {
			case "nmod:poss", "compound", "amod", "flat", "appos", "conj", "det:poss":
			default:
				return false
			}
		}
		down++
	}
	return true
}

// arcName names an arc of a path: its relation, with the preposition of an
// oblique or nominal modifier ("obl/with").
func arcName(rel, prep string) string {
	base, _, _ := strings.Cut(rel, ":")
	if prep != "" && (base == "obl" || base == "nmod" || base == "advcl" || base == "acl") {
		return rel + "/" + prep
	}
	return rel
}

// pairPredicates returns the readings of the candidate's predicate, the
// one the rules would choose first: for a verb, its past tense with the
// preposition that links the object ("met-with") and without it, and with
// an object noun it governs ("held-talks-with", or the event noun's verb:
// "imposed sanctions on" -> sanctioned-on, sanctioned); for a role noun,
// role-of or role with its preposition; for an event noun, its verb; for
// another noun or adjective, the word and preposition.
func (r *reader) pairPredicates(c pairCandidate, o mention, oChain []int) []graph.Predicate {
	t := r.t
	var out []graph.Predicate
	add := func(words ...string) {
		p := predicate(words...)
		if p == "" {
			return
		}
		for _, q := range out {
			if q == p {
				return
			}
		}
		out = append(out, p)
	}
	// below is the word under the trigger on the object's side: the object
	// itself, or the noun that leads to it
	below := -1
	for i, k := range oChain {
		if i+1 < len(oChain) && oChain[i+1] == c.trigger {
			below = k
		}
	}
	prep := ""
	if below >= 0 {
		rel, p := t.pairRel(below)
		base, _, _ := strings.Cut(rel, ":")
		switch base {
		case "obl", "nmod", "advcl", "acl", "xcomp":
			if p != "by" {
				prep = p
			}
		case "compound", "amod":
			if c.kind == "role" || c.kind == "event" {
				prep = "of"
			}
		}
		if rel == "nmod:poss" && (c.kind == "role" || c.kind == "event" || c.kind == "noun") {
			prep = "of"
		}
	}
	switch c.kind {
	case "verb":
		v := c.trigger
		base := r.pastOf(v)
		for _, p := range t.children(v, "compound:prt") {
			base = string(predicate(base, t.lower(p)))
		}
		// a noun between the verb and the object: "held talks with",
		// "imposed sanctions on"
		if below >= 0 && below != o.head && t.toks[below].UPOS == "NOUN" && t.rel(below) == "obj" {
			np := ""
			if k := indexOf(oChain, below); k > 0 {
				_, np = t.pairRel(oChain[k-1])
			}
			if nom, ok := r.a.x.lex.nominals[t.lemma(below)]; ok && r.a.x.lex.light[t.lemma(v)] {
				add(string(r.nominalPredicate(below, nom, np)))
				add(string(r.nominalPredicate(below, nom, "")))
			}
			add(base, t.lemma(below), np)
			add(base, t.lower(below), np)
		}
		if prep != "" {
			add(base, prep)
		}
		// "met Reagan in Reykjavik" is no meeting with Iceland: the bare
		// verb makes a direct object of what a preposition other than
		// "with" links
		if prep == "" || prep == "with" || below != o.head {
			add(base)
		}
	case "role":
		role := r.roleWord(c.trigger)
		if prep == "" {
			prep = "of"
		}
		add(role, prep)
		add(role, "of")
	case "event":
		nom, ok := r.a.x.lex.nominals[t.lemma(c.trigger)]
		if !ok {
			nom = r.a.x.lex.nominals[t.lower(c.trigger)]
		}
		add(string(r.nominalPredicate(c.trigger, nom, prep)))
		if prep != "" && prep != "of" {
			add(string(r.nominalPredicate(c.trigger, nominal{verb: nom.verb, keepPrep: true}, prep)))
		}
		add(string(r.nominalPredicate(c.trigger, nominal{verb: nom.verb}, "")))
	case "noun", "adj":
		w := t.lemma(c.trigger)
		if prep != "" {
			add(w, prep)
		}
		add(w)
	case "direct":
		// no word between: the relation is read by the rules if at all
		add("of")
	}
	return out
}

func indexOf(xs []int, x int) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}
