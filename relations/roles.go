package relations

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/relations/tree"
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
// of State". A determiner or a preposition is never a role word; a word
// tagged a verb only starts a longer phrase ("managing director").
func (r *reader) roleAt(k int) (roleSpan, bool) {
	if r.roleSpans == nil {
		// the sentences of an article are read one at a time, and take
		// their room in turn from the article's, made once for its
		// longest sentence rather than again for each longer one
		a, n := r.a, len(r.t.Toks)
		if cap(a.roleSpans) < n {
			m := n
			for i := range a.sents {
				m = max(m, len(a.sents[i].Tokens))
			}
			a.roleSpans, a.roleDone = make([]roleSpan, m), make([]bool, m)
		}
		r.roleSpans, r.roleDone = a.roleSpans[:n], a.roleDone[:n]
		clear(r.roleDone)
	}
	if !r.roleDone[k] {
		r.roleSpans[k] = r.findRole(k)
		r.roleDone[k] = true
	}
	rs := r.roleSpans[k]
	return rs, rs.end > rs.start
}

// findRole does roleAt's work.
func (r *reader) findRole(k int) roleSpan {
	t := r.t
	verb := false
	switch t.Toks[k].UPOS {
	case "VERB", "AUX":
		verb = true
	case "DET", "ADP", "PRON", "PUNCT", "CCONJ", "NUM", "SCONJ", "PART":
		return roleSpan{}
	}
	roles := r.a.x.roles
	if !roles.InPhraseKey(r.key(k)) {
		return roleSpan{}
	}
	// a phrase's words are all words of role phrases (or hyphens): the
	// run of such words around k bounds the phrases to try
	long := 2 * roles.Longest() // in tokens: "son - in - law"
	lo, hi := k, k+1
	for lo > 0 && k-lo+1 < long && (r.key(lo-1) == "" || roles.InPhraseKey(r.key(lo-1))) {
		lo--
	}
	for hi < len(t.Toks) && hi-k < long && (r.key(hi) == "" || roles.InPhraseKey(r.key(hi))) {
		hi++
	}
	best := roleSpan{}
	var arr [128]byte
	buf := arr[:0] // the span's key, rebuilt for each span
	for i := lo; i <= k; i++ {
		for j := hi; j > k && j-i > best.end-best.start; j-- {
			// a phrase neither starts nor ends on a function word
			if isFunctionWord(t.Toks[i].UPOS) || isFunctionWord(t.Toks[j-1].UPOS) || verb && j-i < 2 {
				continue
			}
			buf = buf[:0]
			for m := i; m < j; m++ {
				if key := r.key(m); key != "" {
					if len(buf) > 0 {
						buf = append(buf, ' ')
					}
					buf = append(buf, key...)
				}
			}
			if role, ok := roles.LookupBytes(buf); ok && !r.coversActor(i, j) {
				best = roleSpan{start: i, end: j, role: role}
			}
		}
	}
	if best.end == 0 {
		return roleSpan{}
	}
	if best.role.Kin && (r.hyphenJoined(best.start-1) || r.hyphenJoined(best.end)) {
		// a family word inside a longer hyphenated word is another
		// relation: "ex-wife", "great-grandson", a "-in-law" the list
		// lacks
		return roleSpan{}
	}
	// its head: the last word that is a role by itself ("Minister" in
	// "Prime Minister", "Secretary" in "Secretary of State")
	best.head = best.end - 1
	for m := best.end - 1; m >= best.start; m-- {
		if _, ok := roles.Lookup(r.key(m)); ok {
			best.head = m
			break
		}
	}
	return best
}

// hyphenJoined reports whether token k is a hyphen written between two
// words with no space around it ("ex-wife"), or between words whose
// offsets in the text are unknown.
func (r *reader) hyphenJoined(k int) bool {
	toks := r.t.Toks
	if k <= 0 || k+1 >= len(toks) || toks[k].Form != "-" {
		return false
	}
	before, hy, after := toks[k-1], toks[k], toks[k+1]
	if before.End < 0 || hy.Start < 0 || after.Start < 0 {
		return true
	}
	return before.End == hy.Start && hy.End == after.Start
}

