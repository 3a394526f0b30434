package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/relations/offices"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/relations/parties"
	"github.com/actorgraph/actorgraph/relations/tree"
)

// reader reads the relations of one sentence.
type reader struct {
	a     *article
	si    int
	t     *tree.Tree
	party *parties.Sentence // the sentence's party words
	body  int               // the first word after the sentence's dateline, if any
	// memos of the role words (see roleAt)
	keys      []string
	roleSpans []roleSpan
	roleDone  []bool
	// urged are the demands of reported speech, "X said Y should",
	// "X demanded that Y withdraw", given once the sentence's roles are
	// known (see exhorted, mandated)
	urged []reportedRel
	// blamed are the blame and accusations of reported speech ("X said Y
	// had shelled the towns"), given once the sentence's roles are known
	// (see addBlamed)
	blamed []reportedRel
	// settled are the pairs of actors the rules read as holding no
	// relation, which the pair model is not to relate either
	// ("Turkey expelled Russia from Syria": Turkey and Syria)
	settled [][2]graph.ActorID
}

// RoleWord, PastOf and NominalPredicate answer the pair model's questions
// (see pairs.Rules) by the rules.

func (r *reader) RoleWord(i int) string { return r.roleWord(i) }

func (r *reader) OwnerDenied(i int, t graph.ActorType) bool {
	rs, ok := r.roleAt(i)
	if !ok {
		return false
	}
	prep, set := rs.role.ByType[t]
	return set && prep == ""
}

func (r *reader) PastOf(v int) string { return r.pastOf(v) }

func (r *reader) Kin(i int) bool {
	rs, ok := r.roleAt(i)
	return ok && rs.role.Kin
}

func (r *reader) StandsForState(i int) bool {
	t := r.t
	if w := t.Lemma(i); statePlaces[w] || stateBodies[w] || w == "capital" {
		return true
	}
	h := t.Head(i)
	if h < 0 {
		return false
	}
	if targetPreps[t.Prep(i)] {
		// a measure against the state's goods: "tariffs on Peruvian
		// steel", the phrase hung on the noun or on its verb
		m := h
		if objs := t.Children(h, "obj"); t.Toks[h].UPOS == "VERB" && len(objs) > 0 {
			m = objs[0]
		}
		if _, event := r.eventNoun(m); event && t.Toks[m].UPOS == "NOUN" {
			return true
		}
	}
	if t.Toks[h].UPOS != "VERB" {
		return false
	}
	// a hostile act, whichever way round ("was attacked by an Iranian
	// gunboat"); but property taken is no state's ("took more Cuban
	// sugar", the CAMEO class of seizing property)
	p := predicate(r.pastOf(h))
	return r.hostileClass(p) && r.a.x.classes.Classify(p) != seizeProperty
}

// seizeProperty is the CAMEO class of seizing or damaging property.
const seizeProperty cameo.Class = "171"

// stateBodies are bodies that a state's adjective makes the state's: "the
// Congolese electoral commission".
var stateBodies = words.Set(`agency commission committee council department ministry`)

func (r *reader) Party(a graph.ActorID) bool { return r.a.x.roles.IsParty(r.a.found.Actor(a).Name) }

func (r *reader) NominalPredicate(n int, nom lex.Nominal, prep string) graph.Predicate {
	return r.nominalPredicate(n, nom, prep)
}

