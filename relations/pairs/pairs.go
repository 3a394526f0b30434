// Package pairs is the learned pair model of the relations reader. The
// rules of package relations read a relation off a construction they know;
// the pair model looks instead at every pair of actors one sentence
// mentions close together in its dependency tree, reads a predicate off
// the words between them, and scores how likely a reader is to draw that
// edge: it adds the pairs the rules missed that it is confident of, and
// drops the rules' pairs it finds unlikely. Its weights (pairs.model) are
// learned from annotated articles by the tests' -update-pairs.
//
// What it needs of the rules (role nouns, past tenses, the predicates of
// event nouns) it asks through Rules, so that it imports nothing of
// package relations, which calls it.
package pairs

import (
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/relations/tree"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Rules is what the pair model asks of the rules about the words of one
// sentence.
type Rules interface {
	// RoleWord returns the predicate noun of the role or
	// standing-relation noun at token i ("President" -> "president"),
	// or "".
	RoleWord(i int) string
	// OwnerDenied reports whether the role at token i takes no owner of
	// type t written before it ("a Latin America analyst", "a Russian
	// lawyer": a field or a nationality, not whose).
	OwnerDenied(i int, t graph.ActorType) bool
	// PastOf returns the past tense of verb v.
	PastOf(v int) string
	// NominalPredicate returns the predicate of event noun n read with
	// the verb nom and the preposition prep that links its object.
	NominalPredicate(n int, nom lex.Nominal, prep string) graph.Predicate
	// Party reports whether actor a is a political party.
	Party(a graph.ActorID) bool
	// Kin reports whether the role at token i is a family relation
	// ("wife", "son"), which only a person is the other party to.
	Kin(i int) bool
	// Replaces reports whether verb v names a successor after "with"
	// ("replaced Ana Ruiz with Luis Vega"): the rules read who replaced
	// whom, and its subject replaced no one.
	Replaces(v int) bool
	// StandsForState reports whether the common noun at token i, with a
	// state's adjective before it, may stand for the state though no rule
	// reads it so: a place, body or target of the state's ("the Chilean
	// capital", "the Syrian electoral commission"), or what acts or is
	// acted on in a hostile act ("sank three Iranian boats").
	StandsForState(i int) bool
	// Mentions reports whether verb v merely mentions or makes known
	// what it takes ("cited", "announced"), or starts, stops or changes
	// the event its object names ("lifted"): the owner of its object
	// noun is no party to it ("announced Reed's decision", "lifted
	// Chile's sanctions").
	Mentions(v int) bool
	// Government returns the state that a government named after a
	// person stands for, when the name at token i is that person's ("the
	// Reagan administration" is the United States, not Reagan): no
	// mention of the person, and one the rules read.
	Government(i int) (graph.ActorID, bool)
	// FirmsState reports whether the state named at tokens [start, end)
	// is written before the name of an organisation, no state's
	// institution, that the role at token n follows: the state is the
	// organisation's, not the role's ("American Honda president").
	FirmsState(n, start, end int) bool
}

// Sentence is one parsed sentence of an article, with the actors found
// in it, as the pair model reads it.
type Sentence struct {
	Index int // the sentence's index in the article
	Tree  *tree.Tree
	Found *entities.Found // the article's actors and their mentions
	Lex   *lex.Lexicon
	Rules Rules
	// Body is the first word after the sentence's dateline and agency
	// ("WASHINGTON (Reuters) -"): what comes before it is no party
	Body int
	ms   []mention // the mentions, while Candidates runs
	// the room pairFeatures writes each candidate's features in, in
	// turn, while Candidates runs
	room featureWriter
}

// This file finds the candidate pairs and their predicates;
// pairs_features.go describes them to the model (pairs_model.go).

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

// Candidate is an ordered pair of actors that one sentence relates
// through a short dependency path, with the predicate the path proposes.
type Candidate struct {
	Sent          int
	Subj, Obj     graph.ActorID
	STok, OTok    int    // the mentions' heads
	Trigger       int    // the word the predicate is read off, -1 for none
	Kind          string // what the trigger is: verb, role, event, noun, adj; direct
	Pred          graph.Predicate
	Alts          []graph.Predicate // other readings of the predicate, Pred first
	Path          []string          // arcs, "<rel" going up from Subj, ">rel" down to Obj
	LCA           int               // the common head of the mentions
	Asserted      bool
	Passive       bool
	Rule, RuleRev bool // the rules relate the pair, or the reverse pair, in this sentence
	// Where says the object is only the place where the trigger happens
	// or is held ("met Lund in Oslo", "an analyst in Oslo"), not a party
	Where bool
	// Bare holds, for an event noun, the noun as a predicate of its own
	// ("deal", "war"): a reading that names the event but not how the
	// pair takes part in it
	Bare graph.Predicate
	// Clipped is, for a verb whose object is an oblique beside an object
	// noun ("lifted sanctions on a Russian bank"), the reading of the
	// verb and preposition alone (lifted-on), and Widened the predicate
	// the rules make with the noun (lifted-sanctions-on), or with the
	// event noun's verb after a light verb (launched strikes on: struck),
	// which the model writes in its place
	Clipped, Widened graph.Predicate
	Feats            []string
}

// spanKindNames are the kinds of mention of the spans' kinds.
var spanKindNames = map[entities.SpanKind]string{
	entities.NameSpan: "name", entities.DemonymSpan: "demonym", entities.PronounSpan: "pronoun",
	entities.DescriptionSpan: "description", entities.ModifierSpan: "modifier",
}

// mentions returns the mentions of the sentence, in token order of their
// heads; a token stands for one actor at most, except a plural reference.
func (r *Sentence) mentions() []mention {
	f := r.Found
	var out []mention
	covered := make([]bool, len(r.Tree.Toks))
	for _, sp := range f.InSentence(r.Index) {
		if sp.Head < r.Body || r.moneyWord(sp) || r.privateNoun(sp) {
			continue
		}
		if _, ok := r.Rules.Government(sp.Head); ok {
			continue // the rules read the state
		}
		if sp.Kind == entities.PronounSpan && firstPerson[r.Tree.Lower(sp.Head)] {
			// a quotation's "we" or "I" is its speaker's; the model,
			// learned from no such mention, reads it as it would "he",
			// and the rules read what it does
			continue
		}
		out = append(out, mention{head: sp.Head, start: sp.Start, end: sp.End, actor: sp.Actor, kind: spanKindNames[sp.Kind]})
		for k := max(sp.Start, 0); k < min(sp.End, len(covered)); k++ {
			covered[k] = true
		}
	}
	for _, sp := range f.ModifiersIn(r.Index) {
		if sp.Start < r.Body {
			continue
		}
		out = append(out, mention{head: sp.Start, start: sp.Start, end: sp.Start + 1, actor: sp.Actor, kind: "modifier"})
	}
	for i, tok := range r.Tree.Toks {
		if i < r.Body || covered[i] || (tok.UPOS != "PRON" && tok.UPOS != "NOUN" && tok.UPOS != "DET") {
			continue
		}
		for _, a := range f.Members(r.Index, i) {
			out = append(out, mention{head: i, start: i, end: i + 1, actor: a, kind: "group"})
		}
	}
	return out
}

// firstPerson are the first-person pronouns.
var firstPerson = words.Set("i me my mine we us our ours")

// moneyWord reports whether span sp only qualifies the currency right
// after it: "loaned 200 mln Canadian dlrs to Peru" names Canada's money,
// not Canada. (In "owes the U.S. 200 mln dlrs" the parser may hang the
// state on the currency too, but the amount between them shows that it
// is not the currency's.)
func (r *Sentence) moneyWord(sp entities.Span) bool {
	t := r.Tree
	h := t.Head(sp.Head)
	rel := t.Rel(sp.Head)
	return h == sp.End && (rel == "amod" || rel == "compound") && entities.Currency(t.Toks[h].Form)
}

// privateNoun reports whether demonym span sp qualifies a common noun
// that does not stand for the state ("Japanese tourists visited Chile" is
// no visit of Japan's): not a noun of the state's organs or forces, an
// event's noun, a role, or a noun Rules.StandsForState.
func (r *Sentence) privateNoun(sp entities.Span) bool {
	t := r.Tree
	h := t.Head(sp.Head)
	if sp.Kind != entities.DemonymSpan || h < sp.End || t.Toks[h].UPOS != "NOUN" {
		return false
	}
	if rel := t.Rel(sp.Head); rel != "amod" && rel != "compound" {
		return false
	}
	lx, w, low := r.Lex, t.Lemma(h), t.Lower(h)
	if lx.Proxies[w] || lx.Proxies[low] || lx.Relational[w] || lx.Stances[w] || r.Rules.RoleWord(h) != "" || r.Rules.StandsForState(h) {
		return false
	}
	_, event := lx.Nominals[w]
	_, eventForm := lx.Nominals[low]
	return !event && !eventForm
}

// upChain returns the tokens from i up to the root, at most limit arcs, as
// the pair model walks the tree: a conjunct of a noun hangs where the first
// conjunct hangs ("Japan and India" are both objects of the verb).
func upChain(t *tree.Tree, i, limit int) []int {
	chain := []int{i}
	for n := i; len(chain) <= limit; {
		p := pairHead(t, n)
		if p < 0 {
			break
		}
		chain = append(chain, p)
		n = p
	}
	return chain
}

// pairHead returns the head of i with nominal coordination lifted.
func pairHead(t *tree.Tree, i int) int {
	return t.Head(coordBase(t, i))
}

// coordBase returns the first conjunct of the nominal coordination i is
// in, or i.
func coordBase(t *tree.Tree, i int) int {
	for step := 0; step < 8 && t.Toks[i].Deprel == "conj"; step++ {
		h := t.Head(i)
		if h < 0 || !isNominal(t.Toks[h].UPOS) {
			break
		}
		i = h
	}
	return i
}

// verbAsNoun reports whether mention m hangs in apposition on a common
// noun that is most often a verb the parser took for one (see
// VerbTakenForNoun) and no role: the rules read the noun's phrase (see
// relations' nounObjects).
func (r *Sentence) verbAsNoun(m mention) bool {
	h := r.Tree.Head(m.head)
	return h >= 0 && h == m.start-1 && r.Tree.Rel(m.head) == "appos" && r.Rules.RoleWord(h) == "" && VerbTakenForNoun(r.Tree, r.Found, r.Index, h)
}

// VerbTakenForNoun reports whether the common noun at token h of sentence
// si is most often a clause's verb the parser took for a noun: in a
// sentence left with no verb, written in lower case with no determiner,
// right after a name compounded with it and right before a name in
// apposition to it ("Peru's raids on Chile alarm Bolivia" parsed with
// "Chile alarm Bolivia" one phrase; not "Boeing, Velmar and U.S.
// planemaker Norland Corp signed deals").
func VerbTakenForNoun(t *tree.Tree, f *entities.Found, si, h int) bool {
	if h < 1 || h+1 >= len(t.Toks) || t.Toks[h].UPOS != "NOUN" || t.Toks[h].Form != t.Lower(h) || t.Has(h, "det", "det:poss", "nmod:poss") {
		return false
	}
	if slices.ContainsFunc(t.Toks, func(tok ud.Token) bool { return tok.UPOS == "VERB" || tok.UPOS == "AUX" }) {
		return false
	}
	if t.Rel(h+1) != "appos" || t.Head(h+1) != h || t.Rel(h-1) != "compound" || t.Head(h-1) != h {
		return false
	}
	before, ok := f.At(si, h-1)
	if !ok || before.Kind != entities.NameSpan {
		return false
	}
	after, ok := f.At(si, h+1)
	return ok && after.Kind == entities.NameSpan
}

// placeNouns are the kinds of settlement and area that a place's name
// follows with "of": "the city of Mosul", "the port of Aden".
var placeNouns = words.Set(`
	city town village hamlet port harbor harbour oasis province region
	county state territory island enclave capital municipality
	suburb settlement camp neighborhood neighbourhood valley peninsula
`)

// NamedPlace returns the place that token n of sentence si, a common noun
// of a kind of settlement or area, is named by in an "of" phrase:
// "shelled the port city of Basra" acts on Basra, and "the Syrian city of
// Aleppo" is Aleppo, not the Syrian state. "The capital of Peru" is no
// name of Peru: a capital is named only by a place that is no country
// ("the provincial capital of Goma"). A name the recogniser cut short
// names nothing: "the city of Virginia Beach" with only "Virginia" found.
// A district is left out: "the southern district of Ohio" is a court's.
func NamedPlace(t *tree.Tree, f *entities.Found, si, n int) (graph.ActorID, bool) {
	w := t.Lemma(n)
	if !placeNouns[w] || t.Toks[n].UPOS != "NOUN" || t.Has(n, "nmod:poss") {
		return -1, false
	}
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) != "of" {
			continue
		}
		sp, ok := f.At(si, c)
		if !ok || sp.Kind != entities.NameSpan {
			return -1, false
		}
		for d := range t.Dependents(c, "flat", "compound") {
			if d < sp.Start || d >= sp.End {
				return -1, false
			}
		}
		switch f.Actor(sp.Actor).Type {
		case graph.Location:
			return sp.Actor, true
		case graph.Country:
			if w != "capital" {
				return sp.Actor, true
			}
		}
		return -1, false
	}
	return -1, false
}

