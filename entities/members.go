package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// bodiesOfPersons finds the body a person speaks for, named after the
// person's name and "of" or "from", which the recogniser leaves unread
// when its name is made of common words: "Ana Ruiz of Coastal Defenders",
// "Tom Hale from Clean Rivers Watch". The body's name is a run of two to
// five capitalised words no name has taken, ending with a common noun
// (a plural, "Defenders", or a capitalised noun the parser reads as common,
// "Watch") or an institution noun; a run that ends with a place's noun
// ("Palm Springs", "Cedar Valley"), that a place follows after a comma
// ("of Cedar Hills, Ohio"), or that goes on as a possessive is a place or
// part of another name and is left alone.
func (x *Finder) bodiesOfPersons(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	word := func(k int) bool {
		return !taken[k] && x.bodyWord(toks[k]) && !layout.IsAllCaps(toks[k].Form)
	}
	n := len(out)
	for ci := 0; ci < n; ci++ {
		c := out[ci]
		if c.typ != graph.Person || c.end+1 >= len(toks) {
			continue
		}
		if p := strings.ToLower(toks[c.end].Form); p != "of" && p != "from" {
			continue
		}
		i := c.end + 1
		if k := slices.IndexFunc(out, func(d candidate) bool { return d.start == i && d.typ == graph.Person && d.canonical == "" }); k >= 0 {
			if d := out[k]; d.end-d.start >= 2 && x.bodyEnd(toks, d.end) {
				out[k].typ = graph.Organization // "Tom Hale from Clean Rivers Watch", read as a person
			}
			continue
		}
		j := i
		for j < len(toks) && j-i < 6 && word(j) {
			j++
		}
		if j-i < 2 || j-i > 5 {
			continue
		}
		if !x.bodyEnd(toks, j) {
			continue
		}
		out = append(out, candidate{sent: si, start: i, end: j, typ: graph.Organization, words: wordsOf(toks[i:j])})
		for k := i; k < j; k++ {
			taken[k] = true
		}
	}
	return out
}

// bodyEnd reports whether a run of capitalised words that ends before
// token j can be a body's name by its end: a common noun, a plural or an
// institution noun, no place's noun, not followed by a possessive or by a
// comma and a place.
func (x *Finder) bodyEnd(toks []ud.Token, j int) bool {
	last := toks[j-1]
	common := last.UPOS == "NOUN" || last.XPOS == "NNS" || last.XPOS == "NNPS" || names.IsInstitutionNounLower(last.Form)
	if !common || words.HasLower(featureNouns, last.Form) || words.HasLower(placeEndNouns, last.Form) {
		return false
	}
	if j < len(toks) && (toks[j].XPOS == "POS" || toks[j].Form == "'s" || toks[j].Form == "’s") {
		return false
	}
	return j+1 >= len(toks) || toks[j].Form != "," || !x.placeAt(toks, j+1) // "of Cedar Hills, Ohio"
}

// placeEndNouns end the names of towns and sites, besides featureNouns.
var placeEndNouns = words.Set(`
	beach springs park falls hills point harbor harbour town village heights creek
	ridge grove woods field fields square street avenue road county township borough
`)

// placeAt reports whether a gazetteer name of a place or a state starts at
// token i.
func (x *Finder) placeAt(toks []ud.Token, i int) bool {
	_, e, ok := x.gaz.Match(wordsOf(toks), i)
	return ok && (e.Type == graph.Country || e.Type == graph.Location)
}

// classedBodies finds the organisations a kind of body introduces, the
// name right after its class noun: "the rights group Open Door", "the
// watchdog Fair Count", "the think tank Bridge Forum". The name is a run of
// up to seven capitalised words no name has taken, joined by "and", "of",
// "et" and the like ("the law firm Dreyer and Traub"), or a name the
// recogniser took for a person or a place, that opens with no given name
// ("the group Jane Roe founded"); a state's name may end it ("the group
// Fair Vote Norway").
func (x *Finder) classedBodies(si int, toks []ud.Token, out []candidate, taken []bool) []candidate {
	word := func(k int) bool {
		t := toks[k]
		return !taken[k] && x.bodyWord(t) && x.roles.Role(t.Form) == "" &&
			!strings.HasSuffix(t.Form, "'s") && !strings.HasSuffix(t.Form, "’s")
	}
	for c := 0; c+1 < len(toks); c++ {
		t := toks[c]
		if t.UPOS != "NOUN" || !bodyClassNouns[t.Form] {
			continue
		}
		i := c + 1
		if opensPersonName(toks[i].Form) {
			continue
		}
		if k := slices.IndexFunc(out, func(d candidate) bool { return d.start == i }); k >= 0 {
			if d := out[k]; d.canonical == "" && !d.demonym && d.inst == "" && (d.typ == graph.Person || d.typ == graph.Location) {
				// "the watchdog Fair Count", read as a person; a
				// broadcaster may be one ("radio broadcaster Jane
				// Roe"), so the type holds for this mention only
				out[k].typ, out[k].cued = graph.Organization, t.Form != "broadcaster"
			}
			continue
		}
		j := i
		for j < len(toks) && j-i < 8 && (word(j) || j > i && j+1 < len(toks) && nameJoiners[toks[j].Form] && word(j+1)) {
			j++ // "the law firm Dreyer and Traub", "the charity Justitia et Pax"
		}
		if j == i || j-i > 7 || j < len(toks) && (toks[j].XPOS == "POS" || toks[j].Form == "'s" || toks[j].Form == "’s") {
			continue
		}
		// a state's name ends the body's name: "the group Fair Vote
		// Norway", the body's branch there
		if k := slices.IndexFunc(out, func(d candidate) bool { return d.start == j && d.end == j+1 && d.typ == graph.Country && !d.demonym }); k >= 0 &&
			(j+1 == len(toks) || !layout.StartsUpper(toks[j+1].Form)) {
			out = slices.Delete(out, k, k+1)
			j++
		}
		out = append(out, candidate{sent: si, start: i, end: j, typ: graph.Organization, words: wordsOf(toks[i:j]), cued: true})
		for k := i; k < j; k++ {
			taken[k] = true
		}
		c = j - 1
	}
	return out
}

// nameJoiners join the words of a body's name ("Dreyer and Traub",
// "Project on Fair Pay").
var nameJoiners = words.Set(`and & et of for on de des du del la`)

// bodyClassNouns name a kind of organisation before its name ("the rights
// group", "the watchdog"), lower case.
var bodyClassNouns = words.Set(`
	group groups organisation organization charity watchdog website movement alliance
	association firm company network tank think-tank broadcaster newspaper outlet
	union lobby militia
`)

// bodyWord reports whether t can be a word of a body's name that the
// recogniser left unread: a capitalised noun, name or adjective, no title,
// no word that is never a name's and no word of time.
func (x *Finder) bodyWord(t ud.Token) bool {
	return (t.UPOS == "PROPN" || t.UPOS == "NOUN" || t.UPOS == "ADJ") && layout.StartsUpper(t.Form) &&
		layout.Letters(t.Form) > 0 && !x.titleWord(t.Form) &&
		!words.HasLower(nonNameWords, t.Form) && !words.HasLower(timeWords, t.Form)
}
