package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// loadGraph reads an N-Quads file (or "-" for stdin) into the in-memory
// graph. Bad lines are returned as lineErr, one error per line; the graph
// holds everything valid. err is set only when nothing could be read.
func loadGraph(path string, stdin io.Reader) (g *memgraph.Graph, lineErr error, err error) {
	var r io.Reader = stdin
	name := "stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, unwrapPathError(err))
		}
		defer f.Close()
		r, name = f, path
	}
	quads, lineErr := nquads.ReadAll(r, name)
	var readErr *nquads.Error
	if lineErr != nil && !errors.As(lineErr, &readErr) {
		return nil, nil, lineErr
	}
	g, err = memgraph.New(graph.Decode(quads))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, lineErr, nil
}

// reportLineErrors prints each bad line of a graph file and returns
// errReported if there was any.
func reportLineErrors(e *env, cmd string, lineErr error) error {
	if lineErr == nil {
		return nil
	}
	n := 0
	for _, err := range unjoin(lineErr) {
		fmt.Fprintf(e.stderr, "actorgraph %s: %v\n", cmd, err)
		n++
	}
	fmt.Fprintf(e.stderr, "actorgraph %s: skipped %d invalid line(s); the rest of the graph was used\n", cmd, n)
	return errReported
}

// unjoin splits an errors.Join error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