// onlyNamesBetween reports whether nothing but punctuation, conjunctions
// and other names stands between mentions a and b.
func (r *Sentence) onlyNamesBetween(a, b mention) bool {
	if b.start < a.start {
		a, b = b, a
	}
	for k := a.end; k < b.start; k++ {
		if u := r.Tree.Toks[k].UPOS; u == "PUNCT" || u == "CCONJ" {
			continue
		}
		if _, named := r.Found.At(r.Index, k); !named {
			return false
		}
	}
	return true
}

// listArc reports whether any of the tokens of chain (see upChain) hangs
// on its head as an item of a list.
func listArc(t *tree.Tree, chain []int) bool {
	return slices.ContainsFunc(chain, func(k int) bool { return t.Toks[coordBase(t, k)].Deprel == "list" })
}

// pairRel returns the relation of i to pairHead(i), and the preposition
// that marks it.
func pairRel(t *tree.Tree, i int) (rel, prep string) {
	j := coordBase(t, i)
	prep = t.Prep(i)
	if prep == "" {
		prep = t.Prep(j)
	}
	return t.Toks[j].Deprel, prep
}

// undergone reports whether event noun n is done to its possessor: the
// lexicon marks it undergoer and no "of" phrase names another ("Roe's
// arrest", but "Peru's arrest of Roe").
func (r *Sentence) undergone(n int) bool {
	t := r.Tree
	nom, ok := r.Lex.Nominals[t.Lemma(n)]
	if !ok {
		nom = r.Lex.Nominals[t.Lower(n)]
	}
	if !nom.Undergoer {
		return false
	}
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) == "of" {
			return false
		}
	}
	return true
}

func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// Candidates returns the candidate pairs of the sentence, both orders
// of every pair of mentions of different actors within maxPathLen arcs.
// ruled holds the pairs the rules related in this sentence.
func (r *Sentence) Candidates(ruled map[[2]graph.ActorID]bool) []Candidate {
	ms := r.mentions()
	r.ms = ms
	defer func() { r.ms, r.room = nil, featureWriter{} }()
	// the chains up from the mentions' heads, each walked once for all
	// the pairs it is in
	chains := make([][]int, len(ms))
	chain := func(i int) []int {
		if chains[i] == nil {
			chains[i] = upChain(r.Tree, ms[i].head, maxPathLen)
		}
		return chains[i]
	}
	var out []Candidate
	for i := range ms {
		for j := range ms {
			if i == j || ms[i].actor == ms[j].actor {
				continue
			}
			if r.Found.Actor(ms[i].actor).Name == r.Found.Actor(ms[j].actor).Name {
				continue
			}
			if sameGroup(ms, ms[i], ms[j]) {
				continue // "Angola and Nigeria cut their output": "their" is both
			}
			c, ok := r.pairCandidate(ms[i], ms[j], chain(i), chain(j))
			if !ok {
				continue
			}
			c.Rule = ruled[[2]graph.ActorID{c.Subj, c.Obj}]
			c.RuleRev = ruled[[2]graph.ActorID{c.Obj, c.Subj}]
			c.Feats = r.pairFeatures(&c, ms[i].kind, ms[j].kind)
			out = append(out, c)
		}
	}
	return out
}