func (r *reader) read() {
	for i := range r.t.Toks {
		switch r.t.Toks[i].UPOS {
		case "VERB":
			if r.ownedGerund(i) {
				r.nominal(i) // "the kingdom's backing for Oman"
				continue
			}
			if r.t.VerbLike(i) {
				r.verb(i)
				r.journeyTakes(i)
			}
		case "NOUN", "PROPN":
			r.nominal(i)
			r.roleNoun(i)
			r.jointBy(i)
			r.gathering(i)
			r.governmentLeader(i)
		case "ADJ":
			r.adjective(i)
		}
	}
	r.titles()
	r.descriptionRoles()
	r.descriptionParties()
	r.hyphenModifiers()
	r.governingParties()
	r.stateOwned()
	r.nationalFirms()
	r.speakerBodies()
	r.addBlamed()
	for _, u := range r.urged {
		if !r.a.ownSide(u.s, u.o) {
			r.a.addReported(r.si, u.s, u.pred, u.o)
		}
	}
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
	if p, ok := r.titledPerson(i); ok {
		return p, true
	}
	if a, ok := r.spanActor(i); ok {
		// "Turkey-backed Ahmad al-Sharaa" parsed with "Turkey" as the head:
		// the phrase names the one who is backed
		t := r.t
		if sp, _ := r.a.found.At(r.si, i); sp.End+2 < len(t.Toks) && t.Toks[sp.End].Form == "-" && entities.IsParticiple(t.Toks[sp.End+1].Form) {
			if b, ok := r.spanActor(sp.End + 2); ok {
				return b, true
			}
		}
		return a, true
	}
	t := r.t
	if a, ok := r.honorificHead(i); ok {
		return a, true
	}
	if a, ok := pairs.NamedPlace(t, r.a.found, r.si, i); ok {
		return a, true // "the city of Mosul", not the Syrian state of "the Syrian city of Aleppo"
	}
	if a, ok := r.stateCapital(i); ok {
		return a, true
	}
	if a, ok := r.statePlace(i); ok {
		return a, true
	}
	if a, ok := r.expelledEnvoy(i); ok {
		return a, true
	}
	w := t.Lemma(i)
	px := r.a.x.lex.Proxies
	_, event := r.eventNoun(i)
	proxy := px[w] || px[t.Lower(i)] || px[w+"s"]
	if !proxy && !event {
		return -1, false
	}
	if t.Toks[i].XPOS == "NN" && r.roleWord(i) != "" {
		return -1, false // "a Russian official", "the country's negotiator": one person
	}
	if r.backedBy(i) {
		return -1, false // "U.S.-backed Syrian forces" are neither the U.S. nor Syria
	}
	smallClause := t.Rel(i) == "nsubj" && t.Head(i) >= 0 && t.Rel(t.Head(i)) == "xcomp" // "called [the charges absurd]"
	// "said Russia's raid was illegal": the raid's doer is charged
	judged := t.Rel(i) == "nsubj" && t.Head(i) >= 0 && t.Has(t.Head(i), "cop") && r.condemns(t.Head(i))
	if !proxy && t.Rel(i) != "obj" && t.Rel(i) != "obl" && !smallClause && !judged {
		// what an event does is not what its doer does, and a phrase
		// about an event ("repayment on the Shah's loan") is not about
		// its doer; but "condemned Russia's invasion" condemned Russia,
		// "pushed back at demands by Washington" pushed back at it
		return -1, false
	}
	if !judged && (!proxy || t.Rel(i) == "obj") && t.Head(i) >= 0 && referenceVerbs[t.Lemma(t.Head(i))] {
		// "citing the Russian invasion", "announced Reed's decision": no
		// act on Russia or Reed
		return -1, false
	}
	if !proxy && t.Rel(i) == "obj" && t.Head(i) >= 0 && (sequenceVerbs[t.Lemma(t.Head(i))] || courseVerbs[t.Lemma(t.Head(i))]) {
		// "the fall followed the offer by Velmar": a time, no act on
		// Velmar; "Peru lifted Chile's sanctions": an act on the
		// sanctions, not on Chile
		return -1, false
	}
	rels := []string{"compound", "amod", "nmod:poss", "flat"}
	if !proxy {
		// an event noun stands for its doer: "Russia's invasion", "a
		// Russian attack", but "the Ukraine invasion" names the invaded
		// and "Roe's arrest" the arrested
		rels = []string{"nmod:poss", "amod"}
		if r.undergoerOwned(i) {
			rels = nil
		}
	}
	for k := i - 1; k >= 2 && t.Dominates(i, k); k-- {
		if t.Lower(k) == "whose" && t.Toks[k-1].Form == "," {
			// "Russia, whose troops back the army", "whose navy and
			// marine units": the name before the relative, however
			// the parser hung the clause
			if a, ok := r.spanActor(k - 2); ok {
				return a, true
			}
		}
	}
	for c := range t.Dependents(i, rels...) {
		if a, ok := r.spanActor(c); ok {
			if armedGroups[w] && r.a.found.Actor(a).Type != graph.Organization {
				continue // "Houthi rebels" are the Houthis, "Syrian rebels" no Syria
			}
			if w == "leader" && (r.a.found.Actor(a).Type == graph.Location || r.sectionLeaders(i)) {
				// "Asia Pacific leaders" lead no region, but states in
				// it; "Brazilian business leaders" no state, but firms
				continue
			}
			if state, ok := r.Government(c); ok {
				return state, true // "the Obama administration" is the state Obama leads
			}
			return a, true
		}
	}
	if !proxy {
		for c := range t.Dependents(i, "nmod") {
			if t.Prep(c) == "by" {
				if a, ok := r.spanActor(c); ok {
					return a, true
				}
			}
		}
		return -1, false
	}
	// "the terms set by the IMF" are the IMF's, but "rebels backed by
	// Rwanda" are Rwanda's clients, not Rwanda
	for c := range t.Dependents(i, "acl") {
		if t.Toks[c].XPOS == "VBN" && !backers[t.Lower(c)] {
			if ag := r.agents(c); len(ag) > 0 {
				return ag[0], true
			}
		}
	}
	for c := range t.Dependents(i, "nmod") {
		if p := t.Prep(c); p == "of" || p == "from" && t.Toks[i].XPOS == "NNS" {
			// "the terms of the IMF", "officials from Russia"
			if a, ok := r.spanActor(c); ok {
				return a, true
			}
		}
		if t.Prep(c) == "in" && localAuthorities[t.Lower(i)] {
			// "prosecutors in Peru", "police in Kenya": the state's own,
			// as "Peruvian prosecutors" are; but "troops in Syria" may be
			// anyone's, and a city's police are no state
			if a, ok := r.spanActor(c); ok && r.a.found.Actor(a).Type == graph.Country {
				return a, true
			}
		}
	}
	return -1, false
}

// localAuthorities are the plural proxies of a state's civil authority,
// whose "in" phrase names the state they serve.
var localAuthorities = words.Set("authorities officials police prosecutors investigators")

// stateCapital returns the state that "the Chinese capital" stands for,
// as a capital stands for its state: the noun "capital" with "the" and a
// state's adjective, and no owner ("increased its capital" is money).
func (r *reader) stateCapital(i int) (graph.ActorID, bool) {
	t := r.t
	if t.Lower(i) != "capital" || t.Has(i, "nmod:poss") || !slices.ContainsFunc(t.Children(i, "det"), func(d int) bool { return t.Lower(d) == "the" }) {
		return -1, false
	}
	for c := range t.Dependents(i, "amod") {
		if sp, ok := r.a.found.At(r.si, c); ok && sp.Kind == entities.DemonymSpan && r.a.found.Actor(sp.Actor).Type == graph.Country {
			return sp.Actor, true
		}
	}
	return -1, false
}

// statePlaces are the places, installations and targets of a state that a
// hostile act on them is an act on the state: "raids on a Libyan naval
// base", "shelled Iraqi positions".
var statePlaces = words.Set(`
	base airbase airfield airport embassy consulate outpost garrison port
	harbor harbour installation facility territory border village town
	city platform refinery field target position station
`)

// targetPreps link the target of a hostile act to its verb or noun.
var targetPreps = words.Set("on against at")

