package store_test

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/store/gentest"
)

// filters are the statement filters the queries of answers apply.
var filters = []struct {
	name   string
	filter store.Filter
}{
	{"none", nil},
	{"all", func(class, date string) bool { return true }},
	{"dated", func(class, date string) bool { return date != "" }},
	{"since 1844", func(class, date string) bool { return date >= "1844" }},
	{"classed", func(class, date string) bool { return class != "" }},
	{"class 040", func(class, date string) bool { return class == "040" }},
	{"undated or 1843", func(class, date string) bool { return date == "" || date[:4] == "1843" }},
}

// answers holds what the store answers about each of its actors: the
// neighbours, with evidence, unlimited and limited, and the dated
// statements, under each of filters.
type answers map[string]any

func answer(t *testing.T, st *store.Store) answers {
	t.Helper()
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := answers{}
	for id := store.ActorID(1); int(id) <= c.Actors; id++ {
		for _, f := range filters {
			key := func(what string) string { return f.name + " " + what + " " + string(rune('0'+id)) }
			for _, max := range []int{0, 1} {
				ns, err := st.Neighbors(ctx, id, store.NeighborOptions{Depth: 2, Evidence: true, MaxEvidence: max, Filter: f.filter})
				if err != nil {
					t.Fatal(err)
				}
				out[key("neighbors max "+string(rune('0'+max)))] = ns
			}
			ns, more, err := st.NeighborsLimit(ctx, id, store.NeighborOptions{Depth: 2, Evidence: true, Filter: f.filter}, 2)
			if err != nil {
				t.Fatal(err)
			}
			out[key("limit 2")] = []any{ns, more}
			d, err := st.DatedStatements(ctx, id, f.filter)
			if err != nil {
				t.Fatal(err)
			}
			out[key("dated")] = d
		}
	}
	return out
}

// TestVersion2Store: a store of schema version 2 (whose statements do not
// hold their date, and whose statement indexes cover neither class nor
// date) answers filtered neighbour queries, evidence and timelines as a
// store of the current version does, read-only as it is and once
// migrated, which copies the sentences' dates to their statements.
func TestVersion2Store(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	st := createAt(t, path)
	arts := sample()
	arts[2].Sentences[0].Date = "1844"
	arts[2].Sentences[1].Date = "1845-01"
	arts[2].Relations[1].Class = "057"
	write(t, st, arts...)
	want := answer(t, st)
	st.Close()
	if err := gentest.DowngradeTo2(ctx, path); err != nil {
		t.Fatal(err)
	}

	check := func(how string, st *store.Store) {
		t.Helper()
		got := answer(t, st)
		if len(got) != len(want) {
			t.Fatalf("%s: %d answers, want %d", how, len(got), len(want))
		}
		for k, w := range want {
			if g := got[k]; !reflect.DeepEqual(g, w) {
				t.Errorf("%s: %s:\n got %+v\nwant %+v", how, k, g, w)
			}
		}
	}
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	check("read-only version 2", ro)
	ro.Close()
	if v, err := gentest.SchemaVersion(ctx, path); v != "2" || err != nil {
		t.Fatalf("opened read-only, the store has schema version %q (%v)", v, err)
	}

	rw, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if v, err := gentest.SchemaVersion(ctx, path); v != "3" || err != nil {
		t.Errorf("migrated store has schema version %q (%v)", v, err)
	}
	check("migrated", rw)
}
