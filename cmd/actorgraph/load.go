package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// loadGraph reads an N-Quads file (or "-" for stdin) into the in-memory
// graph. Bad lines, lines longer than nquads.DefaultMaxLineBytes among
// them, are returned as lineErr, one error per line; the graph holds
// everything valid. err is set only when nothing could be read, or when ctx
// ended: the reading and the building of the graph stop then, also in a
// read that blocks on a pipe.
func loadGraph(ctx context.Context, path string, stdin io.Reader) (g *memgraph.Graph, lineErr error, err error) {
	var r io.Reader = stdin
	name := "stdin"
	if path != "-" {
		f, err := openContext(ctx, path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", displayText(path), err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, nil, fmt.Errorf("%s: is a directory, not an N-Quads file", displayText(path))
		}
		r, name = f, displayText(path)
	}
	quads, lineErr := nquads.ReadAllContext(ctx, contextReader(ctx, r), name)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var readErr *nquads.Error
	if lineErr != nil && !errors.As(lineErr, &readErr) {
		return nil, nil, lineErr
	}
	g, err = memgraph.NewContext(ctx, graph.Decode(quads))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, lineErr, nil
}

// maxLineErrors is how many bad lines of a graph are named one by one.
const maxLineErrors = 20

// reportLineErrors prints the bad lines of a graph file, the first
// maxLineErrors of them one a line, and returns errReported if there was
// any.
func reportLineErrors(e *env, cmd string, lineErr error) error {
	if lineErr == nil {
		return nil
	}
	errs := unjoin(lineErr)
	for i, err := range errs {
		if i == maxLineErrors {
			fmt.Fprintf(e.stderr, "actorgraph %s: ... and %d more invalid line(s)\n", cmd, len(errs)-i)
			break
		}
		fmt.Fprintf(e.stderr, "actorgraph %s: %s\n", cmd, displayText(err.Error()))
	}
	fmt.Fprintf(e.stderr, "actorgraph %s: skipped %d invalid line(s); the rest of the graph was used\n", cmd, len(errs))
	return errReported
}

// reportInputErrors prints every input that failed, one a line, and a
// summary line, also when every input failed (built is 0), and returns
// errReported if any did. build prints its failures with it.
func reportInputErrors(stderr io.Writer, cmd string, errs []error, built int) error {
	for _, err := range errs {
		fmt.Fprintf(stderr, "actorgraph %s: %s\n", cmd, displayMessage(err.Error()))
	}
	switch {
	case len(errs) == 0:
		return nil
	case built == 0:
		fmt.Fprintf(stderr, "actorgraph %s: all %d input(s) failed; no graph was built\n", cmd, len(errs))
	default:
		fmt.Fprintf(stderr, "actorgraph %s: %d of %d inputs failed; the graph holds the other %d\n",
			cmd, len(errs), len(errs)+built, built)
	}
	return errReported
}

// unjoin splits an errors.Join error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
