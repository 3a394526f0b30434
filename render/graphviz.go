package render

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// graphvizMu serialises every use of go-graphviz. The library keeps its
// WASM module and callback tables in package state that it does not guard,
// and concurrent renders crash the process with "concurrent map writes"
// (goccy/go-graphviz issue #117). This is render's one package-level
// variable: it guards a global that the library owns, so it must itself be
// global.
var graphvizMu sync.Mutex

// job is a run of Graphviz: a DOT text laid out by an engine and written
// in a format ("svg", "plain").
type job struct {
	dot            []byte
	engine, format string
}

// runGraphviz runs the jobs in order under graphvizMu and returns their
// outputs. The library cannot be interrupted once a layout has started:
// when ctx ends first, runGraphviz returns ctx's error at once and the
// jobs finish, and release the lock, in the background.
func runGraphviz(ctx context.Context, jobs ...job) ([][]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type result struct {
		out [][]byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		graphvizMu.Lock()
		defer graphvizMu.Unlock()
		out, err := runLocked(jobs)
		done <- result{out, err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("render: graphviz: %w", ctx.Err())
	}
}

// runLocked does runGraphviz's work; graphvizMu must be held. It uses a
// context of its own because go-graphviz ignores cancellation and the
// caller may have gone.
func runLocked(jobs []job) ([][]byte, error) {
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("render: start graphviz: %w", err)
	}
	// Close returns Graphviz's last message, which is a warning when the
	// jobs succeeded (sfdp always reports that this build has no
	// triangulation library), so it is not an error of the render.
	defer func() { _ = gv.Close() }()
	var out [][]byte
	for _, j := range jobs {
		b, err := runJob(ctx, gv, j)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

func runJob(ctx context.Context, gv *graphviz.Graphviz, j job) ([]byte, error) {
	g, err := graphviz.ParseBytes(j.dot)
	if err != nil {
		return nil, fmt.Errorf("render: parse DOT: %w", err)
	}
	defer func() { _ = g.Close() }() // frees the graph; see runLocked on errors
	var buf bytes.Buffer
	if err := gv.SetLayout(graphviz.Layout(j.engine)).Render(ctx, g, graphviz.Format(j.format), &buf); err != nil {
		return nil, fmt.Errorf("render: %s layout to %s: %w", j.engine, j.format, err)
	}
	return buf.Bytes(), nil
}
