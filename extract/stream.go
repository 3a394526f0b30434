package extract

import (
	"context"
	"iter"

	"golang.org/x/sync/errgroup"

	"github.com/actorgraph/actorgraph/graph"
)

// Input is one article to extract: the name it is known by (a path) and a
// function that reads its bytes, called by a worker when its turn comes.
type Input struct {
	Name string
	Read func() ([]byte, error)
}

// Result is what became of one Input.
type Result struct {
	// Index is the input's position in the stream, from 0.
	Index int
	Name  string
	// Bytes is how many bytes were read.
	Bytes   int
	Article graph.Article
	// Err, when not nil, is an *InputError: the input could not be read or
	// is not an article. The other inputs go on.
	Err error
}

// InputError is a problem with one input, named.
type InputError struct {
	Name string
	Err  error
}

func (e *InputError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Stream extracts every input with a pool of workers and calls yield with
// each result in input order, from the calling goroutine, whatever the
// scheduling: the output is the same for any number of workers. At most a
// few results per worker wait for their turn, so memory does not grow with
// the number of inputs. Stream stops at the first error yield returns, or
// when ctx is cancelled, and returns that error.
func (p *Pipeline) Stream(ctx context.Context, inputs iter.Seq[Input], workers int, yield func(Result) error) error {
	workers = max(workers, 1)
	window := 4 * workers
	type job struct {
		i  int
		in Input
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g, gctx := errgroup.WithContext(ctx)
	// Load the entity and relation stages while the workers start on the
	// syntax of their first articles, rather than with a core idle; an
	// error is the articles' to report.
	g.Go(func() error {
		_, _ = p.stages()
		return nil
	})
	jobs := make(chan job)
	results := make(chan Result, window)
	slots := make(chan struct{}, window) // one per result not yet yielded
	g.Go(func() error {
		defer close(jobs)
		i := 0
		for in := range inputs {
			select {
			case slots <- struct{}{}:
			case <-gctx.Done():
				return gctx.Err()
			}
			select {
			case jobs <- job{i, in}:
			case <-gctx.Done():
				return gctx.Err()
			}
			i++
		}
		return nil
	})
	var workersDone errgroup.Group
	for range workers {
		workersDone.Go(func() error {
			for j := range jobs {
				res := p.extractInput(gctx, j.i, j.in)
				if err := gctx.Err(); err != nil {
					return err
				}
				select {
				case results <- res:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		err := workersDone.Wait()
		close(results)
		return err
	})
	// the calling goroutine owns the reordering and the calls of yield
	var yieldErr error
	pending := map[int]Result{}
	next := 0
	for res := range results {
		if yieldErr != nil {
			continue // drain, so that the workers can stop
		}
		pending[res.Index] = res
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := yield(r); err != nil {
				yieldErr = err
				cancel() // stop the producer and the workers
				break
			}
		}
	}
	err := g.Wait()
	switch {
	case yieldErr != nil:
		return yieldErr
	case ctx.Err() != nil:
		return context.Cause(ctx)
	}
	return err
}

// extractInput reads and extracts one input.
func (p *Pipeline) extractInput(ctx context.Context, i int, in Input) Result {
	res := Result{Index: i, Name: in.Name}
	b, err := in.Read()
	res.Bytes = len(b)
	if err == nil {
		res.Article, err = p.Article(ctx, in.Name, b)
	}
	if err != nil && ctx.Err() == nil {
		res.Err = &InputError{Name: in.Name, Err: err}
	}
	return res
}
