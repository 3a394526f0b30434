package coref

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// A definite description ("the country", "the Afghan government", "the
// Iraqi leader", "the ministry") refers to an actor the article names:
//
//   - a description whose own modifier names an actor is that actor's, or
//     its person's: "the Afghan government" and "the government of
//     Afghanistan" are Afghanistan whatever country came before; "the
//     Iraqi leader" is the person the article titles a leader of Iraq;
//   - a role noun ("the president", "the foreign minister") is the latest
//     person the article gives that role, by a title before the name or in
//     apposition to it ("President Jane Roe", "Roe, the foreign minister");
//     "leader" stands for any head of state or government; a party word
//     among its modifiers ("the Republican president") does not rule out
//     a person the article gives no party;
//   - a party's word or a nation's noun at the head ("the Republican",
//     "the Utah Democrat") is the latest person named within maxBack
//     sentences that the article does not tie to another party, state or
//     nation, one it ties to these first; never the party itself; a
//     state's name before it ("the Texas Democrat") wants a person the
//     article titles before one it names untitled; "the first", "the
//     other" Democrat is only the person a predicate says it of ("Roe
//     was the first Democrat"), and one voted for is no one named;
//   - an institution noun ("the ministry", "the bank") is the latest
//     organisation whose name has that noun;
//   - "the company" and "the firm" are a company the article names with
//     its legal form ("Velmar Corp"), as antecedent picks among them, else
//     the one company named so far; not when a word or a clause sets it
//     beside those named ("the parent company", "the company that owns
//     the paper");
//   - "the country", "the government", "the alliance" are the nearest
//     prominent actor of their type (antecedent), unless the article
//     introduced one unnamed ("a group of investors ... the group"), a
//     name follows in apposition ("the rights group Amnesty"), a word sets
//     it beside those named ("the splinter group", "the home country"), a
//     noun makes it a body gathered for a deal ("the investor group") or
//     a clause defines a body unnamed ("the group led by Ann Reed").

// descriptionTypes says which actor types a definite description ("the
// country", "the alliance") can stand for when no modifier names it.
var descriptionTypes = map[string][]graph.ActorType{
	"country": {graph.Country}, "nation": {graph.Country}, "state": {graph.Country},
	"government": {graph.Country}, "administration": {graph.Country}, "regime": {graph.Country},
	"kingdom": {graph.Country}, "republic": {graph.Country}, "emirate": {graph.Country},
	"alliance": {graph.Organization}, "bloc": {graph.Organization}, "organization": {graph.Organization},
	"organisation": {graph.Organization}, "group": {graph.Organization}, "movement": {graph.Organization},
	"company": {graph.Organization}, "firm": {graph.Organization}, "militia": {graph.Organization},
}

// firmNouns are the description nouns that only a company stands for:
// "the company" and "the firm" refer to a company the article names by a
// name with its legal form (names.CompanyName), never to a state's body
// or an alliance.
var firmNouns = words.Set("company firm")

// modifiedTypes are the nouns that stand for the actor their modifier names
// ("the Afghan government", "the state of Hawaii", "the Kremlin's
// administration").
var modifiedTypes = words.Set(`
	country nation state government administration regime republic kingdom leadership
	authorities
`)

// proxyNouns are the modified nouns that the relations already read as
// the actor of their modifier (see relations' [proxy] lexicon).
var proxyNouns = words.Set("government administration regime leadership authorities")

// The nouns that end the names of institutions (names.IsInstitutionNoun): a
// description with one refers to the latest organisation whose name has it.

// leaderRoles are the roles that "the leader" can stand for.
var leaderRoles = words.Set(`
	president premier prime-minister chancellor leader king queen emir monarch sultan
	ruler dictator autocrat emperor ayatollah sheikh
`)

// personRole is what the article says a person is: the role words of its
// titles and appositions ("foreign", "minister"), their role nouns, and
// the actors its roles belong to.
type personRole struct {
	words   map[string]bool
	roles   map[string]bool
	owners  map[graph.ActorID]bool
	ofState bool // a country is among the owners
}

