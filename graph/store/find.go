package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/namefold"
)

// Node is an actor with the number of statements it takes part in.
type Node struct {
	Actor
	// Support is the number of distinct statements that have the actor as
	// subject or object.
	Support int
}

// Find returns the actors a person means by name, as memgraph's Find
// does: those whose label or one of whose aliases folds (see namefold) to
// the same key as name; when none does, those whose label holds every
// word of name ("Trump" finds "Donald Trump"). Matches come with their
// aliases, sorted by Support, highest first, then label and IRI. A name
// with no letters or digits matches nothing. Find reads the store's
// indexes only.
func (s *Store) Find(ctx context.Context, name string) ([]Node, error) {
	words := namefold.Words(name)
	if len(words) == 0 {
		return nil, nil
	}
	ids, err := s.ids(ctx, `SELECT actor FROM names WHERE key = ?`, strings.Join(words, ""))
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		q := `SELECT actor FROM words WHERE word = ?`
		args := []any{words[0]}
		for _, w := range words[1:] {
			q += ` INTERSECT SELECT actor FROM words WHERE word = ?`
			args = append(args, w)
		}
		if ids, err = s.ids(ctx, q, args...); err != nil {
			return nil, err
		}
	}
	nodes, err := s.nodes(ctx, ids, true)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(nodes, byRelevance)
	return nodes, nil
}

// Suggest returns the n actors whose names are closest to name, as
// memgraph's Suggest does: by edit distance between the folded name and
// the actor's folded label or nearest alias, ties broken by Support,
// highest first, then label. It reads every name of the store.
func (s *Store) Suggest(ctx context.Context, name string, n int) ([]Node, error) {
	if n <= 0 {
		return nil, nil
	}
	key := []rune(namefold.Key(name))
	rows, err := s.db.QueryContext(ctx, `SELECT key, actor FROM names`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	dist := map[ActorID]int{}
	var k string
	var id ActorID
	nearest := func() {
		d := namefold.Distance(key, []rune(k))
		if old, ok := dist[id]; !ok || d < old {
			dist[id] = d
		}
	}
	if err := eachRow(rows, nearest, &k, &id); err != nil {
		return nil, s.unreadable(err)
	}
	if len(dist) == 0 {
		return nil, nil
	}
	ds := make([]int, 0, len(dist))
	for _, d := range dist {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	limit := ds[min(n, len(ds))-1]
	var ids []ActorID
	for id, d := range dist {
		if d <= limit {
			ids = append(ids, id)
		}
	}
	nodes, err := s.nodes(ctx, ids, false)
	if err != nil {
		return nil, err
	}
	slices.SortFunc(nodes, func(a, b Node) int {
		return cmp.Or(cmp.Compare(dist[a.ID], dist[b.ID]), byRelevance(a, b))
	})
	return nodes[:min(n, len(nodes))], nil
}

// Actor returns the actor with the given ID, with its aliases and support.
func (s *Store) Actor(ctx context.Context, id ActorID) (Node, bool, error) {
	nodes, err := s.nodes(ctx, []ActorID{id}, true)
	if err != nil || len(nodes) == 0 {
		return Node{}, false, err
	}
	return nodes[0], true, nil
}

func byRelevance(a, b Node) int {
	return cmp.Or(
		cmp.Compare(b.Support, a.Support),
		strings.Compare(a.Label, b.Label),
		strings.Compare(string(a.IRI), string(b.IRI)),
	)
}

// ids runs a query that selects actor IDs.
func (s *Store) ids(ctx context.Context, q string, args ...any) ([]ActorID, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.unreadable(err)
	}
	var ids []ActorID
	var id ActorID
	if err := eachRow(rows, func() { ids = append(ids, id) }, &id); err != nil {
		return nil, s.unreadable(err)
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// nodes reads the actors ids with their support and, when aliases is set,
// their aliases.
func (s *Store) nodes(ctx context.Context, ids []ActorID, aliases bool) ([]Node, error) {
	out := make([]Node, 0, len(ids))
	for _, id := range ids {
		a, err := scanActor(s.db.QueryRowContext(ctx, `SELECT `+actorColumns+` FROM actors WHERE id = ?`, int64(id)))
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, s.unreadable(err)
		}
		n := Node{Actor: a}
		if err := s.db.QueryRowContext(ctx, `SELECT
			(SELECT coalesce(sum(statements), 0) FROM edges WHERE subject = ?1) +
			(SELECT coalesce(sum(statements), 0) FROM edges WHERE object = ?1)`, int64(id)).Scan(&n.Support); err != nil {
			return nil, s.unreadable(err)
		}
		if aliases {
			rows, err := s.db.QueryContext(ctx, `SELECT alias FROM aliases WHERE actor = ? ORDER BY alias`, int64(id))
			if err != nil {
				return nil, s.unreadable(err)
			}
			var al string
			if err := eachRow(rows, func() { n.Aliases = append(n.Aliases, al) }, &al); err != nil {
				return nil, s.unreadable(err)
			}
		}
		out = append(out, n)
	}
	return out, nil
}

// ActorID returns the ID of the actor with the given IRI, or false.
func (s *Store) ActorID(ctx context.Context, iri graph.IRI) (ActorID, bool, error) {
	var id ActorID
	err := s.db.QueryRowContext(ctx, `SELECT id FROM actors WHERE iri = ?`, string(iri)).Scan(&id)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return 0, false, nil
	case err != nil:
		return 0, false, s.unreadable(err)
	}
	return id, true, nil
}
