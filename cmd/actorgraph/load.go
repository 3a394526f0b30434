package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
)

// graphSource is a graph opened for reading: a store (see graph/store),
// or the in-memory graph of an N-Quads file, with the dataset it was built
// from and the errors of its bad lines.
type graphSource struct {
	st      *store.Store
	g       *memgraph.Graph
	d       *graph.Dataset
	lineErr error
	// keep selects the statements read (all when nil): applied to g and d
	// when they were read, to be applied to the store's queries.
	keep func(graph.Statement) bool
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

// filter returns keep as a store's filter, nil when keep is.
func (s *graphSource) filter() store.Filter {
	if s.keep == nil {
		return nil
	}
	return func(class, date string) bool { return s.keep(graph.Statement{Class: class, Date: date}) }
}

// graphInput is an input graph opened for reading: r reads it from its
// start; isStore says its first bytes are an SQLite database's.
type graphInput struct {
	r       *bufio.Reader
	name    string
	isStore bool
	close   func()
}

// openInput opens the graph at path ("-" for stdin) and tells a store from
// an N-Quads file by content: a store is an SQLite database, whose first
// bytes say so. A store on stdin is refused: SQLite reads files.
func openInput(ctx context.Context, path string, stdin io.Reader) (*graphInput, error) {
	in := &graphInput{name: "stdin", close: func() {}}
	var r io.Reader = stdin
	if path != "-" {
		f, err := openContext(ctx, path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", cli.DisplayText(path), err)
		}
		if info, err := f.Stat(); err == nil && info.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a directory, not an N-Quads file or a store", cli.DisplayText(path))
		}
		r, in.name, in.close = f, cli.DisplayText(path), func() { f.Close() }
	}
	in.r = bufio.NewReaderSize(contextReader(ctx, r), 64<<10)
	head, _ := in.r.Peek(len(store.Header))
	if err := ctx.Err(); err != nil {
		in.close()
		return nil, err
	}
	in.isStore = store.IsDatabase(head)
	if in.isStore && path == "-" {
		in.close()
		return nil, fmt.Errorf("standard input holds an SQLite database: give a store by its file name")
	}
	return in, nil
}

// openGraph opens the graph at path ("-" for stdin), a store or an N-Quads
// file (see openInput), keeping only the statements keep accepts (all when
// keep is nil). A store is opened for queries; an N-Quads file is read
// into memory. Bad lines of an N-Quads file, lines longer than
// nquads.DefaultMaxLineBytes among them, are returned as lineErr, one
// error per line; the graph holds everything valid. err is set only when
// nothing could be read, or when ctx ended: the reading and the building
// of the graph stop then, also in a read that blocks on a pipe.
func openGraph(ctx context.Context, path string, stdin io.Reader, keep func(graph.Statement) bool) (*graphSource, error) {
	in, err := openInput(ctx, path, stdin)
	if err != nil {
		return nil, err
	}
	if in.isStore {
		in.close()
		st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		return &graphSource{st: st, keep: keep}, nil
	}
	quads, lineErr, err := readNQuads(ctx, in)
	if err != nil {
		return nil, err
	}
	d := graph.Decode(quads)
	if keep != nil {
		d.Statements = slices.DeleteFunc(d.Statements, func(s graph.Statement) bool { return !keep(s) })
	}
	g, err := memgraph.NewContext(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.name, err)
	}
	return &graphSource{g: g, d: d, lineErr: lineErr, keep: keep}, nil
}

// loadGraph reads the graph at path (see openGraph) into memory, a store's
// whole graph included.
func loadGraph(ctx context.Context, path string, stdin io.Reader) (g *memgraph.Graph, lineErr error, err error) {
	src, err := openGraph(ctx, path, stdin, nil)
	if err != nil {
		return nil, nil, err
	}
	if src.st == nil {
		return src.g, src.lineErr, nil
	}
	defer src.Close()
	g, err = storeGraph(ctx, src.st, nil, 1, nil)
	return g, nil, err
}

