package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// NeighborOptions narrow a neighbour query.
type NeighborOptions struct {
	// Depth is how many relations away to look; 1 when zero or less.
	Depth int
	// Predicate, when set, follows only relations of that name (compared
	// case-insensitively).
	Predicate string
	// Direction follows relations Out of, In to or Both ways from each actor
	// (graph.Out, graph.In, graph.Both).
	Direction graph.Direction
	// Evidence reads the sentences that state each relation, and its class.
	Evidence bool
	// MaxEvidence, when above zero, reads at most that many sentences of
	// each relation, the first in the order of Neighbor.Evidence: a hub's
	// relation can rest on thousands, and Statements counts them all.
	MaxEvidence int
	// Filter, when set, follows only the statements it accepts, and counts
	// only those: the relations are read from the statements rather than
	// from the edge index.
	Filter Filter
}

// Neighbor is one actor reached by a neighbour query, through one
// predicate in one direction: what memgraph's Neighbors gives for the same
// graph.
type Neighbor struct {
	Node      Actor
	Predicate string
	// Direction is graph.Out when the relation reads Via → Node, graph.In
	// when it reads Node → Via.
	Direction graph.Direction
	// Depth is the number of relations between the queried actor and Node.
	Depth int
	// Statements is the number of statements of the relation between Via
	// and Node.
	Statements int
	// Via is the actor at depth Depth-1 the relation links Node to: the
	// queried actor at depth 1. When several actors at that depth are linked
	// to Node by the same predicate in the same direction, Via is the one
	// with the most statements (then the first by label, then IRI).
	Via Actor
	// Evidence, when asked for, holds the sentences that state the
	// relation (those Filter accepts), sorted by article, offsets and text,
	// each with its date.
	Evidence []graph.Evidence
	// Class is the class of the relation's statements (the first one's
	// that has one), read with the evidence.
	Class string
	pred  int64
}

// Neighbors returns the actors within opt.Depth relations of the actor
// id, breadth first, as memgraph's Neighbors does: each actor at the depth
// it is first reached, with one entry per predicate and direction that
// reach it there, sorted by depth, then statements (highest first), label,
// IRI, predicate and direction. It reads the store's edge index, not the
// whole graph. An unknown id has no neighbours.
func (s *Store) Neighbors(ctx context.Context, id ActorID, opt NeighborOptions) ([]Neighbor, error) {
	ns, _, err := s.neighbors(ctx, id, opt, 0)
	return ns, err
}

