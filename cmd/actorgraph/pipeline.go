package main

import (
	"context"

	"golang.org/x/sync/errgroup"

	"github.com/actorgraph/actorgraph/graph"
)

// articleExtractor turns texts into articles' actors and relations. It is
// safe for concurrent use.
type articleExtractor interface {
	// Extract finds the actors, sentences and relations of one text.
	Extract(text string) graph.Article
	// MergeCorpus gives one actor one name across articles built together.
	MergeCorpus(arts []graph.Article) []graph.Article
}

// extractAll reads and extracts every source with a pool of jobs workers.
// The articles come back in the order of srcs, so the output does not depend
// on scheduling; sources that cannot be read are returned as errors, in
// order too. Only cancellation stops the pool.
func extractAll(ctx context.Context, ex articleExtractor, srcs []source, jobs int, prog *progress) ([]graph.Article, []error, error) {
	type result struct {
		art graph.Article
		err error
	}
	results := make([]result, len(srcs))
	g, ctx := errgroup.WithContext(ctx)
	next := make(chan int)
	g.Go(func() error {
		defer close(next)
		for i := range srcs {
			select {
			case next <- i:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	for range min(jobs, max(len(srcs), 1)) {
		g.Go(func() error {
			for i := range next {
				if err := ctx.Err(); err != nil {
					return err
				}
				var n int
				results[i].art, n, results[i].err = extractOne(ex, srcs[i])
				prog.done(n)
			}
			return nil
		})
	}
	err := g.Wait()
	prog.finish()
	if err != nil {
		return nil, nil, err
	}
	var (
		arts []graph.Article
		errs []error
	)
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		arts = append(arts, r.art)
	}
	return arts, errs, nil
}

// extractOne reads and extracts one source, returning the bytes it read.
func extractOne(ex articleExtractor, src source) (graph.Article, int, error) {
	b, err := src.read()
	if err == nil {
		err = checkText(b)
	}
	if err != nil {
		return graph.Article{}, len(b), &inputError{src.name, err}
	}
	art := ex.Extract(string(b))
	art.ID = graph.ArticleID(b)
	art.Source = src.name
	return art, len(b), nil
}
