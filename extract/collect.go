package extract

import (
	"bufio"
	"context"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// Collection is a corpus of extracted articles, kept on disk in a spool
// file as they come, with the Corpus that reconciles their actors: the
// memory it takes grows with the number of distinct actors, not with the
// number of articles. Close removes the spool.
type Collection struct {
	corpus  *Corpus
	spool   *os.File
	removed bool // the spool's name is gone already
	w       *bufio.Writer
	enc     *gob.Encoder
	n       int
	// seen holds the IDs of the articles collected, and repeats counts the
	// inputs left out because their article was collected already.
	seen    articleSet
	repeats int
}

// articleSet is a set of article IDs, kept in 8 bytes each when they are
// what graph.ArticleID gives.
type articleSet struct {
	short map[[8]byte]struct{}
	other map[string]struct{}
}

// add adds id and reports whether it was new.
func (s *articleSet) add(id string) bool {
	var k [8]byte
	if len(id) == 16 {
		if _, err := hex.Decode(k[:], []byte(id)); err == nil {
			if s.short == nil {
				s.short = map[[8]byte]struct{}{}
			}
			_, dup := s.short[k]
			s.short[k] = struct{}{}
			return !dup
		}
	}
	if s.other == nil {
		s.other = map[string]struct{}{}
	}
	_, dup := s.other[id]
	s.other[id] = struct{}{}
	return !dup
}

// Collect extracts every input (see Stream) into a Collection, calling
// each, when not nil, with every result first, in input order: the inputs
// that failed are reported there and left out. An article whose text
// repeats one collected already (the same graph.ArticleID) is left out
// too: an article is described once, under the first name it was read by
// (see Repeats). It stops at the first error
// each returns or when ctx ends.
func (p *Pipeline) Collect(ctx context.Context, inputs iter.Seq[Input], workers int, each func(Result) error) (*Collection, error) {
	return p.collect(ctx, inputs, workers, each, NewCorpus())
}

// collect is Collect with the Corpus to reconcile the articles in.
func (p *Pipeline) collect(ctx context.Context, inputs iter.Seq[Input], workers int, each func(Result) error, corpus *Corpus) (*Collection, error) {
	f, err := os.CreateTemp("", "actorgraph-spool-*")
	if err != nil {
		return nil, fmt.Errorf("create spool file: %w", err)
	}
	c := &Collection{corpus: corpus, spool: f}
	// The spool is private to this process: where the system allows it,
	// its name goes at once, so that not even a crash leaves it behind.
	c.removed = os.Remove(f.Name()) == nil
	c.w = bufio.NewWriterSize(f, 1<<16)
	c.enc = gob.NewEncoder(c.w)
	err = p.Stream(ctx, inputs, workers, func(r Result) error {
		if each != nil {
			if err := each(r); err != nil {
				return err
			}
		}
		if r.Err != nil {
			return nil
		}
		if !c.seen.add(r.Article.ID) {
			c.repeats++
			return nil
		}
		c.corpus.Add(&r.Article)
		c.n++
		if err := c.enc.Encode(&r.Article); err != nil {
			return fmt.Errorf("write spool file: %w", err)
		}
		return nil
	})
	if err == nil {
		err = c.w.Flush()
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Len returns the number of articles collected.
func (c *Collection) Len() int { return c.n }

// Repeats returns the number of inputs left out because their text
// repeated an article collected before.
func (c *Collection) Repeats() int { return c.repeats }

// Articles yields the collected articles in input order, their actors
// reconciled across the collection (see Corpus.Resolve). It may be ranged
// over more than once; an error reading the spool is yielded last.
func (c *Collection) Articles() iter.Seq2[graph.Article, error] {
	return func(yield func(graph.Article, error) bool) {
		if _, err := c.spool.Seek(0, io.SeekStart); err != nil {
			yield(graph.Article{}, fmt.Errorf("read spool file: %w", err))
			return
		}
		dec := gob.NewDecoder(bufio.NewReaderSize(c.spool, 1<<16))
		for range c.n {
			var a graph.Article
			if err := dec.Decode(&a); err != nil {
				yield(graph.Article{}, fmt.Errorf("read spool file: %w", err))
				return
			}
			c.corpus.Resolve(&a)
			if !yield(a, nil) {
				return
			}
		}
	}
}

// WriteNQuads writes the collection as N-Quads under the IRIs of m, in the
// order graph.Encode gives: the actors' descriptions, then article by
// article. It reads the spool twice and holds one article at a time.
func (c *Collection) WriteNQuads(w io.Writer, m graph.Minter) error {
	table := graph.NewActorTable(m)
	for a, err := range c.Articles() {
		if err != nil {
			return err
		}
		table.Add(a.Actors)
	}
	nw := nquads.NewWriter(w)
	write := func(quads []graph.Quad) error {
		for _, q := range quads {
			if err := nw.Write(q); err != nil {
				return err
			}
		}
		return nil
	}
	if err := write(table.Quads()); err != nil {
		return err
	}
	for a, err := range c.Articles() {
		if err != nil {
			return err
		}
		if err := write(graph.EncodeArticle(m, a)); err != nil {
			return err
		}
	}
	return nw.Flush()
}

// Close removes the spool.
func (c *Collection) Close() error {
	err := c.spool.Close()
	if !c.removed {
		err = errors.Join(err, os.Remove(c.spool.Name()))
	}
	return err
}
