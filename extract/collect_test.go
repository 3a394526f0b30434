package extract_test

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/internal/corpustest"
)

// TestCollectionWritesWhatEncodeWrites: the spooled corpus writes the
// same bytes as encoding the reconciled articles held in memory.
func TestCollectionWritesWhatEncodeWrites(t *testing.T) {
	p := pipeline(t)
	var in []extract.Input
	for _, a := range corpustest.Articles(t) {
		in = append(in, extract.Input{Name: a.Name, Read: func() ([]byte, error) { return a.Text, nil }})
	}
	in = append(in, texts(5)...)
	var held []graph.Article
	c, err := p.Collect(context.Background(), seq(in), 2, func(r extract.Result) error {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Name, r.Err)
		}
		held = append(held, r.Article)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Len() != len(in) {
		t.Fatalf("collected %d articles of %d", c.Len(), len(in))
	}
	m, _ := graph.NewMinter(graph.DefaultBase)
	var got bytes.Buffer
	if err := c.WriteNQuads(&got, m); err != nil {
		t.Fatal(err)
	}
	extract.Reconcile(held)
	var want bytes.Buffer
	w := nquads.NewWriter(&want)
	for _, q := range graph.Encode(m, held) {
		if err := w.Write(q); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if got.String() != want.String() {
		t.Errorf("the collection wrote %d bytes that differ from the %d graph.Encode gives", got.Len(), want.Len())
	}
	if got.Len() == 0 {
		t.Error("nothing written")
	}
	// a second pass reads the spool again
	n := 0
	for _, err := range c.Articles() {
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != len(in) {
		t.Errorf("second pass read %d articles of %d", n, len(in))
	}
}

// TestCollectRepeatedText: an input whose text repeats an earlier one is
// described once, under the first name, and counted as a repeat: the
// graph holds one article per text, as a store does.
func TestCollectRepeatedText(t *testing.T) {
	p := pipeline(t)
	in := texts(3)
	again := in[1]
	again.Name = "copy-of-a001.txt"
	in = append(in, again)
	c, err := p.Collect(context.Background(), seq(in), 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.Len() != 3 || c.Repeats() != 1 {
		t.Errorf("collected %d articles and %d repeats, want 3 and 1", c.Len(), c.Repeats())
	}
	var sources []string
	for a, err := range c.Articles() {
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, a.Source)
	}
	if want := []string{"a000.txt", "a001.txt", "a002.txt"}; !slices.Equal(sources, want) {
		t.Errorf("sources %q, want %q", sources, want)
	}
}
