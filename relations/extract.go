package relations

import (
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/institutions"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/relations/offices"
	"github.com/actorgraph/actorgraph/relations/officials"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/relations/parties"
	"github.com/actorgraph/actorgraph/relations/tree"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// PastTense gives the past tense of a verb lemma ("meet" -> "met"), or ""
// when it does not know one.
type PastTense func(lemma string) string

// Reader reads the relations between the actors of an article off its
// parsed sentences. It is safe for concurrent use.
type Reader struct {
	roles     *entities.Roles
	past      PastTense
	lex       *lex.Lexicon
	officials *officials.Table
	pairs     *pairs.Model // nil reads by the rules alone
	classes   *cameo.Table // event classes, for what reported speech charges
}

// NewReader returns a Reader that recognises role nouns with roles and puts
// verbs in the past tense with past (nil keeps the lemma).
func NewReader(roles *entities.Roles, past PastTense) (*Reader, error) {
	// The tables are embedded: load them all, then report the first that
	// failed.
	lx, errLex := lex.Default()
	off, errOff := officials.Default()
	pm, errPairs := pairs.Default()
	classes, errClasses := cameo.Default()
	for _, l := range []struct {
		what string
		err  error
	}{{"lexicon", errLex}, {"officials", errOff}, {"pair model", errPairs}, {"event classes", errClasses}} {
		if l.err != nil {
			return nil, fmt.Errorf("relations %s: %w", l.what, l.err)
		}
	}
	return &Reader{roles: roles, past: past, lex: lx, officials: off, pairs: pm, classes: classes}, nil
}

// article is the state of one article while its relations are read.
type article struct {
	x     *Reader
	sents []ud.Sentence
	found *entities.Found
	rels  []graph.Relation
	seen  map[graph.Relation]bool
	// linked holds the (subject, object) pairs of rels
	linked map[[2]graph.ActorID]bool
	bare   []offices.Bare // national offices written without their state
	// reported are the indexes in rels of the demands and accusations of
	// reported speech (see dropOwnSide)
	reported []int
	// persons holding another's office in their state
	counterparts []offices.Counterpart
	// leaders are the leaders of states that governments named after
	// them state (see addLeaders)
	leaders []graph.Relation
	// led are the states persons lead by roles the article gives them
	// anywhere, when known (see ReadRules); unled the persons a
	// government was named after whom ledBy tied to no state
	led   map[graph.ActorID]graph.ActorID
	unled map[graph.ActorID]bool
	// speakers are the bodies speakers are introduced with, added once
	// the article is read (see speakerBodies)
	speakers []speakerRel
	// pastHolders are the persons with a role the article says they
	// held before ("former minister"), whom addStateOffices leaves alone
	pastHolders map[graph.ActorID]bool
	// roleSpans and roleDone are the room of reader.roleAt, which the
	// readers of the sentences use in turn
	roleSpans []roleSpan
	roleDone  []bool
	// keyBuf and keyEnds are the room of reader.key, likewise
	keyBuf  []byte
	keyEnds []int
}

// Read returns the relations that sents state between the actors of found,
// in the order read, each once a sentence. found must come from the same
// sentences.
func (x *Reader) Read(sents []ud.Sentence, found *entities.Found) []graph.Relation {
	rels, cands := x.ReadRules(sents, found)
	return x.dropUnfit(found, x.pairs.Revise(found, rels, cands))
}

// dropUnfit drops the relations that cannot hold as worded: one whose
// predicate is a verb of saying and what it said or where
// (sayingPhrase); one of ownership whose object is a state (see
// ownership); a family relation of an actor that is no person (kinFits);
// works-for said of one whose name is no person's (staffNamed: the
// recogniser takes many a firm's unit for a person, "Deutsche Bank
// Capital Markets", "Abbott Laboratories" in a list of stocks); and a
// role whose object is a person that the role cannot belong to: a
// chairman or a president is of a body or a state, never of a person (a
// list of a board's members, "chairman Ann Lee, president Tom Hale and Jo
// Reed", is read so), while an aide, an adviser or a spokesman may be a
// person's (Role.OwnerPrep), and a member one of a person's team. Only a
// person named with a given name counts there: the recogniser takes many
// a company for a person ("Evergo's director", "PaineWebber analyst Jo
// Lee"), whose role is read right.
func (x *Reader) dropUnfit(found *entities.Found, rels []graph.Relation) []graph.Relation {
	out := rels[:0]
	for _, r := range rels {
		if o := found.Actor(r.Object); o.Type == graph.Person && givenNamed(o.Name) && !x.personOwns(r.Predicate) {
			continue
		}
		if sayingPhrase(r.Predicate) || pressAddressed(r.Predicate) && newsAgency(found.Actor(r.Object).Name) || !x.kinFits(found, r) || r.Predicate == worksFor && !staffNamed(found.Actor(r.Subject).Name) {
			continue
		}
		seat := x.seatOf(r.Predicate)
		if seat && found.Actor(r.Subject).Type != graph.Person {
			continue // "lawmakers in the party, including Senate Majority Leader Ann Reed": the Senate holds no seat
		}
		if seat && x.roles.IsParty(found.Actor(r.Object).Name) {
			// "Republican Senators Ann Reed and Tom Hale": the party's members
			r.Predicate = "member-of"
			if slices.Contains(rels, r) {
				continue // read so already
			}
		}
		if emptyVerbs[string(r.Predicate)] || hollowPhrase(r.Predicate) {
			continue // "Velmar made 300 U.S. cars", "the CFTC reported Chicago Board of Trade stocks"
		}
		if found.Actor(r.Object).Type == graph.Country && ownership[r.Predicate] {
			continue // "its U.S. sales", "sold U.S. cars", "bought Mexican debt": the market, the goods' state
		}
		if found.Actor(r.Object).Type == graph.Country && !x.stateOwns(r.Predicate) {
			continue // "lead manager Swiss Volksbank", "Renta's chairman X ... in the U.S.": a body's role
		}
		out = append(out, r)
	}
	return out
}

// seatOf reports whether predicate p gives an elected office in a
// legislature or over a place, which a party's word before the title
// ("Republican Senators", "Democratic governors") makes no office of the
// party, but membership of it.
func (x *Reader) seatOf(p graph.Predicate) bool {
	role, _, ok := x.roles.PredicateRole(p)
	return ok && (len(role.Bodies) > 0 || seats[role.Noun])
}

// seats are the elected offices without a body of their own in the list
// of roles (see seatOf).
var seats = words.Set("lawmaker legislator governor mayor")

// sayingPhrase reports whether predicate p joins a verb of saying to a
// word of what was said or of where it was said, which no actor is the
// object of: "said-subsidiary" ("X said its subsidiary, Y, ..."),
// "told-at", "reported-from"; but "said-to", "said-about" and "said-no-to"
// name whom the saying addresses or concerns.
func sayingPhrase(p graph.Predicate) bool {
	verb, rest, ok := strings.Cut(string(p), "-")
	if !ok {
		return false
	}
	switch verb {
	case "said", "says":
		return rest != "to" && rest != "about" && rest != "no-to"
	case "told", "tells":
		return true
	case "reported":
		return rest == "from" || rest == "among"
	}
	return false
}

// emptyVerbs are bare verbs that relate no actor to another by
// themselves, whatever their object: what is made, got, seen, estimated
// or reported is a thing or a figure the object only owns or qualifies
// ("made 300 U.S. cars", "got a World Bank loan", "estimated Turkish
// output", "sees Velmar as a turnaround", "Velmar shares fell"). With a
// noun or preposition joined to them ("made-offer-to", "reported-to")
// they may be relations, and readers give them so.
var emptyVerbs = words.Set(`
	made got fell rose saw estimated became placed put added expected
	considered covered reported spoke
`)

// hollowPhrase reports whether predicate p is a verb that says nothing
// without its object noun and a preposition alone ("had-in", "made-to",
// "did-for"): "the same thing he did to Reed", "a loan made to Velmar"
// name what was done in a noun the predicate lost.
func hollowPhrase(p graph.Predicate) bool {
	verb, prep, ok := strings.Cut(string(p), "-")
	return ok && hollowVerbs[verb] && hollowPreps[prep]
}

// hollowVerbs are the verbs of hollowPhrase.
var hollowVerbs = words.Set("made had did put got")

// hollowPreps are the prepositions a hollow verb's predicate may end in.
var hollowPreps = words.Set("in to with for on at of by from about into")

// pressAddressed reports whether predicate p says that its subject spoke
// to its object, as a source speaks to a reporter.
func pressAddressed(p graph.Predicate) bool {
	switch p {
	case "told", "spoke-to", "talked-to", "said-to", "spoke-with", "talked-with", "gave-interview-to", "in-interview-with":
		return true
	}
	return false
}

// newsAgency reports whether name is a news agency's: the wire that
// carries the story, whose sources speak to it ("told Reuters"), which
// the guidelines relate to no one. Papers and broadcasters are left
// alone: a story may be about what was said on them.
func newsAgency(name string) bool {
	lower := strings.ToLower(name)
	return wires[lower] || strings.HasSuffix(lower, " news agency")
}

// wires are the names of news agencies.
var wires = words.Set(`
	reuters ap afp tass itar-tass xinhua interfax kyodo jiji yonhap bernama antara anadolu irna
	mena sana wafa kcna dpa ansa efe pti upi
`)

// staffNamed reports whether name, of an actor said to work for a body,
// may be a person's: named with a known given name, or with two words or
// more, the last no institution's noun, legal form or plural ("Madiha
// Afzal", not "Capital Markets", "Abbott Laboratories" or a one-word
// "person" left unjoined to any full name).
func staffNamed(name string) bool {
	if givenNamed(name) {
		return true
	}
	fields := strings.Fields(name)
	if len(fields) < 2 {
		return false
	}
	last := fields[len(fields)-1]
	lower := strings.ToLower(last)
	return !names.IsInstitutionNoun(lower) && !entities.LegalForm([]string{lower}) && !(len(last) > 4 && strings.HasSuffix(last, "s"))
}

// worksFor is the predicate the pair model gives a person and the body
// that a possessive or "of" says they belong to, with no role.
const worksFor graph.Predicate = "works-for"

// ownership are the bare predicates of buying, selling and owning, whose
// object is never a state: a state named with them is the market or
// where the goods come from.
var ownership = map[graph.Predicate]bool{
	"sold": true, "sells": true, "bought": true, "buys": true, "purchased": true,
	"acquired": true, "owned": true, "owns": true,
}

// personOwns reports whether a predicate may link a person to the person
// who owns it: any predicate but a role noun and a preposition whose role
// a person cannot own ("president-of", not "aide-to" nor "met").
func (x *Reader) personOwns(pred graph.Predicate) bool {
	role, prep, ok := x.roles.PredicateRole(pred)
	if !ok || (prep != "of" && prep != "to" && prep != "for") || role.Kin || role.Noun != strings.TrimSuffix(string(pred), "-"+prep) || role.Noun == "member" {
		return true
	}
	_, ok = role.OwnerPrep(graph.Person)
	return ok
}

// stateOwns reports whether a state may hold the role that predicate
// pred names: not one the table of roles gives no state's owner
// (@Country:none: a chairman, a manager, an analyst), whichever reader
// drew the edge. Predicates that name no role pass.
func (x *Reader) stateOwns(pred graph.Predicate) bool {
	role, prep, ok := x.roles.PredicateRole(pred)
	if !ok || prep != "of" || role.Kin || role.Noun != strings.TrimSuffix(string(pred), "-"+prep) {
		return true
	}
	p, set := role.ByType[graph.Country]
	return !set || p != ""
}

// givenNamed reports whether a name opens with a known given name.
func givenNamed(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return coref.GivenName(first)
}

// ReadRules returns the relations the rules read and, when the Reader has a
// pair model, the candidate pairs it scores: what Read returns before the
// pair model revises it, for the pair model's training.
func (x *Reader) ReadRules(sents []ud.Sentence, found *entities.Found) ([]graph.Relation, []pairs.Candidate) {
	rels, cands, unled := x.readRules(sents, found, nil)
	if len(unled) == 0 {
		return rels, cands
	}
	// "The Reed government warned Peru ... President Ann Reed of Chile":
	// a government named after a person the article titles a leader only
	// after it is read again, knowing whom the person leads
	led := map[graph.ActorID]graph.ActorID{}
	for _, rel := range rels {
		if _, ok := led[rel.Subject]; !ok && unled[rel.Subject] && leaderRoles[rel.Predicate] && found.Actor(rel.Object).Type == graph.Country {
			led[rel.Subject] = rel.Object
		}
	}
	if len(led) == 0 {
		return rels, cands
	}
	rels, cands, _ = x.readRules(sents, found, led)
	return rels, cands
}

// readRules is ReadRules once over the article, with led the states the
// article's persons lead by roles it gives them anywhere (see
// article.ledBy). It returns besides the persons a government was named
// after whom it could not tie to a state they lead.
func (x *Reader) readRules(sents []ud.Sentence, found *entities.Found, led map[graph.ActorID]graph.ActorID) ([]graph.Relation, []pairs.Candidate, map[graph.ActorID]bool) {
	a := &article{x: x, sents: sents, found: found, seen: map[graph.Relation]bool{}, linked: map[[2]graph.ActorID]bool{}, led: led, pastHolders: map[graph.ActorID]bool{}}
	var cands []pairs.Candidate
	for si := range sents {
		if !found.Mentioned(si) {
			// a third of the news archive's sentences mention no
			// actor, and such a sentence states nothing: every
			// relation the readers add, and every candidate pair,
			// has at least one actor the sentence mentions (a span,
			// a modifier or a plural reference), the other perhaps
			// one the article names elsewhere (a party, a body, a
			// state). A reading that relates two actors of the
			// latter kind must drop this test.
			continue
		}
		t := tree.New(repaired(sents[si].Tokens, x.lex))
		r := &reader{a: a, si: si, t: t, party: &parties.Sentence{Tree: t, Found: found, Roles: x.roles, Index: si}, body: layout.Body(t.Toks)}
		first := len(a.rels)
		r.read()
		if x.pairs != nil {
			ruled := map[[2]graph.ActorID]bool{}
			for _, rel := range a.rels[first:] {
				ruled[[2]graph.ActorID{rel.Subject, rel.Object}] = true
			}
			ps := &pairs.Sentence{Index: si, Tree: r.t, Found: found, Lex: x.lex, Rules: r, Body: r.body}
			cands = append(cands, slices.DeleteFunc(ps.Candidates(ruled), func(c pairs.Candidate) bool {
				return slices.Contains(r.settled, [2]graph.ActorID{c.Subj, c.Obj})
			})...)
		}
	}
	off := &offices.Article{Found: found, Roles: x.roles, Officials: x.officials, Add: a.add, Dateline: datelineState(sents, found)}
	off.ResolveBare(a.rels, a.bare, a.counterparts)
	off.ResolveCounterparts(a.rels, a.counterparts, a.bare)
	a.addLeaders()
	institutions.Read(sents, found, x.officials, a.add)
	a.addSpeakers()
	a.addStateOffices()
	return a.dropOwnSide(), cands, a.unled
}

// datelineState returns the state that the dateline of one of the
// article's first sentences names ("WASHINGTON (Reuters) -", "GDANSK,
// Poland -"), or -1.
func datelineState(sents []ud.Sentence, found *entities.Found) graph.ActorID {
	for si := range min(3, len(sents)) {
		toks := sents[si].Tokens
		start, _, ok := layout.Dateline(toks)
		if !ok {
			continue
		}
		state := graph.ActorID(-1)
		for k := start; k < layout.Body(toks); k++ {
			if sp, ok := found.At(si, k); ok && sp.Start == k && found.Actor(sp.Actor).Type == graph.Country && sp.Kind == entities.NameSpan {
				state = sp.Actor
			}
		}
		return state
	}
	return -1
}

// add records the relation (s, pred, o) stated in sentence si.
func (a *article) add(si int, s graph.ActorID, pred graph.Predicate, o graph.ActorID) {
	if s == o || s < 0 || o < 0 || pred == "" {
		return
	}
	if a.found.Actor(s).Name == a.found.Actor(o).Name {
		return
	}
	if locatedIn[pred] && a.place(s) {
		// "Ugandan officials based in Kenya": the officials are based
		// there, not their state; a state is based nowhere
		return
	}
	if q, ok := verbForms[pred]; ok {
		pred = q
	}
	r := graph.Relation{Subject: s, Predicate: pred, Object: o, Sentence: si}
	if a.seen[r] {
		return
	}
	a.seen[r] = true
	a.linked[[2]graph.ActorID{s, o}] = true
	a.rels = append(a.rels, r)
}

// verbForms maps the predicates of a participle read as an adjective (or
// a passive) with the preposition of its object to the verb that takes
// that object directly: "is opposed to Y" is (X, opposed, Y).
var verbForms = map[graph.Predicate]graph.Predicate{predicate("opposed", "to"): "opposed"}

// locatedIn are the predicates that say where a body sits.
var locatedIn = map[graph.Predicate]bool{predicate("based", "in"): true, predicate("headquartered", "in"): true}

// place reports whether actor id is a state, which sits nowhere as a body
// does. (Places are left out: an unknown firm's name is often typed one.)
func (a *article) place(id graph.ActorID) bool {
	return a.found.Actor(id).Type == graph.Country
}

// predicate joins words into a predicate: lower case, hyphens between words.
func predicate(words ...string) graph.Predicate { return graph.MakePredicate(words...) }

// pastTense returns the past tense of a verb lemma, or the lemma.
func (x *Reader) pastTense(lemma string) string {
	if x.past != nil {
		if p := x.past(lemma); p != "" {
			return strings.ToLower(p)
		}
	}
	return lemma
}

// Offices returns what the table of officials knows of the persons an
// article names, for the entity finder's definite descriptions (see
// coref.Offices): days are the article's dates, its own if it has one,
// else those its sentences give; an office is held on none when there are
// none.
func (x *Reader) Offices(days []dates.Date) coref.Offices {
	return tableOffices{x.officials, days}
}

// tableOffices is the table of officials on an article's dates.
type tableOffices struct {
	t    *officials.Table
	days []dates.Date
}

func (o tableOffices) HeldOn(name, office string) (string, bool) {
	return o.t.HeldOn(name, office, o.days)
}

func (o tableOffices) StateOf(name string) (string, bool) {
	if code, ok := o.t.StateOf(name); ok {
		return code, true
	}
	return o.t.StateOfShortName(name)
}

func (o tableOffices) Names(code, name string) bool { return o.t.Names(code, name) }

func (o tableOffices) Surname(word string) bool { return o.t.HolderSurname(word) }
