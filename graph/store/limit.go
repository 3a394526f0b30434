package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// More says how many links a limited neighbour query reaches beyond those
// it lists.
type More struct {
	// Links is the number of links not listed.
	Links int
	// AtLeast says Links is a lower bound: a level was read only in part
	// (the best-supported links of each actor) or not at all.
	AtLeast bool
}

// NeighborsLimit is Neighbors listing at most limit links (all when limit
// is 0 or less): the best supported first, depth by depth, with what it
// leaves out counted in More. Without a Filter it reads the edge index by
// support, so that a hub's query reads about limit links, not all of
// them: depth 1 is read up to limit links a direction, and counted from
// the index; a deeper level is read only when every link of the levels
// before it is listed, and then only the best-supported links of each
// actor, as many as the list has room for. Among links of equal support
// at the cut, those of the actors stored first are listed. With a Filter
// the query counts every statement's relation, class and date from the
// statement index, but reads the actors and evidence only of the links
// it may list (see neighbors), and counts the rest exactly.
func (s *Store) NeighborsLimit(ctx context.Context, id ActorID, opt NeighborOptions, limit int) ([]Neighbor, More, error) {
	if limit <= 0 || opt.Filter != nil {
		ns, more, err := s.neighbors(ctx, id, opt, limit)
		return ns, More{Links: more}, err
	}
	start, ok, err := s.Actor(ctx, id)
	if err != nil || !ok {
		return nil, More{}, err
	}
	preds, err := s.predicates(ctx, s.db)
	if err != nil {
		return nil, More{}, err
	}
	// the IDs of the predicates followed, nil for all
	var followed []int64
	if opt.Predicate != "" {
		for p, name := range preds {
			if strings.EqualFold(name, opt.Predicate) {
				followed = append(followed, p)
			}
		}
		if len(followed) == 0 {
			return nil, More{}, nil
		}
	}
	q := newLimitQuery(s, preds, followed)
	defer q.close()

	dirs := []graph.Direction{graph.Out, graph.In}
	if opt.Direction != graph.Both {
		dirs = []graph.Direction{opt.Direction}
	}
	depth := max(opt.Depth, 1)
	visited := map[ActorID]bool{id: true}
	frontier := []Actor{start.Actor}
	var all []Neighbor
	var more More
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		room := limit - len(all)
		if room <= 0 {
			more.AtLeast = true
			break
		}
		found := map[neighborKey]Neighbor{}
		seen := map[neighborKey]bool{}
		// bar, once room links are found, is the last of the best room:
		// a link that comes after it is not listed, and an actor's links
		// are read only until one does
		var bar *Neighbor
		cut := false
		for _, v := range frontier {
			for _, dir := range dirs {
				c, err := q.links(ctx, v, dir, d, room, visited, found, seen, bar)
				if err != nil {
					return nil, More{}, s.unreadable(err)
				}
				cut = cut || c
			}
			if len(found) >= 2*room {
				best := bestOf(found, room)
				clear(found)
				for _, n := range best {
					found[neighborKey{n.Node.ID, n.pred, n.Direction}] = n
				}
				last := best[len(best)-1]
				bar, cut = &last, true
			}
		}
		level := bestOf(found, len(found))
		if d == 1 {
			// every link of the start is one of its edges: count them all
			total := 0
			for _, dir := range dirs {
				n, err := q.count(ctx, id, dir)
				if err != nil {
					return nil, More{}, s.unreadable(err)
				}
				total += n
			}
			more.Links += total - min(len(level), room)
			cut = total > len(level)
		} else {
			more.Links += len(seen) - min(len(level), room)
			more.AtLeast = more.AtLeast || cut
		}
		if len(level) > room {
			level, cut = level[:room], true
		}
		slices.SortFunc(level, compareNeighbors)
		all = append(all, level...)
		if cut {
			// the next level's actors are not all known to be new
			more.AtLeast = more.AtLeast || d < depth
			break
		}
		frontier = frontier[:0]
		for _, n := range level {
			if !visited[n.Node.ID] {
				visited[n.Node.ID] = true
				frontier = append(frontier, n.Node)
			}
		}
		slices.SortFunc(frontier, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
	}
	if opt.Evidence {
		if err := s.evidence(ctx, all, nil, opt.MaxEvidence); err != nil {
			return nil, More{}, err
		}
	}
	return all, more, nil
}

type neighborKey struct {
	node ActorID
	pred int64
	dir  graph.Direction
}

