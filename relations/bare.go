package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// bare is a national office written without its state: "President Lee",
// "Lee, the prime minister".
type bare struct {
	sentence int
	person   graph.ActorID
	role     entities.Role
	former   bool // "former President Lee" leaves the office to another
}

// counterpart is a person who holds in a state the office another holds
// in theirs: "Trump's Chinese counterpart Xi Jinping".
type counterpart struct {
	sentence      int
	person, other graph.ActorID
	state         graph.ActorID
}

// counterpart notes the counterpart of a person in a state, from a title
// or an apposition with both as owners: "his Chinese counterpart", "the
// Chinese counterpart of Trump".
func (r *reader) counterpart(person graph.ActorID, h heldRole) {
	f := r.a.found
	var others, states []graph.ActorID
	for _, o := range h.owners {
		switch f.Actor(o).Type {
		case graph.Person:
			others = append(others, o)
		case graph.Country:
			states = append(states, o)
		}
	}
	for _, c := range h.comps {
		if c.prep == "of" && f.Actor(c.actor).Type == graph.Person {
			others = append(others, c.actor)
		}
	}
	if len(others) != 1 || len(states) != 1 {
		return
	}
	r.a.counterparts = append(r.a.counterparts, counterpart{r.si, person, others[0], states[0]})
}

// resolveCounterparts gives each counterpart the national office the
// other holds, once the article has told it.
func (a *article) resolveCounterparts() {
	for _, c := range a.counterparts {
		for _, rel := range a.rels {
			if rel.Subject != c.other || rel.Object == c.state || a.found.Actor(rel.Object).Type != graph.Country {
				continue
			}
			if role, ok := a.roleOf(rel.Predicate); ok && role.National {
				a.add(c.sentence, c.person, rel.Predicate, c.state)
				break
			}
		}
	}
}

// travel are the predicates of a journey to a place.
var travel = map[graph.Predicate]bool{
	"visited": true, "toured": true, "arrived-in": true, "traveled-to": true, "travelled-to": true,
	"flew-to": true, "went-to": true, "came-to": true, "landed-in": true, "left-for": true,
	"served-in": true, "headed-to": true,
}

// roleOf returns the role a role predicate gives ("foreign-minister-of"
// -> foreign minister).
func (a *article) roleOf(pred graph.Predicate) (entities.Role, bool) {
	p := string(pred)
	i := strings.LastIndexByte(p, '-')
	if i < 0 {
		return entities.Role{}, false
	}
	return a.x.roles.Lookup(strings.ReplaceAll(p[:i], "-", " "))
}

// bareTitle notes a national office whose state the article will tell.
func (a *article) bareTitle(si int, person graph.ActorID, role entities.Role, former bool) {
	a.bare = append(a.bare, bare{sentence: si, person: person, role: role, former: former})
}

// resolveBare reads the national offices written without their state as
// offices of a state: the one whose official the table of officials says
// the person is, else the state the article is about (see homeCountry);
// not when the person is already known to hold an office of a state, nor
// when another person holds that office of that state.
func (a *article) resolveBare() {
	if len(a.bare) == 0 {
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
	// Chile", "Chile expelled Lee") faces it from outside: no office
	// holder of that state
	visits := map[[2]graph.ActorID]bool{}
	for _, rel := range a.rels {
		if _, ok := a.roleOf(rel.Predicate); ok {
			if a.found.Actor(rel.Object).Type == graph.Country {
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
	for _, b := range a.bare {
		if _, known := a.knownState(b.person); known || b.former || office[b.person] || visits[[2]graph.ActorID{b.person, home}] {
			continue
		}
		pred := predicate(b.role.Noun, "of")
		if rivals[pred] == nil {
			rivals[pred] = map[graph.ActorID]bool{}
		}
		rivals[pred][b.person] = true
	}
	for _, b := range a.bare {
		state, known := a.knownState(b.person)
		switch {
		case known && state < 0:
			continue // an official of a state the article does not name
		case !known && (!haveHome || visits[[2]graph.ActorID{b.person, home}]):
			continue
		case !known && !b.former && len(rivals[predicate(b.role.Noun, "of")]) > 1:
			continue
		case !known:
			state = home
		}
		pred := predicate(b.role.Noun, "of")
		if office[b.person] {
			continue // "U.S. President Lee" ... "President Lee"
		}
		if b.former {
			a.add(b.sentence, b.person, pred, state) // "former President Lee"
			office[b.person] = true
			continue
		}
		if other, taken := holder[pred][state]; taken && other != b.person {
			continue // "Chinese President Xi" ... "President Lee"
		}
		a.add(b.sentence, b.person, pred, state)
		give(pred, b.person, state)
	}
}

// knownState returns the state of the article whose official the table
// of officials says person is (by full name, or by a one-word name that
// officials of one state alone bear); ok is true, with no state (-1), when the
// person is an official of a state the article does not name.
func (a *article) knownState(person graph.ActorID) (graph.ActorID, bool) {
	off := a.x.officials
	p := a.found.Actor(person)
	code, ok := off.stateOf(p.Name)
	for _, alias := range p.Aliases {
		if ok {
			break
		}
		if strings.Contains(alias, " ") {
			code, ok = off.stateOf(alias)
		}
	}
	if !ok && !strings.Contains(p.Name, " ") {
		// "President Reagan": a surname that officials of one state
		// alone bear
		code, ok = off.stateOfSurname(p.Name)
	}
	if !ok {
		return -1, false
	}
	for id, c := range a.found.Actors {
		if c.Type != graph.Country {
			continue
		}
		if off.names(code, c.Name) {
			return graph.ActorID(id), true
		}
		for _, alias := range c.Aliases {
			if off.names(code, alias) {
				return graph.ActorID(id), true
			}
		}
	}
	return -1, true
}

// countryCounts returns how many times the article mentions each state.
func (a *article) countryCounts() map[graph.ActorID]int {
	counts := map[graph.ActorID]int{}
	for _, sp := range a.found.Spans {
		if a.found.Actor(sp.Actor).Type == graph.Country {
			counts[sp.Actor]++
		}
	}
	return counts
}

// homeCountry returns the state the article is about: the country it
// mentions most, if it is mentioned more than any other.
func (a *article) homeCountry() (graph.ActorID, bool) {
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