// key returns token k in the form role phrases are looked up in (see
// entities.PhraseKey): "vice-president" is "vice president", "-" is "".
func (r *reader) key(k int) string {
	if r.keys == nil {
		// the keys are written end to end, in room the sentences of the
		// article take in turn, and cut from one string: one allocation
		// for the sentence rather than one for each word that has a
		// capital or a hyphen
		a, toks := r.a, r.t.Toks
		buf, ends := a.keyBuf[:0], a.keyEnds[:0]
		for _, tok := range toks {
			buf = entities.AppendPhraseKey(buf, tok.Form)
			ends = append(ends, len(buf))
		}
		a.keyBuf, a.keyEnds = buf, ends
		all, start := string(buf), 0
		r.keys = make([]string, len(toks))
		for i, end := range ends {
			r.keys[i], start = all[start:end], end
		}
	}
	return r.keys[k]
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
	w := r.t.Lower(i)
	for _, cand := range [...]string{w, r.t.Lemma(i), strings.TrimSuffix(w, "s")} {
		if lx.Relational[cand] {
			return cand
		}
	}
	// the singular of "allies" (not "all" read as "ally")
	if stem, ok := strings.CutSuffix(w, "ies"); ok && lx.Relational[stem+"y"] {
		return stem + "y"
	}
	return ""
}

// relationalKind returns the noun w of standing-relation noun n with the
// noun compounded right before it when that says in what field the tie
// is (see tieFields): "a trading partner of Peru" is trading-partner-of,
// "a coalition partner" coalition-partner-of; the other nouns there say
// no more of the tie than w ("an arch rival", "a finance partner at a
// law firm").
func (r *reader) relationalKind(n int, w string) string {
	if k := n - 1; k >= 0 && r.t.Head(k) == n && r.t.Rel(k) == "compound" && tieFields[r.t.Lower(k)] {
		return r.t.Lower(k) + "-" + w
	}
	return w
}