// bestOf returns the first n links of found in the order of byCut.
func bestOf(found map[neighborKey]Neighbor, n int) []Neighbor {
	level := make([]Neighbor, 0, len(found))
	for _, nb := range found {
		level = append(level, nb)
	}
	slices.SortFunc(level, byCut)
	return level[:min(n, len(level))]
}

// byCut orders the links of a level for the cut: by statements (highest
// first), then the actors in the order they were stored, predicate and
// direction.
func byCut(a, b Neighbor) int {
	return cmp.Or(
		cmp.Compare(b.Statements, a.Statements),
		cmp.Compare(a.Node.ID, b.Node.ID),
		cmp.Compare(a.pred, b.pred),
		cmp.Compare(a.Direction, b.Direction),
	)
}

// limitQuery holds the prepared statements of NeighborsLimit.
type limitQuery struct {
	s        *Store
	preds    map[int64]string
	followed []int64
	stmts    map[string]*sql.Stmt
}

func newLimitQuery(s *Store, preds map[int64]string, followed []int64) *limitQuery {
	return &limitQuery{s: s, preds: preds, followed: followed, stmts: map[string]*sql.Stmt{}}
}

func (q *limitQuery) close() {
	for _, st := range q.stmts {
		st.Close()
	}
}

func (q *limitQuery) stmt(ctx context.Context, text string) (*sql.Stmt, error) {
	if st, ok := q.stmts[text]; ok {
		return st, nil
	}
	st, err := q.s.db.PrepareContext(ctx, text)
	if err != nil {
		return nil, err
	}
	q.stmts[text] = st
	return st, nil
}

// ends returns the column of the actor a link of direction dir starts
// from and the one it reaches.
func ends(dir graph.Direction) (from, to string) {
	if dir == graph.In {
		return "object", "subject"
	}
	return "subject", "object"
}

// predicateClause returns the condition on e.predicate of the followed
// predicates, "" when all are.
func (q *limitQuery) predicateClause() string {
	if q.followed == nil {
		return ""
	}
	ids := make([]string, len(q.followed))
	for i, p := range q.followed {
		ids[i] = strconv.FormatInt(p, 10)
	}
	return " AND e.predicate IN (" + strings.Join(ids, ",") + ")"
}

// links reads the links of v in direction dir from the index by support,
// skipping visited actors, into found (and their keys into seen), until
// room of them are read or one comes after bar (see byCut), and reports
// whether it stopped before the end.
func (q *limitQuery) links(ctx context.Context, v Actor, dir graph.Direction, depth, room int, visited map[ActorID]bool, found map[neighborKey]Neighbor, seen map[neighborKey]bool, bar *Neighbor) (cut bool, err error) {
	from, to := ends(dir)
	st, err := q.stmt(ctx, `SELECT e.`+to+`, e.predicate, e.statements, a.iri, a.label, a.type
		FROM edges e JOIN actors a ON a.id = e.`+to+`
		WHERE e.`+from+` = ?`+q.predicateClause()+`
		ORDER BY e.statements DESC, e.`+to+`, e.predicate`)
	if err != nil {
		return false, err
	}
	rows, err := st.QueryContext(ctx, int64(v.ID))
	if err != nil {
		return false, err
	}
	defer rows.Close()
	read := 0
	for rows.Next() {
		if read == room {
			return true, nil
		}
		var other Actor
		var pred int64
		var count int
		var iri, typ string
		if err := rows.Scan(&other.ID, &pred, &count, &iri, &other.Label, &typ); err != nil {
			return false, err
		}
		if visited[other.ID] {
			continue
		}
		if bar != nil && cmp.Or(cmp.Compare(bar.Statements, count), cmp.Compare(other.ID, bar.Node.ID), cmp.Compare(pred, bar.pred)) > 0 {
			// the index gives the rest in this order: all come after bar
			return true, nil
		}
		read++
		other.IRI, other.Type = graph.IRI(iri), parseType(typ)
		k := neighborKey{other.ID, pred, dir}
		seen[k] = true
		n := Neighbor{Node: other, Predicate: q.preds[pred], Direction: dir, Depth: depth, Statements: count, Via: v, pred: pred}
		if old, ok := found[k]; !ok || betterVia(n, old) {
			found[k] = n
		}
	}
	return false, rows.Err()
}

// count returns the number of links of the actor id in direction dir.
func (q *limitQuery) count(ctx context.Context, id ActorID, dir graph.Direction) (int, error) {
	from, _ := ends(dir)
	st, err := q.stmt(ctx, `SELECT count(*) FROM edges e WHERE e.`+from+` = ?`+q.predicateClause())
	if err != nil {
		return 0, err
	}
	var n int
	err = st.QueryRowContext(ctx, int64(id)).Scan(&n)
	return n, err
}