// personRoles reads the roles of the article's persons from the words
// before their names ("Russian Foreign Minister Sergei Lavrov"), the
// place after "of" that follows a titled name ("Senator Jane Roe of
// Ohio") and after a comma following them ("Lavrov, Russia's foreign
// minister,").
func (x *resolver) personRoles(f *found.Found, sents []ud.Sentence) map[graph.ActorID]*personRole {
	out := map[graph.ActorID]*personRole{}
	read := func(a graph.ActorID, si int, ks []int) {
		toks := sents[si].Tokens
		pr := out[a]
		for _, k := range ks {
			w := strings.ToLower(toks[k].Form)
			if r := x.roles.Role(w); r != "" {
				if pr == nil {
					pr = &personRole{words: map[string]bool{}, roles: map[string]bool{}, owners: map[graph.ActorID]bool{}}
					out[a] = pr
				}
				pr.roles[r] = true
			}
		}
		if pr == nil {
			return
		}
		for _, k := range ks {
			if sp, ok := f.At(si, k); ok && sp.Actor != a {
				pr.owners[sp.Actor] = true
				pr.ofState = pr.ofState || f.Actors[sp.Actor].Type == graph.Country
				continue
			}
			if toks[k].UPOS == "ADJ" || toks[k].UPOS == "NOUN" || toks[k].UPOS == "PROPN" {
				pr.words[strings.ToLower(toks[k].Form)] = true
			}
		}
	}
	for _, sp := range f.Spans {
		if sp.Kind != found.NameSpan || f.Actors[sp.Actor].Type != graph.Person {
			continue
		}
		toks := sents[sp.Sentence].Tokens
		var before []int
		for k := sp.Start - 1; k >= 0 && k >= sp.Start-6; k-- {
			if s, ok := f.At(sp.Sentence, k); ok && f.Actors[s.Actor].Type == graph.Person {
				break
			}
			u := toks[k].UPOS
			if u == "VERB" || u == "AUX" || u == "PUNCT" || u == "PRON" || u == "CCONJ" || u == "SCONJ" || u == "DET" {
				break
			}
			before = append(before, k)
		}
		read(sp.Actor, sp.Sentence, before)
		// "Senator Jane Roe of Ohio": the state a titled person is of
		if pr := out[sp.Actor]; pr != nil && sp.End+1 < len(toks) && strings.EqualFold(toks[sp.End].Form, "of") {
			if o, ok := f.At(sp.Sentence, sp.End+1); ok && o.Start == sp.End+1 && f.Actors[o.Actor].Type != graph.Person {
				pr.owners[o.Actor] = true
			}
		}
		if sp.End < len(toks) && toks[sp.End].Form == "," {
			var after []int
			for k := sp.End + 1; k < len(toks) && k <= sp.End+8; k++ {
				u := toks[k].UPOS
				if u == "VERB" || u == "AUX" || u == "PUNCT" || u == "PRON" || u == "CCONJ" || u == "SCONJ" {
					break
				}
				after = append(after, k)
			}
			if slices.ContainsFunc(after, func(k int) bool { return strings.HasPrefix(toks[k].Deprel, "nsubj") }) {
				continue // "Echoing Jane Roe, the minister said": a clause's subject, not Roe's apposition
			}
			read(sp.Actor, sp.Sentence, after)
		}
	}
	return out
}

// resolveDescriptions adds a span for every definite description that
// refers to an actor the article names (see the comment at the top).
func (x *resolver) resolveDescriptions(f *found.Found, sents []ud.Sentence) {
	roles := x.personRoles(f, sents)
	intro := introduced(f, sents, roles)
	held := map[string]bool{} // the roles the article gives some person
	for _, pr := range roles {
		for r := range pr.roles {
			held[r] = true
		}
		if pr.leads() {
			held["leader"] = true
		}
	}
	var history []mention
	var people []mention       // the latest mention of each person, latest last
	var orgs []mention         // the latest mention of each organisation
	admin := graph.ActorID(-1) // the state of the latest "X administration"
	// the sentence of the latest unnamed body of each description noun
	// ("a group of investors", and "the group" that then refers to it)
	unnamed := map[string]int{}
	remember := func(list []mention, m mention) []mention {
		list = slices.DeleteFunc(list, func(o mention) bool { return o.actor == m.actor })
		return append(list, m)
	}
	for si := range sents {
		toks := sents[si].Tokens
		for ti := range toks {
			if sp, ok := f.At(si, ti); ok {
				if ti == sp.Head && sp.Kind == found.NameSpan {
					if a, ok := x.affiliatedPerson(f, roles, people, sp, si, toks); ok {
						for k, o := range f.InSentence(si) {
							if o.Start == sp.Start && o.End == sp.End {
								f.InSentence(si)[k].Actor, f.InSentence(si)[k].Kind = a, found.DescriptionSpan
							}
						}
						history = append(history, mention{si, ti, a, graph.Person, isSubject(toks[ti])})
						continue
					}
					m := mention{si, ti, sp.Actor, f.Actors[sp.Actor].Type, isSubject(toks[ti])}
					history = append(history, m)
					switch m.typ {
					case graph.Person:
						people = remember(people, m)
					case graph.Organization:
						orgs = remember(orgs, m)
					}
				}
				continue
			}
			t := toks[ti]
			// a role noun in lower case that the tagger took for a name
			// ("the Republican president" tagged NNP) is a noun
			lowerRole := t.UPOS == "PROPN" && t.Form != "" && unicode.IsLower(rune(t.Form[0])) && x.roles.Role(t.Form) != ""
			if t.UPOS == "PROPN" && !lowerRole {
				if a, ok := x.partyPerson(f, roles, people, si, ti, toks); ok {
					f.Spans = append(f.Spans, found.Span{Sentence: si, Start: ti, End: ti + 1, Head: ti, Actor: a, Kind: found.DescriptionSpan})
					history = append(history, mention{si, ti, a, graph.Person, isSubject(t)})
				}
				continue
			}
			if t.UPOS == "NOUN" && descriptionTypes[strings.ToLower(t.Form)] != nil && (introduces(f, si, toks, ti) || unnamedBody(f, si, toks, ti)) {
				unnamed[strings.ToLower(t.Form)] = si
				continue
			}
			if (t.UPOS != "NOUN" && !lowerRole) || !definite(f, si, toks, ti) {
				continue
			}
			if n, ok := unnamed[strings.ToLower(t.Form)]; ok && si-n <= maxBack && descriptionTypes[strings.ToLower(t.Form)] != nil {
				// "A group of investors said ... The group said": the
				// body the article introduced unnamed, not an actor
				unnamed[strings.ToLower(t.Form)] = si
				continue
			}
			if x.roles.Role(t.Form) != "" && (t.Deprel == "appos" || afterName(f, si, toks, ti)) {
				continue // "Jane Roe, the foreign minister": Roe is named
			}
			a, ok := x.describedActor(f, roles, held, intro, people, orgs, history, &admin, si, ti, toks)
			if !ok {
				continue
			}
			f.Spans = append(f.Spans, found.Span{Sentence: si, Start: ti, End: ti + 1, Head: ti, Actor: a, Kind: found.DescriptionSpan})
			history = append(history, mention{si, ti, a, f.Actors[a].Type, isSubject(t)})
		}
	}
}