// tieFields are the nouns that say in what field a standing relation
// between actors is: trade, business, a coalition, security.
var tieFields = words.Set("trade trading business coalition security defence defense")

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
		role = entities.Role{Noun: r.relationalKind(n, w), Prep: "of"} // "his rival", "Japan's ally"
	} else {
		return
	}
	if r.roleDenied(n) {
		return
	}
	var (
		holders []graph.ActorID
		titled  []graph.ActorID // named right after the noun
	)
	// apposition, either way round: a role that names whom it is said of
	// holds whatever the clause around it supposes ("if Lee, an ally of
	// Park, resigns")
	// a plural lists its holders ("its permanent members - China, France
	// and Russia"); a singular role's apposition is a title, which titles
	// reads from the words
	if !title || t.Toks[n].XPOS == "NNS" || t.Toks[n].XPOS == "NNPS" {
		for c := range t.Dependents(n, "appos") {
			holders = append(holders, r.actorsOf(c)...)
		}
		if t.Toks[n].Deprel == "appos" {
			holders = append(holders, r.actorsOf(t.Head(n))...)
		}
	}
	// copula: "X is an ally of Y", which the clause may negate or suppose;
	// "X is a supporter and ally of Y" holds both
	pred := n
	if t.Rel(n) == "conj" && t.Has(t.Head(n), "cop") {
		pred = t.Head(n) // "Lee is a war hero and an ally of Park"
	}
	if t.Has(pred, "cop") && r.t.Asserted(r.a.x.lex, pred) {
		for c := range t.Dependents(pred, "nsubj") {
			holders = append(holders, r.actorsOf(c)...)
		}
	}
	holders = append(holders, r.servesAs(n)...)
	if x := t.Toks[n].XPOS; n+1 < len(t.Toks) && (x == "NN" || x == "NNS") {
		// a name right after the noun: "Kremlin critic Ann Reed",
		// "Moscow ally Belarus"; after a plural, the list it begins:
		// "NATO members Poland and Estonia". A person's title is read
		// by titles.
		if sp, ok := r.nameAt(n + 1); ok && sp.Start == n+1 && sp.Kind == entities.NameSpan {
			named := []graph.ActorID{sp.Actor}
			if x == "NNS" {
				named = r.actorsOf(sp.Head)
			}
			for _, a := range named {
				if !title || r.a.found.Actor(a).Type != graph.Person {
					holders = append(holders, a)
					titled = append(titled, a)
				}
			}
		}
	}
	// members: "allies, including Japan"
	for c := range t.Dependents(n, "nmod") {
		if memberPreps[t.Prep(c)] {
			holders = append(holders, r.actorsOf(c)...)
		}
	}
	if len(holders) == 0 && (t.Toks[n].XPOS == "NNS" || t.Toks[n].XPOS == "NNPS") {
		holders = r.listAfterOwner(n)
		if len(holders) == 0 {
			holders = r.ofWhichList(n)
		}
		if len(holders) == 0 && n+2 < len(t.Toks) && listDashes[t.Toks[n+1].Form] {
			// "its five permanent members - China, France and Russia -",
			// parsed with the list elsewhere
			holders = r.spanList(n + 2)
		}
	}
	read := holders // all the actors read as holders, whose role is not said of one of them
	if title && role.Noun != "member" && role.Noun != "chair" {
		// a state holds no office, a body only one that a body may hold
		// ("Leaders of the bloc, China and Peru" are no leaders of it;
		// "U.S. officials" make the United States none), though a state
		// may chair a group; a name right after a title that is typed a
		// body is more often a person the recogniser mistyped ("trade
		// chief Jan de Vries")
		holders = slices.DeleteFunc(slices.Clone(holders), func(h graph.ActorID) bool {
			switch r.a.found.Actor(h).Type {
			case graph.Country:
				return true
			case graph.Organization:
				return !pairs.BodyRole(role.Noun) && !slices.Contains(titled, h)
			}
			return false
		})
	}
	if len(holders) == 0 {
		return
	}
	var partisan []graph.ActorID
	if !title {
		partisan = r.relationalParties(n, role, holders)
	}
	affs := r.affiliations(n, role)
	// "his Republican rival" is a member of the party, no rival of it
	affs = slices.DeleteFunc(affs, func(a affiliation) bool { return slices.Contains(partisan, a.actor) })
	if len(affs) == 0 {
		// "a supporter and ally of Japan": the complement of the last
		// role of a list under one determiner is every role's (not in
		// "a senator and an ally of Lee")
		for c := range t.Dependents(n, "conj") {
			if r.roleWord(c) != "" && !t.Has(c, "det") && len(affs) == 0 {
				affs = slices.DeleteFunc(r.complementAffiliations(c, role), func(a affiliation) bool {
					return !strings.HasSuffix(string(a.pred), "-of") // not "a friend and adviser to Lee"
				})
			}
		}
	}
	for _, aff := range affs {
		if slices.Contains(read, aff.actor) {
			continue // "members Greece and Turkey" parsed with the list as owner: whose members is not said
		}
		for _, h := range holders {
			r.a.add(r.si, h, aff.pred, aff.actor)
		}
	}
}

// partisanRelations are the standing relations whose party word is the
// holder's party: "his Democratic rival", "her Republican predecessor";
// not "a Labour supporter", who may only vote for it.
var partisanRelations = words.Set("rival opponent challenger critic foe enemy friend ally successor predecessor")

// relationalParties makes the persons who hold the standing relation of
// noun n members of the party a word before the noun names: "Ann Reed,
// his Democratic rival", "his Republican opponent Tom Hale".
func (r *reader) relationalParties(n int, role entities.Role, holders []graph.ActorID) []graph.ActorID {
	if !partisanRelations[role.Noun[strings.LastIndexByte(role.Noun, '-')+1:]] {
		return nil
	}
	var out []graph.ActorID
	for _, k := range r.t.Kids[n] {
		if k >= n {
			break
		}
		if rel := r.t.Rel(k); rel != "amod" && rel != "compound" {
			continue
		}
		party, end, ok := r.party.At(k)
		if !ok || party < 0 || end > n {
			continue
		}
		out = append(out, party)
		for _, h := range holders {
			if h != party && r.a.found.Actor(h).Type == graph.Person {
				r.a.add(r.si, h, predicate("member", "of"), party)
			}
		}
	}
	return out
}