// storeGraph loads the actors keep of st (all when nil), and the
// statements between them that filter accepts of the relations stated at
// least minSupport times, into memory.
func storeGraph(ctx context.Context, st *store.Store, keep []store.ActorID, minSupport int, filter store.Filter) (*memgraph.Graph, error) {
	d, err := st.Dataset(ctx, keep, minSupport, filter)
	if err != nil {
		return nil, err
	}
	g, err := memgraph.NewContext(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cli.DisplayText(st.Path()), err)
	}
	return g, nil
}

// loadDataset reads the graphs at paths ("-" for stdin; none for stdin
// alone), N-Quads files or stores, as one graph, as loadGraph reads one:
// it returns their valid quads in the order read (a store's in the order
// export writes them), duplicates dropped, and the graph they decode to.
// Bad lines are lineErr, one error per line of every file.
func loadDataset(ctx context.Context, paths []string, stdin io.Reader) (quads []graph.Quad, d *graph.Dataset, lineErr error, err error) {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	seen := map[graph.Quad]bool{}
	var lineErrs []error
	for _, p := range paths {
		qs, le, err := readQuads(ctx, p, stdin)
		if err != nil {
			return nil, nil, nil, err
		}
		if le != nil {
			lineErrs = append(lineErrs, unjoin(le)...)
		}
		for _, q := range qs {
			if !seen[q] {
				seen[q] = true
				quads = append(quads, q)
			}
		}
	}
	return quads, graph.Decode(quads), errors.Join(lineErrs...), nil
}

// readQuads reads the valid quads of the graph at path ("-" for stdin): an
// N-Quads file, whose bad lines are lineErr, one error per line, or a
// store, all of whose quads it reads into memory.
func readQuads(ctx context.Context, path string, stdin io.Reader) (quads []graph.Quad, lineErr error, err error) {
	in, err := openInput(ctx, path, stdin)
	if err != nil {
		return nil, nil, err
	}
	if !in.isStore {
		return readNQuads(ctx, in)
	}
	in.close()
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	defer st.Close()
	for q, err := range st.Quads(ctx) {
		if err != nil {
			return nil, nil, err
		}
		quads = append(quads, q)
	}
	return quads, nil, nil
}

// readNQuads reads the valid quads of an N-Quads input and closes it; bad
// lines are lineErr, one error per line.
func readNQuads(ctx context.Context, in *graphInput) (quads []graph.Quad, lineErr error, err error) {
	defer in.close()
	quads, lineErr = nquads.ReadAllContext(ctx, in.r, in.name)
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var readErr *nquads.Error
	if lineErr != nil && !errors.As(lineErr, &readErr) {
		return nil, nil, lineErr
	}
	return quads, lineErr, nil
}

// maxLineErrors is how many bad lines of a graph are named one by one.
const maxLineErrors = 20

// reportLineErrors prints the bad lines of a graph file, the first
// maxLineErrors of them one a line, and returns cli.ErrReported if there was
// any.
func reportLineErrors(e *cli.Env, cmd string, lineErr error) error {
	if lineErr == nil {
		return nil
	}
	errs := unjoin(lineErr)
	for i, err := range errs {
		if i == maxLineErrors {
			fmt.Fprintf(e.Stderr, "actorgraph %s: ... and %d more invalid line(s)\n", cmd, len(errs)-i)
			break
		}
		fmt.Fprintf(e.Stderr, "actorgraph %s: %s\n", cmd, cli.DisplayText(err.Error()))
	}
	fmt.Fprintf(e.Stderr, "actorgraph %s: skipped %d invalid line(s); the rest of the graph was used\n", cmd, len(errs))
	return cli.ErrReported
}

// reportInputErrors prints every input that failed, one a line, and a
// summary line, also when every input failed (built is 0), and returns
// cli.ErrReported if any did. build prints its failures with it.
func reportInputErrors(stderr io.Writer, cmd string, errs []error, built int) error {
	for _, err := range errs {
		fmt.Fprintf(stderr, "actorgraph %s: %s\n", cmd, cli.DisplayMessage(err.Error()))
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
	return cli.ErrReported
}

// unjoin splits an errors.Join error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
