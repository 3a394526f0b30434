package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
)

// gatheringNouns name a meeting of an organisation's members, which those
// who take part in it attend: "the NATO summit", "a meeting of ASEAN
// foreign ministers", "the OPEC conference".
var gatheringNouns = words.Set(`
	summit conference meeting session forum convention gathering congress
	plenum ministerial
`)

// sidelines are the nouns whose "of" phrase names a gathering that the
// verb the noun hangs on took place at: "met on the sidelines of the G20
// summit".
var sidelines = words.Set("sideline sidelines margin margins fringe fringes side")

// attendVerbs take a gathering as their object, their subject attending
// or hosting it.
var attendVerbs = map[string]graph.Predicate{
	"attend": attended,
	"join":   attended,
	"host":   hosted,
}

// gatheringPreps link a gathering to a verb done there ("spoke at the
// NATO summit", "met during the OPEC meeting"), or to a journey made for
// it ("flew to Oslo for the summit").
var gatheringPreps = words.Set("at during")

var (
	attended = predicate("attended")
	hosted   = predicate("hosted")
)

// gathering reads noun n when it names a gathering of an organisation:
// those who attend or host it ("Ann Reed attended the NATO summit",
// "Reed and Ortiz met on the sidelines of the ASEAN summit", "Peru
// hosted the APEC summit") attended or hosted the organisation, and the
// state or place it is held in ("the OPEC conference in Vienna") hosted
// the organisation. A gathering that is itself a name ("the Munich
// Security Conference") or one not asserted ("a proposed summit") gives
// nothing.
func (r *reader) gathering(n int) {
	t := r.t
	if !gatheringNouns[t.Lemma(n)] || t.Toks[n].UPOS != "NOUN" || !t.OwnAsserted(r.a.x.lex, n) {
		return
	}
	if _, ok := r.spanActor(n); ok || r.notMembers(n) || r.ahead(n) {
		return
	}
	orgs := r.gatheringOrgs(n)
	if len(orgs) == 0 {
		return
	}
	for c := range t.Dependents(n, "nmod") {
		if t.Prep(c) != "in" {
			continue
		}
		for _, h := range r.actorsOf(c) {
			if typ := r.a.found.Actor(h).Type; typ == graph.Country || typ == graph.Location {
				for _, o := range orgs {
					r.a.add(r.si, h, hosted, o)
				}
			}
		}
	}
	pred, who := r.attendees(n)
	for _, s := range who {
		if typ := r.a.found.Actor(s).Type; typ == graph.Location || slices.Contains(orgs, s) {
			continue
		}
		for _, o := range orgs {
			r.a.add(r.si, s, pred, o)
		}
	}
}

// ownMeetings are the words before a gathering noun that make it a
// body's own meeting, not one of its members: "a Velmar Corp press
// conference", "a special shareholders' meeting".
var ownMeetings = words.Set("press news shareholder shareholders stockholder stockholders board special")

// notMembers reports whether gathering n is a body's own meeting, not a
// gathering of its members.
func (r *reader) notMembers(n int) bool {
	for _, c := range r.t.Kids[n] {
		if ownMeetings[r.t.Lemma(c)] || ownMeetings[r.t.Lower(c)] {
			return true
		}
	}
	return false
}

// aheadWords say that a gathering is yet to come: "the forthcoming OPEC
// meeting", "next week's G7 summit".
var aheadWords = words.Set("next upcoming forthcoming expected planned proposed scheduled coming future possible tomorrow")

// ahead reports whether gathering n is yet to come, which no one has
// attended or hosted yet: a plan, as the guidelines read it.
func (r *reader) ahead(n int) bool {
	t := r.t
	for _, c := range t.Kids[n] {
		if aheadWords[t.Lower(c)] {
			return true
		}
		if t.Toks[c].Deprel == "nmod:poss" {
			// "next week's", "tomorrow's"
			for _, k := range t.Kids[c] {
				if aheadWords[t.Lower(k)] {
					return true
				}
			}
		}
	}
	return false
}

// gatheringOrgs returns the organisations whose gathering noun n is:
// named before it ("the NATO summit", "ASEAN's annual meeting") or after
// "of", also as the members' modifier ("a summit of the G20", "a meeting
// of NATO defence ministers").
func (r *reader) gatheringOrgs(n int) []graph.ActorID {
	t := r.t
	var out []graph.ActorID
	add := func(c int) {
		a, ok := r.spanActor(c)
		if !ok || slices.Contains(out, a) {
			return
		}
		// a firm's meeting is its own, not a gathering of members
		if act := r.a.found.Actor(a); act.Type == graph.Organization && !firmName(act.Name) {
			out = append(out, a)
		}
	}
	for _, c := range t.Kids[n] {
		switch t.Toks[c].Deprel {
		case "compound", "amod", "nmod:poss":
			add(c)
		case "nmod":
			if t.Prep(c) != "of" {
				continue
			}
			add(c)
			if _, ok := r.spanActor(c); !ok {
				for k := range t.Dependents(c, "compound") {
					add(k)
				}
			}
		}
	}
	return out
}

// firmName reports whether name ends with a firm's legal form ("Velmar
// Corp", "Lund Metals PLC").
func firmName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && entities.LegalForm([]string{strings.ToLower(strings.TrimSuffix(name[i+1:], "."))})
}

// attendees returns the actors that take part in gathering n and how:
// the subjects of a verb of attending or hosting it, of a verb done at it
// or on its sidelines ("said at", "met on the sidelines of") with the
// objects of a meeting, and of a journey made for it ("flew to Lima for
// the APEC summit").
func (r *reader) attendees(n int) (graph.Predicate, []graph.ActorID) {
	t := r.t
	h := t.Head(n)
	if h >= 0 && sidelines[t.Lemma(h)] && t.Prep(n) == "of" {
		n, h = h, t.Head(h)
	}
	if h < 0 || t.Toks[h].UPOS != "VERB" || !t.Asserted(r.a.x.lex, h) {
		return "", nil
	}
	lemma, prep := t.Lemma(h), t.Prep(n)
	switch rel := t.Rel(n); {
	case rel == "obj" && attendVerbs[lemma] != "":
		return attendVerbs[lemma], r.clauseSubjects(h)
	case rel != "obl":
		return "", nil
	case gatheringPreps[prep] || prep == "on" && sidelines[t.Lemma(n)]:
		who := r.clauseSubjects(h)
		if lemma == "meet" {
			who = append(who, r.objects(h)...)
			for c := range t.Dependents(h, "obl") {
				if t.Prep(c) == "with" {
					who = append(who, r.actorsOf(c)...)
				}
			}
		}
		return attended, who
	case prep == "for" && journeyVerbs[lemma], prep == "in" && lemma == "participate":
		return attended, r.clauseSubjects(h)
	}
	return "", nil
}
