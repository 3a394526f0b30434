// Package corpus reconciles the actors of articles built together, so that
// one actor has one name and one type across a corpus (see Names).
package corpus

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
)

// Names reconciles the people of articles built together, so that one
// person has one name across the corpus: a name that only a surname
// ("Trump") or a spelling variant ("Volodymyr Zelensky") gave in one article
// takes the full name another article gives ("Donald Trump", "Volodymyr
// Zelenskyy") when exactly one full name fits, or when most articles that
// give a full name that fits give the same one ("Reagan" is Ronald Reagan
// though Nancy Reagan is named too). Among spelling variants of one full
// name, the one most articles use wins (ties: the longer, then the first in
// sort order). An organisation named by a short name ("Senate", "House")
// takes the fuller name most articles give it ("U.S. Senate") when three
// at least do.
//
// An actor an article took for a person takes the type that most articles
// naming it give its name ("Houston" a place, though one article read it as
// a person's surname): a graph has one node, and so one type, for a name,
// and the recogniser takes an unknown single name for a surname more
// often than the other way round, so a person's type alone is outvoted.
//
// Add every article's actors first, then Resolve each article's. The table
// holds one entry per distinct full name and one per distinct name's
// types, not the articles. A Names is not safe for concurrent use.
type Names struct {
	fulls  []*fullName
	byName map[string]*fullName
	// blocks groups full names by the opening of their surname key: two
	// names can only be spelling variants when their openings agree (see
	// names.SpellingVariants), so comparisons stay within a block.
	blocks    map[string][]*fullName
	preferred map[string]string // set by the first Resolve after an Add
	// shortOf counts, for a name that shortens an organisation's fuller
	// name in an article ("Senate" of "U.S. Senate"), the articles that
	// give each fuller name; fuller is set from it with preferred.
	shortOf map[string]map[string]int
	fuller  map[string]string
	// types counts, for each name, the articles that give it each type.
	types map[string]*typeVotes
}

// typeVotes counts articles by the type they give a name, by
// graph.ActorType.
type typeVotes [5]int

type fullName struct {
	name, first, surname string
	uses                 int
}

// New returns an empty Names.
func New() *Names {
	return &Names{byName: map[string]*fullName{}, blocks: map[string][]*fullName{}, shortOf: map[string]map[string]int{}, types: map[string]*typeVotes{}}
}

// blockKey is the part of a surname key that spelling variants share.
func blockKey(surname string) string {
	if len(surname) < 5 {
		return surname
	}
	return surname[:3]
}

// Add records the full names of people among one article's actors.
func (c *Names) Add(actors []graph.Actor) {
	for _, a := range actors {
		if int(a.Type) < len(typeVotes{}) && a.Type != graph.Unknown {
			v := c.types[a.Name]
			if v == nil {
				v = &typeVotes{}
				c.types[a.Name] = v
			}
			v[a.Type]++
		}
		if a.Type == graph.Organization {
			c.addShortNames(a)
			continue
		}
		if a.Type != graph.Person {
			continue
		}
		fields := strings.Fields(a.Name)
		words := names.PersonWords(fields)
		if len(words) < 2 || names.IsSaintTitle(fields[0]) {
			continue // "St. Mary", "Santa Monica" taken for a person: no full name of a "Mary" or a "Monica"
		}
		f := c.byName[a.Name]
		if f == nil {
			first, sur := names.PersonKey(strings.Fields(a.Name))
			f = &fullName{name: a.Name, first: first, surname: sur}
			c.byName[a.Name] = f
			c.fulls = append(c.fulls, f)
			k := blockKey(sur)
			c.blocks[k] = append(c.blocks[k], f)
		}
		f.uses++
	}
	c.preferred = nil
}

// prefer computes the preferred spelling of each group of variants.
func (c *Names) prefer() {
	c.preferred = make(map[string]string, len(c.fulls))
	for _, f := range c.fulls {
		best := f
		for _, g := range c.blocks[blockKey(f.surname)] {
			if variantNames(f, g) {
				if g.uses > best.uses || (g.uses == best.uses && (len(g.name) > len(best.name) || (len(g.name) == len(best.name) && g.name < best.name))) {
					best = g
				}
			}
		}
		c.preferred[f.name] = best.name
	}
}

// variantNames reports whether full names f and g spell one person's
// name: the same surname with variant given names, or variant surnames
// with the same given name (Volodymyr Zelensky, Volodymyr Zelenskyy).
// Two names that differ in both are two people ("Koichi Miyazaki" is no
// spelling of "Kiichi Miyazawa").
func variantNames(f, g *fullName) bool {
	switch {
	case g.surname == f.surname:
		return g.first == f.first || names.SpellingVariants(g.first, f.first)
	case g.first == f.first:
		return names.SpellingVariants(g.surname, f.surname)
	}
	return false
}

