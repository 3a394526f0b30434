package gazetteer

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Gazetteer maps the surface forms of known actors to their entries. It is
// immutable and safe for concurrent use.
//
// Forms are matched case-sensitively as written in the data ("US" is the
// United States, "us" nothing), after folding diacritics ("Turkiye" finds
// "Türkiye"), typographic apostrophes and dashes, and ignoring a leading
// "the" and a trailing possessive. Two extensions of case: an all-capital
// acronym of four letters or more also matches in title case ("Nato",
// "Opec"), and a name or alias of five letters or more that has lower-case
// letters also matches in capitals ("RUSSIA" in a headline is Russia; but
// "KABUL" in a dateline is not Afghanistan, nor "SIAM" Thailand).
type Gazetteer struct {
	actors []*actor // in file order, then the user's
	exact  map[string]Entry
	upper  map[string]Entry       // all-capital spellings of keys with lower-case letters
	titled map[string]bool        // title-case spellings of acronyms, derived ("Nato")
	first  map[string][]candidate // by the atom of the key (atomOf), longest key first
	// starts[b] is set when some atom of first starts with the byte b:
	// most tokens ("the", "said") are rejected without a map lookup.
	starts    [256]bool
	demonyms  map[string]string
	ambiguous map[string]bool // keys of ambiguous forms
}

// Lookup returns the entry of a surface form: a name, alias, demonym,
// capital or seat, possibly of several words ("United Nations General
// Assembly"). It folds diacritics and ignores a leading "the" and a trailing
// possessive ("the Kremlin's" finds "Kremlin"), but not case, except as
// described on Gazetteer.
func (g *Gazetteer) Lookup(surface string) (Entry, bool) {
	if g == nil {
		return Entry{}, false
	}
	key := formKey(surface)
	if e, ok := g.lookupKey(key); ok {
		return e, true
	}
	if p := stripPossessive(key); len(p) < len(key) {
		return g.lookupKey(p)
	}
	return Entry{}, false
}

// TitledAcronym reports whether w is an all-capital acronym of the data
// written in title case ("Nato" for "NATO", "Rand" for "RAND"), a
// spelling the gazetteer derives rather than one the data gives.
func (g *Gazetteer) TitledAcronym(w string) bool {
	return g != nil && g.titled[w]
}

func (g *Gazetteer) lookupKey(key string) (Entry, bool) {
	if e, ok := g.exact[key]; ok {
		return e, true
	}
	if hasUpperOnly(key) {
		if e, ok := g.upper[key]; ok {
			return e, true
		}
	}
	return Entry{}, false
}

// Demonym returns the canonical name of the country an adjective of
// nationality stands for: "Russian" -> "Russia", "Ukrainian" -> "Ukraine",
// "U.S." -> "United States". Case matters as in Lookup. Adjectives of
// places that are not countries ("Scottish", "Tibetan", "Latin American")
// are not demonyms here; Match and Lookup find them, with their Location.
func (g *Gazetteer) Demonym(adj string) (country string, ok bool) {
	if g == nil {
		return "", false
	}
	key := formKey(adj)
	if country, ok = g.demonyms[key]; !ok {
		country, ok = g.demonyms[stripPossessive(key)]
	}
	return country, ok
}

// Actors returns every actor of the gazetteer, sorted by name, with its
// aliases (not its demonyms, capitals or seats); names of type Other (see
// Entry.Type) are left out.
func (g *Gazetteer) Actors() []graph.Actor {
	if g == nil {
		return nil
	}
	out := make([]graph.Actor, 0, len(g.actors))
	sorted := slices.Clone(g.actors)
	slices.SortFunc(sorted, func(a, b *actor) int { return strings.Compare(a.name, b.name) })
	for _, a := range sorted {
		if a.typ == graph.Unknown {
			continue
		}
		var aliases []string
		for _, f := range a.forms {
			if f.kind == Alias {
				aliases = append(aliases, f.text)
			}
		}
		out = append(out, graph.Actor{Name: a.name, Type: a.typ, Aliases: cleanList(aliases, a.name)})
	}
	return out
}
