package store_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/store/gentest"
)

// TestNeighborsLimit: a limited query lists at most the limit, the best
// supported links of each depth it lists, counts exactly what it leaves
// out unless it says the count is a lower bound, and lists everything
// Neighbors does when the limit is not reached.
func TestNeighborsLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.db")
	if _, err := gentest.Generate(ctx, path, gentest.Options{Quads: 30_000, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	type key struct {
		node  store.ActorID
		pred  string
		dir   graph.Direction
		depth int
	}
	for _, actor := range []string{gentest.Hub, gentest.Actor(20), gentest.Actor(300)} {
		id := actorID(t, st, actor)
		for _, opt := range []store.NeighborOptions{
			{Depth: 1}, {Depth: 2}, {Depth: 2, Direction: graph.Out}, {Depth: 1, Predicate: "MET"},
		} {
			full, err := st.Neighbors(ctx, id, opt)
			if err != nil {
				t.Fatal(err)
			}
			support := map[key]int{}
			for _, n := range full {
				support[key{n.Node.ID, n.Predicate, n.Direction, n.Depth}] = n.Statements
			}
			for _, limit := range []int{1, 7, 60, len(full), len(full) + 5} {
				ns, more, err := st.NeighborsLimit(ctx, id, opt, limit)
				if err != nil {
					t.Fatal(err)
				}
				name := actor + " " + opt.Direction.String()
				if len(ns) > limit {
					t.Errorf("%s depth %d limit %d: %d listed", name, opt.Depth, limit, len(ns))
				}
				if limit >= len(full) && (len(ns) != len(full) || more != store.More{}) {
					t.Errorf("%s depth %d limit %d: %d listed, %+v more, of %d", name, opt.Depth, limit, len(ns), more, len(full))
				}
				if !more.AtLeast && len(ns)+more.Links != len(full) {
					t.Errorf("%s depth %d limit %d: %d listed and %d more, not the %d there are", name, opt.Depth, limit, len(ns), more.Links, len(full))
				}
				if more.AtLeast && len(ns)+more.Links > len(full) {
					t.Errorf("%s depth %d limit %d: %d listed and at least %d more, above the %d there are", name, opt.Depth, limit, len(ns), more.Links, len(full))
				}
				// every link listed is one of full's, and no link of its depth
				// left out is better supported
				least := map[int]int{}
				listed := map[key]bool{}
				for _, n := range ns {
					k := key{n.Node.ID, n.Predicate, n.Direction, n.Depth}
					s, ok := support[k]
					if !ok || s != n.Statements {
						t.Fatalf("%s depth %d limit %d: listed %+v, which Neighbors gives with %d statements (%v)", name, opt.Depth, limit, k, s, ok)
					}
					listed[k] = true
					if l, ok := least[n.Depth]; !ok || n.Statements < l {
						least[n.Depth] = n.Statements
					}
				}
				for k, s := range support {
					if l, ok := least[k.depth]; ok && !listed[k] && s > l {
						t.Errorf("%s depth %d limit %d: left out %+v with %d statements, listed one with %d", name, opt.Depth, limit, k, s, l)
						break
					}
				}
			}
		}
	}
}

// TestNeighborsLimitFiltered: with a filter, a limited query lists
// exactly the first links of Neighbors, with their evidence, and counts
// the others, whatever the depth and the limit; on a Dated graph, where
// links of equal support compete at the cut.
func TestNeighborsLimitFiltered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.db")
	if _, err := gentest.Generate(ctx, path, gentest.Options{Quads: 20_000, Seed: 5, Dated: true}); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, actor := range []string{gentest.Hub, gentest.Actor(20)} {
		id := actorID(t, st, actor)
		for _, f := range filters[1:] {
			for _, depth := range []int{1, 2} {
				opt := store.NeighborOptions{Depth: depth, Filter: f.filter, Evidence: true, MaxEvidence: 2}
				full, err := st.Neighbors(ctx, id, opt)
				if err != nil {
					t.Fatal(err)
				}
				for _, limit := range []int{1, 3, 10, 100, len(full), len(full) + 1} {
					ns, more, err := st.NeighborsLimit(ctx, id, opt, limit)
					if err != nil {
						t.Fatal(err)
					}
					want := full[:min(limit, len(full))]
					wantMore := store.More{Links: len(full) - len(want)}
					if !reflect.DeepEqual(ns, want) || more != wantMore {
						t.Errorf("%s %s depth %d limit %d: %d listed, %+v more; want the first %d of Neighbors' %d", actor, f.name, depth, limit, len(ns), more, len(want), len(full))
					}
				}
			}
		}
	}
}