// Name returns the corpus-wide name of actor a: its own name unless a is a
// person whose name the corpus spells otherwise or gives in full.
func (c *Names) Name(a graph.Actor) string {
	if a.Type == graph.Organization {
		if c.fuller == nil {
			c.preferFuller()
		}
		if f, ok := c.fuller[a.Name]; ok {
			return f
		}
		return a.Name
	}
	if a.Type != graph.Person {
		return a.Name
	}
	if c.preferred == nil {
		c.prefer()
	}
	if p, ok := c.preferred[a.Name]; ok {
		return p
	}
	words := names.PersonWords(strings.Fields(a.Name))
	if len(words) != 1 {
		return a.Name
	}
	_, key := names.PersonKey(strings.Fields(a.Name))
	uses := map[string]int{}
	for _, f := range c.blocks[blockKey(key)] {
		if names.SpellingVariants(f.surname, key) {
			uses[c.preferred[f.name]] += f.uses
		}
	}
	if target := dominant(uses, 1); target != "" {
		return target
	}
	return a.Name // none fits, or two people fit and neither is the usual one
}

// dominant returns the one key of uses when it has least uses at least, or
// the key most uses have when it has three or more (and least) and three
// quarters of them at least ("Reagan" is Ronald Reagan in a corpus that
// names Nancy Reagan now and then), else "".
func dominant(uses map[string]int, least int) string {
	best, total := "", 0
	for k, n := range uses {
		total += n
		if best == "" || n > uses[best] || (n == uses[best] && k < best) {
			best = k
		}
	}
	if best == "" || uses[best] < least {
		return ""
	}
	if len(uses) == 1 || (uses[best] >= 3 && uses[best]*4 >= total*3) {
		return best
	}
	return ""
}

// addShortNames records the aliases of an organisation that shorten its
// name ("Senate" of "U.S. Senate", "House" of "House of Representatives").
func (c *Names) addShortNames(a graph.Actor) {
	long := strings.Fields(names.Fold(a.Name))
	for _, al := range a.Aliases {
		short := strings.Fields(names.Fold(al))
		if len(short) == 0 || len(short) >= len(long) || !names.Subsequence(short, long) {
			continue
		}
		m := c.shortOf[al]
		if m == nil {
			m = map[string]int{}
			c.shortOf[al] = m
		}
		m[a.Name]++
	}
	c.fuller = nil
}

// minShortUses is the number of articles that must give a short name of an
// organisation in full before the others take the full name.
const minShortUses = 3

// preferFuller sets the fuller name of each short organisation name that
// most articles giving it in full agree on (see dominant), following a
// fuller name that is itself short for another ("House" of "House of
// Representatives" of "U.S. House of Representatives").
func (c *Names) preferFuller() {
	once := map[string]string{}
	for s, m := range c.shortOf {
		if f := dominant(m, minShortUses); f != "" && f != s {
			once[s] = f
		}
	}
	follow := func(n string) string {
		for range 4 {
			f, ok := once[n]
			if !ok {
				break
			}
			n = f
		}
		return n
	}
	c.fuller = map[string]string{}
	for s, m := range c.shortOf {
		agg := map[string]int{}
		for f, n := range m {
			agg[follow(f)] += n
		}
		if f := dominant(agg, minShortUses); f != "" && f != s {
			c.fuller[s] = f
		}
	}
}

// Type returns the type of an actor named name that an article gave
// type typ: typ, unless typ is graph.Person and most articles give the
// name another type, more articles than any other.
func (c *Names) Type(name string, typ graph.ActorType) graph.ActorType {
	v := c.types[name]
	if v == nil || typ != graph.Person {
		return typ
	}
	best, tie := graph.Unknown, false
	for t := range v {
		switch {
		case v[t] > v[best]:
			best, tie = graph.ActorType(t), false
		case v[t] == v[best] && t != int(best):
			tie = true
		}
	}
	if best == graph.Unknown || tie {
		return typ
	}
	return best
}

// Resolve returns actors renamed to their corpus-wide names, each old name
// kept as an alias; a person's type gives way to the type most articles
// give that name (Type). The result has the same length and order as actors, so
// the IDs that refer to them stay valid; two actors may end up with one
// name, and then are one actor of the graph.
func (c *Names) Resolve(actors []graph.Actor) []graph.Actor {
	out := make([]graph.Actor, len(actors))
	for i, a := range actors {
		out[i] = a
		name := c.Name(a)
		out[i].Type = c.Type(name, a.Type)
		if name == a.Name {
			continue
		}
		al := append(slices.Clone(a.Aliases), a.Name)
		al = slices.DeleteFunc(al, func(s string) bool { return s == name })
		slices.Sort(al)
		out[i] = graph.Actor{Name: name, Type: out[i].Type, Aliases: slices.Compact(al)}
	}
	return out
}