// sameGroup reports whether a or b is a plural reference ("they",
// "their") one of whose members is the other's actor: a group is not
// related to its own members.
func sameGroup(ms []mention, a, b mention) bool {
	for _, m := range ms {
		if m.kind != "group" {
			continue
		}
		if (m.head == a.head && a.kind == "group" && m.actor == b.actor) || (m.head == b.head && b.kind == "group" && m.actor == a.actor) {
			return true
		}
	}
	return false
}

// pairCandidate builds the candidate (s, o) when their heads are linked by
// a short path through a word that can carry a predicate; up and down are
// the chains of s's and o's heads (upChain), which it does not change.
func (r *Sentence) pairCandidate(s, o mention, up, down []int) (Candidate, bool) {
	t := r.Tree
	if s.head == o.head || (o.head >= s.start && o.head < s.end) || (s.head >= o.start && s.head < o.end) {
		return Candidate{}, false
	}
	if coordBase(t, s.head) == coordBase(t, o.head) {
		// conjuncts of one list ("Japan, India and Pakistan") are
		// parties side by side, not to each other; the rules read the
		// reciprocal verbs ("Armenia and Azerbaijan clashed")
		return Candidate{}, false
	}
	if r.verbAsNoun(s) || r.verbAsNoun(o) {
		// "Peru's raids on Chile alarm Bolivia" with "alarm" read as a
		// noun: Bolivia is no party to the raids
		return Candidate{}, false
	}
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
		return Candidate{}, false
	}
	if (listArc(t, up[:li]) || listArc(t, down[:lj])) && r.onlyNamesBetween(s, o) {
		// names the parser strings together as a list ("the dealers are
		// Harwick Bank, Velmar Ltd and Norland Corp") are side by side;
		// not a name and the title and firm it lists after it ("Ann
		// Tull, chief economist, Velmar Bank")
		return Candidate{}, false
	}
	lca := up[li]
	c := Candidate{Sent: r.Index, Subj: s.actor, Obj: o.actor, STok: s.head, OTok: o.head, LCA: lca, Trigger: -1}
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
	lx := r.Lex
	isVerb := func(k int) bool { return t.Toks[k].UPOS == "VERB" && t.VerbLike(k) }
	isRole := func(k int) bool { return t.Toks[k].UPOS != "VERB" && r.Rules.RoleWord(k) != "" }
	isEvent := func(k int) bool {
		_, ok := lx.Nominals[t.Lemma(k)]
		if !ok {
			_, ok = lx.Nominals[t.Lower(k)]
		}
		return ok && t.Toks[k].UPOS == "NOUN"
	}
	isOther := func(k int) bool { return t.Toks[k].UPOS == "NOUN" || t.Toks[k].UPOS == "ADJ" }
	if k := pick(isVerb); k >= 0 {
		c.Trigger, c.Kind = k, "verb"
	} else if k := pick(isRole); k >= 0 {
		c.Trigger, c.Kind = k, "role"
	} else if k := pick(isEvent); k >= 0 {
		c.Trigger, c.Kind = k, "event"
	} else if k := pick(isOther); k >= 0 {
		c.Trigger, c.Kind = k, strings.ToLower(t.Toks[k].UPOS)
	} else if li == 0 || lj == 0 {
		// one mention modifies the other directly: "Russia's Putin",
		// "BNL president Nerio Nesi" parsed flat, an apposition
		if dashBetween(t, s, o) && (r.Found.Actor(s.actor).Type != graph.Country || r.Found.Actor(o.actor).Type != graph.Country) {
			// "RICE TO PERU - USDA", "ALGERIA-USDA": a headline's source
			// after its dash; neither owns the other (two states so
			// written are a pair: "the U.S.-Soviet grain agreement")
			return Candidate{}, false
		}
		if Addressed(t, s.start) || Addressed(t, o.start) {
			// "told Reuters Finance Secretary Ana Soto had", parsed
			// as one name: whom was told, not Soto's employer
			return Candidate{}, false
		}
		c.Kind = "direct"
	} else {
		return Candidate{}, false
	}
	if !r.plausiblePath(s, o, up[:li+1], down[:lj+1], c.Trigger) {
		return Candidate{}, false
	}
	// the path's arcs, written for the pairs that get this far, end to
	// end in room on the stack and cut from one string
	var (
		room [256]byte
		ends [2 * maxPathLen]int
	)
	buf, n := room[:0], 0
	for a := 0; a < li; a++ {
		rel, p := pairRel(t, up[a])
		buf = appendArc(buf, '<', rel, p)
		ends[n], n = len(buf), n+1
	}
	for b := lj - 1; b >= 0; b-- {
		rel, p := pairRel(t, down[b])
		buf = appendArc(buf, '>', rel, p)
		ends[n], n = len(buf), n+1
	}
	if n > 0 {
		all, start := string(buf), 0
		c.Path = make([]string, n)
		for k, end := range ends[:n] {
			c.Path[k], start = all[start:end], end
		}
	}
	if c.Kind == "verb" && (!subjectArcs(c.Path) || !objectArcs(c.Path) || passiveReversed(c.Path)) {
		return Candidate{}, false
	}
	if c.Kind == "verb" && ownedFigure(t, c.Trigger, down[:lj+1]) {
		return Candidate{}, false
	}
	if c.Kind == "verb" && r.ownAssetPlace(o, down[:lj+1], c.Trigger) {
		return Candidate{}, false
	}
	if r.namedBetween(o, down[:lj+1]) || r.namedBetween(s, up[:li+1]) {
		// "attacked the Syrian town of Afrin": the town is Afrin, which
		// the rules read; Syria only qualifies it
		return Candidate{}, false
	}
	if (c.Kind == "verb" || c.Kind == "event") && (r.titleOwner(s) || r.titleOwner(o)) {
		// "Hale met U.S. Secretary of State Ann Reed" parsed with the
		// state as the verb's object: the state owns the title of the
		// person named after it, who is the party (the rules read her)
		return Candidate{}, false
	}
	if c.Kind == "verb" && r.Rules.Replaces(c.Trigger) {
		return Candidate{}, false
	}
	if c.Kind == "verb" && lj == 2 && t.Rel(down[1]) == "obj" && roleModifier(t.Rel(down[0])) && r.Rules.Mentions(c.Trigger) {
		return Candidate{}, false // "announced Reed's decision": no act on Reed
	}
	if c.Kind == "verb" && (t.Lemma(c.Trigger) == "base" || t.Lemma(c.Trigger) == "headquarter") {
		// "the London-based trader": where a body is based the rules
		// read (based-in); the bare participle is no relation
		return Candidate{}, false
	}
	if c.Kind == "verb" && t.Has(c.Trigger, "nsubj", "nsubj:pass") && !t.Dominates(c.Trigger, s.head) {
		// "Brazil was slow, and Chile had its own troubles": a verb
		// with a subject of its own is no act of another clause's subject
		return Candidate{}, false
	}
	if c.Kind == "role" && r.personTitle(c.Trigger) {
		// "Democratic Representative Ann Reed and Republican
		// Representative Tom Hale": a title before a person's name is
		// that person's, which the rules read with its owner; through
		// it the model finds only the wrong pairs (Reed "represents"
		// Hale, or Hale the Democratic Party)
		return Candidate{}, false
	}
	if c.Kind == "role" && t.Toks[c.Trigger].Deprel == "nmod:poss" && !t.Dominates(c.Trigger, s.head) {
		// a role noun that owns another noun is not held by what that
		// noun governs: "the NATO envoys' breakfast with Tom Vance" makes
		// him no envoy
		return Candidate{}, false
	}
	if c.Kind == "role" && c.Trigger != lca && (li == 0 && prepBranch(t, down[lj-1]) || lj == 0 && prepBranch(t, up[li-1])) {
		// a role noun that hangs on one of the mentions through a
		// preposition is neither held nor owned by it: "a photo of Tom
		// Vance with Lee and his wife, Ana Ruiz" makes Vance no wife of
		// Lee, nor Ruiz a wife of Vance
		return Candidate{}, false
	}
	if c.Kind == "role" && o.start == c.Trigger+1 && r.Found.Actor(o.actor).Type == graph.Person {
		// the person named right after a role noun holds it ("former
		// campaign manager Jo Marsh"), written capitalised or not: no
		// one holds a role of theirs through it ("Tom Hale, former
		// campaign manager Jo Marsh and Lisa Gomez" parsed with Marsh
		// in apposition to Hale)
		return Candidate{}, false
	}
	if c.Kind == "role" && s.start == c.Trigger+1 && r.Found.Actor(o.actor).Type == graph.Person && (r.listedAfter(o, c.Trigger) || o.start > s.start) {
		// nor is the role of a person named before it, after a comma,
		// the title and its name being the next item of a list parsed
		// in apposition ("Tom Hale, former campaign manager Jo Marsh,
		// and Lisa Gomez"), or after it ("chairman Don Frey, president
		// Mark Tanaka and Ira Gold"); the rules read the person who
		// owns a title before it ("Hale's campaign manager Jo Marsh")
		return Candidate{}, false
	}
	if c.Kind == "role" && s.start >= 2 && s.start-2 > c.Trigger && t.Toks[s.start-1].Form == "," && r.Rules.RoleWord(s.start-2) != "" && r.personBetween(c.Trigger, s.start-2) {
		// a name set off right after another role noun, which a person
		// named after the first one parts from it, holds that role
		// alone: "campaign manager Jo Marsh and his wife, Ann Marsh"
		// parsed with Ann Marsh in apposition to "manager" (not
		// "chairman and chief executive, Jo Marsh")
		return Candidate{}, false
	}
	if c.Kind == "role" && li == 0 && c.Trigger != lca && r.apposedPast(s, down[lj-1], c.Trigger) {
		// "Ann Reed, Tom Hale and Lisa Gomez, chairman of Velmar Corp"
		// parsed with the apposition on the list's first name: the
		// role is the name's written right before it
		return Candidate{}, false
	}
	if c.Kind == "role" && li >= 1 && c.Trigger != lca && indexOf(oSide, c.Trigger) >= 0 && !saidOf(t, up[:li+1], c.Trigger) {
		// the role noun hangs below a word the subject hangs on as
		// well, beside it: "a photograph of Ann Reed with Wu and his
		// wife", "in talks with Lee and Norland's envoy" make neither
		// Reed nor Lee the role's holder
		return Candidate{}, false
	}
	if c.Kind == "role" && r.Rules.Kin(c.Trigger) && r.Found.Actor(c.Obj).Type != graph.Person {
		return Candidate{}, false // "his wife Lin Hua in Beijing" is no wife in China
	}
	if c.Kind == "role" && r.Found.Actor(c.Subj).Type == graph.Country {
		// a state holds no office, though it may be a member or an
		// ally: "deputy minister of Taiwan's council" is no minister
		// Taiwan (a place may be a person the recogniser mistyped)
		if w := r.Rules.RoleWord(c.Trigger); w != "member" && !r.Lex.Relational[w] {
			return Candidate{}, false
		}
	}
	if c.Kind == "role" && r.Found.Actor(c.Subj).Type == graph.Organization {
		// nor does a body hold a person's office, though it may serve
		// another as its adviser, lawyer or agent: "Velmar Corp, Lund
		// Group's unit and its president" makes the unit no president
		// of Lund, "the head of its unit in London" Velmar no head of
		// Britain
		if w := r.Rules.RoleWord(c.Trigger); !BodyRole(w) && !r.Lex.Relational[w] {
			return Candidate{}, false
		}
	}
	if c.Kind == "role" && o.head < c.Trigger && pairHead(t, o.head) == c.Trigger && r.Rules.OwnerDenied(c.Trigger, r.Found.Actor(o.actor).Type) {
		return Candidate{}, false // "Reed, a Latin America analyst": no analyst of it
	}
	if c.Kind == "role" && o.end <= c.Trigger && Addressed(t, o.start) {
		return Candidate{}, false // "told Reuters Finance Secretary Ana Soto had": whom was told
	}
	if c.Kind == "role" && (r.bodysState(c.Trigger, o) || o.end <= c.Trigger && r.Rules.FirmsState(c.Trigger, o.start, o.end)) {
		return Candidate{}, false // "Swiss National Bank president": the bank's state, the bank's president
	}
	if c.Kind == "role" && (r.ownedByState(c.Trigger, o) || beforePossessor(t, c.Trigger, o) || r.nationality(c.Trigger, o)) {
		// "Lima's Chilean envoy": the state that sends the envoy
		// owns the role, the person who named them does not; in
		// "Chilean premier Lima's envoy" Chile is the premier's
		return Candidate{}, false
	}
	if c.Kind == "event" && li >= 1 && up[1] == c.Trigger {
		if rel, p := pairRel(t, s.head); strings.HasPrefix(rel, "nmod") && (p == "in" || p == "at") {
			// "the summit in Lima": the place of an event is not its party
			return Candidate{}, false
		}
		if rel, _ := pairRel(t, s.head); rel == "nmod:poss" && r.undergone(c.Trigger) && !(lj == 1 && down[1] == c.Trigger) {
			// "Peru condemned Roe's arrest": Roe is arrested, no doer;
			// but "Roe's extradition to Peru" reads as the passive
			return Candidate{}, false
		}
	}
	if c.Kind == "role" && (r.pastUnit(c.Trigger, down[:lj+1], o, inside) || r.pastUnit(c.Trigger, up[:li+1], s, inside)) {
		// "head of the bank's audit division": the role is the
		// division's, and the bank holds no role over its head
		return Candidate{}, false
	}
	if c.Kind == "role" && (r.placeOfComplement(down[:lj+1], c.Trigger, o) || r.placeOfComplement(up[:li+1], c.Trigger, s)) {
		// "a fellow at a Washington institute": the state or place
		// names where the complement is, not whose the role is
		return Candidate{}, false
	}
	if c.Kind == "role" && (!ownerChain(t, down[:lj+1], c.Trigger, o) || !ownerChain(t, up[:li+1], c.Trigger, s)) {
		// "the bank's head, in talks in Paris last week with the Velmar
		// Fund": a role's owner is its complement, or what that
		// complement is of; a place, a time or a partner the complement
		// names on the way owns nothing of the role
		return Candidate{}, false
	}
	if c.Kind == "role" && li >= 1 && up[1] == c.Trigger && roleModifier(c.Path[0]) {
		// a modifier of the role noun is whose the role is, not who
		// holds it: "the Danish envoy to Chile, Ana Lund" gives no
		// envoy of Denmark to Chile
		return Candidate{}, false
	}
	if r.Tree.NegatedPhrase(s.head) || r.Tree.NegatedPhrase(o.head) {
		c.Asserted = false // "neither Iraq nor Kuwait"
	} else if c.Trigger >= 0 {
		c.Asserted = r.Tree.Asserted(r.Lex, c.Trigger)
		c.Passive = c.Kind == "verb" && t.Passive(c.Trigger)
	} else {
		c.Asserted = r.Tree.Asserted(r.Lex, lca)
	}
	// a negation or modal on any word that links the two ("Baker is
	// not the party's defence spokesman", with "not" parsed under
	// "defence") leaves the link unasserted
	for _, links := range [][]int{up[1 : li+1], down[1:max(lj, 1)]} {
		for _, k := range links {
			if c.Asserted && !inside(k) && !r.Tree.OwnAsserted(r.Lex, k) {
				c.Asserted = false
			}
		}
	}
	c.Alts = r.pairPredicates(c, o, down[:lj+1])
	if len(c.Alts) == 0 {
		return Candidate{}, false
	}
	c.Pred = c.Alts[0]
	if c.Kind == "verb" {
		c.Clipped, c.Widened = r.widened(c.Trigger, down[:lj+1])
	}
	c.Where = r.where(c, o)
	if c.Kind == "event" {
		c.Bare = graph.MakePredicate(t.Lemma(c.Trigger))
	}
	return c, true
}

