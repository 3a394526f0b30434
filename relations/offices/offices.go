// Package offices gives their state to the national offices an article
// writes without one ("President Lee", "his Chinese counterpart"), once
// package relations has read the article's sentences: a reading of the
// relations already read, the names the entity finder found and the table
// of officials, not of the sentences' trees.
package offices

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations/officials"
)

// Bare is a national office written without its state: "President Lee",
// "Lee, the prime minister".
type Bare struct {
	Sentence int
	Person   graph.ActorID
	Role     entities.Role
	Former   bool // "former President Lee" leaves the office to another
	// Body is set when the title may be a body's ("Velmar president
	// Lee"): only the table of officials gives it a state
	Body bool
	// Faces are the states the person faces in the sentence ("President
	// Lee's envoy met Iranian leaders"): none holds the office
	Faces []graph.ActorID
	// Speakers are the states that say what the person does ("France
	// said Foreign Minister Lee would travel"): a state speaks of its own
	// officials by their bare titles
	Speakers []graph.ActorID
}

// Counterpart is a person who holds in a state the office another holds
// in theirs: "Trump's Chinese counterpart Xi Jinping".
type Counterpart struct {
	Sentence      int
	Person, Other graph.ActorID
	State         graph.ActorID
}

// Add records the relation (s, pred, o) stated in sentence si.
type Add func(si int, s graph.ActorID, pred graph.Predicate, o graph.ActorID)

// Article is what the offices are resolved against: the actors found,
// the role nouns, the table of officials and where the relations go.
type Article struct {
	Found     *entities.Found
	Roles     *entities.Roles
	Officials *officials.Table
	Add       Add
	// Dateline is the state the article's dateline names ("WASHINGTON
	// (Reuters) -"): a bare title is of this state, unless the article
	// gives its office to another person, before the state the article
	// mentions most; -1 for none.
	Dateline graph.ActorID
}

// travel are the predicates of a journey to a place.
var travel = map[graph.Predicate]bool{
	"visited": true, "toured": true, "arrived-in": true, "traveled-to": true, "travelled-to": true,
	"flew-to": true, "went-to": true, "came-to": true, "landed-in": true, "left-for": true,
	"served-in": true, "headed-to": true,
}

// roleOf returns the role a role predicate gives ("foreign-minister-of"
// -> foreign minister).
func (a *Article) roleOf(pred graph.Predicate) (entities.Role, bool) {
	role, _, ok := a.Roles.PredicateRole(pred)
	return role, ok
}

// ResolveCounterparts gives each counterpart the national office the
// other holds among rels, the relations read, once the article has told
// it, else the office the other's title names without its state
// ("Foreign Minister Lee met his Greek counterpart Ana Roe": Roe is
// foreign minister of Greece, wherever Lee is).
func (a *Article) ResolveCounterparts(rels []graph.Relation, counterparts []Counterpart, bares []Bare) {
	for _, c := range counterparts {
		given := false
		for _, rel := range rels {
			if rel.Subject != c.Other || rel.Object == c.State || a.Found.Actor(rel.Object).Type != graph.Country {
				continue
			}
			if role, ok := a.roleOf(rel.Predicate); ok && role.National {
				a.Add(c.Sentence, c.Person, rel.Predicate, c.State)
				given = true
				break
			}
		}
		if given {
			continue
		}
		for _, b := range bares {
			if b.Person == c.Other && !b.Former && !b.Body {
				a.Add(c.Sentence, c.Person, graph.MakePredicate(b.Role.Noun, "of"), c.State)
				break
			}
		}
	}
}

