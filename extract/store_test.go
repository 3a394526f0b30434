package extract_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/corpustest"
)

func sampleInputs(t *testing.T) []extract.Input {
	var in []extract.Input
	for _, a := range corpustest.Articles(t) {
		in = append(in, extract.Input{Name: a.Name, Read: func() ([]byte, error) { return a.Text, nil }})
	}
	return in
}

func newStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Create(context.Background(), filepath.Join(t.TempDir(), "g.db"), graph.DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func update(t *testing.T, p *extract.Pipeline, st *store.Store, in []extract.Input, batch int) extract.UpdateStats {
	t.Helper()
	stats, err := p.Update(context.Background(), st, seq(in), 2, extract.UpdateOptions{Batch: batch, Each: func(r extract.Result) error {
		if r.Err != nil && !errors.Is(r.Err, extract.ErrStored) {
			t.Errorf("%s: %v", r.Name, r.Err)
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

func export(t *testing.T, st *store.Store) string {
	t.Helper()
	var b bytes.Buffer
	w := nquads.NewWriter(&b)
	for q, err := range st.Quads(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(q); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestUpdateExportsWhatCollectWrites: the articles of one run into an
// empty store export to the bytes Collect writes for them, whatever the
// batch size; a second run with the same articles skips them all.
func TestUpdateExportsWhatCollectWrites(t *testing.T) {
	p := pipeline(t)
	in := append(sampleInputs(t), texts(7)...)
	c, err := p.Collect(context.Background(), seq(in), 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var want bytes.Buffer
	if err := c.WriteNQuads(&want, defaultMinter()); err != nil {
		t.Fatal(err)
	}
	for _, batch := range []int{1, 3, 500} {
		st := newStore(t)
		stats := update(t, p, st, in, batch)
		if stats != (extract.UpdateStats{Added: len(in)}) {
			t.Errorf("batch %d: %+v", batch, stats)
		}
		if got := export(t, st); got != want.String() {
			t.Errorf("batch %d: the store exports %d bytes that differ from the %d Collect writes", batch, len(got), want.Len())
		}
		again := update(t, p, st, in, batch)
		if again != (extract.UpdateStats{Stored: len(in)}) {
			t.Errorf("batch %d, second run: %+v, want every article skipped", batch, again)
		}
		if got := export(t, st); got != want.String() {
			t.Errorf("batch %d: the second run changed the store", batch)
		}
	}
}

// actorIRIs returns the actors' IRIs with their labels, and the labels of
// people seen twice.
func actorIRIs(t *testing.T, nq string) (byIRI map[graph.IRI]string, twice []string) {
	t.Helper()
	quads, err := nquads.ReadAll(bytes.NewReader([]byte(nq)), "export")
	if err != nil {
		t.Fatal(err)
	}
	byIRI = map[graph.IRI]string{}
	seen := map[string]bool{}
	for _, a := range graph.Decode(quads).Actors {
		byIRI[a.IRI] = a.Label
		if seen[a.Label] {
			twice = append(twice, a.Label)
		}
		seen[a.Label] = true
	}
	return byIRI, twice
}

// TestActorIRIsAcrossRuns: the sample articles built one run at a time
// give their actors the IRIs one run gives them; in the other order, a
// person first named by surname alone keeps the IRI of that surname and
// takes the full name as label, and no person is there twice.
func TestActorIRIsAcrossRuns(t *testing.T) {
	p := pipeline(t)
	in := sampleInputs(t)
	one := newStore(t)
	update(t, p, one, in, 500)
	want, twice := actorIRIs(t, export(t, one))
	if len(twice) > 0 {
		t.Fatalf("one run has actors labelled alike: %q", twice)
	}

	apart := newStore(t)
	for _, a := range in {
		update(t, p, apart, []extract.Input{a}, 500)
	}
	got, _ := actorIRIs(t, export(t, apart))
	for iri, label := range want {
		if got[iri] != label {
			t.Errorf("%s: %q built apart, %q together", iri, got[iri], label)
		}
	}
	for iri, label := range got {
		if _, ok := want[iri]; !ok {
			t.Errorf("%s (%q) built apart only", iri, label)
		}
	}

	reverse := newStore(t)
	for _, a := range slices.Backward(in) {
		update(t, p, reverse, []extract.Input{a}, 500)
	}
	got, twice = actorIRIs(t, export(t, reverse))
	if len(twice) > 0 {
		t.Errorf("built in reverse order, actors labelled alike: %q", twice)
	}
	if len(got) != len(want) {
		t.Errorf("built in reverse order: %d actors, %d in one run", len(got), len(want))
	}
	m := defaultMinter()
	if got[m.Actor("Trump")] != "Donald Trump" {
		t.Errorf("built in reverse order, %s is %q, want the surname's IRI labelled Donald Trump", m.Actor("Trump"), got[m.Actor("Trump")])
	}
}

func defaultMinter() graph.Minter {
	m, _ := graph.NewMinter(graph.DefaultBase)
	return m
}
