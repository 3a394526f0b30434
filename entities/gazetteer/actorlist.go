package gazetteer

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// ReadActorList reads a user's actor list, the file of `actorgraph build
// --actors FILE`: one actor a line,
//
//	name <TAB> type <TAB> aliases separated by "|"
//
// where type is Person, Country, Organization or Location (see
// graph.ParseActorType) and the aliases column may be left out. Blank lines
// and lines starting with "#" are skipped. file names the input in errors.
//
// The actors of the valid lines are returned in file order, each with its
// aliases sorted, without duplicates or its own name, even when other lines
// are bad; the error is then a LineErrors naming every bad line and field.
func ReadActorList(r io.Reader, file string) ([]graph.Actor, error) {
	var (
		actors []graph.Actor
		errs   LineErrors
	)
	err := scanLines(r, file, &errs, func(line int, text string) {
		row, lerr := parseRow(text, "aliases")
		if lerr != nil {
			lerr.File, lerr.Line = file, line
			errs = append(errs, lerr)
			return
		}
		actors = append(actors, graph.Actor{Name: row.name, Type: row.typ, Aliases: cleanList(row.lists[0], row.name)})
	})
	if err != nil {
		return actors, fmt.Errorf("read %s: %w", file, err)
	}
	if len(errs) > 0 {
		return actors, errs
	}
	return actors, nil
}

// With returns a gazetteer in which a user's actors (read with
// ReadActorList) extend or override the built-in ones: an actor with the
// name of a built-in one gets the user's type (unless Unknown) and the
// user's aliases besides its own, and a name or alias of the user's wins
// over any built-in claim on the same form. Among the user's actors, a later
// one wins. g is unchanged.
func (g *Gazetteer) With(actors []graph.Actor) *Gazetteer {
	if len(actors) == 0 {
		return g
	}
	if g == nil {
		g = &Gazetteer{}
	}
	byName := make(map[string]*actor, len(g.actors))
	all := make([]*actor, 0, len(g.actors)+len(actors))
	for _, a := range g.actors {
		all = append(all, a)
		byName[a.name] = a
	}
	for _, ua := range actors {
		name := strings.TrimSpace(ua.Name)
		if name == "" {
			continue
		}
		old := byName[name]
		a := &actor{name: name, typ: ua.Type}
		if old != nil {
			// A copy: g's actors are shared with g.
			a.forms = slices.Clone(old.forms)
			if ua.Type == graph.Unknown {
				a.typ = old.typ
			}
			all[slices.Index(all, old)] = a
		} else {
			all = append(all, a)
		}
		byName[name] = a
		a.forms = append(a.forms, form{text: name, kind: Name, tier: tierUser, file: "user"})
		for _, alias := range ua.Aliases {
			if alias = strings.TrimSpace(alias); alias != "" {
				a.forms = append(a.forms, form{text: alias, kind: Alias, tier: tierUser, file: "user"})
			}
		}
	}
	w, _, _ := newGazetteer(all, g.ambiguous)
	return w
}
