package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/internal/cli"
)

// loadGraph reads an N-Quads file (or "-" for stdin) into the in-memory
// graph. Bad lines, lines longer than nquads.DefaultMaxLineBytes among
// them, are returned as lineErr, one error per line; the graph holds
// everything valid. err is set only when nothing could be read, or when ctx
// ended: the reading and the building of the graph stop then, also in a
// read that blocks on a pipe.
func loadGraph(ctx context.Context, path string, stdin io.Reader) (g *memgraph.Graph, lineErr error, err error) {
	g, _, lineErr, err = loadFiltered(ctx, path, stdin, nil)
	return g, lineErr, err
}

// loadFiltered is loadGraph keeping only the statements keep accepts (all
// when keep is nil); it also returns the dataset the graph was built from.
func loadFiltered(ctx context.Context, path string, stdin io.Reader, keep func(graph.Statement) bool) (g *memgraph.Graph, d *graph.Dataset, lineErr error, err error) {
	quads, lineErr, err := readQuads(ctx, path, stdin)
	if err != nil {
		return nil, nil, nil, err
	}
	d = graph.Decode(quads)
	if keep != nil {
		d.Statements = slices.DeleteFunc(d.Statements, func(s graph.Statement) bool { return !keep(s) })
	}
	g, err = memgraph.NewContext(ctx, d)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", quadsName(path), err)
	}
	return g, d, lineErr, nil
}

// loadDataset reads the N-Quads files at paths ("-" for stdin; none for
// stdin alone) as one graph, as loadGraph reads one: it returns their
// valid quads in the order read, duplicates dropped, and the graph they
// decode to. Bad lines are lineErr, one error per line of every file.
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

// readQuads reads the valid quads of the N-Quads file at path ("-" for
// stdin); bad lines are lineErr, one error per line.
func readQuads(ctx context.Context, path string, stdin io.Reader) (quads []graph.Quad, lineErr error, err error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := openContext(ctx, path)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", cli.DisplayText(path), err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, nil, fmt.Errorf("%s: is a directory, not an N-Quads file", cli.DisplayText(path))
		}
		r = f
	}
	quads, lineErr = nquads.ReadAllContext(ctx, contextReader(ctx, r), quadsName(path))
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var readErr *nquads.Error
	if lineErr != nil && !errors.As(lineErr, &readErr) {
		return nil, nil, lineErr
	}
	return quads, lineErr, nil
}

// quadsName is how messages name the graph file at path.
func quadsName(path string) string {
	if path == "-" {
		return "stdin"
	}
	return cli.DisplayText(path)
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
