// Package institutions reads the bodies an article names after the state
// or organisation they belong to (see Read): a reading of the names the
// entity finder found, not of the sentences' trees, which package
// relations runs once an article's sentences are read.
package institutions

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/officials"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

var partOf = graph.MakePredicate("part", "of")

// stateWords are the head nouns of a state's institutions: "the French
// Finance Ministry", "the U.S. Air Force", "Britain's Export Credits
// Guarantee Department", "the Central Bank of Brazil", "the Chilean
// Mining Authority".
var stateWords = words.Set(`
	ministry department treasury army navy force forces military police intelligence
	parliament embassy consulate agency service guard office bureau cabinet government
	marines customs bank mission authority
`)

// americanStateWords end the names of the United States' bodies that are
// called "American": "the American Embassy", "American forces" (and
// "the American Foreign Service").
var americanStateWords = words.Set(`embassy consulate army navy forces military marines`)

// article is what Read reads: the sentences, their actors, the table of
// officials that names states, and where the relations go.
type article struct {
	sents []ud.Sentence
	found *entities.Found
	off   *officials.Table
	add   func(si int, body graph.ActorID, pred graph.Predicate, owner graph.ActorID)
}

// Read gives to add the bodies that the article of sents and found names
// after the state or organisation they belong to: (French Finance
// Ministry, part-of, France) from "the French Finance Ministry" or
// "France's Finance Ministry";
// (U.S. Department of the Treasury, part-of, United States) from "the
// U.S. Treasury"; (Central Bank of Brazil, part-of, Brazil); (Senate
// Judiciary Committee, part-of, Senate) and (UN Security Council,
// part-of, United Nations), a body named after another.
func Read(sents []ud.Sentence, found *entities.Found, off *officials.Table, add func(si int, body graph.ActorID, pred graph.Predicate, owner graph.ActorID)) {
	a := &article{sents: sents, found: found, off: off, add: add}
	f := a.found
	var surface map[string]graph.ActorID
	for i, sp := range f.Spans {
		org := f.Actor(sp.Actor)
		if sp.Kind != entities.NameSpan || org.Type != graph.Organization {
			continue
		}
		// a state written just before it ("French", "Britain's"), or the
		// body a committee belongs to ("Senate" "Judiciary Committee")
		if i > 0 {
			prev := f.Spans[i-1]
			gap := sp.Start - prev.End
			if prev.Sentence == sp.Sentence && prev.Actor != sp.Actor && (gap == 0 || gap == 1 && a.possessiveAt(prev.Sentence, prev.End)) &&
				a.owns(prev.Actor, org.Name) && (f.Actor(prev.Actor).Type == graph.Country || committee(org.Name) && !chamberOfParty(f.Actor(prev.Actor).Name, org.Name)) {
				a.add(sp.Sentence, sp.Actor, partOf, prev.Actor)
				continue
			}
		}
		// its name starts with one or ends with "of" one
		if surface == nil {
			surface = a.surfaces()
		}
		for _, name := range append([]string{org.Name}, org.Aliases...) {
			if owner, ok := a.ownerInName(name, sp.Actor, surface); ok {
				a.add(sp.Sentence, sp.Actor, partOf, owner)
				break
			}
		}
	}
}

// chamberOfParty reports whether body, named after a legislature's
// chamber, follows the party owner ("Republican House Judiciary
// Committee"): the party's members chair or sit on the chamber's
// committee, which the party does not own.
func chamberOfParty(owner, body string) bool {
	return strings.HasSuffix(owner, " Party") && (strings.HasPrefix(body, "House ") || strings.HasPrefix(body, "Senate "))
}