// ofWhichList returns the actors that a relative clause of plural noun n
// lists with "of which": "U.S. allies, the most important of which are
// Japan, India and Pakistan", "its members, two of which are Chile and
// Peru". The clause is read word by word: the parser rarely makes one of
// it.
func (r *reader) ofWhichList(n int) []graph.ActorID {
	t := r.t
	if n+1 >= len(t.Toks) || t.Toks[n+1].Form != "," {
		return nil
	}
	for k := n + 2; k <= n+7 && k+2 < len(t.Toks); k++ {
		if t.Lower(k) == "of" && t.Lower(k+1) == "which" {
			if l := t.Lemma(k + 2); l == "be" || l == "include" {
				return r.spanList(k + 3)
			}
			return nil
		}
	}
	return nil
}

// listDashes open a list after a noun: "its members - Chile and Peru -".
var listDashes = words.Set("- -- – — :")

// spanList returns the actors of the list of names that starts at token
// k: names separated by commas and "and" ("Japan, South Korea, and the
// United States"), up to the first word of another kind.
func (r *reader) spanList(k int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for k < len(t.Toks) {
		if t.Lower(k) == "the" {
			k++
		}
		sp, ok := r.a.found.At(r.si, k)
		if !ok || sp.Start != k {
			break
		}
		out = append(out, sp.Actor)
		k = sp.End
		for k < len(t.Toks) && (t.Toks[k].Form == "," || t.Lower(k) == "and") {
			k++
		}
	}
	return out
}

// listAfterOwner returns the states or persons a plural role noun n lists
// after its organisation, where the parser hangs the list on the
// organisation: "the founding members of the Andean Community -- Chile,
// Peru and Bolivia" (conjuncts of "Community" after a dash, comma or
// colon), "members of the Andean Community, including Chile". An
// organisation coordinated with others by "and" ("members of NATO and the
// EU") is one of the owners, not a member.
func (r *reader) listAfterOwner(n int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) != "of" {
			continue
		}
		owner, ok := r.spanActor(c)
		if !ok || r.a.found.Actor(owner).Type != graph.Organization {
			continue
		}
		listed := func(k int) {
			for _, a := range r.actorsOf(k) {
				if typ := r.a.found.Actor(a).Type; a != owner && (typ == graph.Country || typ == graph.Person) {
					out = append(out, a)
				}
			}
		}
		if conjs := t.Children(c, "conj"); len(conjs) > 0 && listOpens(t, c, conjs[0]) {
			for _, k := range conjs {
				listed(k)
			}
		}
		for k := range t.Dependents(c, "nmod") {
			if memberPreps[t.Prep(k)] {
				listed(k)
			}
		}
	}
	return out
}

// listOpens reports whether the first conjunct k of c follows a dash,
// comma or colon right after c's phrase, with no "and" or "or" before it:
// a list set after the phrase, not coordinated with it.
func listOpens(t *tree.Tree, c, k int) bool {
	for j := k - 1; j > c; j-- {
		switch t.Toks[j].Form {
		case "and", "or", "&":
			return false
		case "--", "-", "—", "–", ":", ",":
			return j+1 == k || t.Toks[j+1].UPOS == "DET"
		}
	}
	return false
}