// describedActor returns the actor the definite description headed by
// toks[ti] refers to.
func (x *resolver) describedActor(f *found.Found, roles map[graph.ActorID]*personRole, held map[string]bool, intro [][]graph.ActorID, people, orgs, history []mention, admin *graph.ActorID, si, ti int, toks []ud.Token) (graph.ActorID, bool) {
	noun := strings.ToLower(toks[ti].Form)
	lemma := strings.ToLower(toks[ti].Lemma)
	role := x.roles.Role(noun)
	if strings.HasSuffix(noun, "s") && noun != lemma {
		role = "" // "the ministers": many people, not one
	}
	// the actors the description's own modifiers name, and its other words
	var owners []graph.ActorID
	var words []string
	var kinds []string                  // the nouns among words ("investor" in "the investor group")
	parties := map[graph.ActorID]bool{} // the owners named by a party word
	seat := graph.ActorID(-1)           // the state "the government in Lima" sits in
	stemmed := false                    // an owner is named by a word the finder left unnamed
	for k := range toks {
		if toks[k].Head-1 != ti {
			continue
		}
		d := toks[k].Deprel
		switch {
		case d == "nmod" && prepOf(toks, k) == "in" && modifiedTypes[noun]:
			if sp, ok := f.At(si, k); ok && sp.Head == k && f.Actors[sp.Actor].Type == graph.Country {
				seat = sp.Actor
			}
		case d == "amod" || d == "compound" || d == "nmod:poss" || (d == "nmod" && (prepOf(toks, k) == "of" || prepOf(toks, k) == "at")):
			if sp, ok := f.At(si, k); ok {
				owners = append(owners, sp.Actor)
				if x.partyWord(toks[k].Form) {
					parties[sp.Actor] = true
				}
			} else if d == "nmod" {
				return -1, false // "the state of trade": no actor's
			} else if a, ok := stemState(f, history, toks, k); ok && (d == "amod" || d == "compound") {
				owners = append(owners, a)
				stemmed = true
			} else if d == "amod" || d == "compound" {
				words = append(words, strings.ToLower(toks[k].Form))
				if toks[k].UPOS == "NOUN" && d == "compound" {
					kinds = append(kinds, strings.ToLower(toks[k].Form))
				}
			}
		}
	}
	switch {
	case seat >= 0 && len(owners) == 0 && role == "":
		return seat, true // "the government in Peru": Peru's, whoever was named before
	case role != "":
		if vagueRoles[role] {
			return -1, false // "the official": rarely one the article names
		}
		if a, ok := latestWithRole(f, people, roles, role, words, owners, parties, x.partyAbroad, x.officialOf); ok {
			return a, true
		}
		if a, ok := x.officeHolder(f, people, roles, role, words, owners); ok {
			return a, true
		}
		if held[role] {
			return -1, false // "Prime Minister Roe" ... "the British prime minister"
		}
		return untitledPerson(f, roles, people, intro, owners, parties, si, isSubject(toks[ti]))
	case len(owners) == 1 && modifiedTypes[noun]:
		a, ok := owners[0], f.Actors[owners[0]].Type != graph.Person
		if !ok {
			// "the Trump administration": the state its person leads
			a, ok = ledState(f, roles[owners[0]])
		}
		if ok && noun == "administration" {
			*admin = a
		}
		// "the Afghan government" stands for Afghanistan through its
		// modifier where the relations are read (a proxy noun); a span
		// here would only make it a pronoun's candidate twice over
		return a, ok && (!proxyNouns[noun] || f.Actors[owners[0]].Type == graph.Person || stemmed)
	case noun == "administration":
		// "the administration": the state of the latest one named, else
		// the state the latest leader the article titles leads
		if *admin >= 0 {
			return *admin, true
		}
		for k := len(people) - 1; k >= 0; k-- {
			if a, ok := ledState(f, roles[people[k].actor]); ok {
				return a, true
			}
		}
		return -1, false
	case len(owners) > 0:
		return -1, false // "the Afghan army": a body of the actor, not the actor
	case names.IsInstitutionNoun(noun) && !descriptionGeneric[noun]:
		for k := len(orgs) - 1; k >= 0; k-- {
			for _, w := range strings.Fields(names.Fold(f.Actors[orgs[k].actor].Name)) {
				if w == noun {
					return orgs[k].actor, true
				}
			}
		}
		return -1, false
	}
	want := descriptionTypes[noun]
	if want == nil || named(f, si, ti, toks) || slices.ContainsFunc(words, func(w string) bool { return newcomerWords[w] || contrastWords[w] }) {
		// "the rights group Amnesty" is the name that follows it; "the
		// new group", "the other country" one beside those named
		return -1, false
	}
	if bodyNouns[noun] && slices.ContainsFunc(kinds, func(w string) bool { return adHocKinds[w] }) {
		// "the investor group", "the underwriting group": a body
		// gathered for a deal or a task, which articles describe rather
		// than name ("the rights group" may well be one named before)
		return -1, false
	}
	if firmNouns[noun] {
		if len(words) > 0 || definedByClause(toks, ti) {
			// "the parent company", "the Ohio-based firm", "the company
			// that owns the paper": one beside those named
			return -1, false
		}
		return companyAntecedent(f, history, si, ti, toks)
	}
	m, ok := antecedent(history, si, ti, toks, want)
	return m.actor, ok
}