// dashBetween reports whether nothing but a dash or hyphen stands
// between mentions a and b.
func dashBetween(t *tree.Tree, a, b mention) bool {
	from, to := a.end, b.start
	if b.end <= a.start {
		from, to = b.end, a.start
	}
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		switch t.Toks[k].Form {
		case "-", "–", "—", "--":
		default:
			return false
		}
	}
	return true
}

// where reports whether o, a place, is only where candidate c's verb or
// event noun happens or its role is held: a Location or a state linked to
// a verb or event trigger by "in" or "at", directly or through another
// such phrase ("spoke in Oslo", "In Lima, Chile was backed by Peru",
// "spoke at a ceremony in Lima", "sales in Peru"), or to a role by "in"
// ("a currency analyst in London"). A verb
// whose event noun acts on what "in" names ("intervened in", "meddled
// in": the lexicon's nominals marked in) and a role a state may own ("the
// ambassador in Lima") keep the state as their party.
func (r *Sentence) where(c Candidate, o mention) bool {
	t := r.Tree
	if c.Trigger >= 0 && c.Kind == "verb" && r.gatheringParty(c.Trigger, o) {
		return true
	}
	if c.Trigger < 0 || c.Kind != "verb" && c.Kind != "role" && c.Kind != "event" {
		return false
	}
	// the place's phrase hangs on the trigger, or on a noun of another
	// such phrase ("spoke at a ceremony in the Chinese capital", "sales
	// in Belgium"), but a role's only on the role
	_, p := pairRel(t, o.head)
	for k, steps := o.head, 0; k != c.Trigger; steps++ {
		rel, q := pairRel(t, k)
		if base, _, _ := strings.Cut(rel, ":"); base != "obl" && base != "nmod" || q != "in" && q != "at" {
			return false
		}
		if k = pairHead(t, k); k < 0 || steps == 2 || c.Kind == "role" && k != c.Trigger {
			return false
		}
	}
	if c.Kind == "event" {
		nom, ok := r.Lex.Nominals[t.Lemma(c.Trigger)]
		if !ok {
			nom, ok = r.Lex.Nominals[t.Lower(c.Trigger)]
		}
		if !ok || nom.In {
			return false // "an intervention in Chad" acts on it
		}
	}
	typ := r.Found.Actor(o.actor).Type
	if typ != graph.Location && typ != graph.Country {
		return false
	}
	if c.Kind == "role" {
		// "an analyst at Lund Capital": "at" after a role names the employer
		return p == "in" && (typ == graph.Location || r.Rules.OwnerDenied(c.Trigger, graph.Country))
	}
	lemma := t.Lemma(c.Trigger)
	for _, nom := range r.Lex.Nominals {
		if nom.In && nom.Verb == lemma {
			return false
		}
	}
	return true
}

