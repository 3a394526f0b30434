package gazetteer

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// actor is one actor with every form that names it.
type actor struct {
	name  string
	typ   graph.ActorType
	forms []form
}

// form is one surface form of an actor and where it comes from.
type form struct {
	text string
	kind Kind
	tier tier
	file string
	line int
}

// tier orders the sources of forms: a later tier overrides an earlier one.
type tier uint8

const (
	tierGenerated tier = iota // *.gen.tsv
	tierCurated               // the other built-in *.tsv files
	tierUser                  // Gazetteer.With
)

// candidate is one form indexed for Match.
type candidate struct {
	key   string
	entry Entry
}

// claim is one actor's claim on a key.
type claim struct {
	actor *actor
	form  form
}

// newGazetteer indexes actors. It never fails: a form claimed by several
// actors goes to the strongest claim (see stronger), ties to the last one;
// conflicts reports the ties a built-in gazetteer must not have.
//
// It also returns the claims on every key (see claims), for conflicts.
func newGazetteer(actors []*actor, ambiguous map[string]bool) (g *Gazetteer, forms, dems map[string][]claim) {
	g = &Gazetteer{actors: actors, ambiguous: ambiguous}
	forms, dems, atoms := g.claims()
	g.exact = make(map[string]Entry, len(forms)*5/4)
	g.upper = make(map[string]Entry, len(forms))
	g.first = make(map[string][]candidate, len(forms)*2)
	g.demonyms = make(map[string]string, len(dems))
	for key, cs := range forms {
		best := cs[0]
		for _, c := range cs[1:] {
			if !stronger(best.form, c.form) {
				best = c
			}
		}
		g.exact[key] = Entry{Canonical: best.actor.name, Type: best.actor.typ, Kind: best.form.kind, Ambiguous: ambiguous[key]}
	}
	for key, cs := range dems {
		best := cs[0]
		for _, c := range cs[1:] {
			if c.form.tier >= best.form.tier {
				best = c
			}
		}
		if best.actor.typ == graph.Country {
			g.demonyms[key] = best.actor.name
		}
	}
	// Derived spellings: "Nato" for "NATO"; "RUSSIA" for "Russia".
	keys := make([]string, 0, len(g.exact))
	for k := range g.exact {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e := g.exact[k]
		if t := titleAcronym(k); t != "" {
			if _, taken := g.exact[t]; !taken {
				g.exact[t] = e
				atoms[t] = []string{t}
				if g.titled == nil {
					g.titled = map[string]bool{}
				}
				g.titled[t] = true
			}
		}
	}
	upperAtoms := map[string][]string{}
	keys = keys[:0]
	for k := range g.exact {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e := g.exact[k]
		for _, a := range atoms[k] {
			g.first[a] = append(g.first[a], candidate{key: k, entry: e})
		}
		// Only names and aliases of five letters or more: not a capital
		// in a dateline ("KABUL (AFP) -"), nor an acronym that happens to
		// spell a short name ("SIAM", "CHAD").
		if !hasLower(k) || utf8.RuneCountInString(k) < 5 || (e.Kind != Name && e.Kind != Alias) {
			continue
		}
		u := strings.ToUpper(k)
		if _, taken := g.exact[u]; taken {
			continue
		}
		if old, taken := g.upper[u]; taken && old.Kind <= e.Kind {
			continue
		}
		g.upper[u] = e
		for _, a := range atoms[k] {
			upperAtoms[u] = append(upperAtoms[u], strings.ToUpper(a))
		}
	}
	for _, u := range slices.Sorted(maps.Keys(g.upper)) {
		for _, a := range upperAtoms[u] {
			g.first[a] = append(g.first[a], candidate{key: u, entry: g.upper[u]})
		}
	}
	for a, cs := range g.first {
		slices.SortStableFunc(cs, func(x, y candidate) int {
			return cmp.Or(cmp.Compare(len(y.key), len(x.key)), strings.Compare(x.key, y.key))
		})
		g.first[a] = slices.CompactFunc(cs, func(x, y candidate) bool { return x.key == y.key })
		if a != "" {
			g.starts[a[0]] = true
		}
	}
	return g, forms, dems
}

// claims returns, for every key, the claims on it as a name (any kind) and
// as a demonym, in actor and form order, and the atoms of its forms. An
// actor claims a key once, with its strongest form.
func (g *Gazetteer) claims() (forms, demonyms map[string][]claim, atoms map[string][]string) {
	n := 0
	for _, a := range g.actors {
		n += len(a.forms)
	}
	forms, demonyms, atoms = make(map[string][]claim, n), map[string][]claim{}, make(map[string][]string, n)
	mine := map[string]int{}  // key -> index in forms[key], for one actor
	mineD := map[string]int{} // key -> index in demonyms[key], for one actor
	for _, a := range g.actors {
		clear(mine)
		clear(mineD)
		for _, f := range a.forms {
			key, atom := keyAtom(f.text)
			if key == "" {
				continue
			}
			if !slices.Contains(atoms[key], atom) {
				atoms[key] = append(atoms[key], atom)
			}
			c := claim{actor: a, form: f}
			if i, ok := mine[key]; ok {
				// One actor's own forms: the stronger kind, then the
				// later tier ("DR Congo" is a Name even if a curated
				// file also lists it as an alias).
				if old := forms[key][i].form; f.kind < old.kind || (f.kind == old.kind && f.tier > old.tier) {
					forms[key][i] = c
				}
			} else {
				mine[key] = len(forms[key])
				forms[key] = append(forms[key], c)
			}
			if f.kind != Demonym {
				continue
			}
			if i, ok := mineD[key]; ok {
				if f.tier > demonyms[key][i].form.tier {
					demonyms[key][i] = c
				}
			} else {
				mineD[key] = len(demonyms[key])
				demonyms[key] = append(demonyms[key], c)
			}
		}
	}
	return forms, demonyms, atoms
}

// stronger reports whether form a is a stronger claim than b: a later tier,
// or the same tier and a stronger kind.
func stronger(a, b form) bool {
	if a.tier != b.tier {
		return a.tier > b.tier
	}
	return a.kind < b.kind
}

// conflicts reports the forms that two actors claim equally strongly
// from built-in files: the winner would depend on file order.
func conflicts(forms, dems map[string][]claim) LineErrors {
	var errs LineErrors
	report := func(key string, cs []claim, what string, better func(a, b form) bool) {
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				if a.form.tier == tierUser || better(a.form, b.form) || better(b.form, a.form) {
					continue
				}
				x, y := a, b
				if y.form.file < x.form.file || (y.form.file == x.form.file && y.form.line < x.form.line) {
					x, y = y, x
				}
				errs = append(errs, &LineError{File: y.form.file, Line: y.form.line, Field: strings.ToLower(y.form.kind.String()),
					Err: fmt.Errorf("%s %q of %s is also %s of %s (%s:%d)", what, y.form.text, y.actor.name, x.form.kind, x.actor.name, x.form.file, x.form.line)})
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(forms)) {
		report(key, forms[key], "form", stronger)
	}
	for _, key := range slices.Sorted(maps.Keys(dems)) {
		report(key, dems[key], "demonym", func(a, b form) bool { return a.tier > b.tier })
	}
	return errs
}

// titleAcronym returns the title-case spelling of an all-capital acronym
// of four letters or more ("NATO" -> "Nato"), or "".
func titleAcronym(k string) string {
	if len(k) < 4 {
		return ""
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 'A' || k[i] > 'Z' {
			return ""
		}
	}
	return k[:1] + strings.ToLower(k[1:])
}