// statePlace returns the state that a place or installation at token i
// named with its nationality adjective stands for as the target of a
// hostile act, as the guidelines read a nationality that stands for its
// state in a relation: the object or the "on", "against" or "at" phrase
// of a hostile verb ("bombed a Syrian air base") or of a hostile event
// noun ("strikes on an Iraqi oil platform", "an attack against the
// Chinese embassy"). Elsewhere the place is no state: "flew to a Russian
// base" may well be abroad.
func (r *reader) statePlace(i int) (graph.ActorID, bool) {
	t := r.t
	if !statePlaces[t.Lemma(i)] || t.Has(i, "nmod:poss") {
		return -1, false
	}
	h := t.Head(i)
	if h < 0 {
		return -1, false
	}
	switch rel := t.Rel(i); {
	case rel == "nmod" && targetPreps[t.Prep(i)]:
		nom, ok := r.eventNoun(h)
		if !ok || !r.hostileClass(r.nominalPredicate(h, nom, "")) {
			return -1, false
		}
	case rel == "obj" || rel == "obl" && targetPreps[t.Prep(i)]:
		if t.Toks[h].UPOS != "VERB" || !r.hostile(h) {
			return -1, false
		}
	default:
		return -1, false
	}
	for c := range t.Dependents(i, "amod", "compound") {
		// the tagger may take the adjective for a name: "a Chilean
		// naval base" with "Chilean" a compound
		if sp, ok := r.a.found.At(r.si, c); ok && sp.Kind == entities.DemonymSpan && r.a.found.Actor(sp.Actor).Type == graph.Country {
			return sp.Actor, true
		}
	}
	return -1, false
}

// honorificHead returns the person named by the flat words of token i, an
// honorific outside the name's span that the parser made the phrase's
// head: "Mr" in "represents Mr Hale and Mr Cole".
func (r *reader) honorificHead(i int) (graph.ActorID, bool) {
	t := r.t
	if t.Toks[i].UPOS != "PROPN" || !r.a.x.roles.IsTitle(t.Toks[i].Form) {
		return -1, false
	}
	for c := range t.Dependents(i, "flat") {
		if a, ok := r.spanActor(c); ok && r.a.found.Actor(a).Type == graph.Person {
			return a, true
		}
	}
	return -1, false
}

// titledPerson returns the person named after the organisation or country
// at token i and a title or a party word, when the parser made the
// organisation the head of a verb's argument: "fired FBI Director James
// Comey" fired Comey; "Norland Democrat Ann Reed met" is Reed's meeting.
func (r *reader) titledPerson(i int) (graph.ActorID, bool) {
	t := r.t
	switch t.Toks[i].Deprel {
	case "obj", "iobj", "nsubj", "nsubj:pass", "obl", "obl:agent", "conj":
	default:
		return -1, false
	}
	sp, ok := r.a.found.At(r.si, i)
	if !ok {
		return r.namedAfterTitle(i)
	}
	if r.a.found.Actor(sp.Actor).Type == graph.Person {
		return -1, false
	}
	k := sp.End
	for k < len(t.Toks) && t.Toks[k].Deprel == "flat" && t.Toks[k].Head-1 >= sp.Start && t.Toks[k].Head-1 < k && r.roleWord(k) == "" && r.a.x.roles.Party(t.Toks[k].Form) == "" {
		if _, named := r.a.found.At(r.si, k); named {
			break
		}
		k++ // a word of the name the finder left out: "Mobil [Corp] president Ann Reed"
	}
	end := k // where the name ends
	for k < len(t.Toks) && k < end+3 && (r.roleWord(k) != "" || r.a.x.roles.Party(t.Toks[k].Form) != "") {
		if rs, ok := r.roleAt(k); ok && rs.start == k && rs.end > k+1 {
			k = rs.end // a title of several words: "U.S. Secretary of State Ann Reed"
			continue
		}
		k++
	}
	if k == sp.End && k < len(t.Toks) && sp.Start == i && sp.End == i+1 && r.a.x.roles.Party(t.Toks[i].Form) != "" {
		// "defeated Democrat Ann Reed", parsed with the party word as
		// the head: the person the party word stands before
		if p, ok := r.a.found.At(r.si, k); ok && p.Start == k && r.a.found.Actor(p.Actor).Type == graph.Person {
			return p.Actor, true
		}
	}
	if k == end || k >= len(t.Toks) {
		return -1, false
	}
	// a complement written in the title: "Peruvian Ambassador to the
	// United States Ana Ruiz"
	if c := k + 1; rolePreps[t.Lower(k)] && c < len(t.Toks) {
		if t.Toks[c].UPOS == "DET" {
			c++
		}
		if q, ok := r.a.found.At(r.si, c); ok && q.Start == c && r.a.found.Actor(q.Actor).Type != graph.Person {
			k = q.End
		}
	}
	if p, ok := r.a.found.At(r.si, k); ok && p.Start == k && r.a.found.Actor(p.Actor).Type == graph.Person {
		return p.Actor, true
	}
	return -1, false
}

// namedAfterTitle returns the person named right after the title that
// starts at token i, when the parser made the title the head of a verb's
// argument and the name its dependent: "Secretary of State Ann Reed
// criticized Iran", "Chief of Staff Ann Reed visited Jordan", "Secretary
// of State for Health Ann Reed resigned".
func (r *reader) namedAfterTitle(i int) (graph.ActorID, bool) {
	rs, ok := r.roleAt(i)
	if !ok || rs.start != i {
		return -1, false
	}
	t := r.t
	for k := rs.end; k < len(t.Toks) && k < rs.end+4; k++ {
		if p, ok := r.a.found.At(r.si, k); ok {
			if p.Start == k && r.a.found.Actor(p.Actor).Type == graph.Person && (t.Rel(i) == "conj" && k == rs.end || t.Rel(i) != "conj" && t.Dominates(i, k)) {
				// a conjunct's title only right before the name, which
				// the parser may have hung elsewhere: "met General Luis
				// Soto and General Jorge Diaz"; not "and other members
				// of Lee's panel"
				return p.Actor, true
			}
			return -1, false
		}
		if u := t.Toks[k].UPOS; u != "ADP" && u != "PROPN" && u != "DET" {
			break // only a complement written in the title: "for Health"
		}
	}
	return -1, false
}