// companyAntecedent returns the company that "the company" at toks[ti]
// refers to: among the mentions of companies (names.CompanyName), the one
// antecedent picks, else, further back, the company when the article has
// named one alone so far. In the description's own sentence, only a
// subject of another clause is one ("Velmar Corp sued Norland, and the
// company also sued Chile"): a company of its own clause is another
// ("Velmar Corp and Tarvex Ltd upgraded the company's debt"), and one
// named in passing ("an analyst with Tarvex Ltd said the company") is
// seldom the one the story is about.
func companyAntecedent(f *found.Found, history []mention, si, ti int, toks []ud.Token) (graph.ActorID, bool) {
	var firms []mention
	one := graph.ActorID(-1)
	clause := clauseOf(toks, ti)
	for _, m := range history {
		if m.typ != graph.Organization || !names.CompanyName(names.Fold(f.Actors[m.actor].Name)) {
			continue
		}
		if m.sent == si && (!m.subject || clauseOf(toks, m.tok) == clause) {
			continue
		}
		firms = append(firms, m)
		if one >= 0 && one != m.actor {
			one = -2 // two companies or more
		} else if one == -1 {
			one = m.actor
		}
	}
	if m, ok := antecedent(firms, si, ti, toks, []graph.ActorType{graph.Organization}); ok {
		return m.actor, true
	}
	return one, one >= 0
}

// definedByClause reports whether a relative clause or a participle
// without a comma before it restricts the noun at i ("the company that
// owns the paper", "the group led by Ann Reed"); an infinitive ("the
// government to cut prices") is more often a verb's than the noun's.
func definedByClause(toks []ud.Token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Form == "," {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Head-1 != i {
			continue
		}
		if d := toks[k].Deprel; d == "acl:relcl" || d == "acl" && (toks[k].XPOS == "VBN" || toks[k].XPOS == "VBG") {
			return true
		}
	}
	return false
}

// clauseOf returns the index of the verb whose clause the word at i is
// in (the first verb up its heads), or -1 for none.
func clauseOf(toks []ud.Token, i int) int {
	for n := 0; n < len(toks) && i >= 0 && i < len(toks); n++ {
		h := toks[i].Head - 1
		if h < 0 {
			return -1
		}
		if toks[h].UPOS == "VERB" {
			return h
		}
		i = h
	}
	return -1
}

// adHocKinds are the nouns that make a group one gathered for a deal or a
// task ("the investor group", "the working group").
var adHocKinds = words.Set(`
	investor investment shareholder management underwriting underwriter
	working contact creditor lender steering
`)

// contrastWords, modifying "the country" or "the group", set the actor
// beside the one named before ("the new group", "the home country");
// newcomerWords do too.
var contrastWords = words.Set(`
	new original breakaway splinter rival home foreign
`)

// bodyNouns are the description nouns of bodies of many kinds, which an
// adHocKinds noun before them narrows to one the article has not named.
var bodyNouns = words.Set("group organization organisation movement bloc alliance militia")

// named reports whether a name follows the description noun at i as its
// apposition ("the advocacy group Free Press"): the description is that
// name's, not an earlier actor's.
func named(f *found.Found, si, i int, toks []ud.Token) bool {
	if sp, ok := f.At(si, i+1); ok && sp.Start == i+1 && sp.Kind == found.NameSpan {
		return true
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Head-1 == i && (toks[k].Deprel == "appos" || toks[k].Deprel == "flat") && k <= i+2 {
			if _, ok := f.At(si, k); ok {
				return true
			}
		}
	}
	return false
}

// affiliatedPerson returns the person a definite description headed by a
// party's or a nation's word stands for ("the Republican", "the Ohio
// Democrat", "the Briton"): the latest person the article names within
// maxBack sentences whose roles do not tie it to another party or nation,
// one whose roles tie it to this one first. The span sp is the word's
// name of the party or country; a plural ("the Republicans") is a group,
// and a word that modifies a noun ("the Republican senator") is left to
// the noun.
func (x *resolver) affiliatedPerson(f *found.Found, roles map[graph.ActorID]*personRole, people []mention, sp found.Span, si int, toks []ud.Token) (graph.ActorID, bool) {
	if sp.End-sp.Start != 1 || len(people) == 0 {
		return -1, false
	}
	t := toks[sp.Head]
	typ := f.Actors[sp.Actor].Type
	if (typ != graph.Organization && typ != graph.Country) || !x.affiliationWord(t.Form, typ) {
		return -1, false
	}
	return x.personOf(f, roles, people, sp.Actor, si, sp.Head, toks)
}

