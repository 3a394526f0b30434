package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
)

// graphSource is a graph opened for reading: a store (see graph/store),
// or the in-memory graph of an N-Quads file with the errors of its bad
// lines.
type graphSource struct {
	st      *store.Store
	g       *memgraph.Graph
	lineErr error
}

// Close closes the store, if any.
func (s *graphSource) Close() error {
	if s.st != nil {
		return s.st.Close()
	}
	return nil
}

// actors returns the number of actors in the graph.
func (s *graphSource) actors(ctx context.Context) (int, error) {
	if s.st == nil {
		return s.g.Len(), nil
	}
	c, err := s.st.Counts(ctx)
	return c.Actors, err
}

// openGraph opens the graph at path ("-" for stdin), a store or an N-Quads
// file, told apart by content: a store is an SQLite database, whose first
// bytes say so. A store is opened for queries; an N-Quads file is read
// into memory. Bad lines of an N-Quads file, lines longer than
// nquads.DefaultMaxLineBytes among them, are returned as lineErr, one
// error per line; the graph holds everything valid. err is set only when
// nothing could be read, or when ctx ended: the reading and the building
// of the graph stop then, also in a read that blocks on a pipe.
func openGraph(ctx context.Context, path string, stdin io.Reader) (*graphSource, error) {
	var r io.Reader = stdin
	name := "stdin"
	if path != "-" {
		f, err := openContext(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", displayText(path), err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, fmt.Errorf("%s: is a directory, not an N-Quads file or a store", displayText(path))
		}
		r, name = f, displayText(path)
	}
	br := bufio.NewReaderSize(contextReader(ctx, r), 64<<10)
	head, _ := br.Peek(len(store.Header))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if store.IsDatabase(head) {
		if path == "-" {
			return nil, fmt.Errorf("standard input holds an SQLite database: give a store by its file name")
		}
		st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		return &graphSource{st: st}, nil
	}
	quads, lineErr := nquads.ReadAllContext(ctx, br, name)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var readErr *nquads.Error
	if lineErr != nil && !errors.As(lineErr, &readErr) {
		return nil, lineErr
	}
	g, err := memgraph.NewContext(ctx, graph.Decode(quads))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &graphSource{g: g, lineErr: lineErr}, nil
}

// loadGraph reads the graph at path (see openGraph) into memory, a store's
// whole graph included.
func loadGraph(ctx context.Context, path string, stdin io.Reader) (g *memgraph.Graph, lineErr error, err error) {
	src, err := openGraph(ctx, path, stdin)
	if err != nil {
		return nil, nil, err
	}
	if src.st == nil {
		return src.g, src.lineErr, nil
	}
	defer src.Close()
	g, err = storeGraph(ctx, src.st, nil, 1)
	return g, nil, err
}

// storeGraph loads the actors keep of st (all when nil), and the relations
// between them stated at least minSupport times, into memory.
func storeGraph(ctx context.Context, st *store.Store, keep []store.ActorID, minSupport int) (*memgraph.Graph, error) {
	d, err := st.Dataset(ctx, keep, minSupport)
	if err != nil {
		return nil, err
	}
	g, err := memgraph.NewContext(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayText(st.Path()), err)
	}
	return g, nil
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