// sectionLeaders reports whether the plural "leaders" at i leads a part of
// a people, not its state or body: a common noun or an adjective of a
// walk of life between it and the name ("business leaders", "community
// leaders", "religious leaders").
func (r *reader) sectionLeaders(i int) bool {
	t := r.t
	for c := range t.Dependents(i, "compound", "amod") {
		if t.Toks[c].UPOS == "NOUN" || walksOfLife[t.Lower(c)] {
			return true
		}
	}
	return false
}

// walksOfLife are the adjectives of the part of a people that its leaders
// lead, not the state: "Kurdish religious leaders".
var walksOfLife = words.Set("religious civic civil tribal spiritual traditional local municipal")

// referenceVerbs merely mention or make known what they take, an event
// standing for no one it could act on: "cited the Russian invasion",
// "announced Reed's decision", "declared the government's ban"; or say
// again what is the speaker's own: "reiterated Norland's commitment".
var referenceVerbs = words.Set(`
	refer mention cite recall discuss describe note recount
	announce declare report disclose reveal confirm publish detail outline
	reiterate reaffirm restate repeat stress emphasise emphasize underline
	underscore share
`)

// sequenceVerbs only place what they take in time, an event standing for
// no one they act on: "the slide followed Velmar's warning", "talks that
// preceded the vote by Norland's board".
var sequenceVerbs = words.Set("follow precede")

// courseVerbs start, stop, keep or change an event or a measure, which
// stands for no one they act on: "lifted Chile's sanctions", "extended
// Norland's embargo", "allowed Reed's ban to take effect" act on the
// sanctions, the embargo, the ban, not on their owner, who would more
// often be their subject.
var courseVerbs = words.Set(`
	lift ease relax loosen end extend renew prolong suspend impose implement
	enforce tighten scrap repeal revoke rescind reinstate allow permit
	maintain keep expand delay postpone waive
`)

// armedGroups are the proxies that stand for the group that names them
// ("Taliban militants") but not for a state or place named before them,
// which they may well be fighting ("Syrian rebels").
// expelledEnvoy returns the state whose unnamed envoy is expelled or
// summoned ("expelled a Russian diplomat", "summoned Peru's ambassador"):
// the act is on the state the envoy stands for. An envoy who speaks or
// meets is one person (actorAt leaves singular role nouns alone).
func (r *reader) expelledEnvoy(i int) (graph.ActorID, bool) {
	t := r.t
	h := t.Head(i)
	if h < 0 || (t.Rel(i) != "obj" && t.Rel(i) != "nsubj:pass") || !envoyActs[t.Lemma(h)] || !envoyRoles[r.roleWord(i)] {
		return -1, false
	}
	if _, ok := r.spanActor(i); ok {
		return -1, false // a named envoy is the person
	}
	for c := range t.Dependents(i, "appos") {
		if _, ok := r.spanActor(c); ok {
			return -1, false // "the Russian envoy, Ivan Petrov"
		}
	}
	for c := range t.Dependents(i, "amod", "nmod:poss", "compound") {
		if a, ok := r.spanActor(c); ok && r.a.found.Actor(a).Type == graph.Country {
			return a, true
		}
	}
	return -1, false
}

// envoyActs are the acts on an envoy that are acts on the state sending
// him, and envoyRoles the envoys.
var (
	envoyActs  = words.Set("expel summon")
	envoyRoles = words.Set("ambassador envoy diplomat charge-d-affaires consul attache")
)

var armedGroups = words.Set("guerrillas gunmen insurgents militants militia militias rebels separatists")

// governments are the proxies named after the leader of a state.
var governments = map[string]bool{"administration": true, "government": true}

// governmentNamers are the relations of the leader's name to a government
// named after them: "the Obama administration", "Assad's government", and
// the adjective the tagger makes of a name in a headline ("Reed
// administration warns Peru").
var governmentNamers = []string{"compound", "nmod:poss", "flat", "amod"}

// leaderRoles are the roles that make a person the leader of a country.
var leaderRoles = map[graph.Predicate]bool{
	"president-of": true, "prime-minister-of": true, "premier-of": true,
	"chancellor-of": true, "leader-of": true, "head-of": true,
}

// ledBy returns the country that person p leads by a role read so far in
// the article ("President Barack Obama" -> United States), or by one it
// gives later (article.led, on the second reading of ReadRules), or else
// the state the table of officials ties p to, when the article names it:
// a government named after a person ("the Reagan administration") is its
// leader's, whose title the article may give later or take as known.
func (a *article) ledBy(p graph.ActorID) (graph.ActorID, bool) {
	if a.found.Actor(p).Type != graph.Person {
		return -1, false
	}
	for _, rel := range a.rels {
		if rel.Subject == p && leaderRoles[rel.Predicate] && a.found.Actor(rel.Object).Type == graph.Country {
			return rel.Object, true
		}
	}
	if c, ok := a.led[p]; ok {
		return c, true
	}
	if c, ok := offices.KnownState(a.found, a.x.officials, p); ok && c >= 0 {
		return c, true
	}
	return -1, false
}

