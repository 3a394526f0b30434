package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// MergeCorpus gives one person one name across articles built together: a
// name that only a surname ("Trump") or a spelling variant ("Volodymyr
// Zelensky") gave in one article takes the full name another article gives
// ("Donald Trump", "Volodymyr Zelenskyy") when exactly one full name fits.
// Among spelling variants of one full name, the one most articles use wins
// (ties: the longer, then the first in sort order). Relations follow the
// renaming; the old names become aliases. Articles are changed in place and
// returned.
func MergeCorpus(arts []graph.Article) []graph.Article {
	type full struct {
		name    string
		first   string
		surname string
		uses    int
	}
	var fulls []*full
	for _, art := range arts {
		for _, a := range art.Actors {
			if a.Type != graph.Person {
				continue
			}
			words := personWords(strings.Fields(a.Name))
			if len(words) < 2 {
				continue
			}
			first, sur := personKey(words)
			i := slices.IndexFunc(fulls, func(f *full) bool { return f.name == a.Name })
			if i < 0 {
				fulls = append(fulls, &full{name: a.Name, first: first, surname: sur})
				i = len(fulls) - 1
			}
			fulls[i].uses++
		}
	}
	// the preferred spelling of each variant group
	preferred := map[string]string{}
	for _, f := range fulls {
		best := f
		for _, g := range fulls {
			if (g.first == f.first || spellingVariants(g.first, f.first)) && spellingVariants(g.surname, f.surname) {
				if g.uses > best.uses || (g.uses == best.uses && (len(g.name) > len(best.name) || (len(g.name) == len(best.name) && g.name < best.name))) {
					best = g
				}
			}
		}
		preferred[f.name] = best.name
	}
	for ai := range arts {
		rename := map[string]string{}
		for _, a := range arts[ai].Actors {
			if a.Type != graph.Person {
				continue
			}
			if p, ok := preferred[a.Name]; ok {
				if p != a.Name {
					rename[a.Name] = p
				}
				continue
			}
			words := personWords(strings.Fields(a.Name))
			if len(words) != 1 {
				continue
			}
			key := surnameKey(words[0])
			target := ""
			for _, f := range fulls {
				if spellingVariants(f.surname, key) {
					p := preferred[f.name]
					if target != "" && target != p {
						target = "" // two people fit: leave the name alone
						break
					}
					target = p
				}
			}
			if target != "" {
				rename[a.Name] = target
			}
		}
		if len(rename) > 0 {
			arts[ai] = renameActors(arts[ai], rename)
		}
	}
	return arts
}

// renameActors applies rename to an article's actors and relations, merging
// actors that end up with one name.
func renameActors(art graph.Article, rename map[string]string) graph.Article {
	var actors []graph.Actor
	for _, a := range art.Actors {
		newName, ok := rename[a.Name]
		if !ok {
			newName = a.Name
		}
		aliases := slices.Clone(a.Aliases)
		if newName != a.Name {
			aliases = append(aliases, a.Name)
		}
		if i := slices.IndexFunc(actors, func(b graph.Actor) bool { return b.Name == newName }); i >= 0 {
			actors[i].Aliases = append(actors[i].Aliases, aliases...)
			continue
		}
		actors = append(actors, graph.Actor{Name: newName, Type: a.Type, Aliases: aliases})
	}
	for i := range actors {
		al := slices.DeleteFunc(actors[i].Aliases, func(s string) bool { return s == actors[i].Name })
		slices.Sort(al)
		actors[i].Aliases = slices.Compact(al)
	}
	art.Actors = actors
	for i, r := range art.Relations {
		if n, ok := rename[r.Subject]; ok {
			art.Relations[i].Subject = n
		}
		if n, ok := rename[r.Object]; ok {
			art.Relations[i].Object = n
		}
	}
	art.Relations = slices.DeleteFunc(art.Relations, func(r graph.Relation) bool { return r.Subject == r.Object })
	return art
}
