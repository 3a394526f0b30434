package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/graph/store/gentest"
)

var ctx = context.Background()

// newStore creates an empty store in a temporary directory.
func newStore(t *testing.T) *store.Store {
	t.Helper()
	st := createAt(t, filepath.Join(t.TempDir(), "g.db"))
	t.Cleanup(func() { st.Close() })
	return st
}

// createAt creates an empty store at path, which the caller closes.
func createAt(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Create(ctx, path, graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// article is a small article: actors by name (all people unless typed in
// types), and relations "subject predicate object" in sentence n.
func article(id string, actors []graph.Actor, rels ...graph.Relation) graph.Article {
	a := graph.Article{ID: id, Source: id + ".txt", Actors: actors}
	for range 3 {
		a.Sentences = append(a.Sentences, graph.Sentence{Text: "Sentence of " + id + ".", Start: len(a.Sentences) * 20, End: len(a.Sentences)*20 + 18})
	}
	a.Relations = rels
	return a
}

func person(name string, aliases ...string) graph.Actor {
	return graph.Actor{Name: name, Type: graph.Person, Aliases: aliases}
}

// write adds arts in one batch, adding each actor under the IRI minted
// from its name, or reusing the actor with its label.
func write(t *testing.T, st *store.Store, arts ...graph.Article) {
	t.Helper()
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	for _, a := range arts {
		ids := make([]store.ActorID, len(a.Actors))
		for i, ac := range a.Actors {
			sa, ok, err := b.ActorByLabel(ac.Name)
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				sa, err = b.AddActor(st.Minter().Actor(ac.Name), ac)
			} else {
				err = b.AddAliases(sa.ID, sa.Label, ac.Aliases)
			}
			if err != nil {
				t.Fatal(err)
			}
			ids[i] = sa.ID
		}
		if _, err := b.AddArticle(a, ids); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
}

func quads(t *testing.T, st *store.Store) []graph.Quad {
	t.Helper()
	var out []graph.Quad
	for q, err := range st.Quads(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
	return out
}

// sample is three articles about four people, with a relation repeated,
// a self-relation and one out of range, which are not stored; the first
// is dated, as is one of its sentences, and some relations have a class.
func sample() []graph.Article {
	arts := []graph.Article{
		article("a1", []graph.Actor{person("Ada Lovelace", "Lovelace"), person("Charles Babbage")},
			graph.Relation{Subject: 0, Object: 1, Predicate: "wrote-to", Sentence: 0},
			graph.Relation{Subject: 1, Object: 0, Predicate: "met", Sentence: 2},
			graph.Relation{Subject: 0, Object: 0, Predicate: "praised", Sentence: 1},
			graph.Relation{Subject: 0, Object: 1, Predicate: "met", Sentence: 7}),
		article("a2", []graph.Actor{person("Charles Babbage", "Babbage"), {Name: "Royal Society", Type: graph.Organization}},
			graph.Relation{Subject: 0, Object: 1, Predicate: "joined", Sentence: 1}),
		article("a3", []graph.Actor{person("Ada Lovelace"), person("Charles Babbage"), person("Mary Somerville")},
			graph.Relation{Subject: 0, Object: 1, Predicate: "wrote-to", Sentence: 0},
			graph.Relation{Subject: 2, Object: 0, Predicate: "introduced", Sentence: 1}),
	}
	arts[0].Date = "1843-07"
	arts[0].Sentences[2].Date = "1843-07-02"
	arts[0].Relations[1].Class = "040"
	arts[1].Date = "1842"
	arts[2].Relations[0].Class = "role"
	return arts
}

// TestQuadsAreWhatEncodeGives: a store of articles exports the quads
// graph.Encode gives for them, in the same order.
func TestQuadsAreWhatEncodeGives(t *testing.T) {
	st := newStore(t)
	arts := sample()
	write(t, st, arts[:2]...)
	write(t, st, arts[2:]...)
	want := graph.Encode(st.Minter(), arts)
	got := quads(t, st)
	if !slices.Equal(got, want) {
		t.Errorf("the store exports %d quads that differ from the %d graph.Encode gives", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("first difference at %d:\n got %s\nwant %s", i, got[i], want[i])
			}
		}
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c != (store.Counts{Articles: 3, Actors: 4, Statements: 5, Sentences: 5}) {
		t.Errorf("counts %+v", c)
	}
}

// TestArticleOnce: an article already stored is not added again.
func TestArticleOnce(t *testing.T) {
	st := newStore(t)
	arts := sample()
	write(t, st, arts...)
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	added, err := b.AddArticle(arts[1], []store.ActorID{1, 2})
	if err != nil || added {
		t.Errorf("AddArticle of a stored article: added %v, %v", added, err)
	}
	b.Rollback()
	if ok, err := st.HasArticle(ctx, "a2"); !ok || err != nil {
		t.Errorf("HasArticle(a2) = %v, %v", ok, err)
	}
	if ok, _ := st.HasArticle(ctx, "zz"); ok {
		t.Error("HasArticle(zz) = true")
	}
}

// TestRollbackLeavesNothing: a batch rolled back leaves no trace.
func TestRollbackLeavesNothing(t *testing.T) {
	st := newStore(t)
	arts := sample()
	write(t, st, arts[0])
	before := quads(t, st)
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sa, err := b.AddActor(st.Minter().Actor("Mary Somerville"), person("Mary Somerville"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.AddArticle(arts[2], []store.ActorID{1, 2, sa.ID}); err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if after := quads(t, st); !slices.Equal(after, before) {
		t.Errorf("the rolled-back batch left %d quads, want %d", len(after), len(before))
	}
}

// TestRelabelKeepsIRI: an actor given a fuller label keeps its IRI, and
// its old label becomes an alias.
func TestRelabelKeepsIRI(t *testing.T) {
	st := newStore(t)
	write(t, st, article("b1", []graph.Actor{person("Lovelace")}))
	b, err := st.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sa, ok, err := b.ActorByLabel("Lovelace")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if err := b.Relabel(sa, "Ada Lovelace"); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	found, err := st.Find(ctx, "ada lovelace")
	if err != nil || len(found) != 1 {
		t.Fatalf("Find = %v, %v", found, err)
	}
	n := found[0]
	if n.IRI != st.Minter().Actor("Lovelace") || n.Label != "Ada Lovelace" || !slices.Equal(n.Aliases, []string{"Lovelace"}) {
		t.Errorf("relabelled actor %+v", n)
	}
	if found, _ := st.Find(ctx, "Lovelace"); len(found) != 1 {
		t.Errorf("the old label finds %d actors", len(found))
	}
}

func TestFind(t *testing.T) {
	st := newStore(t)
	write(t, st, sample()...)
	write(t, st, article("c1", []graph.Actor{{Name: "Zoë Ada", Type: graph.Person}, {Name: "the U.S.", Type: graph.Country}}))
	tests := []struct {
		name, query string
		want        []string // labels
	}{
		{"label, any case", "ada LOVELACE", []string{"Ada Lovelace"}},
		{"alias", "babbage", []string{"Charles Babbage"}},
		{"word of a label, by support", "ada", []string{"Ada Lovelace", "Zoë Ada"}},
		{"diacritics", "zoe ada", []string{"Zoë Ada"}},
		{"abbreviation", "US", []string{"the U.S."}},
		{"nothing", "Turing", nil},
		{"no letters", "--", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found, err := st.Find(ctx, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range found {
				got = append(got, n.Label)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	sug, err := st.Suggest(ctx, "Babage", 2)
	if err != nil || len(sug) == 0 || sug[0].Label != "Charles Babbage" {
		t.Errorf("Suggest(Babage) = %v, %v", sug, err)
	}
}

func TestNeighbors(t *testing.T) {
	st := newStore(t)
	write(t, st, sample()...)
	found, err := st.Find(ctx, "Ada Lovelace")
	if err != nil || len(found) != 1 {
		t.Fatal(found, err)
	}
	ns, err := st.Neighbors(ctx, found[0].ID, store.NeighborOptions{Depth: 2, Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	type line struct {
		label, pred string
		dir         graph.Direction
		depth, n    int
		evidence    int
	}
	var got []line
	for _, n := range ns {
		got = append(got, line{n.Node.Label, n.Predicate, n.Direction, n.Depth, n.Statements, len(n.Evidence)})
	}
	want := []line{
		{"Charles Babbage", "wrote-to", graph.Out, 1, 2, 2},
		{"Charles Babbage", "met", graph.In, 1, 1, 1},
		{"Mary Somerville", "introduced", graph.In, 1, 1, 1},
		{"Royal Society", "joined", graph.Out, 2, 1, 1},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Neighbors:\n got %v\nwant %v", got, want)
	}
	one, err := st.Neighbors(ctx, found[0].ID, store.NeighborOptions{Direction: graph.Out, Predicate: "wrote-to", Evidence: true, MaxEvidence: 1})
	if err != nil || len(one) != 1 || len(one[0].Evidence) != 1 || one[0].Evidence[0] != ns[0].Evidence[0] || one[0].Statements != 2 {
		t.Errorf("MaxEvidence 1: %+v, %v; want the first of %+v", one, err, ns[0].Evidence)
	}
	out, err := st.Neighbors(ctx, found[0].ID, store.NeighborOptions{Direction: graph.Out, Predicate: "WROTE-TO"})
	if err != nil || len(out) != 1 || out[0].Evidence != nil {
		t.Errorf("out, wrote-to, no evidence: %v, %v", out, err)
	}
}

// TestOpenRefuses: files that are not stores are named and left alone.
func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"graph.nq":  []byte("<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n"),
		"empty.db":  nil,
		"broken.db": append([]byte(store.Header), make([]byte, 4000)...),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "foreign.db"), foreignDatabase(t, dir), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"graph.nq", "empty.db", "broken.db", "foreign.db", "missing.db"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			before, _ := os.ReadFile(path)
			st, err := store.Open(ctx, path, store.Options{})
			if err == nil {
				st.Close()
				t.Fatal("opened")
			}
			t.Log(err)
			var ns *store.NotStoreError
			if name != "missing.db" && name != "broken.db" && !errors.As(err, &ns) {
				t.Errorf("error %v is no *NotStoreError", err)
			}
			after, _ := os.ReadFile(path)
			if !slices.Equal(before, after) {
				t.Error("the file changed")
			}
			if _, err := store.Create(ctx, path, graph.DefaultBase); err == nil && name != "empty.db" && name != "missing.db" {
				t.Error("Create wrote over it")
			}
		})
	}
}

// foreignDatabase returns the bytes of an SQLite database with a table of
// its own.
func foreignDatabase(t *testing.T, dir string) []byte {
	t.Helper()
	path := filepath.Join(dir, "made-by-another.db")
	if err := gentest.ForeignDatabase(ctx, path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVersion1Store: a store of schema version 1 (without dates and
// classes) is read as it is when opened read-only, and migrated when
// opened for writing; what is added then keeps its dates and classes.
func TestVersion1Store(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	st := createAt(t, path)
	arts := sample()
	write(t, st, arts[:2]...)
	st.Close()
	if err := gentest.Downgrade(ctx, path); err != nil {
		t.Fatal(err)
	}

	undated := sample()[:2]
	for i := range undated {
		undated[i].Date = ""
		for k := range undated[i].Sentences {
			undated[i].Sentences[k].Date = ""
		}
		for k := range undated[i].Relations {
			undated[i].Relations[k].Class = ""
		}
	}
	ro, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := quads(t, ro), graph.Encode(ro.Minter(), undated); !slices.Equal(got, want) {
		t.Errorf("read-only, the version 1 store exports %d quads, not the %d of its undated articles", len(got), len(want))
	}
	ns, err := ro.Neighbors(ctx, 1, store.NeighborOptions{Filter: func(class, date string) bool { return class == "" && date == "" }})
	if err != nil || len(ns) == 0 {
		t.Errorf("read-only, filtered neighbours of a version 1 store: %v, %v", ns, err)
	}
	ro.Close()

	rw, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	write(t, rw, arts[2])
	want := graph.Encode(rw.Minter(), append(undated, arts[2]))
	if got := quads(t, rw); !slices.Equal(got, want) {
		t.Errorf("migrated, the store exports %d quads, not the %d of its articles", len(got), len(want))
	}
	if v, err := gentest.SchemaVersion(ctx, path); v != "3" || err != nil {
		t.Errorf("migrated store has schema version %q (%v)", v, err)
	}
}

// TestCancelledBatch: a batch whose context ends fails with the context's
// error, not with the closed statement database/sql leaves, so that an
// interrupted build says it was interrupted.
func TestCancelledBatch(t *testing.T) {
	st := newStore(t)
	cctx, cancel := context.WithCancel(ctx)
	b, err := st.Begin(cctx)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Rollback()
	if _, err := b.AddActor(st.Minter().Actor("Ada Lovelace"), person("Ada Lovelace")); err != nil {
		t.Fatal(err)
	}
	cancel()
	// database/sql rolls the transaction back in a goroutine of its own
	time.Sleep(50 * time.Millisecond)
	_, err = b.AddActor(st.Minter().Actor("Charles Babbage"), person("Charles Babbage"))
	if err == nil {
		err = b.Commit()
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("after the context ended: %v, want context.Canceled", err)
	}
}
