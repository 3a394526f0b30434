package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/institutions"
)

var (
	headOf     = predicate("head", "of")
	officialOf = predicate("official", "of")
	partOfPred = predicate("part", "of")
)

// addStateOffices reads what the roles of an article's persons say once
// the article is read, with the bodies the article makes a state's (its
// part-of relations: "the Chilean Foreign Ministry"):
//
//   - an office in a state's body is an office of the state: "Ann Reed,
//     director of the Chilean Foreign Ministry" is besides an official-of
//     Chile, and its spokeswoman a spokeswoman-for Chile;
//   - a minister heads the ministry of the portfolio: "Chilean Foreign
//     Minister Ann Reed" heads the Chilean Foreign Ministry the article
//     names, in the same sentence or another.
//
// Each relation is stated by the sentence of the role it is read from.
// An office is read of a person's name only, not of a body's the
// recogniser took for one (staffNamed), and of a state's bank only when
// it is the central bank (centralBank).
// A person the article relates to the state otherwise gets no office of
// it, nor one who holds a role of another state (a misread role would
// give a wrong one), nor one said to have held a role before ("former
// Foreign Minister Ann Reed" heads no ministry).
func (a *article) addStateOffices() {
	f := a.found
	owner := map[graph.ActorID]graph.ActorID{} // a state's body: its state, or -1 for two
	for _, r := range a.rels {
		if r.Predicate != partOfPred || f.Actor(r.Object).Type != graph.Country || f.Actor(r.Subject).Type != graph.Organization || !institutions.StateBody(f.Actor(r.Subject).Name) {
			continue
		}
		if o, ok := owner[r.Subject]; ok && o != r.Object {
			owner[r.Subject] = -1
			continue
		}
		owner[r.Subject] = r.Object
	}
	if len(owner) == 0 {
		return
	}
	// the states each person holds a role of
	states := map[graph.ActorID][]graph.ActorID{}
	for _, r := range a.rels {
		if f.Actor(r.Subject).Type != graph.Person || f.Actor(r.Object).Type != graph.Country {
			continue
		}
		if _, _, ok := a.x.roles.PredicateRole(r.Predicate); ok {
			states[r.Subject] = append(states[r.Subject], r.Object)
		}
	}
	onlyOf := func(p, state graph.ActorID) bool {
		for _, s := range states[p] {
			if s != state {
				return false
			}
		}
		return true
	}
	n := len(a.rels)
	for i := range n {
		r := a.rels[i]
		if f.Actor(r.Subject).Type != graph.Person || a.pastHolders[r.Subject] {
			continue
		}
		role, prep, ok := a.x.roles.PredicateRole(r.Predicate)
		if !ok || role.Kin || role.Noun != strings.TrimSuffix(string(r.Predicate), "-"+prep) {
			continue
		}
		if state, ok := owner[r.Object]; ok && state >= 0 && stateOffice(role.Noun, role.ByType[graph.Organization]) && a.centralBank(f.Actor(r.Object).Name) &&
			staffNamed(f.Actor(r.Subject).Name) && !a.related(r.Subject, state) && onlyOf(r.Subject, state) {
			pred := officialOf
			if role.Prep == "for" {
				pred = predicate(role.Noun, "for") // "a spokeswoman for the ministry" speaks for the state
			}
			a.add(r.Sentence, r.Subject, pred, state)
			continue
		}
		if f.Actor(r.Object).Type != graph.Country || prep != "of" || !onlyOf(r.Subject, r.Object) {
			continue
		}
		portfolio, ok := portfolioOf(role.Noun)
		if !ok {
			continue
		}
		for body, state := range owner {
			if state == r.Object && !a.related(r.Subject, body) && ministryOf(f.Actor(body).Name, portfolio) {
				a.add(r.Sentence, r.Subject, headOf, body)
			}
		}
	}
}

// centralBank reports whether name, a state's body, is no bank or its
// central bank: "Central Bank of Brazil", "Zimbabwe Reserve Bank", "Swiss
// National Bank", "National Bank of Hungary"; a "First National Bank" is
// a firm, whose managers are no officials of the state.
func (a *article) centralBank(name string) bool {
	ws := strings.Fields(name)
	i := slices.IndexFunc(ws, func(w string) bool { return strings.EqualFold(w, "bank") })
	if i <= 0 {
		return true
	}
	switch strings.ToLower(ws[i-1]) {
	case "central", "reserve":
		return true
	case "national":
		return i == 1 || a.x.officials.IsStateName(strings.Join(ws[:i-1], " "))
	}
	return false
}

// stateOffice reports whether the role of noun, whose holder a body owns
// with bodyPrep before it, is an office the body gives its holder: not a
// membership, a candidacy, a trade one plies at a body (an analyst, an
// economist "at") or one the press and the law practise there.
func stateOffice(noun, bodyPrep string) bool {
	return bodyPrep != "at" && !notOffices[noun]
}

// notOffices are the role nouns that give no office in the body they are
// of.
var notOffices = words.Set(`
	member candidate nominee founder co-founder lawyer attorney general-counsel
	correspondent editor reporter journalist frontman professor counterpart
	delegate diplomat
`)

// portfolioOf returns the words of the portfolio a minister's role noun
// names ("foreign-minister": foreign; "secretary-of-state": state;
// "foreign-secretary": foreign), or false for a role that names none.
func portfolioOf(noun string) ([]string, bool) {
	switch noun {
	case "secretary-of-state":
		return []string{"state"}, true
	case "foreign-secretary":
		return []string{"foreign"}, true
	}
	p, ok := strings.CutSuffix(noun, "-minister")
	if !ok || p == "" || p == "prime" || strings.HasPrefix(p, "vice-") || strings.HasPrefix(p, "deputy-") || strings.HasPrefix(p, "junior-") {
		return nil, false
	}
	return strings.Split(p, "-"), true
}

// ministryOf reports whether name is the name of the ministry of
// portfolio: a ministry, department or office named by the portfolio's
// words alone, after the words of its state ("Russian Foreign Ministry",
// "Ministry of Foreign Affairs", "State Department"); "Ministry of
// Foreign Trade" is another's.
func ministryOf(name string, portfolio []string) bool {
	var rest []string
	ministry := false
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		switch lw {
		case "ministry", "department", "office":
			ministry = true
			continue
		case "of", "the", "for", "affairs":
			continue
		}
		rest = append(rest, lw)
	}
	if !ministry || len(rest) < len(portfolio) {
		return false
	}
	tail := rest[len(rest)-len(portfolio):]
	for i, w := range portfolio {
		if tail[i] != w && !(defenceWords[w] && defenceWords[tail[i]]) {
			return false
		}
	}
	// the words before the portfolio's are the state's: at most two
	// ("South Korean Foreign Ministry"), none a portfolio's word
	head := rest[:len(rest)-len(portfolio)]
	if len(head) > 2 {
		return false
	}
	for _, w := range head {
		if portfolioWords[w] {
			return false
		}
	}
	return true
}

// defenceWords are the two spellings of the defence portfolio.
var defenceWords = words.Set("defence defense")

// portfolioWords are words that, before a portfolio's, make a ministry
// another's ("Foreign Trade Ministry" is no trade minister's).
var portfolioWords = words.Set(`
	foreign finance defence defense interior home trade commerce economy justice oil
	petroleum energy health education agriculture industry labour labor information
	transport environment culture economic state
`)
