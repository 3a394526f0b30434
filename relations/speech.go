package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/relations/tree"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// tellingVerbs tell their object what a "that" clause says: "told the
// assembly that Chile had agreed", "assured Peru that ...".
var tellingVerbs = words.Set(`
	tell inform assure reassure remind warn notify brief convince persuade promise
`)

// thatComplements returns the tokens of a sentence with each "that" clause
// which the parser hung on the object of a telling verb as a relative
// clause ("told [the assembly [that Chile had agreed to act]]"), or on
// the time or the occasion of a verb of saying ("said [last week [that
// Chile had agreed]]", "said in [an interview [that Chile was lying]]"),
// put back as the verb's complement, "that" its mark; the tokens
// themselves when there is none. The clause is read as a complement only
// when it has a subject of its own, which a relative clause whose "that"
// is the subject lacks; one whose "that" is the object ("the envoy that
// Chile had sent", "the statement that Chile issued") is rare there. The
// tokens passed are not changed.
func thatComplements(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for c, tok := range toks {
		if tok.Deprel != "acl:relcl" {
			continue
		}
		o := tok.Head - 1
		if o < 0 || o >= len(toks) {
			continue
		}
		v := toks[o].Head - 1
		if v < 0 || v >= len(toks) || toks[v].UPOS != "VERB" {
			continue
		}
		lemma := strings.ToLower(toks[v].Lemma)
		switch d := toks[o].Deprel; {
		case (d == "obj" || d == "iobj") && tellingVerbs[lemma]:
		case strings.HasPrefix(d, "obl") && d != "obl:agent" && (lx.Reporting[lemma] || tellingVerbs[lemma]) && v < o:
		default:
			continue
		}
		that, subject := -1, false
		for k := o + 1; k < c; k++ {
			if toks[k].Head-1 != c {
				continue
			}
			switch {
			case strings.EqualFold(toks[k].Form, "that") && toks[k].UPOS == "PRON" && that < 0:
				that = k
			case strings.HasPrefix(toks[k].Deprel, "nsubj"):
				subject = true
			}
		}
		if that < 0 || !subject {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[c].Head, out[c].Deprel = v+1, "ccomp"
		out[that].Head, out[that].Deprel, out[that].UPOS, out[that].XPOS = c+1, "mark", "SCONJ", "IN"
	}
	if out == nil {
		return toks
	}
	return out
}

// contentThats returns the tokens of a sentence with each "that" which
// the parser took for the relative pronoun of a clause that has a subject
// or an object besides it ("the accusation [that] Chile had broken the
// truce", "that" the object, "truce" another) put back as the mark of
// the content clause it opens, the clause the noun's modifier: a
// relative pronoun fills a place the clause leaves empty. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func contentThats(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for c, tok := range toks {
		if tok.Deprel != "acl:relcl" {
			continue
		}
		that := -1
		for k := 0; k < c; k++ {
			if toks[k].Head-1 == c && strings.EqualFold(toks[k].Form, "that") && toks[k].UPOS == "PRON" {
				that = k
			}
		}
		if that < 0 || toks[that].Deprel != "obj" && toks[that].Deprel != "nsubj" {
			continue
		}
		same := 0
		for _, d := range toks {
			if d.Head-1 == c && d.Deprel == toks[that].Deprel {
				same++
			}
		}
		if same < 2 {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[c].Deprel = "acl"
		out[that].Deprel, out[that].UPOS, out[that].XPOS = "mark", "SCONJ", "IN"
	}
	if out == nil {
		return toks
	}
	return out
}

// speechActs are the verbs of saying something or taking a stance in
// words, which a speaker goes on with after what they said: "said Chile
// had lost and warned Peru", "said Chile would act, adding that".
var speechActs = words.Set(`
	say add note tell warn argue insist stress repeat reiterate explain comment
	urge call appeal ask demand accuse blame charge criticise criticize condemn
	denounce praise welcome reject deny dismiss vow pledge promise threaten
	predict express describe cite claim acknowledge concede admit
`)