// ResolveBare reads the national offices written without their state as
// offices of a state: the one whose official the table of officials says
// the person is, else the state the article is about (see homeCountry);
// or, before these, the state that says what the person does; not when
// the person is already known to hold an office of a state, nor,
// for a person the table does not know, when another person holds that
// office of that state (the table's officials may have held it in turn:
// "President Reagan" and "President Carter"), nor of a state where the
// person has a counterpart.
func (a *Article) ResolveBare(rels []graph.Relation, bares []Bare, counterparts []Counterpart) {
	if len(bares) == 0 {
		return
	}
	home, haveHome := a.homeCountry()
	// the offices already given, by predicate and state
	holder := map[graph.Predicate]map[graph.ActorID]graph.ActorID{}
	office := map[graph.ActorID]bool{} // persons holding an office of a state
	give := func(pred graph.Predicate, person, state graph.ActorID) {
		if holder[pred] == nil {
			holder[pred] = map[graph.ActorID]graph.ActorID{}
		}
		holder[pred][state] = person
		office[person] = true
	}
	// a person who travels to a state ("Lee visited Chile") is a guest
	// there, and one who acts on it or is acted on by it ("Lee criticized
	// Chile", "Chile expelled Lee"), or faces it where the title is
	// written (Bare.Faces), faces it from outside: no office holder of
	// that state
	visits := map[[2]graph.ActorID]bool{}
	for _, b := range bares {
		for _, s := range b.Faces {
			visits[[2]graph.ActorID{b.Person, s}] = true
		}
	}
	// nor of the state where the person has a counterpart ("Lee met
	// his Greek counterpart")
	for _, c := range counterparts {
		visits[[2]graph.ActorID{c.Other, c.State}] = true
	}
	for _, rel := range rels {
		if _, ok := a.roleOf(rel.Predicate); ok {
			if a.Found.Actor(rel.Object).Type == graph.Country {
				give(rel.Predicate, rel.Subject, rel.Object)
			}
			continue
		}
		if p := string(rel.Predicate); !travel[rel.Predicate] && (strings.HasSuffix(p, "-in") || strings.HasSuffix(p, "-at")) {
			continue // "met in Nairobi": where, not whom
		}
		visits[[2]graph.ActorID{rel.Subject, rel.Object}] = true
		visits[[2]graph.ActorID{rel.Object, rel.Subject}] = true
	}
	// two persons given the same office with no state ("President Lee"
	// and "President Park" in one article) leave the article's state in
	// doubt for both
	rivals := map[graph.Predicate]map[graph.ActorID]bool{}
	for _, b := range bares {
		if _, known := a.knownState(b.Person); known || b.Former || b.Body || office[b.Person] || visits[[2]graph.ActorID{b.Person, home}] {
			continue
		}
		pred := graph.MakePredicate(b.Role.Noun, "of")
		if rivals[pred] == nil {
			rivals[pred] = map[graph.ActorID]bool{}
		}
		rivals[pred][b.Person] = true
	}
	for _, b := range bares {
		state, known := a.knownState(b.Person)
		pred := graph.MakePredicate(b.Role.Noun, "of")
		dateline := a.Dateline >= 0 && !visits[[2]graph.ActorID{b.Person, a.Dateline}]
		if other, taken := holder[pred][a.Dateline]; taken && other != b.Person {
			dateline = false // "WASHINGTON - ... President Trump ... President Hernandez": not the dateline's
		}
		switch {
		case known && state < 0:
			continue // an official of a state the article does not name
		case !known && b.Body:
			continue // "Velmar president Lee"
		case !known && len(b.Speakers) == 1 && !visits[[2]graph.ActorID{b.Person, b.Speakers[0]}]:
			state = b.Speakers[0] // "France said Foreign Minister Lee would travel to Beirut"
		case !known && dateline && (b.Former || len(rivals[pred]) <= 1):
			state = a.Dateline // "WASHINGTON (Reuters) - Deputy Attorney General Lee"
		case !known && (!haveHome || visits[[2]graph.ActorID{b.Person, home}]):
			continue
		case !known && !b.Former && len(rivals[pred]) > 1:
			continue
		case !known:
			state = home
		}
		if office[b.Person] {
			continue // "U.S. President Lee" ... "President Lee"
		}
		if b.Former {
			a.Add(b.Sentence, b.Person, pred, state) // "former President Lee"
			office[b.Person] = true
			continue
		}
		if other, taken := holder[pred][state]; taken && other != b.Person && !known {
			continue // "Chinese President Xi" ... "President Lee"; but the table's officials may have held it in turn
		}
		a.Add(b.Sentence, b.Person, pred, state)
		give(pred, b.Person, state)
	}
}

// knownState is KnownState for the article's actors and table.
func (a *Article) knownState(person graph.ActorID) (graph.ActorID, bool) {
	return KnownState(a.Found, a.Officials, person)
}

// KnownState returns the state among found's actors whose official the
// table off says person is (by full name, by a name that leaves out the
// table's middle name, or by a one-word name that officials of one state
// alone bear); ok is true, with no state (-1), when the person is an
// official of a state the article does not name.
func KnownState(found *entities.Found, off *officials.Table, person graph.ActorID) (graph.ActorID, bool) {
	p := found.Actor(person)
	code, ok := off.StateOf(p.Name)
	for _, alias := range p.Aliases {
		if ok {
			break
		}
		if strings.Contains(alias, " ") {
			code, ok = off.StateOf(alias)
		}
	}
	if !ok {
		// "President Ali Khamenei" for the table's "Ali Hoseini Khamenei"
		code, ok = off.StateOfShortName(p.Name)
	}
	if !ok && !strings.Contains(p.Name, " ") {
		// "President Reagan": a surname that officials of one state
		// alone bear
		code, ok = off.StateOfSurname(p.Name)
	}
	if !ok {
		return -1, false
	}
	if id, ok := StateActor(found, off, code); ok {
		return id, true
	}
	return -1, true
}

// StateActor returns the country among found's actors that is the state
// with the officials' code, by its name or an alias.
func StateActor(found *entities.Found, off *officials.Table, code string) (graph.ActorID, bool) {
	for id, c := range found.Actors {
		if c.Type != graph.Country {
			continue
		}
		if off.Names(code, c.Name) {
			return graph.ActorID(id), true
		}
		for _, alias := range c.Aliases {
			if off.Names(code, alias) {
				return graph.ActorID(id), true
			}
		}
	}
	return -1, false
}

// countryCounts returns how many times the article mentions each state.
func (a *Article) countryCounts() map[graph.ActorID]int {
	counts := map[graph.ActorID]int{}
	for _, sp := range a.Found.Spans {
		if a.Found.Actor(sp.Actor).Type == graph.Country {
			counts[sp.Actor]++
		}
	}
	return counts
}

// homeCountry returns the state the article is about: the country it
// mentions most, if it is mentioned more than any other. ResolveBare
// prefers the dateline's state (Article.Dateline) when its office is
// free.
func (a *Article) homeCountry() (graph.ActorID, bool) {
	counts := a.countryCounts()
	best, n, tie := graph.ActorID(-1), 0, false
	for id, c := range counts {
		switch {
		case c > n:
			best, n, tie = id, c, false
		case c == n:
			tie = true
		}
	}
	return best, best >= 0 && !tie
}
