package nquads

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// writeAll writes quads with a Writer and returns the output.
func writeAll(t testing.TB, quads []graph.Quad) string {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, q := range quads {
		if err := w.Write(q); err != nil {
			t.Fatalf("write %v: %v", q, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