// Government returns the state that the government named after the
// person at token i stands for ("the Reagan administration": the United
// States), the state the person leads (ledBy).
func (r *reader) Government(i int) (graph.ActorID, bool) {
	t := r.t
	h := t.Head(i)
	if h < 0 || !governments[t.Lemma(h)] || !slices.Contains(governmentNamers, t.Toks[i].Deprel) {
		return -1, false
	}
	if hh := t.Head(h); hh >= 0 && t.Prep(h) == "of" && r.roleWord(hh) != "" {
		return -1, false // "a member of Lee's government" is Lee's
	}
	p, ok := r.spanActor(i)
	if !ok {
		return -1, false
	}
	return r.a.ledBy(p)
}

// governmentLeader notes the leader that a government named after a
// person states ("the Obama administration", "Assad's government": Obama
// leads the United States), for addLeaders once the article is read, or,
// when the person leads no state known so far, the person as unled (see
// ReadRules).
func (r *reader) governmentLeader(i int) {
	if !governments[r.t.Lemma(i)] {
		return
	}
	for c := range r.t.Dependents(i, governmentNamers...) {
		p, ok := r.spanActor(c)
		if !ok {
			continue
		}
		if state, ok := r.Government(c); ok {
			r.a.leaders = append(r.a.leaders, graph.Relation{Subject: p, Predicate: "leader-of", Object: state, Sentence: r.si})
			return
		}
		if r.a.found.Actor(p).Type == graph.Person {
			if r.a.unled == nil {
				r.a.unled = map[graph.ActorID]bool{}
			}
			r.a.unled[p] = true
		}
	}
}

// addLeaders adds the leaders that governments named after them state
// (see governmentLeader), unless the article gives them a role of leading
// that state already ("President Obama").
func (a *article) addLeaders() {
	for _, l := range a.leaders {
		led := slices.ContainsFunc(a.rels, func(rel graph.Relation) bool {
			return rel.Subject == l.Subject && rel.Object == l.Object && leaderRoles[rel.Predicate]
		})
		if !led {
			a.add(l.Sentence, l.Subject, l.Predicate, l.Object)
		}
	}
}

// backers are the participles after which a group is another's client, not
// its own: "U.S.-backed Syrian forces".
var backers = words.Set("backed supported sponsored funded financed armed trained")

// backedBy reports whether noun i is modified by an actor-backed
// participle ("U.S.-backed", "Iran - backed").
func (r *reader) backedBy(i int) bool {
	t := r.t
	for c := range t.Dependents(i, "amod", "compound", "dep") {
		f := t.Lower(c)
		if _, post, ok := strings.Cut(f, "-"); ok && backers[post] {
			return true
		}
		if backers[f] && c > 0 && t.Toks[c-1].Form == "-" {
			return true
		}
	}
	return false
}

// actorsOf returns the actors token i stands for, distributed over
// coordination: "Japan, South Korea, India, and Pakistan" gives four.
func (r *reader) actorsOf(i int) []graph.ActorID {
	var out []graph.ActorID
	if r.t.NegatedPhrase(i) {
		return nil // "neither Iraq nor Kuwait", "but not Kuwait"
	}
	if i < r.body {
		// the dateline's place or the agency, which the parser may hang
		// a phrase on ("WASHINGTON (Reuters) - Republican lawmakers
		// met"), stands for nothing; a name in apposition or a conjunct
		// after it is the sentence's own ("MANILA (Reuters) - President
		// Lee attacked Japan" parsed with the name in apposition to the
		// place, "(Reuters) - Chile and Peru met" with Chile conjoined
		// to Reuters)
		for c := range r.t.Dependents(i, "appos", "conj") {
			if c >= r.body {
				out = append(out, r.actorsOf(c)...)
			}
		}
		return out
	}
	if r.eachOther(i) && !strings.HasPrefix(r.t.Rel(i), "nsubj") {
		// "Chile and Peru accused each other": each subject of the verb
		// is the other's object (add drops the pair of one with itself)
		return r.subjects(r.t.Head(i), 0)
	}
	if ms := r.a.found.Members(r.si, i); len(ms) > 0 {
		out = append(out, ms...) // "they", "the two countries"
	} else if owners := r.proxyOwners(i); len(owners) > 1 {
		out = append(out, owners...)
	} else if a, ok := r.actorAt(i); ok {
		out = append(out, a)
	} else {
		// A noun that is no actor stands for the actors in apposition to
		// it: "the Russia-backed leader Viktor Yanukovych fled", "aid to
		// three states, Chile, Peru and Bolivia".
		for c := range r.t.Dependents(i, "appos") {
			out = append(out, r.actorsOf(c)...)
		}
		if len(out) == 0 {
			out = append(out, r.flatName(i)...)
		}
		if len(out) == 0 {
			if a, ok := r.apposedHolder(i); ok {
				out = append(out, a)
			}
		}
	}
	if conjs := r.t.Children(i, "conj"); r.coordinated(conjs) {
		for _, c := range conjs {
			out = append(out, r.actorsOf(c)...)
		}
	}
	if len(out) == 0 && quantifiers[r.t.Lower(i)] {
		// "some of his fellow Republicans"
		for c := range r.t.Dependents(i, "nmod") {
			if r.t.Prep(c) == "of" {
				out = append(out, r.actorsOf(c)...)
			}
		}
	}
	if len(out) == 0 && r.t.Toks[i].UPOS == "NOUN" {
		// "several countries, including Iran and Cuba": the members named
		for c := range r.t.Dependents(i, "nmod") {
			if examplePreps[r.t.Prep(c)] {
				out = append(out, r.actorsOf(c)...)
			}
		}
	}
	return out
}