// ownerInName returns the state or organisation that name, the name of
// body, starts with ("U.S. Treasury", "Senate Judiciary Committee", "UN
// Security Council") or ends with after "of" ("Central Bank of Brazil").
// A state owns only a body whose name says it is a state's institution.
func (a *article) ownerInName(name string, body graph.ActorID, surface map[string]graph.ActorID) (graph.ActorID, bool) {
	words := strings.Fields(name)
	for n := len(words) - 1; n >= 1; n-- {
		// "U.S. Treasury": the first n words; "Lund Metals Holdings
		// PLC" is Lund Metals itself, no part of it; and "Vell Capital"
		// is no part of "Vell Capital Partners Inc", called "Vell"
		// too, whose name it opens: the shorter name is the parent
		// ("Royal Bank of Canada" is no part of "Royal Bank": what
		// follows the owner's words is no body's name when it opens
		// with "of", unless they end with a legal form, "Velmar Corp
		// of Canada Ltd")
		if owner, ok := a.named(strings.Join(words[:n], " "), surface); ok && owner != body && a.owns(owner, name) &&
			(!strings.EqualFold(words[n], "of") || entities.LegalForm([]string{strings.ToLower(words[n-1])})) &&
			!entities.LegalForm(strings.Fields(strings.ToLower(strings.Join(words[n:], " ")))) && !a.opens(name, owner) &&
			!(entities.ForeignFirmOpening(words[0]) && nameParticle(strings.ToLower(words[n]))) {
			return owner, true
		}
		// "Central Bank of Brazil": the last n words after "of"
		if k := len(words) - n; k >= 2 && strings.EqualFold(words[k-1], "of") {
			if owner, ok := a.named(strings.Join(words[k:], " "), surface); ok && owner != body && a.owns(owner, name) {
				return owner, true
			}
		}
	}
	return -1, false
}

// nameParticle reports whether w, lower-case, carries on a name in
// French, Spanish, Portuguese or Italian: a foreign company's name that
// goes on with one after its opening words ("Caisse Nationale du Kessab")
// is no part of a body those words name, but the same body cut short, or
// another.
func nameParticle(w string) bool {
	switch w {
	case "de", "du", "des", "di", "del", "della", "da", "do", "dos", "das":
		return true
	}
	return strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
}

// opens reports whether name is the first words of a longer name of
// actor id.
func (a *article) opens(name string, id graph.ActorID) bool {
	act := a.found.Actor(id)
	for _, n := range append([]string{act.Name}, act.Aliases...) {
		if len(n) > len(name) && n[len(name)] == ' ' && strings.EqualFold(n[:len(name)], name) {
			return true
		}
	}
	return false
}

// owns reports whether owner can own a body named name: a state owns its
// institutions, an organisation the bodies named after it.
func (a *article) owns(owner graph.ActorID, name string) bool {
	switch a.found.Actor(owner).Type {
	case graph.Country:
		return StateBody(name)
	case graph.Organization:
		return !strings.Contains(name, " and ") || committee(name) // "House and Senate" names two; "House Ways and Means Committee" one
	}
	return false
}

// StateBody reports whether a body's name says it is an institution of a
// state: a ministry, an armed force, an embassy ("Finance Ministry", "Air
// Force", "Central Bank of Brazil"); a legislature, court or commission
// is not read so, nor a firm's name, which ends with its legal form.
func StateBody(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 0 && firmEndings[strings.TrimSuffix(words[len(words)-1], ".")] {
		return false // "Arizona Public Service Co": a firm
	}
	if of := slices.Index(words, "of"); of > 0 {
		words = words[:of] // "Central Bank of Brazil": the words before "of"
	}
	if len(words) > 0 && memberBodies[words[len(words)-1]] {
		return false // "the American Farm Bureau Federation": its members'
	}
	if len(words) > 1 && words[0] == "american" {
		// the United States writes its own bodies "U.S." and firms and
		// associations write "American" ("American National Bank",
		// "American Bureau of Metal Statistics"); its embassies and
		// forces are "American" too
		return americanStateWords[words[len(words)-1]] || strings.HasSuffix(name, " Foreign Service")
	}
	for i, w := range words {
		if stateWords[w] && (w != "bank" || i > 0 && (words[i-1] == "central" || words[i-1] == "national" || words[i-1] == "reserve")) {
			return true
		}
	}
	return false
}