// partyPerson is affiliatedPerson for a party word the finder left
// unnamed ("the Utah Republican" read as one name of a place).
func (x *resolver) partyPerson(f *found.Found, roles map[graph.ActorID]*personRole, people []mention, si, ti int, toks []ud.Token) (graph.ActorID, bool) {
	p, ok := x.roles.(interface{ Party(...string) string })
	if !ok || len(people) == 0 || !x.partyWord(toks[ti].Form) {
		return -1, false
	}
	party := p.Party(toks[ti].Form)
	self := graph.ActorID(-1)
	for i, a := range f.Actors {
		if a.Name == party {
			self = graph.ActorID(i)
		}
	}
	return x.personOf(f, roles, people, self, si, ti, toks)
}

// personOf returns the person the definite description headed by toks[ti],
// a word of affiliation to self (or -1 when the article names no such
// actor), stands for.
func (x *resolver) personOf(f *found.Found, roles map[graph.ActorID]*personRole, people []mention, self graph.ActorID, si, ti int, toks []ud.Token) (graph.ActorID, bool) {
	t := toks[ti]
	if (t.UPOS != "NOUN" && t.UPOS != "PROPN") || t.XPOS == "NNS" || t.XPOS == "NNPS" {
		return -1, false
	}
	switch t.Deprel {
	case "amod", "compound", "nmod:poss", "flat", "nmod:desc", "appos":
		return -1, false
	}
	if !definite(f, si, toks, ti) || afterName(f, si, toks, ti) {
		return -1, false // "Jane Roe, the top Democrat": Roe is named
	}
	copula := slices.ContainsFunc(toks, func(d ud.Token) bool { return d.Head-1 == ti && d.Deprel == "cop" })
	for k := range toks {
		if toks[k].Head-1 != ti {
			continue
		}
		if toks[k].Deprel == "nmod" && prepOf(toks, k) == "on" && !copula {
			// "the top Democrat on the panel" names a seat, and
			// introduces whoever holds it more often than it recalls
			// the person named last ("Roe is the top Democrat on the
			// panel" says it of Roe)
			return -1, false
		}
	}
	if ti+2 < len(toks) && (toks[ti+1].Form == "and" || toks[ti+1].Form == "or") && x.partyWord(toks[ti+2].Form) {
		return -1, false // "the Republican and Democratic parties"
	}
	if h := toks[ti].Head - 1; h >= 0 && h < len(toks) && strings.EqualFold(toks[h].Lemma, "vote") && toks[ti].Deprel != "nsubj" {
		return -1, false // "voted for the Democrat": the party's candidate, whoever it is
	}
	if slices.ContainsFunc(toks, func(d ud.Token) bool {
		return d.Head-1 == ti && (d.Deprel == "amod" || d.Deprel == "det") && newcomerWords[strings.ToLower(d.Form)]
	}) {
		// "the first Democrat", "the other Republican": someone the
		// article sets beside those named, not the one named last;
		// only a predicate says whom it is ("Roe became the first
		// Democrat")
		a, ok, open := predicated(f, si, ti, toks, copula)
		if !open {
			return a, ok
		}
	}
	// the description's own modifiers ("Ohio") must not name what the
	// person is known to be of elsewhere
	var owners []graph.ActorID
	if self >= 0 {
		owners = append(owners, self)
	}
	for k := range toks {
		if toks[k].Head-1 == ti && (toks[k].Deprel == "compound" || toks[k].Deprel == "amod") {
			if o, ok := f.At(si, k); ok && f.Actors[o.Actor].Type != graph.Person {
				owners = append(owners, o.Actor)
			}
		}
	}
	// "the Texas Democrat": a lawmaker or governor of a state within a
	// nation, not the nation's president or prime minister
	local := slices.ContainsFunc(owners, func(o graph.ActorID) bool { return f.Actors[o].Type == graph.Location })
	best, fallback, untitled := graph.ActorID(-1), graph.ActorID(-1), graph.ActorID(-1)
	for k := len(people) - 1; k >= 0 && best < 0; k-- {
		m := people[k]
		if m.sent < si-maxBack {
			break
		}
		pr := roles[m.actor]
		if local && pr != nil && pr.headsState() {
			continue
		}
		if local && (pr == nil || len(pr.roles) == 0) {
			// "the Texas Democrat": rather a lawmaker or governor the
			// article titles than whoever it named last untitled
			if untitled < 0 && !slices.ContainsFunc(owners, func(o graph.ActorID) bool { return pr != nil && pr.ownsLike(f, o) }) {
				untitled = m.actor
			}
			continue
		}
		known, clash := true, false
		for _, o := range owners {
			if pr != nil && pr.owners[o] {
				continue
			}
			known = false
			if pr != nil && pr.ownsLike(f, o) {
				clash = true
			}
		}
		switch {
		case clash:
		case known:
			best = m.actor
		case fallback < 0:
			fallback = m.actor
		}
	}
	if best < 0 {
		best = fallback
	}
	if best < 0 {
		best = untitled
	}
	if best < 0 {
		return -1, false
	}
	// what the description says of the person holds for the rest of the
	// article: "the Utah Republican" is then not the Maine one
	pr := roles[best]
	if pr == nil {
		pr = &personRole{words: map[string]bool{}, roles: map[string]bool{}, owners: map[graph.ActorID]bool{}}
		roles[best] = pr
	}
	for _, o := range owners {
		pr.owners[o] = true
	}
	return best, true
}

// newcomerWords, modifying a party's noun ("the first Republican", "the
// other Democrat"), set a person beside those named before.
var newcomerWords = words.Set(`
	first second third fourth fifth last only other another next lone sole
`)