// gatheringParty reports whether o modifies an event noun after "in" or
// "at" of verb v, a gathering where v happened, whose parties it names:
// "backed Peru at the Oslo talks", "spoke at a Chilean-Peruvian trade
// meeting" act on neither Norway nor Chile.
func (r *Sentence) gatheringParty(v int, o mention) bool {
	t := r.Tree
	h := pairHead(t, o.head)
	if h < 0 || pairHead(t, h) != v {
		return false
	}
	switch rel, _ := pairRel(t, o.head); rel {
	case "compound", "amod", "nmod:poss":
	default:
		return false
	}
	rel, p := pairRel(t, h)
	if base, _, _ := strings.Cut(rel, ":"); base != "obl" && base != "nmod" || p != "in" && p != "at" {
		return false
	}
	nom, ok := r.Lex.Nominals[t.Lemma(h)]
	if !ok {
		nom, ok = r.Lex.Nominals[t.Lower(h)] // "talks"
	}
	return ok && !nom.In
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
func (r *Sentence) plausiblePath(s, o mention, sUp, oUp []int, trigger int) bool {
	f := r.Found
	for _, side := range [][]int{sUp, oUp} {
		for _, k := range side {
			if (k >= s.start && k < s.end) || (k >= o.start && k < o.end) || k == trigger {
				continue
			}
			if sp, ok := f.At(r.Index, k); ok && sp.Actor != s.actor && sp.Actor != o.actor {
				return false
			}
			if r.Tree.Toks[k].UPOS != "VERB" && r.Rules.RoleWord(k) != "" {
				return false
			}
			if r.Tree.Toks[k].UPOS == "VERB" && !sharesSubject(r.Tree, trigger, k) {
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
// Scholz, Macron praised ..."). An agent without "by" is a misparse.
func subjectArcs(path []string) bool {
	for _, a := range path {
		rel, ok := strings.CutPrefix(a, "<")
		if !ok {
			break
		}
		switch rel {
		case "nsubj", "nsubj:pass", "nsubj:outer", "obl/by", "obl:agent/by",
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
		if down == 0 && (rel == "xcomp" || rel == "conj") {
			// a clause that shares the subject (see sharesSubject)
			continue
		}
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

// ownedFigure reports whether the object of a verb's candidate, whose
// chain of heads up to the verb v is down, only owns or qualifies the
// verb's argument while the clause puts a figure on that argument: "put
// Chile's copper output at 1.2 mln tonnes", "raised Peru's total to 10",
// "increased Norwegian imports by 9 pct". The verb measures a quantity
// of the owner's (a crop, exports, a count), which is no act on it.
func ownedFigure(t *tree.Tree, v int, down []int) bool {
	arg := -1
	for m := 1; m < len(down); m++ {
		if down[m] == v {
			arg = down[m-1]
			break
		}
		switch t.Toks[down[m-1]].Deprel {
		case "nmod:poss", "compound", "amod", "flat", "det:poss":
		default:
			return false // "raised tariffs on Peruvian steel": a party of the phrase
		}
	}
	if arg < 0 || arg == down[0] || t.Toks[arg].UPOS != "NOUN" || t.Rel(arg) != "obj" {
		return false // the object is the verb's own argument
	}
	if equity[t.Lemma(arg)] {
		return false // "bought 9,000 Korsholm shares": a part of the owner
	}
	for _, c := range append(t.Children(v, "obl"), t.Children(arg, "nmod")...) {
		switch t.Prep(c) {
		case "at", "to", "from", "by":
		default:
			continue
		}
		for k := range t.Toks {
			// a count, not a date ("from May 1985", "to 1990")
			if t.Toks[k].UPOS == "NUM" && t.Dominates(c, k) && !year(t.Toks[k].Form) && (t.Head(k) < 0 || t.Toks[t.Head(k)].UPOS != "PROPN") {
				return true
			}
		}
	}
	return false
}

// ownAssetPlace reports whether o, a state or place, only qualifies a
// thing of the subject's that verb v acts on: "sold its Ohio stores",
// "closed their Mexican plants". down is o's chain up to v; the thing is
// a common noun with a possessive pronoun, which the place modifies.
func (r *Sentence) ownAssetPlace(o mention, down []int, v int) bool {
	t := r.Tree
	if ty := r.Found.Actor(o.actor).Type; ty != graph.Country && ty != graph.Location {
		return false
	}
	for m := 1; m < len(down); m++ {
		if down[m] == v {
			return false
		}
		switch t.Toks[down[m-1]].Deprel {
		case "compound", "amod", "flat", "conj":
		default:
			return false
		}
		n := down[m]
		if t.Toks[n].UPOS != "NOUN" {
			continue
		}
		for c := range t.Dependents(n, "nmod:poss", "det:poss") {
			if t.Toks[c].XPOS == "PRP$" {
				return true
			}
		}
	}
	return false
}

// namedBetween reports whether the chain up from m (m's head first)
// passes, above m, through a place's noun that its own name names (see
// NamedPlace) other than m.
func (r *Sentence) namedBetween(m mention, chain []int) bool {
	for _, n := range chain[1:] {
		if a, ok := NamedPlace(r.Tree, r.Found, r.Index, n); ok && a != m.actor {
			return true
		}
	}
	return false
}

// equity are the nouns of a part of a company's capital, which its buyer
// or seller deals with the company through.
var equity = map[string]bool{"share": true, "stock": true, "stake": true}

// year reports whether w is written as a year: four digits from 1800 on.
// pastUnit reports whether the chain of mention m (m's head first)
// passes, below the role noun role and outside the two mentions, through
// a common noun of a body's working part ("division", "office"): a role
// held over the part, which is not the role of the body the part belongs
// to or of the place it is in. A name before the part's noun that is no
// place's ("its Lund Foods unit", "the Lund business group") names the
// part itself.
func (r *Sentence) pastUnit(role int, chain []int, m mention, inside func(int) bool) bool {
	k := indexOf(chain, role)
	if k < 0 {
		return false
	}
	t := r.Tree
	for i, n := range chain[1:k] {
		if inside(n) || t.Toks[n].UPOS != "NOUN" || !unitNouns[t.Lemma(n)] && !unitNouns[t.Lower(n)] {
			continue
		}
		ty := r.Found.Actor(m.actor).Type
		if rel := t.Rel(chain[i]); i == 0 && (rel == "compound" || strings.HasPrefix(rel, "flat")) && ty != graph.Country && ty != graph.Location {
			continue
		}
		return true
	}
	return false
}

// ownerChain reports whether chain, from the head of object o up to the
// common head, may reach the role noun role through a chain of owners:
// the role's complement, or what a noun the role is of, for, at, to or
// with belongs to ("head of the board of Velmar", "director of
// communications for Lund Corp", "an analyst with the bank Lund
// Capital"). A place, a time or a partner that a common noun under the
// role names is no owner of the role ("the bank's head, in talks in
// Paris last week with the Velmar Fund"): the chain fails at an arc
// that says so, a preposition or a bare noun of time. Arcs within the
// object's name, and those the parser leaves unmarked or misreads (a
// compound read as a subject), let it pass. An object the chain does not
// reach through the role is not judged here.
func ownerChain(t *tree.Tree, chain []int, role int, o mention) bool {
	k := indexOf(chain, role)
	if k < 2 {
		return true
	}
	top := chain[k-1]
	if top >= o.start && top < o.end || t.Toks[top].UPOS == "PROPN" {
		return true // the object's name, or a word of one the finder left out ("Inc.")
	}
	for i, n := range chain[:k] {
		if h := chain[i+1]; h >= o.start && h < o.end {
			continue // within the object's name
		}
		rel, prep := pairRel(t, n)
		base, sub, _ := strings.Cut(rel, ":")
		switch {
		case base == "advcl" || base == "acl":
			return false // a clause of its own
		case (base == "nmod" || base == "obl") && (sub == "unmarked" || sub == "tmod" || sub == "npmod"):
			return false // "last week"
		case (base == "nmod" || base == "obl") && sub == "" && prep != "" && prep != "of" && prep != "for" && prep != "at":
			if n != top || prep != "to" && prep != "with" {
				return false // "in talks", "during the crisis"
			}
		}
	}
	return true
}

// BodyRole reports whether a body may hold the role of predicate noun
// noun as well as a person: a firm is another's adviser, lawyer or
// representative, a member of an association.
func BodyRole(noun string) bool { return bodyRoles[noun] }

var bodyRoles = words.Set("member adviser representative lawyer attorney general-counsel counsellor manager founder co-founder")

// titleOwner reports whether mention m, no person, is written right
// before a person's title and name, as the title's owner: "U.S." in "U.S.
// Secretary of State Ann Reed", "Velmar" in "Velmar Corp Chairman Ann
// Reed", also past the words of an office's field ("U.S. Treasury
// Secretary Ann Reed").
func (r *Sentence) titleOwner(m mention) bool {
	if m.kind != "name" && m.kind != "demonym" || r.Found.Actor(m.actor).Type == graph.Person {
		return false
	}
	t := r.Tree
	k := m.end
	for k < len(t.Toks) && k < m.end+2 && t.Toks[k].UPOS == "PROPN" && r.Rules.RoleWord(k) == "" {
		if _, ok := r.Found.At(r.Index, k); ok {
			return false
		}
		k++ // "Treasury"
	}
	return k < len(t.Toks) && r.Rules.RoleWord(k) != "" && r.titledName(k) // "Velmar Corp president Ann Reed", in lower case too
}

// personTitle reports whether role noun k is a title written, capitalised,
// right before the name of a person: "Representative Ann Reed", or with
// the rest of its phrase between ("Secretary of State Ann Reed").
func (r *Sentence) personTitle(k int) bool {
	return layout.StartsUpper(r.Tree.Toks[k].Form) && r.titledName(k)
}

// titledName reports whether role noun k is written right before the name
// of a person, or with the rest of its phrase between, whatever its case.
func (r *Sentence) titledName(k int) bool {
	t := r.Tree
	if k+1 >= len(t.Toks) {
		return false
	}
	j := k + 1
	if noun := r.Rules.RoleWord(k); noun != "" {
		// the words of the role's phrase after its head, in the case
		// of its first: "of State", "chief executive"
		upper := layout.StartsUpper(t.Toks[k].Form)
		for j < len(t.Toks) && j <= k+3 {
			if layout.StartsUpper(t.Toks[j].Form) == upper && r.Rules.RoleWord(j) == noun {
				j++
			} else if t.Lower(j) == "of" && j+1 < len(t.Toks) && layout.StartsUpper(t.Toks[j+1].Form) && r.Rules.RoleWord(j+1) == noun {
				j += 2
			} else {
				break
			}
		}
	}
	sp, ok := r.Found.At(r.Index, j)
	return ok && sp.Start == j && r.Found.Actor(sp.Actor).Type == graph.Person
}

// placeOfComplement reports whether mention m, on chain from its head up
// to the role noun role, is a state or a place that modifies a common
// noun of the role's complement which no actor names, as the place
// where that body is: "a fellow at a Washington institute", "an analyst
// at a Tokyo bank". A state's own bodies are its ("an official at the
// U.S. embassy": stateNouns).
func (r *Sentence) placeOfComplement(chain []int, role int, m mention) bool {
	t := r.Tree
	k := indexOf(chain, role)
	if k < 2 || chain[0] != m.head {
		return false
	}
	n := chain[1]
	switch r.Found.Actor(m.actor).Type {
	case graph.Country, graph.Location:
	default:
		return false
	}
	switch rel, _ := pairRel(t, m.head); rel {
	case "compound", "amod":
	default:
		return false
	}
	if t.Toks[n].UPOS != "NOUN" || stateNouns[t.Lemma(n)] {
		return false
	}
	_, named := r.Found.At(r.Index, n)
	return !named
}

// stateNouns are the common nouns of a state's own bodies, which its
// name or adjective before them owns.
var stateNouns = words.Set("government administration embassy consulate ministry army military navy parliament cabinet delegation mission regime leadership state")

// unitNouns are the common nouns of the working parts of a body.
var unitNouns = words.Set("department division office branch bureau section unit desk group team delegation faction subsidiary programme program")

func year(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && n >= 1800 && n < 2200
}

// sharesSubject reports whether verb v is the trigger itself or heads it
// through a chain of clauses that share v's subject: open complements and
// conjuncts without a subject of their own ("Peru agreed to help Chile",
// "Peru protested and recalled its envoy from Chile").
func sharesSubject(t *tree.Tree, trigger, v int) bool {
	for n, step := trigger, 0; n >= 0 && step < 4; step++ {
		if n == v {
			return true
		}
		rel := t.Rel(n)
		if rel != "xcomp" && !(rel == "conj" && t.Toks[n].UPOS == "VERB" && !t.Has(n, "nsubj", "nsubj:pass")) {
			return false
		}
		n = t.Head(n)
	}
	return false
}

// ownedByState reports whether o is a person who is the possessor of role
// noun n while a state or organisation modifies n as well: "the premier's
// Danish envoy" is Denmark's envoy, not the premier's.
func (r *Sentence) ownedByState(n int, o mention) bool {
	if ty := r.Found.Actor(o.actor).Type; ty == graph.Country || ty == graph.Organization || ty == graph.Location || pairHead(r.Tree, o.head) != n || r.Tree.Toks[coordBase(r.Tree, o.head)].Deprel != "nmod:poss" {
		return false
	}
	for _, m := range r.ms {
		if m.actor != o.actor && r.Tree.Head(m.head) == n && m.head > o.head {
			if ty := r.Found.Actor(m.actor).Type; ty == graph.Country || ty == graph.Organization {
				return true
			}
		}
	}
	return false
}

// nationality reports whether o is a state written between a possessor
// and role noun n ("Boeing and its French rival Airbus", "Toyota's American
// rival"): the possessor owns the role, the state is its nationality.
func (r *Sentence) nationality(n int, o mention) bool {
	if r.Found.Actor(o.actor).Type != graph.Country || o.start == 0 || o.end > n {
		return false
	}
	x := r.Tree.Toks[o.start-1].XPOS
	return x == "POS" || x == "PRP$"
}

// bodysState reports whether o is a state written right before the name
// of a body that stands before role noun n, a head of the body ("Polish
// National Bank head", "Peru's Coffee Institute president"): the state
// is the body's (its name begins with the state's words), and the head
// the body's, no head of the state. A state's "U.N. ambassador" or
// "Foreign Ministry spokesman" still speaks for the state.
func (r *Sentence) bodysState(n int, o mention) bool {
	if r.Found.Actor(o.actor).Type != graph.Country || o.end >= n || !HeadsBody(r.Rules.RoleWord(n)) {
		return false
	}
	next := o.end
	if next < n && r.Tree.Toks[next].XPOS == "POS" {
		next++
	}
	for _, sp := range r.Found.InSentence(r.Index) {
		if sp.Start == next && sp.End <= n && NamedAfterState(r.Found.Actor(sp.Actor), r.Tree, o.start, o.end) {
			return true
		}
	}
	return false
}

// Addressed reports whether the name at token k follows a verb of
// telling parsed with no object ("told Reuters Finance Secretary Ana Soto
// had ...", the agency hung on the name): the name is whom the verb
// addresses, no owner of what follows.
func Addressed(t *tree.Tree, k int) bool {
	return k > 0 && t.Toks[k-1].UPOS == "VERB" && tellVerbs[t.Lemma(k-1)] && len(t.Children(k-1, "obj", "iobj")) == 0
}

// tellVerbs take whom they address as their object and what they say as
// a clause: "told Reuters the plan had failed".
var tellVerbs = words.Set("tell inform assure notify")

// HeadsBody reports whether role noun w ("president", "deputy-director")
// is a head of the body it is written after: a body's head is no head of
// the body's state.
func HeadsBody(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	return bodyHeads[w]
}

var bodyHeads = words.Set("president chairman chairwoman chair head chief governor director manager leader speaker commander")

// NamedAfterState reports whether a is an organisation whose name (or an
// alias) begins with the words of tokens [start, end), a state's name or
// adjective: "Polish National Bank" after "Polish", not "United Nations"
// after "Malaysian".
func NamedAfterState(a graph.Actor, t *tree.Tree, start, end int) bool {
	if a.Type != graph.Organization {
		return false
	}
	var ws []string
	for k := start; k < end; k++ {
		ws = append(ws, t.Toks[k].Form)
	}
	prefix := strings.ToLower(strings.Join(ws, " ")) + " "
	if strings.HasPrefix(strings.ToLower(a.Name), prefix) {
		return true
	}
	for _, al := range a.Aliases {
		if strings.HasPrefix(strings.ToLower(al), prefix) {
			return true
		}
	}
	return false
}

// beforePossessor reports whether o modifies role noun n before a
// possessor of n, which it then belongs to, however parsed.
func beforePossessor(t *tree.Tree, n int, o mention) bool {
	if t.Head(coordBase(t, o.head)) != n {
		return false
	}
	for _, k := range t.Kids[n] {
		if t.Toks[k].Deprel == "nmod:poss" && k > o.head {
			return true
		}
	}
	return false
}

// passiveReversed reports whether a verb's candidate runs from the subject
// of a passive to its agent: "Chile was invaded by Peru" is Peru's
// invasion of Chile, and the candidate in the other order reads it.
//
// Nor does a candidate run from one agent to another: "the bonds are rated
// A by Moody's and AA by Fitch" makes Moody's and Fitch both raters, not
// one the other's (the parser may hang the second "by" on "A").
func passiveReversed(path []string) bool {
	if len(path) < 2 {
		return false
	}
	last := strings.TrimPrefix(path[len(path)-1], ">")
	if isAgentArc(strings.TrimPrefix(path[0], "<")) {
		// the other's "by" may hang on the first's complement
		return isAgentArc(last) || strings.HasSuffix(last, "/by")
	}
	return isAgentArc(last) && strings.HasPrefix(path[0], "<nsubj:pass")
}

// isAgentArc reports whether an arc's name (arcName) is a passive's agent.
func isAgentArc(arc string) bool {
	return strings.HasPrefix(arc, "obl:agent") || arc == "obl/by"
}

// roleModifier reports whether arc, going up from the subject to a role
// noun, makes the subject a modifier of the noun: its owner or place, not
// its holder.
func roleModifier(arc string) bool {
	rel, _, _ := strings.Cut(strings.TrimPrefix(arc, "<"), "/")
	switch rel {
	case "compound", "amod", "nmod", "nmod:poss", "det:poss", "nmod:npmod":
		return true
	}
	return false
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

// appendArc appends to dst an arc of a candidate's path: dir ('<' up from
// the subject, '>' down to the object) and arcName(rel, prep), written
// without making its string.
func appendArc(dst []byte, dir byte, rel, prep string) []byte {
	dst = append(append(dst, dir), rel...)
	base, _, _ := strings.Cut(rel, ":")
	if prep != "" && (base == "obl" || base == "nmod" || base == "advcl" || base == "acl") {
		dst = append(append(dst, '/'), prep...)
	}
	return dst
}

// pairPredicates returns the readings of the candidate's predicate, the
// one the rules would choose first: for a verb, its past tense with the
// preposition that links the object ("met-with") and without it, and with
// an object noun it governs ("held-talks-with", or the event noun's verb:
// "imposed sanctions on" -> sanctioned-on, sanctioned); for a role noun,
// role-of or role with its preposition; for an event noun, its verb; for
// another noun or adjective, the word and preposition.
func (r *Sentence) pairPredicates(c Candidate, o mention, oChain []int) []graph.Predicate {
	t := r.Tree
	var out []graph.Predicate
	add := func(words ...string) {
		p := graph.MakePredicate(words...)
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
		if i+1 < len(oChain) && oChain[i+1] == c.Trigger {
			below = k
		}
	}
	prep := ""
	if below >= 0 {
		rel, p := pairRel(t, below)
		base, _, _ := strings.Cut(rel, ":")
		switch base {
		case "obl", "nmod", "advcl", "acl", "xcomp":
			if p != "by" {
				prep = p
			}
		case "compound", "amod":
			if c.Kind == "role" || c.Kind == "event" {
				prep = "of"
			}
		}
		if rel == "nmod:poss" && (c.Kind == "role" || c.Kind == "event" || c.Kind == "noun") {
			prep = "of"
		}
	}
	switch c.Kind {
	case "verb":
		v := c.Trigger
		base := r.Rules.PastOf(v)
		for p := range t.Dependents(v, "compound:prt") {
			base = string(graph.MakePredicate(base, t.Lower(p)))
		}
		// a noun between the verb and the object: "held talks with",
		// "imposed sanctions on"
		if below >= 0 && below != o.head && t.Toks[below].UPOS == "NOUN" && t.Rel(below) == "obj" {
			np := ""
			if k := indexOf(oChain, below); k > 0 {
				_, np = pairRel(t, oChain[k-1])
			}
			if nom, ok := r.Lex.Nominals[t.Lemma(below)]; ok && r.Lex.Light[t.Lemma(v)] {
				add(string(r.Rules.NominalPredicate(below, nom, np)))
				add(string(r.Rules.NominalPredicate(below, nom, "")))
			}
			add(base, t.Lemma(below), np)
			add(base, t.Lower(below), np)
		}
		if r.Lex.Light[t.Lemma(v)] && below == o.head && !t.Has(v, "obj", "iobj") {
			// "the loan Peru made to Velmar", "a credit made to Velmar":
			// the light verb's event is the noun its clause qualifies
			// (lent-to, made-loan-to); an empty one with none names
			// nothing (made-to)
			if h := t.Head(v); h >= 0 && (t.Rel(v) == "acl" || t.Rel(v) == "acl:relcl") && t.Toks[h].UPOS == "NOUN" {
				if nom, ok := r.Lex.Nominals[t.Lemma(h)]; ok {
					add(string(r.Rules.NominalPredicate(h, nom, prep)))
				}
				add(base, t.Lower(h), prep)
				return out
			}
			if r.Lex.Empty(t.Lemma(v)) {
				return out
			}
		}
		if prep != "" {
			add(base, prep)
		}
		// "met Reagan in Reykjavik" is no meeting with Iceland: the bare
		// verb makes a direct object of what a preposition other than
		// "with" links
		//
		// A verb done together ("spoke", "clashed") acts on nobody bare
		// but its direct object: "spoke at a meeting of the committee
		// whose members are X and Y" did not speak X
		together := r.Lex.Reciprocal[t.Lemma(v)] && prep != "with" && (below != o.head || t.Rel(below) != "obj")
		if (prep == "" || prep == "with" || below != o.head) && !together {
			add(base)
		}
	case "role":
		role := r.Rules.RoleWord(c.Trigger)
		if prep == "" {
			prep = "of"
		}
		add(role, prep)
		add(role, "of")
	case "event":
		nom, ok := r.Lex.Nominals[t.Lemma(c.Trigger)]
		if !ok {
			nom = r.Lex.Nominals[t.Lower(c.Trigger)]
		}
		add(string(r.Rules.NominalPredicate(c.Trigger, nom, prep)))
		if prep != "" && prep != "of" {
			add(string(r.Rules.NominalPredicate(c.Trigger, lex.Nominal{Verb: nom.Verb, KeepPrep: true, Needs: nom.Needs}, prep)))
		}
		add(string(r.Rules.NominalPredicate(c.Trigger, lex.Nominal{Verb: nom.Verb, Needs: nom.Needs}, "")))
	case "noun", "adj":
		w := t.Lemma(c.Trigger)
		if prep != "" {
			add(w, prep)
		}
		add(w)
	case "direct":
		// no word between: the relation is read by the rules if at all;
		// a person placed by an organisation ("Ana Lima of the Red Cross",
		// "the Red Cross's Ana Lima") works for it, by a party ("the
		// Republican president") is its member
		f := r.Found
		if f.Actor(c.Subj).Type == graph.Person && f.Actor(c.Obj).Type == graph.Organization {
			if r.Rules.Party(c.Obj) {
				add("member", "of")
			} else {
				add("works", "for")
			}
		}
		add("of")
	}
	return out
}

// widened returns, for verb v whose object chain oChain runs through an
// oblique while v has a common noun for its direct object, the reading of
// the verb and the oblique's preposition alone ("lifted sanctions on a
// Russian bank": lifted-on) and the predicate with the noun
// (lifted-sanctions-on), or with the event noun's own verb after a light
// verb ("launched strikes on a Syrian base": struck); "" and "" otherwise.
func (r *Sentence) widened(v int, oChain []int) (clipped, wide graph.Predicate) {
	t := r.Tree
	k := indexOf(oChain, v)
	if k < 1 {
		return "", ""
	}
	below := oChain[k-1]
	rel, prep := pairRel(t, below)
	if !strings.HasPrefix(rel, "obl") || prep == "" || prep == "by" {
		return "", ""
	}
	base := r.Rules.PastOf(v)
	for p := range t.Dependents(v, "compound:prt") {
		base = string(graph.MakePredicate(base, t.Lower(p)))
	}
	for n := range t.Dependents(v, "obj") {
		if t.Toks[n].UPOS != "NOUN" || t.Has(n, "nummod") {
			continue // nor a sum: "imposed 300 mln dlrs in sanctions on"
		}
		if r.Found != nil {
			if _, ok := r.Found.At(r.Index, n); ok {
				continue // an actor is no noun of the predicate
			}
		}
		wide = graph.MakePredicate(base, t.Lower(n), prep)
		if nom, ok := r.Lex.Nominals[t.Lemma(n)]; ok && r.Lex.Light[t.Lemma(v)] {
			if p := r.Rules.NominalPredicate(n, nom, prep); p != "" {
				wide = p
			}
		}
		return graph.MakePredicate(base, prep), wide
	}
	return "", ""
}

func indexOf(xs []int, x int) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// prepBranch reports whether word k hangs on its head (pairHead), after
// it, as a nominal or oblique complement with a preposition that says
// nothing of whose a role below it is or who holds it: any but "of" ("the
// head of Velmar", read by the pair model both ways) and "as" ("Reed as
// chairman of Velmar"). A title before a name ("by Velmar chairman Tom
// Vance") carries the preposition of the whole phrase.
func prepBranch(t *tree.Tree, k int) bool {
	rel, prep := pairRel(t, k)
	base, _, _ := strings.Cut(rel, ":")
	return (base == "nmod" || base == "obl") && rel != "nmod:desc" && k > pairHead(t, k) && prep != "" && prep != "of" && prep != "as"
}

// saidOf reports whether role noun n, below the common head of a
// candidate's mentions on the object's side, is said of the subject,
// whose chain up to that head is sUp: the subject is the copula's ("Reed
// is one of Lee's advisers", "Reed is a lawyer and former aide to Lee"),
// the possessor of a word the role qualifies through "as" ("Lee's years
// as premier"; a word with an "of" complement has another party the role
// may be said of, "Lee's nomination of Park as envoy"), or a conjunct
// beside the role's plural with "other" ("Chile and other OPEC members").
func saidOf(t *tree.Tree, sUp []int, n int) bool {
	if len(sUp) != 2 {
		return false
	}
	s, head := sUp[0], sUp[1]
	rel, _ := pairRel(t, s)
	switch {
	case strings.HasPrefix(rel, "nsubj") && t.Has(head, "cop"):
		return true
	case t.Rel(n) == "conj" && coordBase(t, n) == coordBase(t, s):
		for k := range t.Dependents(n, "amod") {
			if t.Lower(k) == "other" {
				return true
			}
		}
		return false
	case rel != "nmod:poss" || pairHead(t, n) != head:
		return false
	}
	if _, prep := pairRel(t, n); prep != "as" {
		return false
	}
	for c := range t.Dependents(head, "nmod") {
		if t.Prep(c) == "of" {
			return false
		}
	}
	return true
}

// apposedPast reports whether word k, in apposition to the head of
// mention s, leads to the singular role noun n past another person
// named after s, or a conjunct of s: an apposition is said of the name
// it follows ("Ann Reed, Tom Hale and Lisa Gomez, chairman of Velmar
// Corp", "Ann Reed, director of the bureau, and Tom Hale, deputy
// director of the mint"). A plural role is said of the whole list ("Reed
// and Hale, both senators").
func (r *Sentence) apposedPast(s mention, k, n int) bool {
	t := r.Tree
	if rel, _ := pairRel(t, k); rel != "appos" || t.Toks[n].XPOS == "NNS" || t.Toks[n].XPOS == "NNPS" {
		return false
	}
	start := k
	for j := s.end; j < k; j++ {
		if t.Dominates(k, j) {
			start = j
			break
		}
	}
	for _, m := range r.ms {
		if m.actor == s.actor || m.start < s.end || m.end > start {
			continue
		}
		if r.Found.Actor(m.actor).Type == graph.Person || t.Rel(m.head) == "conj" && coordBase(t, m.head) == coordBase(t, s.head) {
			return true
		}
	}
	return false
}

// personBetween reports whether a person is named between tokens i and j.
func (r *Sentence) personBetween(i, j int) bool {
	for _, m := range r.ms {
		if m.start > i && m.end <= j && r.Found.Actor(m.actor).Type == graph.Person {
			return true
		}
	}
	return false
}

// listedAfter reports whether role noun n starts, after a comma, the
// phrase that follows mention o: "Tom Hale, former campaign manager Jo
// Marsh". Words between the comma and the role may only qualify it, in
// lower case: a name there is the role's owner ("Tom Hale, Velmar
// chairman Jo Marsh") or the end of o's own ("Velmar, Inc. chairman").
func (r *Sentence) listedAfter(o mention, n int) bool {
	t := r.Tree
	if o.end >= n || t.Toks[o.end].Form != "," {
		return false
	}
	for k := o.end + 1; k < n; k++ {
		switch t.Toks[k].UPOS {
		case "ADJ", "NOUN", "DET":
			if _, named := r.Found.At(r.Index, k); named || layout.StartsUpper(t.Toks[k].Form) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