// servesAs returns who holds role noun n by the verb it complements:
// "Reed served as ambassador to Japan", "works as an adviser to",
// "Reed was appointed (as) chairman of the bank", "the board named Reed
// as its chairman", "Reed became ambassador to Japan", asserted as the
// clause around the verb is.
func (r *reader) servesAs(n int) []graph.ActorID {
	t := r.t
	v := t.Head(n)
	if v < 0 || t.Toks[v].UPOS != "VERB" {
		return nil
	}
	as := false
	for c := range t.Dependents(n, "case") {
		as = as || t.Lower(c) == "as"
	}
	lemma := t.Lemma(v)
	if !r.t.Asserted(r.a.x.lex, v) && !(as && leavingVerbs[lemma] && !t.Passive(v)) {
		return nil // "refused to resign as president" still says who is president
	}
	switch {
	case as && t.Rel(n) == "obl" && holdingVerbs[lemma] && !t.Passive(v):
		return r.subjects(v, 0) // "served as ambassador"
	case appointingVerbs[lemma] && t.Passive(v) && (as && t.Rel(n) == "obl" || t.Rel(n) == "xcomp" || t.Rel(n) == "obj"):
		// "was named (as) chairman"; a passive of appointing has no
		// object but the role the parser may take for one ("was
		// elected president of Peru")
		return r.passiveSubjects(v, 0)
	case as && t.Rel(n) == "obl" && removingVerbs[lemma] && t.Passive(v):
		return r.passiveSubjects(v, 0) // "was sacked as finance minister": held it until then
	case as && t.Rel(n) == "obl" && appointingVerbs[lemma]:
		return r.arguments(v, "obj") // "named Reed as chairman"
	case becomingVerbs[lemma] && t.Rel(n) == "xcomp" && !t.Passive(v):
		if t.Rel(v) == "acl" || t.Toks[v].XPOS == "VBG" && t.Has(v, "mark", "case") {
			return nil // "took steps to become a member", "talks about becoming head": not yet
		}
		return r.subjects(v, 0) // "Reed became ambassador to Japan"
	}
	return nil
}

// becomingVerbs give their subject the role their complement names, with
// no "as": "Reed became ambassador to Japan", "remained chairman".
var becomingVerbs = words.Set("become remain")

// holdingVerbs say that their subject holds the role their "as" names,
// or held it until then, or takes it from another: "served as", "works
// as", "resigned as", "stepped down as", "took office as", "succeeded
// Reed as".
var holdingVerbs = words.Set(`
	serve work act remain continue stay return sit
	resign step retire quit take succeed replace
`)

// leavingVerbs say that their subject holds the role their "as" names
// until it leaves it, whether or not it does: "did not resign as
// president", "will step down as chairman" say who is president or
// chairman.
var leavingVerbs = words.Set("resign step quit retire")

// removingVerbs say that their passive subject held the role their "as"
// names until they took it: "was sacked as finance minister", "was
// removed as leader of the party".
var removingVerbs = words.Set("remove sack dismiss fire oust depose")

// appointingVerbs give their object (or their passive subject) the role
// they name: "appointed Reed (as) envoy", "was elected president".
var appointingVerbs = words.Set(`
	appoint name elect re-elect reelect choose nominate install confirm designate
	promote swear hire select inaugurate reappoint re-appoint reinstate
`)