// predicated returns the person a party's noun with a newcomer word says
// something of as a predicate: the subject of its copula ("Roe was the
// first Democrat") or the object beside it ("made Roe the first
// Democrat"), when that is a name of a person. A personal pronoun there,
// or a copula without a subject of its own ("turned out to be the last
// Republican"), leaves the person to be found as for any party noun
// (open); anything else, a question's "who" among them, is no one.
func predicated(f *found.Found, si, ti int, toks []ud.Token, copula bool) (a graph.ActorID, ok, open bool) {
	head, want := ti, []string{"nsubj", "nsubj:pass", "vocative"}
	if !copula {
		if toks[ti].Deprel != "xcomp" {
			return -1, false, false
		}
		head, want = toks[ti].Head-1, []string{"obj"}
	}
	for k := range toks {
		if toks[k].Head-1 != head || !slices.Contains(want, toks[k].Deprel) {
			continue
		}
		if sp, ok := f.At(si, k); ok && f.Actors[sp.Actor].Type == graph.Person {
			return sp.Actor, true, false
		}
		if toks[k].UPOS == "PRON" && personalPronouns[strings.ToLower(toks[k].Form)] {
			return -1, false, true
		}
		return -1, false, false
	}
	return -1, false, copula
}

// personalPronouns can be the subject a party noun is said of ("she was
// the first Democrat").
var personalPronouns = words.Set("he she him her i me we us you they them")

// affiliationWord reports whether word names a party ("Republican",
// "Democrat") or a nation's people ("Briton") rather than the
// organisation or country itself.
func (x *resolver) affiliationWord(word string, typ graph.ActorType) bool {
	if typ == graph.Organization {
		return x.partyWord(word)
	}
	return typ == graph.Country && demonymNoun(word)
}

