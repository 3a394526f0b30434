package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
)

// newPipeline loads the shipped models and lists, extended by the user's
// actor list when actorsFile is not empty, parsing with the beam parser
// when beam is set. The valid lines of a list with bad lines are used;
// badLines has an error for every bad line.
func newPipeline(ctx context.Context, actorsFile string, beam bool, date dates.Date) (p *extract.Pipeline, badLines []error, err error) {
	opts := extract.Options{Beam: beam, Date: date}
	if actorsFile != "" {
		f, err := openContext(ctx, actorsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("actor list %s: %w", cli.DisplayText(actorsFile), unwrapPathError(err))
		}
		r := &capReader{r: contextReader(ctx, f), left: maxActorListBytes}
		opts.Actors, badLines, err = extract.ReadActors(r, cli.DisplayText(actorsFile))
		f.Close()
		if err != nil {
			return nil, nil, err
		}
	}
	p, err = loadContext(ctx, func() (*extract.Pipeline, error) { return extract.New(opts) })
	if err != nil {
		return nil, nil, err
	}
	return p, badLines, nil
}

// maxActorListBytes caps the size of an --actors file: a list of a
// million actors takes some 50 MB; /dev/zero never ends.
const maxActorListBytes = 512 << 20

// capReader reads r until left bytes have been read, then fails.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		return 0, fmt.Errorf("larger than %d bytes", maxActorListBytes)
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// buildResult is the articles built, spooled in a collection, and the
// inputs that failed.
type buildResult struct {
	articles *extract.Collection
	errs     []error
}

// buildGraph extracts every article of paths with jobs workers into a
// collection that gives them back in input order, whatever the scheduling,
// reconciled so that one actor has one name across the corpus. The caller
// closes the collection.
func buildGraph(ctx context.Context, e *cli.Env, p *extract.Pipeline, paths []string, jobs int, opt readOptions) (*buildResult, error) {
	srcs, errs := collectSourcesContext(ctx, paths, e.Stdin, opt)
	if len(srcs) == 0 && len(errs) == 0 {
		return nil, fmt.Errorf("no articles to build")
	}
	inputs := func(yield func(extract.Input) bool) {
		for _, s := range srcs {
			if !yield(extract.Input{Name: s.name, Read: s.read}) {
				return
			}
		}
	}
	prog := newProgress(e.Stderr, len(srcs))
	c, err := p.Collect(ctx, inputs, jobs, func(r extract.Result) error {
		prog.done(r.Bytes)
		if r.Err != nil {
			errs = append(errs, r.Err)
		}
		return nil
	})
	prog.finish()
	if err != nil {
		return nil, err
	}
	if c.Len() == 0 {
		c.Close()
		return nil, reportInputErrors(e.Stderr, "build", errs, 0)
	}
	return &buildResult{articles: c, errs: errs}, nil
}

// report prints every failed input, one a line, and says whether any did.
func (r *buildResult) report(stderr io.Writer, cmd string) error {
	return reportInputErrors(stderr, cmd, r.errs, r.articles.Len()+r.articles.Repeats())
}

// updateStore adds the articles of paths to st with jobs workers, batch
// articles a transaction (see extract.Pipeline.Update), and says on stderr
// what it did. Inputs that failed are named one a line; the articles
// already in st are counted, not named.
func updateStore(ctx context.Context, e *cli.Env, p *extract.Pipeline, st *store.Store, paths []string, jobs, batch int, opt readOptions) error {
	srcs, errs := collectSourcesContext(ctx, paths, e.Stdin, opt)
	if len(srcs) == 0 && len(errs) == 0 {
		return fmt.Errorf("no articles to build")
	}
	inputs := func(yield func(extract.Input) bool) {
		for _, s := range srcs {
			if !yield(extract.Input{Name: s.name, Read: s.read}) {
				return
			}
		}
	}
	prog := newProgress(e.Stderr, len(srcs))
	stats, err := p.Update(ctx, st, inputs, jobs, extract.UpdateOptions{
		Batch: batch,
		Each: func(r extract.Result) error {
			prog.done(r.Bytes)
			if r.Err != nil && !errors.Is(r.Err, extract.ErrStored) {
				errs = append(errs, r.Err)
			}
			return nil
		},
	})
	prog.finish()
	name := cli.DisplayText(st.Path())
	if err != nil {
		if stats.Added > 0 {
			fmt.Fprintf(e.Stderr, "actorgraph build: %s keeps the %d article(s) added before the build stopped; run it again to add the rest\n", name, stats.Added)
		} else {
			fmt.Fprintf(e.Stderr, "actorgraph build: %s is as it was before this build\n", name)
		}
		return err
	}
	c, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Stderr, "actorgraph build: added %d article(s) to %s, skipped %d already in it; it holds %d articles, %d actors, %d statements\n",
		stats.Added, name, stats.Stored, c.Articles, c.Actors, c.Statements)
	return reportInputErrors(e.Stderr, "build", errs, stats.Added+stats.Stored)
}