// proxyOwners returns the actors a plural proxy noun stands for when it
// names several, coordinated: "Peruvian and Chilean officials",
// "negotiators from Peru, Chile and Bolivia", "the U.S. and British
// governments" stand for every state named, and a list after "from" or
// "of" for its states rather than the body compounded with the noun
// ("NAFTA negotiators from Peru, Chile and Bolivia"). It returns nothing
// for a singular noun, which its first owner stands for (actorAt), and
// for a noun with a single owner.
func (r *reader) proxyOwners(i int) []graph.ActorID {
	t := r.t
	if x := t.Toks[i].XPOS; x != "NNS" && x != "NNPS" {
		return nil
	}
	if _, ok := r.spanActor(i); ok {
		return nil // a name, not a proxy
	}
	if px := r.a.x.lex.Proxies; !px[t.Lemma(i)] && !px[t.Lower(i)] {
		return nil
	}
	var owners []int
	for _, c := range t.Children(i, "nmod") {
		if p := t.Prep(c); p == "of" || p == "from" {
			owners = append(owners, c)
		}
	}
	owners = append(owners, t.Children(i, "amod", "compound", "nmod:poss")...)
	for _, c := range owners {
		a, ok := r.spanActor(c)
		conjs := t.Children(c, "conj")
		if !ok || !r.coordinated(conjs) {
			continue
		}
		out := []graph.ActorID{a}
		for _, k := range conjs {
			if b, ok := r.spanActor(k); ok && !slices.Contains(out, b) {
				out = append(out, b)
			}
		}
		return out
	}
	return nil
}

// apposedHolder returns the person a role noun i names in apposition after
// its complement, which the parser hung on the complement: "the head of
// the World Bank, Ana Soto, said", "Peru's envoy to Chile, Jorge Diaz,
// met", with the name a conjunct or an apposition of "Bank" or "Chile".
// The words between continue the role's phrase: no verb or conjunction
// ("the judge sided with Lee, but the deputy, Ann Roe" names two).
func (r *reader) apposedHolder(i int) (graph.ActorID, bool) {
	if _, ok := r.roleAt(i); !ok || r.plural(i) {
		return 0, false
	}
	t := r.t
	for k := i + 1; k < len(t.Toks) && k <= i+12; k++ {
		switch t.Toks[k].UPOS {
		case "VERB", "AUX", "CCONJ", "SCONJ":
			return 0, false
		}
		sp, ok := r.nameAt(k)
		if !ok {
			continue
		}
		if sp.Start > i+1 && t.Toks[sp.Start-1].Form == "," && r.a.found.Actor(sp.Actor).Type == graph.Person && t.Dominates(i, sp.Start-2) && r.apposedTo(sp, i) {
			return sp.Actor, true
		}
		k = sp.End - 1
	}
	return 0, false
}

// flatName returns the actor named right after common noun i when the
// parser hung the name on the noun as a flat part of it, as it does a
// trade noun's: "sanctions on U.S. planemaker Velmar Corp" is parsed with
// "Velmar Corp" flat under "planemaker", which stands for the firm as an
// apposition would. A role noun stands so only for a person's name: "the
// arrest of opposition leader Ann Reed", parsed with "Ann Reed" flat under
// "leader".
func (r *reader) flatName(i int) []graph.ActorID {
	t := r.t
	k := i + 1
	if t.Toks[i].XPOS != "NN" || k >= len(t.Toks) || t.Head(k) != i || t.Rel(k) != "flat" {
		// not "told analysts Brunswick was": a plural is no name's trade
		return nil
	}
	sp, ok := r.a.found.At(r.si, k)
	if !ok || sp.Start != k || r.roleWord(i) != "" && r.a.found.Actor(sp.Actor).Type != graph.Person {
		return nil // not "lead manager Westpac said": a role is no firm's trade
	}
	return []graph.ActorID{sp.Actor}
}

// coordinated reports whether the conjuncts conjs of one head are joined
// by a coordinator ("A, B and C"): without one, the parser has taken an
// apposition for a conjunct ("Ann Reed, the top Democrat, ...") and the
// phrase names one actor, not several. The coordinator may be a
// conjunct's own conjunct's, when the parser chains a list ("A, B and C"
// as A -> B -> C).
func (r *reader) coordinated(conjs []int) bool {
	for _, c := range conjs {
		if r.t.Has(c, "cc") || r.coordinated(r.t.Children(c, "conj")) {
			return true
		}
	}
	return false
}

// quantifiers stand for the group they take part of: "most of the
// Democrats".
var quantifiers = words.Set(`
	some many most several all both majority members part half
`)

// examplePreps introduce the members of a plural noun: "countries,
// including Iran".
var examplePreps = map[string]bool{"including": true, "such-as": true, "among-them": true}