// roleDenied reports whether role noun n is itself negated or only
// supposed ("no ally of", "a possible successor", "the would-be envoy").
// The clause around a title or an apposition does not deny it: "a plan to
// impeach President Lee" still says that Lee is president.
func (r *reader) roleDenied(n int) bool {
	t := r.t
	lx := r.a.x.lex
	for _, c := range t.Kids[n] {
		switch t.Rel(c) {
		case "det", "advmod", "amod", "compound":
			w := t.Lower(c)
			if tree.Negator(w) || lx.Unasserted[t.Lemma(c)] || lx.Unasserted[w] || w == "would-be" {
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
	for c := range t.Dependents(n, "nmod:poss", "compound", "amod") {
		for _, a := range r.actorsOf(c) {
			if t.Rel(c) != "nmod:poss" && r.a.found.Actor(a).Type == graph.Country && r.afterPossessor(c) {
				continue // "Boeing and its French rival Airbus": a possessor owns it, the state is its nationality
			}
			if pred := r.ownerPredicate(role, a); pred != "" {
				out = append(out, affiliation{actor: a, pred: pred})
			}
		}
	}
	return append(out, r.complementAffiliations(n, role)...)
}

// afterPossessor reports whether the word before the phrase that starts
// at token c (the actor span's start) is a possessive: "its", "Toyota's".
func (r *reader) afterPossessor(c int) bool {
	if sp, ok := r.a.found.At(r.si, c); ok {
		c = sp.Start
	}
	if c == 0 {
		return false
	}
	x := r.t.Toks[c-1].XPOS
	return x == "POS" || x == "PRP$"
}

// complementAffiliations is the part of affiliations written after the
// noun: "an ally of Japan", "adviser to the president".
func (r *reader) complementAffiliations(n int, role entities.Role) []affiliation {
	t := r.t
	var out []affiliation
	nmods := t.Children(n, "nmod")
	unit := func(c int) bool {
		if _, named := r.spanActor(c); named || !unitNouns[t.Lemma(c)] {
			return false
		}
		for k := range t.Dependents(c, "appos", "flat", "compound") {
			if _, named := r.spanActor(k); named && k > c {
				return false // "the rights group Liberty" is Liberty
			}
		}
		return true
	}
	// "head of the legal group at Carver Inc" heads a unit, not the firm,
	// wherever the parser hangs "at Carver Inc"
	ofUnit := slices.ContainsFunc(nmods, func(c int) bool { return t.Prep(c) == "of" && unit(c) })
	for _, c := range nmods {
		p := t.Prep(c)
		if p == "" || memberPreps[p] || ofUnit && ownerPrep(p) {
			continue
		}
		owned := slices.ContainsFunc(nmods, func(d int) bool { return d != c && ownerPrep(t.Prep(d)) })
		for _, a := range r.actorsOf(c) {
			if r.heldIn(role, p, a, owned) {
				continue
			}
			out = append(out, affiliation{actor: a, pred: predicate(r.ownedRoleNoun(role, a), p)})
		}
	}
	return out
}

// unitNouns are the common nouns of a body's working parts: the holder
// of a role of one ("the head of the research unit at Brennard") holds no
// role of the body. A department or a division is often a body of its
// own ("an official of the province's agriculture department").
var unitNouns = words.Set("group unit team desk section")

// heldIn reports whether actor a, linked to a role by prep, is only the
// place where the role is held, not whose it is: after "in", a Location
// ("a spokesman in Denver"; after "at" it is mostly an employer whose name
// the finder took for a place's); a state after a role that a state
// does not own ("an economist in Tokyo": roles.txt's @Country:none), or
// after a role whose owner another phrase names (owned: "head of the
// trade mission in Ottawa" is the mission's, which is in Canada). The
// ambassador in Lima is Peru's ambassador-in.
func (r *reader) heldIn(role entities.Role, prep string, a graph.ActorID, owned bool) bool {
	if prep != "in" {
		return false
	}
	switch r.a.found.Actor(a).Type {
	case graph.Location:
		return true
	case graph.Country:
		denied, set := role.ByType[graph.Country]
		return set && denied == "" || owned
	}
	return false
}

// ownerPrep reports whether prep links a role to whose it is: "head of",
// "spokesman for", "analyst at".
func ownerPrep(prep string) bool {
	return prep == "of" || prep == "for" || prep == "at"
}

// ownerPredicate returns the predicate that links the holder of role to
// an owner written before it: "Putin's aide" (aide-to), "Russia's
// president" (president-of); "" when the owner cannot own the role.
func (r *reader) ownerPredicate(role entities.Role, owner graph.ActorID) graph.Predicate {
	prep, ok := role.OwnerPrep(r.a.found.Actor(owner).Type)
	if !ok {
		return ""
	}
	return predicate(r.ownedRoleNoun(role, owner), prep)
}

// ownedRoleNoun returns the noun of role's predicate with owner: an
// opposition's role is a state's ("Kenyan opposition leader" gives
// opposition-leader-of Kenya), but in a party or another body it is the
// body's role ("opposition leader Kari Lund of the Conservative Party"
// is leader-of the party).
func (r *reader) ownedRoleNoun(role entities.Role, owner graph.ActorID) string {
	if rest, ok := strings.CutPrefix(role.Noun, "opposition-"); ok && r.a.found.Actor(owner).Type == graph.Organization {
		return rest
	}
	return role.Noun
}

func startsUpper(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}