// demonymNoun reports whether word is a noun for one of a nation's people
// ("Briton", "Frenchman", "Israeli"), by its ending.
func demonymNoun(word string) bool {
	w := strings.ToLower(word)
	for _, suf := range []string{"ian", "an", "ese", "i", "ish", "man", "woman", "on", "er"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ownsLike reports whether the person's roles tie it to an actor of the
// type of o other than o: another party, another country or state.
func (pr *personRole) ownsLike(f *found.Found, o graph.ActorID) bool {
	for a := range pr.owners {
		if a != o && f.Actors[a].Type == f.Actors[o].Type {
			return true
		}
	}
	return false
}

// vagueRoles are role nouns whose definite descriptions ("the official",
// "the member") seldom mean a person the article names.
var vagueRoles = words.Set(`
	official member representative diplomat aide assistant head chief boss officer
`)

// descriptionGeneric are the institution nouns that stand for any
// organisation of their type, not only one whose name has the noun.
var descriptionGeneric = words.Set("alliance organization organisation movement coalition")

// latestWithRole returns the latest person the article gives role, with
// every one of words among the words of its roles when there are such
// ("the foreign minister"), and among the owners of its roles every actor
// owners names ("the Iraqi leader"); a party among owners (parties) that
// the article gives the person no party for is no clash ("the Republican
// president"), unless the article ties the person to a country the party
// does not stand in ("Egyptian President Roe" is no Republican).
//
// An owner that the article does not give the person's role is no clash
// either when the table of officials makes the person an official of
// that state (official): "the British prime minister" of "Prime Minister
// Ann Reed", whom the table knows as Britain's.
func latestWithRole(f *found.Found, people []mention, roles map[graph.ActorID]*personRole, role string, words []string, owners []graph.ActorID, parties map[graph.ActorID]bool, abroad func(*found.Found, *personRole, graph.ActorID) bool, official func(*found.Found, graph.ActorID, graph.ActorID) bool) (graph.ActorID, bool) {
	for k := len(people) - 1; k >= 0; k-- {
		pr := roles[people[k].actor]
		if pr == nil {
			continue
		}
		if !pr.roles[role] && !(role == "leader" && pr.leads()) {
			continue
		}
		fits := true
		for _, w := range words {
			if role != "leader" && !pr.words[w] && !passingWords[w] {
				fits = false // "the finance minister" is not the foreign minister
			}
		}
		for _, o := range owners {
			// a party the article does not give the person is no
			// clash: "the Republican president" of "President Jane Roe"
			if !pr.owners[o] && !(parties[o] && !pr.ownsLike(f, o) && !abroad(f, pr, o)) && !(!pr.ofState && official(f, people[k].actor, o)) {
				fits = false
			}
		}
		if fits {
			return people[k].actor, true
		}
	}
	return -1, false
}

// officialOf reports whether the table of officials makes person an
// official of owner, a country.
func (x *resolver) officialOf(f *found.Found, person, owner graph.ActorID) bool {
	if x.offices == nil || f.Actors[owner].Type != graph.Country {
		return false
	}
	code, ok := x.offices.StateOf(f.Actors[person].Name)
	return ok && x.names(f, code, owner)
}

// names reports whether the country actor is the state with code by its
// name or an alias.
func (x *resolver) names(f *found.Found, code string, actor graph.ActorID) bool {
	a := f.Actors[actor]
	if x.offices.Names(code, a.Name) {
		return true
	}
	return slices.ContainsFunc(a.Aliases, func(n string) bool { return x.offices.Names(code, n) })
}

// officeHolder returns the person a description of a national office
// ("the prime minister", "the British prime minister") stands for when
// the article titles no one so: the one person it names before whom the
// table of officials makes the holder of that office on the article's
// dates, of the state among the description's owners if it names one.
// The person must have no role in the article, or this one ("Prime
// Minister Reed" ... "the British prime minister"); two such persons
// leave it unresolved.
func (x *resolver) officeHolder(f *found.Found, people []mention, roles map[graph.ActorID]*personRole, role string, words []string, owners []graph.ActorID) (graph.ActorID, bool) {
	if x.offices == nil || len(owners) > 1 {
		return -1, false
	}
	var title []string
	for _, w := range words {
		if !passingWords[w] {
			title = append(title, w)
		}
	}
	office := strings.Join(append(title, role), " ")
	found := graph.ActorID(-1)
	for _, m := range people {
		if pr := roles[m.actor]; pr != nil && (!pr.roles[role] || slices.ContainsFunc(title, func(w string) bool { return !pr.words[w] })) {
			continue // the article gives the person another role ("Finance Minister Reed")
		}
		code, ok := x.offices.HeldOn(f.Actors[m.actor].Name, office)
		if !ok || len(owners) == 1 && !(f.Actors[owners[0]].Type == graph.Country && x.names(f, code, owners[0])) {
			continue
		}
		if found >= 0 && found != m.actor {
			return -1, false
		}
		found = m.actor
	}
	return found, found >= 0
}

// untitledPerson returns the person a role description with one owner
// ("Iran's foreign minister", "the Chilean president") stands for when
// the article gives no person that role: the one person it names without
// any title in the sentence before, and not again since ("Abbas Araqchi
// arrived ... Iran's foreign minister said"; a person of the same
// sentence is someone else: "Roe expelled Chile's ambassador"), or, the
// description first, the
// one it introduces without a title as the subject of the next sentence
// ("Iran's foreign minister arrived ... Abbas Araqchi told reporters").
// The description must be a clause's subject; two such persons leave it
// unresolved, and so do a person the article gives the role without its
// owner and a person named earlier in its own sentence.
func untitledPerson(f *found.Found, roles map[graph.ActorID]*personRole, people []mention, intro [][]graph.ActorID, owners []graph.ActorID, parties map[graph.ActorID]bool, si int, subject bool) (graph.ActorID, bool) {
	if len(owners) != 1 || parties[owners[0]] || !subject {
		return -1, false
	}
	if t := f.Actors[owners[0]].Type; t != graph.Country && t != graph.Organization {
		return -1, false
	}
	var cands []graph.ActorID
	for _, m := range people {
		if m.sent == si {
			return -1, false // "Roe expelled Chile's ambassador": someone else
		}
		if m.sent == si-1 && roles[m.actor] == nil && !slices.Contains(cands, m.actor) {
			cands = append(cands, m.actor)
		}
	}
	if si+1 < len(intro) {
		// the next sentence introduces one person, as its subject
		switch next := intro[si+1]; {
		case len(next) == 1 && next[0] >= 0:
			cands = append(cands, next[0])
		case len(next) > 0:
			return -1, false
		}
	}
	if len(cands) != 1 {
		return -1, false
	}
	return cands[0], true
}

// introduced returns, for each sentence, the persons the article first
// names there: those without any title or role named as the subject of a
// clause, -1 for any other.
func introduced(f *found.Found, sents []ud.Sentence, roles map[graph.ActorID]*personRole) [][]graph.ActorID {
	out := make([][]graph.ActorID, len(sents))
	seen := make([]bool, len(f.Actors))
	for _, sp := range f.Spans {
		if sp.Kind != found.NameSpan || seen[sp.Actor] {
			continue
		}
		seen[sp.Actor] = true
		if f.Actors[sp.Actor].Type != graph.Person || sp.Sentence >= len(sents) {
			continue
		}
		a := sp.Actor
		if roles[a] != nil || !isSubject(sents[sp.Sentence].Tokens[sp.Head]) {
			a = -1 // a person introduced otherwise: the description may be either
		}
		out[sp.Sentence] = append(out[sp.Sentence], a)
	}
	return out
}

// partyAbroad reports whether the person's roles tie it to a country other
// than the one the party named by party stands in, when the roles know
// that country.
func (x *resolver) partyAbroad(f *found.Found, pr *personRole, party graph.ActorID) bool {
	p, ok := x.roles.(interface{ PartyCountry(string) string })
	if !ok {
		return false
	}
	country := p.PartyCountry(f.Actors[party].Name)
	if country == "" {
		return false
	}
	for o := range pr.owners {
		if f.Actors[o].Type == graph.Country && f.Actors[o].Name != country {
			return true
		}
	}
	return false
}

// partyWord reports whether word names a political party ("Republican",
// "Democrat") by the party words of the roles, when they have them.
func (x *resolver) partyWord(word string) bool {
	p, ok := x.roles.(interface{ Party(...string) string })
	return ok && p.Party(word) != ""
}

// passingWords qualify a role without telling one role from another.
var passingWords = words.Set(`
	former new late current then top senior outgoing incoming veteran powerful
	embattled elderly young sitting longtime
`)

// leads reports whether a person's roles make it a head of state or
// government ("President", "Prime Minister", "King").
// headsState reports whether the person's roles make it a nation's
// president or head of government: "President Lee", "Prime Minister Roe".
func (pr *personRole) headsState() bool {
	return pr.roles["president"] || pr.roles["chancellor"] || (pr.roles["minister"] && pr.words["prime"])
}

func (pr *personRole) leads() bool {
	if pr.roles["minister"] && pr.words["prime"] {
		return true
	}
	if pr.roles["secretary"] && pr.words["general"] && pr.ofState {
		return true // a ruling party's general secretary: "Vietnam's General Secretary"
	}
	for r := range pr.roles {
		if leaderRoles[r] {
			return true
		}
	}
	return false
}

// definite reports whether the noun at i is a definite description: it has
// "the", "this", "that" or a possessive name ("Russia's") before it, and
// between them only adjectives, nouns and names that modify it.
func definite(f *found.Found, si int, toks []ud.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if sp, ok := f.At(si, k); ok {
			if toks[sp.Head].Head-1 != i {
				return false
			}
			if toks[sp.Head].Deprel == "nmod:poss" {
				return true // "Russia's foreign minister"
			}
			k = sp.Start
			continue
		}
		t := toks[k]
		switch {
		case t.XPOS == "POS" || t.Form == "'s" || t.Form == "’s":
			continue
		case t.Head-1 != i && !(t.UPOS == "ADJ" && t.Deprel == "amod"):
			return false
		case t.UPOS == "DET":
			l := strings.ToLower(t.Form)
			return l == "the" || l == "this" || l == "that"
		case t.UPOS == "ADJ" || t.UPOS == "NOUN" || t.UPOS == "PROPN":
			continue
		default:
			return false
		}
	}
	return false
}

// ledState returns the one country a person leads by the roles the article
// gives it.
func ledState(f *found.Found, pr *personRole) (graph.ActorID, bool) {
	if pr == nil || !pr.leads() {
		return -1, false
	}
	state := graph.ActorID(-1)
	for o := range pr.owners {
		if f.Actors[o].Type != graph.Country {
			continue
		}
		if state >= 0 && state != o {
			return -1, false
		}
		state = o
	}
	return state, state >= 0
}

// afterName reports whether the description headed by toks[i] stands in
// apposition right after a name ("Jane Roe, the foreign minister,"): it
// says what the name is and refers to no one else.
func afterName(f *found.Found, si int, toks []ud.Token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].Form != "," {
		if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" {
			return false
		}
		k--
	}
	if k < 1 {
		return false
	}
	sp, ok := f.At(si, k-1)
	return ok && sp.Kind == found.NameSpan
}