// neighbors is Neighbors listing only the first limit links when limit
// is above 0, and counting the others: it reads the actors (and evidence)
// of those it lists, and of those with as many statements as the last.
func (s *Store) neighbors(ctx context.Context, id ActorID, opt NeighborOptions, limit int) (all []Neighbor, more int, err error) {
	start, ok, err := s.Actor(ctx, id)
	if err != nil || !ok {
		return nil, 0, err
	}
	preds, err := s.predicates(ctx, s.db)
	if err != nil {
		return nil, 0, err
	}
	follow := func(p int64) bool { return opt.Predicate == "" || strings.EqualFold(preds[p], opt.Predicate) }
	var out, in *sql.Stmt
	if opt.Filter == nil {
		out, err = s.db.PrepareContext(ctx, `SELECT e.object, e.predicate, e.statements, '', '', a.iri, a.label, a.type
			FROM edges e JOIN actors a ON a.id = e.object WHERE e.subject = ?`)
		if err == nil {
			in, err = s.db.PrepareContext(ctx, `SELECT e.subject, e.predicate, e.statements, '', '', a.iri, a.label, a.type
				FROM edges e JOIN actors a ON a.id = e.subject WHERE e.object = ?`)
		}
	} else {
		// one row a relation, class and date, its statements counted: the
		// actors are read once the filter has chosen the links (fill)
		q := `SELECT st.%[1]s, st.predicate, count(*), st.class, st.date, '', '', ''
			FROM statements st WHERE st.%[2]s = ?
			GROUP BY st.predicate, st.%[1]s, st.class, st.date`
		if s.version < 3 {
			// the date is the sentence's, and there may be no class
			q = `SELECT st.%[1]s, st.predicate, count(*), ` + s.v2("st.class") + `, ` + s.v2("coalesce(se.date, '')") + `, '', '', ''
				FROM statements st
				LEFT JOIN sentences se ON se.article = st.article AND se.n = st.sentence
				WHERE st.%[2]s = ?
				GROUP BY st.predicate, st.%[1]s, 4, 5`
		}
		out, err = s.db.PrepareContext(ctx, fmt.Sprintf(q, "object", "subject"))
		if err == nil {
			in, err = s.db.PrepareContext(ctx, fmt.Sprintf(q, "subject", "object"))
		}
	}
	if out != nil {
		defer out.Close()
	}
	if in != nil {
		defer in.Close()
	}
	if err != nil {
		return nil, 0, s.unreadable(err)
	}

	depth := max(opt.Depth, 1)
	visited := map[ActorID]bool{id: true}
	frontier := []Actor{start.Actor}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		found := map[neighborKey]Neighbor{}
		for _, v := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			links := func(dir graph.Direction) error {
				if opt.Direction != graph.Both && opt.Direction != dir {
					return nil
				}
				st := out
				if dir == graph.In {
					st = in
				}
				rows, err := st.QueryContext(ctx, int64(v.ID))
				if err != nil {
					return err
				}
				defer rows.Close()
				// the relations of v this way, with their statements counted
				type link struct {
					other ActorID
					pred  int64
				}
				count := map[link]int{}
				actors := map[ActorID]Actor{}
				var order []link
				for rows.Next() {
					var other Actor
					var pred int64
					var n int
					var class, date, iri, typ string
					if err := rows.Scan(&other.ID, &pred, &n, &class, &date, &iri, &other.Label, &typ); err != nil {
						return err
					}
					if visited[other.ID] || !follow(pred) || opt.Filter != nil && !opt.Filter(class, date) {
						continue
					}
					other.IRI, other.Type = graph.IRI(iri), parseType(typ)
					actors[other.ID] = other
					l := link{other.ID, pred}
					if _, ok := count[l]; !ok {
						order = append(order, l)
					}
					count[l] += n
				}
				if err := rows.Err(); err != nil {
					return err
				}
				for _, l := range order {
					k := neighborKey{l.other, l.pred, dir}
					n := Neighbor{Node: actors[l.other], Predicate: preds[l.pred], Direction: dir, Depth: d, Statements: count[l], Via: v, pred: l.pred}
					if old, ok := found[k]; !ok || betterVia(n, old) {
						found[k] = n
					}
				}
				return nil
			}
			if err := links(graph.Out); err != nil {
				return nil, 0, s.unreadable(err)
			}
			if err := links(graph.In); err != nil {
				return nil, 0, s.unreadable(err)
			}
		}
		level := make([]Neighbor, 0, len(found))
		next := map[ActorID]Actor{}
		for _, n := range found {
			level = append(level, n)
			next[n.Node.ID] = n.Node
		}
		frontier = frontier[:0]
		for id, a := range next {
			visited[id] = true
			frontier = append(frontier, a)
		}
		slices.SortFunc(frontier, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
		if room := limit - len(all); limit > 0 && len(level) > room {
			// only the best supported can be listed: those with as many
			// statements as the last of the room best, then by label
			more += len(level) - max(room, 0)
			if room <= 0 {
				continue
			}
			slices.SortFunc(level, func(a, b Neighbor) int { return cmp.Compare(b.Statements, a.Statements) })
			bar := level[room-1].Statements
			k := room
			for k < len(level) && level[k].Statements == bar {
				k++
			}
			level = level[:k]
		}
		if opt.Filter != nil {
			if err := s.fill(ctx, level); err != nil {
				return nil, 0, err
			}
		}
		slices.SortFunc(level, compareNeighbors)
		if limit > 0 {
			level = level[:min(len(level), limit-len(all))]
		}
		all = append(all, level...)
	}
	if opt.Evidence {
		if err := s.evidence(ctx, all, opt.Filter, opt.MaxEvidence); err != nil {
			return nil, 0, err
		}
	}
	return all, more, nil
}

// fill reads the actors the links of ns reach, which a filtered query
// leaves with their ID alone.
func (s *Store) fill(ctx context.Context, ns []Neighbor) error {
	ids := map[ActorID]Actor{}
	for _, n := range ns {
		ids[n.Node.ID] = Actor{}
	}
	if len(ids) == 0 {
		return nil
	}
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, int64(id))
	}
	slices.Sort(list)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.iri, a.label, a.type FROM json_each(?) j JOIN actors a ON a.id = j.value`, jsonInts(list))
	if err != nil {
		return s.unreadable(err)
	}
	var a Actor
	var iri, typ string
	if err := eachRow(rows, func() {
		a.IRI, a.Type = graph.IRI(iri), parseType(typ)
		ids[a.ID] = a
	}, &a.ID, &iri, &a.Label, &typ); err != nil {
		return s.unreadable(err)
	}
	for i := range ns {
		ns[i].Node = ids[ns[i].Node.ID]
	}
	return nil
}

// betterVia reports whether n reaches its node through a better-supported
// (or, on a tie, earlier by label, then IRI) actor than old.
func betterVia(n, old Neighbor) bool {
	if n.Statements != old.Statements {
		return n.Statements > old.Statements
	}
	return cmp.Or(strings.Compare(n.Via.Label, old.Via.Label), strings.Compare(string(n.Via.IRI), string(old.Via.IRI))) < 0
}

func compareNeighbors(a, b Neighbor) int {
	return graph.CompareNeighbors(a.key(), b.key())
}

func (n Neighbor) key() graph.NeighborKey {
	return graph.NeighborKey{Depth: n.Depth, Statements: n.Statements, Label: n.Node.Label, IRI: n.Node.IRI, Predicate: n.Predicate, Direction: n.Direction}
}

// A querier runs a query: the store's *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// predicates returns every predicate's name by ID, read with q.
func (s *Store) predicates(ctx context.Context, q querier) (map[int64]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM predicates`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	preds := map[int64]string{}
	var id int64
	var name string
	if err := eachRow(rows, func() { preds[id] = name }, &id, &name); err != nil {
		return nil, s.unreadable(err)
	}
	return preds, nil
}