// speakerClauses returns the tokens of a sentence with each verb of
// saying that goes on from a speaker's clause and that the parser hung on
// the clause said instead ("Reed said [Chile had lost] and [warned] Peru",
// "Reed said [Chile would not act], [adding] that", with "warned" a
// conjunct and "adding" an adverbial clause of the clause said) put back
// on the verb of saying, whose subject speaks again: a conjunct with
// "and" or "but", no subject or auxiliary of its own and the tense of
// the verb of saying, or a participle after a comma. A verb inside a
// quotation is the quoted speaker's, and is left alone. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func speakerClauses(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for d, tok := range toks {
		c := tok.Head - 1
		if tok.UPOS != "VERB" || !speechActs[strings.ToLower(tok.Lemma)] || c < 0 || c >= d || toks[c].Deprel != "ccomp" {
			continue
		}
		v := toks[c].Head - 1
		if v < 0 || v >= c || toks[v].UPOS != "VERB" || !lx.Reporting[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if slices.ContainsFunc(toks[v+1:d], func(k ud.Token) bool { return quoteMarks[k.Form] || k.Form == "”" || k.Form == "''" }) {
			continue
		}
		own, cc := false, false
		for _, k := range toks {
			if k.Head-1 != d {
				continue
			}
			own = own || strings.HasPrefix(k.Deprel, "nsubj") || strings.HasPrefix(k.Deprel, "aux")
			cc = cc || k.Deprel == "cc" && (strings.EqualFold(k.Form, "and") || strings.EqualFold(k.Form, "but"))
		}
		switch {
		case own:
			continue
		case tok.Deprel == "conj" && cc && tok.XPOS == toks[v].XPOS && (tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP"):
		case tok.Deprel == "advcl" && tok.XPOS == "VBG" && toks[d-1].Form == ",":
		default:
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[d].Head = v + 1
	}
	if out == nil {
		return toks
	}
	return out
}

// conversing are the verbs whose object is what is talked about, so that
// coordinated subjects talk with each other: "Chile and Peru discussed
// trade" is (Chile, discussed-with, Peru).
var conversing = words.Set("discuss debate")

// conduct reports whether the copular clause c says how its subject is to
// act: an adjective of conduct ("Iran should be careful", "must be more
// flexible"), not of a state the subject is to be in ("Kosovo should be
// independent", "must be held accountable").
func (r *reader) conduct(c int) bool {
	t := r.t
	return t.Toks[c].UPOS == "ADJ" && !states[t.Lemma(c)]
}

// states are the adjectives of what one is, not of how one acts: "should
// be free", "must be responsible for".
var states = words.Set(`
	free independent able unable eligible entitled liable responsible accountable
	guilty safe secure sovereign neutral united whole present absent aware sure
	allowed subject open closed equal part
`)

// reportedRel is a relation read off reported speech, kept until the
// sentence's roles are known.
type reportedRel struct {
	s    graph.ActorID
	pred graph.Predicate
	o    graph.ActorID
}

// addBlamed adds the blame and accusations of the sentence's reported
// speech, but not those a speaker reports of the state or body the article
// gives them a role in: "Prime Minister Ann Roe said Peru had taken
// action" is Peru's own course, told by its leader, not an accusation.
func (r *reader) addBlamed() {
	for _, b := range r.blamed {
		if !r.a.ownSide(b.s, b.o) {
			r.a.addReported(r.si, b.s, b.pred, b.o)
		}
	}
}

// addReported adds a demand or an accusation of reported speech, which
// dropOwnSide tests again at the article's end.
func (a *article) addReported(si int, s graph.ActorID, pred graph.Predicate, o graph.ActorID) {
	n := len(a.rels)
	a.add(si, s, pred, o)
	if len(a.rels) > n {
		a.reported = append(a.reported, n)
	}
}

// dropOwnSide returns the article's relations without the demands and
// accusations of reported speech whose speaker the article, read to its
// end, gives a role in the one spoken of: "Finance Minister Ken Abe said
// Japan should act" once the article shows whose minister he is.
func (a *article) dropOwnSide() []graph.Relation {
	drop := map[int]bool{}
	for _, i := range a.reported {
		if a.ownSide(a.rels[i].Subject, a.rels[i].Object) {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return a.rels
	}
	out := a.rels[:0:0]
	for i, rel := range a.rels {
		if !drop[i] {
			out = append(out, rel)
		}
	}
	return out
}

// ownSide reports whether the article has so far given s a role in y
// (president-of, member-of), not a stance towards it: what s says y did
// or should do is then y's own course, no accusation of or demand on it;
// a critic-of or one critical-of y ("Lee, a critic of Park, said Park had
// threatened the press") accuses it.
func (a *article) ownSide(s, y graph.ActorID) bool {
	if !a.related(s, y) {
		return false
	}
	lx := a.x.lex
	for _, rel := range a.rels {
		stem, ok := strings.CutSuffix(string(rel.Predicate), "-of")
		if ok && rel.Subject == s && rel.Object == y && !lx.Relational[stem] && !lx.Adjectives[stem+" of"] {
			return true
		}
	}
	return false
}

// condemnedOwners returns the actors that own the subject of copular
// clause c, which brands it a wrong: "Y's delivery of arms was an act of
// aggression", "the Chilean raid was illegal" condemn Y, Chile, whatever the
// noun.
func (r *reader) condemnedOwners(c int) []graph.ActorID {
	var out []graph.ActorID
	for _, n := range r.clauseSubject(c) {
		out = append(out, r.owners(n)...)
	}
	return out
}

// owners returns the actors that own the noun n, which is no actor of its
// own: "Y's raid", "the Chilean raid" are Y's, Chile's.
func (r *reader) owners(n int) []graph.ActorID {
	t := r.t
	if t.Toks[n].UPOS != "NOUN" {
		return nil
	}
	var out []graph.ActorID
	for k := range t.Dependents(n, "nmod:poss", "compound", "amod") {
		if k < n {
			if a, ok := r.spanActor(k); ok {
				out = append(out, a)
			}
		}
	}
	return out
}

// clauseSubject returns the subject of reported clause c; for a copular
// clause without one, the object of the reporting verb just before it,
// which the parser took for the verb's ("said [Y's raid] [was illegal]").
func (r *reader) clauseSubject(c int) []int {
	t := r.t
	if ns := t.Children(c, "nsubj"); len(ns) > 0 || !t.Has(c, "cop") {
		return ns
	}
	v := t.Head(c)
	if v < 0 {
		return nil
	}
	for o := range t.Dependents(v, "obj") {
		if v < o && o < c {
			return []int{o}
		}
	}
	return nil
}

// mandates are the verbs whose "that" clause says what another is to do,
// with the predicate of that demand: "demanded that Peru withdraw",
// "urged that Chile be careful", "insisted that Peru pay".
var mandates = map[string]string{
	"demand": "demanded", "insist": "demanded", "urge": "urged", "ask": "asked", "request": "asked",
}

// mandated reads "X demanded that Y withdraw its troops" as (X, demanded,
// Y): the subject of the clause under a verb of demanding is the one the
// demand is made of, once the sentence's roles are known (a leader's
// demand on their own state is their state's course). The clause must
// say what its subject is to do: an active verb or an adjective of conduct,
// not a passive one ("demanded that Lee be released" is no demand on Lee),
// nor a question ("asked whether Chile would come", "asked how Peru
// would react", whose asker may be the one asked). After "insist", which
// also reports ("insisted that Peru had paid"), only a subjunctive says
// what is to be done.
func (r *reader) mandated(v int, subs []graph.ActorID) {
	t := r.t
	pred, ok := mandates[t.Lemma(v)]
	if !ok || len(subs) == 0 {
		return
	}
	for c := range t.Dependents(v, "ccomp") {
		if c < v || t.Passive(c) || r.question(c) {
			continue
		}
		if marks := t.Children(c, "mark"); len(marks) > 1 || len(marks) == 1 && t.Lower(marks[0]) != "that" ||
			len(marks) == 0 && !r.subjunctive(c) {
			continue // "asked for funds so the bank could hire", "asked Peru would"
		}
		if t.Has(c, "cop") && !r.conduct(c) || !t.Has(c, "cop") && t.Toks[c].UPOS != "VERB" {
			continue
		}
		if t.Lemma(v) == "insist" && !r.subjunctive(c) {
			continue
		}
		for _, y := range r.arguments(c, "nsubj") {
			for _, s := range subs {
				r.urged = append(r.urged, reportedRel{s, predicate(pred), y})
			}
		}
	}
}

// subjunctive reports whether clause c is in the subjunctive: a bare verb
// with no auxiliary ("that Peru pay", "that Chile be careful"), or one
// under "should".
func (r *reader) subjunctive(c int) bool {
	t := r.t
	if aux := t.Children(c, "aux"); len(aux) > 0 {
		return t.Lower(aux[0]) == "should"
	}
	if cop := t.Children(c, "cop"); len(cop) > 0 {
		return t.Lower(cop[0]) == "be"
	}
	return t.Toks[c].XPOS == "VB"
}

// ownBrand reports whether k, the one phrase of branding verb v, names
// both the wrong and whose it is: a condemning noun under "what X called"
// ("what Chile called Peruvian aggression"), or one the parser ran together
// with the phrase it brands ("called [the Peruvian raids genocide]", a
// noun before the condemning one). The wrong's owners are accused. A bare
// "called the Peruvian envoy", where "call" is to telephone, is neither.
func (r *reader) ownBrand(v, k int) bool {
	t := r.t
	if !r.a.x.lex.Condemnation[t.Lemma(k)] {
		return false
	}
	if h := t.Head(v); isRelClause(t.Rel(v)) && h >= 0 && t.Lower(h) == "what" {
		return true
	}
	for c := range t.Dependents(k, "compound") {
		if c < k && t.Toks[c].UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// brandedActors returns the actors that the phrase k, which a branding
// verb brands a wrong, names or owns: "Peru", "Peru's raid", "the Peruvian
// raid", but not the owner of a role ("the Peruvian envoy" is someone
// else, whom the entities name when they can).
func (r *reader) brandedActors(k int) []graph.ActorID {
	if as := r.actorsOf(k); len(as) > 0 || r.roleWord(k) != "" {
		return as
	}
	return r.owners(k)
}

// quotedBrand reports whether the phrase k is a condemning word in
// quotation marks: ""piracy"", ""an act of war"".
func (r *reader) quotedBrand(k int) bool {
	t := r.t
	if !r.condemns(k) {
		return false
	}
	for c := range t.Dependents(k, "punct") {
		if c < k && quoteMarks[t.Toks[c].Form] {
			return true
		}
	}
	return false
}

// quoteMarks are the opening quotation marks.
var quoteMarks = words.Set("\" “ ‘ '' ``")

// question reports whether clause c is an indirect question: a "whether"
// or "if", or a question word of its own ("how Peru would react", "what
// Chile had learned").
func (r *reader) question(c int) bool {
	t := r.t
	if t.HasMark(c, "whether", "if") {
		return true
	}
	for _, k := range t.Kids[c] {
		switch t.Toks[k].XPOS {
		case "WRB", "WP", "WDT", "WP$":
			return true
		}
		for _, g := range t.Kids[k] {
			if x := t.Toks[g].XPOS; k < c && (x == "WDT" || x == "WP$") {
				return true // "which state Chile would back"
			}
		}
	}
	return false
}

// attitudes are the nouns of a feeling about another that a verb voices:
// "expressed concern about", "voiced anger at".
var attitudes = words.Set(`
	concern concerns worry worries alarm anger outrage dismay disappointment
	displeasure unhappiness unease fear fears doubts reservations misgivings
	frustration
`)

// concernedAbout reads the actor that the feeling object noun of verb v
// is about when a phrase or a clause names it only through what it does
// or owns: "expressed concern about Chile's buildup" is (X,
// expressed-concern-about, Chile), the possessor of the topic, and
// "voiced concern that Chile was arming rebels" too, the clause's
// subject; a topic that is an actor is read as any object phrase is.
func (r *reader) concernedAbout(v, noun int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	if noun < 0 || len(subs) == 0 || !attitudes[t.Lemma(noun)] {
		return
	}
	stem := append([]string{string(base)}, r.nounWords(noun)...)
	add := func(prep string, ys []graph.ActorID) {
		for _, y := range ys {
			for _, s := range subs {
				r.a.add(r.si, s, predicate(append(stem, prep)...), y)
			}
		}
	}
	for _, c := range append(t.Children(v, "obl"), t.Children(noun, "nmod")...) {
		p := t.Prep(c)
		if !topicPreps[p] && p != "at" || t.Toks[c].UPOS != "NOUN" || r.roleWord(c) != "" || len(r.actorsOf(c)) > 0 {
			continue
		}
		for k := range t.Dependents(c, "nmod:poss") {
			add(p, r.actorsOf(k))
		}
	}
	for _, c := range append(t.Children(v, "ccomp"), t.Children(noun, "acl")...) {
		if t.HasMark(c, "that") && !t.Passive(c) {
			add("about", r.arguments(c, "nsubj"))
		}
	}
}

// appeals are the verbs that call with "for" for a measure to be taken:
// "called for sanctions against Peru", "pressed for talks with Chile".
var appeals = words.Set("call appeal press push ask")

// measurePreps link a measure called for to the actor it concerns.
var measurePreps = words.Set("against on with to into")

// calledFor reads "X called for an embargo against Y" as (X,
// called-for-embargo-against, Y): the measure is only called for, but
// the call is made. The measure joins the predicate, as an object noun
// does ("imposed an embargo on Cuba").
func (r *reader) calledFor(v int, base graph.Predicate, subs []graph.ActorID) {
	t := r.t
	if len(subs) == 0 || !appeals[t.Lemma(v)] {
		return
	}
	for c := range t.Dependents(v, "obl") {
		if t.Prep(c) != "for" || t.Toks[c].UPOS != "NOUN" || r.roleWord(c) != "" || t.Has(c, "nmod:poss") {
			continue
		}
		if _, ok := r.actorAt(c); ok {
			continue // "called for Peru's envoy"
		}
		nom, event := r.eventNoun(c)
		for m := range t.Dependents(c, "nmod") {
			p := t.Prep(m)
			if !measurePreps[p] && (p != "of" || !event || !nom.Undergoer) {
				continue // but "called for the release of Ann Reed": what the call is for is done to her
			}
			pred := predicate(append(append([]string{string(base), "for"}, r.nounWords(c)...), p)...)
			for _, o := range r.actorsOf(m) {
				for _, s := range subs {
					r.a.add(r.si, s, pred, o)
				}
			}
		}
	}
}

// promised reports whether v is the verb of a "that" clause in which the
// subject of a verb of commitment says what it will do: "Chile pledged
// that it would withdraw its troops" commits Chile as "pledged to
// withdraw" does. The clause must have "will" or "would" and no other
// auxiliary, no negation and no condition, and its subject must be the
// committer's.
func (r *reader) promised(v int) bool {
	t := r.t
	h := t.Head(v)
	if t.Rel(v) != "ccomp" || t.Toks[v].UPOS != "VERB" || t.Toks[h].UPOS != "VERB" || !r.a.x.lex.Commitment[t.Lemma(h)] {
		return false
	}
	if !t.HasMark(v, "that") || t.Passive(v) || t.Has(v, "cop") {
		return false
	}
	for _, c := range t.Kids[v] {
		switch t.Rel(c) {
		case "advmod", "neg":
			if tree.Negator(t.Lower(c)) {
				return false // "pledged that it would not attack"
			}
		case "advcl":
			if t.HasMark(c, "if", "unless") {
				return false // "vowed that, if elected, he would"
			}
		}
	}
	aux := t.Children(v, "aux")
	if len(aux) != 1 || t.Lower(aux[0]) != "would" && t.Lower(aux[0]) != "will" {
		return false
	}
	subs, own := r.subjects(h, 0), r.subjects(v, 0)
	return len(own) > 0 && !slices.ContainsFunc(own, func(a graph.ActorID) bool { return !slices.Contains(subs, a) })
}

// reportedRelative returns the actors that the noun before a relative
// clause of saying stands for when v, the clause's complement with no
// subject of its own, says what that noun does or undergoes: "the Red Dawn
// Front, which Peru says has links with Chile", "a group that officials
// believe is backed by Chile". The parser hangs the relative pronoun on
// the verb of saying, whose own subject is the speaker; ok is false when v
// is no such complement. The clause's place the parser may have got
// wrong is put right before (see relativeSayings).
func (r *reader) reportedRelative(v int) (as []graph.ActorID, ok bool) {
	t := r.t
	h := t.Head(v)
	if h < 0 || t.Rel(v) != "ccomp" && t.Rel(v) != "xcomp" || !r.a.x.lex.Reporting[t.Lemma(h)] {
		return nil, false
	}
	if t.Toks[v].UPOS != "VERB" && !t.Has(v, "cop") || t.HasMark(v, "to", "that", "if", "whether") {
		return nil, false
	}
	pron, speaker := -1, -1
	for _, c := range t.Kids[h] {
		if c > h {
			break
		}
		switch {
		case pron < 0 && speaker < 0 && relativeWords[t.Lower(c)]:
			pron = c
		case strings.HasPrefix(t.Rel(c), "nsubj") && c > pron:
			speaker = c
		}
	}
	if pron < 1 || speaker < 0 {
		return nil, false
	}
	n := t.Head(h)
	if !isRelClause(t.Rel(h)) || n < 0 || n > pron {
		return nil, false
	}
	if as := r.actorsOf(n); len(as) > 0 || t.Rel(n) != "appos" {
		return as, true
	}
	// "a rebel group that officials say ...", in apposition to the name
	return r.actorsOf(t.Head(n)), true
}

// relativeWords are the relative pronouns that open a clause of saying
// about the noun before them ("which Peru says", "that officials believe"),
// whatever the tagger made of them.
var relativeWords = words.Set("which that who")

// receivingVerbs are the verbs whose subject undergoes what their object
// noun's doer, named by "from", does: "drew criticism from Peru", "faced
// pressure from", "won praise from", "received a warning from".
var receivingVerbs = words.Set(`
	draw face receive win earn attract get garner incur meet provoke spark
	prompt trigger invite
`)

// receivedActs are the nouns of an act done to the one who receives it,
// by one who speaks or takes a stance, or by force, with the predicate of
// their doer: "came under fire from Peru" is (Peru, criticized, X).
// Nouns of what is given ("aid", "a call") are not: what is received is
// its receiver's (received-aid-from).
var receivedActs = map[string]string{
	"criticism": "criticized", "condemnation": "condemned", "condemnations": "condemned",
	"censure": "censured", "rebuke": "rebuked", "rebukes": "rebuked", "reprimand": "reprimanded",
	"praise": "praised", "acclaim": "praised", "plaudits": "praised", "warning": "warned",
	"warnings": "warned", "threat": "threatened", "threats": "threatened", "pressure": "pressured",
	"fire": "criticized", "attack": "attacked", "attacks": "attacked", "accusation": "accused",
	"accusations": "accused", "support": "supported", "backing": "backed",
	"endorsement": "endorsed", "demand": "demanded", "demands": "demanded",
	"protest": "protested", "protests": "protested", "opposition": "opposed",
	"congratulations": "congratulated", "ultimatum": "warned", "invitation": "invited",
}

// underVerbs are the verbs after which "under" names what their subject
// undergoes: "came under fire from", "fell under pressure from".
var underVerbs = words.Set("come fall")

// receivedFrom reads "X drew criticism from Y" and "X came under fire
// from Y" as (Y, criticized, X): the doer of the act X receives is in
// the "from" phrase, on the noun or on the verb. A subject that is no
// actor stands for its owner ("Chile's plan drew criticism from Peru").
// It reports whether it read one, so that the verb's own reading
// (drew-criticism-from) is not added too.
func (r *reader) receivedFrom(v, noun int, subs []graph.ActorID) bool {
	t := r.t
	n := -1
	switch lemma := t.Lemma(v); {
	case receivingVerbs[lemma]:
		n = noun
	case underVerbs[lemma]:
		for c := range t.Dependents(v, "obl") {
			if t.Prep(c) == "under" && t.Toks[c].UPOS == "NOUN" {
				n = c
			}
		}
	}
	if n < 0 {
		return false
	}
	pred, ok := receivedActs[t.Lower(n)]
	if !ok {
		return false
	}
	var doers []graph.ActorID
	for _, c := range append(t.Children(n, "nmod"), t.Children(v, "obl")...) {
		if t.Prep(c) == "from" {
			doers = append(doers, r.actorsOf(c)...)
		}
	}
	if len(doers) == 0 {
		return false
	}
	if len(subs) == 0 {
		for s := range t.Dependents(v, "nsubj") {
			subs = append(subs, r.owners(s)...)
		}
	}
	for _, d := range doers {
		for _, s := range subs {
			r.a.add(r.si, d, predicate(pred), s)
		}
	}
	return true
}

// toInfinitives returns the tokens of a sentence with each infinitive
// after a verb that governs one ("threatened to sanction Peru", "vowed
// to impose sanctions on Chile") that the tagger read as a noun phrase
// after the preposition "to" put back as the verb's infinitive clause:
// a singular noun that the parser gave an object of its own ("[to]
// [sanction] Peru", the name right after the noun), or an adjective
// before the phrase's noun that is the verb of an event noun ("[to]
// [impose] sanctions"), the noun then its object. The tokens themselves
// are returned when there is none; the tokens passed are not changed.
func toInfinitives(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].UPOS != "ADP" || !strings.EqualFold(toks[k].Form, "to") {
			continue
		}
		w := k + 1
		n := toks[k].Head - 1 // the phrase's noun
		if n < w || n >= len(toks) || toks[n].UPOS != "NOUN" || !strings.HasPrefix(toks[n].Deprel, "obl") {
			continue
		}
		v := toks[n].Head - 1
		if v < 0 || v >= k || toks[v].UPOS != "VERB" || !infinitiveGovernor(strings.ToLower(toks[v].Lemma), lx) {
			continue
		}
		form := toks[w].Form
		if form != strings.ToLower(form) {
			continue
		}
		obj := -1
		switch {
		case n == w && toks[w].XPOS == "NN" && opensObjectTag(toks[w+1]) && !timeNames[strings.ToLower(toks[w+1].Form)]:
			// "[to] [sanction] Peru": the phrase that opens right
			// after it is its object
			for j := w + 1; j < len(toks); j++ {
				if toks[j].Head-1 == w && toks[j].UPOS != "PUNCT" {
					obj = j
					break
				}
			}
		case n > w && toks[w].Head-1 == n && (toks[w].Deprel == "amod" || toks[w].Deprel == "compound") && lx.EventVerbs[form]:
			// "[to] [impose] sanctions on Chile"
			obj = n
			for j := w + 1; j < n; j++ {
				if toks[j].Head-1 != n {
					obj = -1
				}
			}
		}
		if obj < 0 {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[w].UPOS, out[w].XPOS, out[w].Feats, out[w].Lemma = "VERB", "VB", "VerbForm=Inf", form
		out[w].Head, out[w].Deprel = v+1, "xcomp"
		out[k].UPOS, out[k].XPOS, out[k].Head, out[k].Deprel = "PART", "TO", w+1, "mark"
		out[obj].Head, out[obj].Deprel = w+1, "obj"
	}
	if out == nil {
		return toks
	}
	return out
}

// infinitiveGovernor reports whether the verb lemma governs an
// infinitive: "threaten", "vow", "agree", "move", "seek".
func infinitiveGovernor(lemma string, lx *lex.Lexicon) bool {
	return lx.Commitment[lemma] || lx.Asserting[lemma] || lx.Unasserted[lemma]
}

// opensObjectTag reports whether token t can open a verb's object: a
// determiner, a name or a possessive pronoun.
func opensObjectTag(t ud.Token) bool {
	switch t.XPOS {
	case "DT", "NNP", "NNPS", "PRP$":
		return true
	}
	return false
}

// timeNames are the names of days and months, which follow a noun after
// "to" as its time ("went to court Monday"), not its object.
var timeNames = words.Set(`
	monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december
`)
