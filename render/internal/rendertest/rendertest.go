// Package rendertest holds what the tests of render and of its
// subpackages share.
package rendertest

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

// Graph returns the graph of d, failing the test when it cannot be built.
func Graph(t testing.TB, d *graph.Dataset) *memgraph.Graph {
	t.Helper()
	g, err := memgraph.New(d)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