// PrivateBody reports whether a body's name says that its owners or
// members form it, not a state: a firm's legal form ends it ("Velmar
// Corp"), or an association's noun heads it ("the Norland Growers
// Association", "the Peruvian Coffee Institute"). A union or an
// alliance may be one of states ("the European Union").
func PrivateBody(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) > 0 && firmEndings[strings.TrimSuffix(words[len(words)-1], ".")] {
		return true
	}
	if of := slices.Index(words, "of"); of > 0 {
		words = words[:of]
	}
	if len(words) < 2 {
		return false
	}
	w := words[len(words)-1]
	return memberBodies[w] && w != "union" && w != "alliance"
}

// memberBodies are the head nouns of bodies that their members form, not
// a state, whatever state word their name holds before the head.
var memberBodies = words.Set(`
	association federation foundation institute society league club union
	chamber alliance guild
`)

// firmEndings are the abbreviated legal forms that end a firm's name.
// Written out, "Corporation" may end a state's ("the New South Wales
// Treasury Corporation"), and "SPA" an agency's acronym.
var firmEndings = words.Set("co corp inc ltd plc llc")

// committee reports whether a body's name says it is a committee, whose
// owner is the body named before it: "the Senate Judiciary Committee".
func committee(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	switch strings.ToLower(name[i+1:]) {
	case "committee", "subcommittee", "caucus", "panel":
		return true
	}
	return false
}

// surfaces maps the lower-case words of every span of a state or an
// organisation, and their canonical names, to their actors: "u.s.",
// "american", "united states", "senate", "un". A form claimed by two
// actors is left out.
func (a *article) surfaces() map[string]graph.ActorID {
	f := a.found
	out := map[string]graph.ActorID{}
	claimed := map[string]bool{}
	put := func(form string, id graph.ActorID) {
		form = strings.ToLower(form)
		if old, ok := out[form]; ok && old != id {
			claimed[form] = true
		}
		out[form] = id
	}
	for id, act := range f.Actors {
		if act.Type == graph.Country || act.Type == graph.Organization {
			put(act.Name, graph.ActorID(id))
		}
	}
	for _, sp := range f.Spans {
		if sp.Kind != entities.NameSpan && sp.Kind != entities.DemonymSpan {
			continue
		}
		if t := f.Actor(sp.Actor).Type; t != graph.Country && t != graph.Organization {
			continue
		}
		toks := a.sents[sp.Sentence].Tokens
		var words []string
		for k := sp.Start; k < sp.End; k++ {
			if !a.possessiveAt(sp.Sentence, k) {
				words = append(words, toks[k].Form)
			}
		}
		put(strings.Join(words, " "), sp.Actor)
	}
	for form := range claimed {
		delete(out, form)
	}
	return out
}

// named returns the state or organisation of the article that a form
// names: one whose span or name it is, else the state the table of
// officials gives it ("U.S." in an article that writes "the United
// States").
func (a *article) named(form string, surface map[string]graph.ActorID) (graph.ActorID, bool) {
	if id, ok := surface[strings.ToLower(form)]; ok {
		return id, true
	}
	off := a.off
	code, ok := off.StateNamed(form)
	if !ok {
		return -1, false
	}
	for id, act := range a.found.Actors {
		if act.Type == graph.Country && off.Names(code, act.Name) {
			return graph.ActorID(id), true
		}
	}
	return -1, false
}

// possessiveAt reports whether token k of sentence si is a possessive
// marker.
func (a *article) possessiveAt(si, k int) bool {
	toks := a.sents[si].Tokens
	if k < 0 || k >= len(toks) {
		return false
	}
	w := toks[k].Form
	return w == "'s" || w == "’s" || w == "'" || w == "’" || toks[k].XPOS == "POS"
}