// prepOf returns the lower-case preposition (case dependent) of token k, or "".
func prepOf(toks []ud.Token, k int) string {
	for j := range toks {
		if toks[j].Head-1 == k && toks[j].Deprel == "case" {
			return strings.ToLower(toks[j].Form)
		}
	}
	return ""
}

// stemState returns the one state mentioned so far (history) that the
// capitalised modifier at k names by its stem, when the finder left the
// word unnamed because more than one state could be meant ("Korean",
// "Congolese"): "Korea" in "South Korea" for "Korean", "Congo" for
// "Congolese". ok is false when none or more than one fits.
func stemState(f *found.Found, history []mention, toks []ud.Token, k int) (graph.ActorID, bool) {
	w := strings.ToLower(toks[k].Form)
	if k == 0 || len(w) < 5 || toks[k].Form[0] < 'A' || toks[k].Form[0] > 'Z' {
		return -1, false
	}
	owner := graph.ActorID(-1)
	for _, m := range history {
		if m.typ != graph.Country || m.actor == owner {
			continue
		}
		for _, n := range strings.Fields(strings.ToLower(f.Actors[m.actor].Name)) {
			if len(n) >= 4 && len(w) > len(n) && (strings.HasPrefix(w, n) || strings.HasPrefix(w, n[:len(n)-1])) {
				if owner >= 0 {
					return -1, false
				}
				owner = m.actor
				break
			}
		}
	}
	return owner, owner >= 0
}

// unnamedBody reports whether the noun at i is a definite description of
// a body that a clause defines, which sets up a body the article does not
// name ("the company that owns the paper", "the group led by Ann Reed"),
// as an indefinite phrase does (introduces). A state so described is
// more often one named before ("the country which hosted the talks").
func unnamedBody(f *found.Found, si int, toks []ud.Token, i int) bool {
	return !slices.Contains(descriptionTypes[strings.ToLower(toks[i].Form)], graph.Country) && definedByClause(toks, i) && definite(f, si, toks, i)
}

// introduces reports whether the singular noun at i opens an indefinite
// phrase that sets up a body or a state the article does not name ("a
// group of investors", "a shareholder group"): not a predicate ("Peru is
// a country"), an apposition ("Peru, a country of ...") or a phrase a
// name follows.
func introduces(f *found.Found, si int, toks []ud.Token, i int) bool {
	t := toks[i]
	if t.XPOS != "NN" || t.Deprel == "appos" || strings.HasPrefix(t.Deprel, "compound") || named(f, si, i, toks) {
		return false
	}
	if _, ok := f.At(si, i); ok {
		return false
	}
	indefinite := false
	for k := range toks {
		if toks[k].Head-1 != i {
			continue
		}
		switch {
		case toks[k].Deprel == "cop":
			return false
		case toks[k].Deprel == "det":
			l := strings.ToLower(toks[k].Form)
			indefinite = l == "a" || l == "an"
		}
	}
	return indefinite
}