// isRelative reports whether token i is a relative pronoun.
func (r *reader) isRelative(i int) bool {
	switch r.t.Lower(i) {
	case "who", "which", "that", "whom":
		return r.t.Toks[i].UPOS == "PRON" || strings.Contains(r.t.Toks[i].Feats, "PronType=Rel")
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
	if len(out) > 0 || t.Has(v, "nsubj", "nsubj:pass", "nsubj:outer") {
		return out
	}
	h := t.Head(v)
	if h < 0 {
		return nil
	}
	if as, ok := r.reportedRelative(v); ok {
		return as
	}
	switch t.Toks[v].Deprel {
	case "conj":
		if g := r.clauseOfNoun(v, h); g >= 0 {
			return r.subjects(g, depth+1)
		}
		if t.Passive(h) == t.Passive(v) {
			return r.subjects(h, depth+1)
		}
	case "xcomp":
		if objs := r.objects(h); len(objs) > 0 {
			return objs
		}
		// "Iraq was forced to withdraw from Kuwait": a passive governor's
		// subject does the infinitive
		return r.governorSubjects(h, depth+1)
	case "acl", "acl:relcl":
		if a, ok := r.actorAt(h); ok {
			return []graph.ActorID{a}
		}
		if t.Rel(h) == "appos" {
			// "Oxfam, a charity that works in Chad": the apposition's actor
			if a, ok := r.actorAt(t.Head(h)); ok {
				return []graph.ActorID{a}
			}
		}
		// "U.S. efforts to impose", "Russia's attempt to", "the U.S.
		// leading efforts to": whose the noun is
		var owners []graph.ActorID
		for c := range t.Dependents(h, "nmod:poss", "compound", "amod") {
			owners = append(owners, r.actorsOf(c)...)
			if t.Toks[c].UPOS == "VERB" {
				for cc := range t.Dependents(c, "compound", "nsubj") {
					owners = append(owners, r.actorsOf(cc)...)
				}
			}
		}
		if len(owners) > 0 {
			return owners
		}
		if t.Toks[v].XPOS == "VBG" {
			// "as a result of Estonia and Latvia joining the bloc": the
			// "of" phrase right before the gerund is its subject
			for c := range t.Dependents(h, "nmod") {
				if c < v && t.Prep(c) == "of" && (c == v-1 || t.Dominates(c, v-1)) {
					return r.actorsOf(c)
				}
			}
		}
		if g := t.Head(h); g >= 0 && (t.Rel(h) == "obj" || t.Rel(h) == "nsubj") {
			return r.subjects(g, depth+1)
		}
	case "advcl":
		if r.t.HasMark(v, "for") || t.Prep(v) == "for" {
			return r.blamedFor(h)
		}
		if r.t.GerundAfterTo(v) || !r.t.HasMark(v, "to", "if", "unless", "whether", "because", "although", "though") {
			return r.governorSubjects(h, depth+1)
		}
	}
	return nil
}

// clauseOfNoun returns the head of the clause whose subject does v, a
// finite verb that the parser joined to a noun h of that clause ("Chile is
// one of the critics of Peru's claims and has accused Lima", "and" hung on
// "claims"): the nearest head above h with a subject of its own, before v;
// -1 when h is no noun or there is none.
func (r *reader) clauseOfNoun(v, h int) int {
	t := r.t
	if u := t.Toks[h].UPOS; u != "NOUN" && u != "PROPN" || !t.Has(v, "aux") || t.Has(h, "nsubj", "nsubj:pass", "cop") {
		return -1
	}
	for g, n := t.Head(h), 0; g >= 0 && g < v && n < 8; g, n = t.Head(g), n+1 {
		if t.Has(g, "nsubj") && (t.Toks[g].UPOS == "VERB" || t.Has(g, "cop")) {
			return g
		}
	}
	return -1
}

// blamedFor returns who did what verb h punishes, thanks or blames them
// for: its object ("praised Chile for helping"), the target of its
// oblique ("imposed sanctions on Moscow for interfering"), or the subject
// of a passive ("was fired for misleading Pence"), never its doer.
func (r *reader) blamedFor(h int) []graph.ActorID {
	t := r.t
	if objs := r.objects(h); len(objs) > 0 {
		return objs
	}
	if t.Passive(h) {
		return r.passiveSubjects(h, 0)
	}
	var out []graph.ActorID
	targets := t.Children(h, "obl")
	for o := range t.Dependents(h, "obj") {
		targets = append(targets, t.Children(o, "nmod")...) // "sanctions on Moscow"
	}
	for _, c := range targets {
		if p := t.Prep(c); p == "on" || p == "against" {
			out = append(out, r.actorsOf(c)...)
		}
	}
	return out
}

// governorSubjects returns the subjects of h, a verb that governs a
// non-finite clause, whatever its voice: "Iraq was forced to withdraw",
// "the senator has been outspoken in condemning Russia".
func (r *reader) governorSubjects(h, depth int) []graph.ActorID {
	if r.t.Passive(h) {
		return r.passiveSubjects(h, depth)
	}
	return r.subjects(h, depth)
}

// passiveSubjects returns the actors that undergo passive verb v.
func (r *reader) passiveSubjects(v, depth int) []graph.ActorID {
	if depth > 5 {
		return nil
	}
	t := r.t
	if t.BareParticiple(v) {
		return r.arguments(v, "nsubj")
	}
	if t.Toks[v].XPOS == "VBN" && !t.Has(v, "aux:pass", "aux") {
		for s := range t.Dependents(v, "nsubj:pass") {
			if t.VerbBetween(s, v) {
				return nil // a participle without an auxiliary whose subject stands across another verb: a parser's slip
			}
		}
	}
	out := r.arguments(v, "nsubj:pass")
	if len(out) > 0 || t.Has(v, "nsubj", "nsubj:pass") {
		return out
	}
	h := t.Head(v)
	if as, ok := r.reportedRelative(v); ok {
		return as
	}
	switch {
	case h < 0:
	case t.Toks[v].Deprel == "conj":
		if t.Passive(h) {
			return r.passiveSubjects(h, depth+1)
		}
		return r.subjects(h, depth+1)
	case t.Toks[v].Deprel == "acl" && t.Toks[v].XPOS == "VBN":
		if a := r.actorsOf(h); len(a) > 0 || t.Rel(h) != "appos" {
			return a
		}
		// "Oxfam, a charity based in Oxford": the apposition's actor
		return r.actorsOf(t.Head(h))
	case t.Rel(v) == "advcl" && (r.t.HasMark(v, "for") || t.Prep(v) == "for"):
		return r.blamedFor(h)
	case t.Rel(v) == "advcl" || t.Rel(v) == "xcomp":
		// "served 24 days before being fired": the governor's subject
		if !r.t.HasMark(v, "if", "unless", "whether", "because", "although", "though") {
			return r.governorSubjects(h, depth+1)
		}
	}
	return nil
}

// objects returns the direct and indirect objects of verb v; a relative
// pronoun object ("whom Lula criticized") stands for the noun the clause
// modifies.
func (r *reader) objects(v int) []graph.ActorID { return r.objectsOf(v, true) }

// objectsOf is objects; a verb's own objects are read also off the
// parser's slips (see infinitiveSubjects) when own is true, but those of a
// verb it shares them with are not: "ranks among Peru's critics and has
// accused Lima of spying", with Lima parsed as a complement, is no
// ranked-Lima.
func (r *reader) objectsOf(v int, own bool) []graph.ActorID {
	var out []graph.ActorID
	if !r.t.Has(v, "obj", "iobj") {
		// "welcomed and praised Singapore": a shared object hangs from the
		// last verb
		for c := range r.t.Dependents(v, "conj") {
			if r.t.Toks[c].UPOS == "VERB" && !r.t.Has(c, "nsubj", "nsubj:pass") {
				out = append(out, r.objectsOf(c, false)...)
			}
		}
	}
	out = append(out, r.arguments(v, "obj", "iobj")...)
	if len(out) == 0 && own {
		out = r.infinitiveSubjects(v)
	}
	if len(out) == 0 {
		// "named Antony Blinken secretary of state" parsed with the name
		// compounded with the role: the person named is the object
		for c := range r.t.Dependents(v, "xcomp", "obj") {
			if r.roleWord(c) == "" {
				continue
			}
			for k := range r.t.Dependents(c, "compound", "flat") {
				if sp, ok := r.a.found.At(r.si, k); ok && r.a.found.Actor(sp.Actor).Type == graph.Person {
					out = append(out, sp.Actor)
					break
				}
			}
		}
	}
	for o := range r.t.Dependents(v, "obj") {
		// "accused China of stealing secrets" parsed with the actor
		// compounded with the gerund's object, the gerund its modifier
		for g := range r.t.Dependents(o, "amod", "acl") {
			if m := r.t.Children(g, "mark"); len(out) == 0 && len(m) > 0 && (r.t.Lower(m[0]) == "of" || r.t.Lower(m[0]) == "for") {
				for k := range r.t.Dependents(o, "compound") {
					if k < m[0] {
						out = append(out, r.actorsOf(k)...)
					}
				}
			}
		}
	}
	return out
}

// infinitiveSubjects returns the actors that the parser made the subject
// of an infinitive right after verb v when they are v's object: "warned
// Peru not to interfere" parsed as [Peru not to interfere]. An infinitive
// has no subject of its own but after "for" ("called for Peru to
// withdraw"); only the subject's phrase and a negation may stand between
// the verb and "to". A name parsed as a complement that a gerund after
// "of" or "for" modifies is the object too ("accused [Peru [of
// meddling]]").
func (r *reader) infinitiveSubjects(v int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	for c := range t.Dependents(v, "xcomp") {
		// "accused Peru of meddling" parsed with the name as a
		// complement that the gerund modifies
		if t.Toks[c].UPOS == "PROPN" && slices.ContainsFunc(t.Children(c, "advcl", "acl"), func(g int) bool { return t.HasMark(g, "of", "for") }) {
			out = append(out, r.actorsOf(c)...)
		}
	}
	for c := range t.Dependents(v, "ccomp", "xcomp") {
		marks := t.Children(c, "mark")
		if len(marks) != 1 || t.Lower(marks[0]) != "to" || t.Toks[c].XPOS != "VB" {
			continue
		}
		for s := range t.Dependents(c, "nsubj") {
			ok := v < s && s < marks[0]
			for k := v + 1; ok && k < marks[0]; k++ {
				ok = k == s || t.Dominates(s, k) || tree.Negator(t.Lower(k))
			}
			if ok {
				out = append(out, r.actorsOf(s)...)
			}
		}
	}
	return out
}

// arguments returns the actors of v's dependents in the relations rels; a
// relative pronoun ("who", "whom") stands for the noun its clause modifies.
func (r *reader) arguments(v int, rels ...string) []graph.ActorID {
	var out []graph.ActorID
	for c := range r.t.Dependents(v, rels...) {
		if r.isRelative(c) && isRelClause(r.t.Toks[v].Deprel) {
			out = append(out, r.actorsOf(r.t.Head(v))...)
			continue
		}
		out = append(out, r.actorsOf(c)...)
	}
	return out
}

// reciprocalPartner pairs the words of a reciprocal pronoun.
var reciprocalPartner = map[string]string{"each": "other", "other": "each", "one": "another", "another": "one"}

// eachOther reports whether token i is a reciprocal pronoun: "each
// other", "one another" (either word may head the pair).
func (r *reader) eachOther(i int) bool {
	partner := reciprocalPartner[r.t.Lower(i)]
	return partner != "" && slices.ContainsFunc(r.t.Kids[i], func(k int) bool { return r.t.Lower(k) == partner })
}

// agents returns the "by" agents of passive verb v.
func (r *reader) agents(v int) []graph.ActorID {
	var out []graph.ActorID
	for c := range r.t.Dependents(v, "obl", "obl:agent") {
		if r.t.Prep(c) == "by" {
			out = append(out, r.actorsOf(c)...)
		}
	}
	if len(out) == 0 && r.t.Has(v, "nsubj:pass", "aux:pass") {
		// "was awarded a contract by the Pentagon", "was granted a loan
		// by the IMF": the parser hangs the agent on the passive's
		// object
		for o := range r.t.Dependents(v, "obj") {
			if r.t.Toks[o].UPOS != "NOUN" || timeNouns[r.t.Lemma(o)] {
				continue // "was abandoned last September by": a time
			}
			for c := range r.t.Dependents(o, "nmod") {
				if r.t.Prep(c) == "by" {
					out = append(out, r.actorsOf(c)...)
				}
			}
		}
	}
	return out
}

// isRelClause reports whether a relation attaches a clause to a noun.
func isRelClause(deprel string) bool {
	return strings.HasPrefix(deprel, "acl") || deprel == "advcl:relcl"
}
