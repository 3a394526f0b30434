package extract

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
)

// ErrStored is the error Update reports (wrapped in an *InputError) for an
// input whose article the store holds already: it is skipped, not failed.
var ErrStored = errors.New("already in the store")

// UpdateOptions tune Update. The zero value takes the defaults.
type UpdateOptions struct {
	// Batch is the number of articles written in one transaction; 500 when
	// zero or less.
	Batch int
	// Each, when not nil, is called with every input's result in input order,
	// as Collect calls it; an input the store holds already comes with an
	// Err that wraps ErrStored.
	Each func(Result) error
	// Committed, when not nil, is called after every batch with the number
	// of articles written so far.
	Committed func(n int)
}

// UpdateStats says what Update did.
type UpdateStats struct {
	// Added is the number of articles added to the store.
	Added int
	// Stored is the number of inputs skipped because the store held their
	// article already, an input that repeats another of the run among them.
	Stored int
}

// Update adds the articles of inputs to st, a run at a time:
//
//   - an input whose article (by content, see graph.ArticleID) st holds
//     already is skipped before it is analysed;
//   - the new articles are extracted with workers workers and reconciled
//     with each other as Collect does, and with the people st holds: the
//     Corpus knows their names, so a new surname takes a stored full name;
//   - each actor is then matched to a stored one (see storeWriter) and
//     takes its IRI, or is added under a new IRI;
//   - the articles are written in input order, opts.Batch articles to a
//     transaction: a run that fails or is killed leaves st as it was
//     before the batch it was writing, and the next run skips what it
//     wrote.
//
// The articles of one run into an empty store export (store.Quads) to the
// quads Collect writes for them.
func (p *Pipeline) Update(ctx context.Context, st *store.Store, inputs iter.Seq[Input], workers int, opts UpdateOptions) (UpdateStats, error) {
	var stats UpdateStats
	people, err := storedPeople(ctx, st)
	if err != nil {
		return stats, err
	}
	corpus := NewCorpus()
	known := make([]graph.Actor, len(people))
	for i, a := range people {
		known[i] = graph.Actor{Name: a.Label, Type: graph.Person}
	}
	corpus.names.Add(known)

	novel := func(yield func(Input) bool) {
		for in := range inputs {
			read := in.Read
			in.Read = func() ([]byte, error) {
				b, err := read()
				if err != nil {
					return b, err
				}
				ok, err := st.HasArticle(ctx, graph.ArticleID(b))
				if err == nil && ok {
					err = ErrStored
				}
				return b, err
			}
			if !yield(in) {
				return
			}
		}
	}
	c, err := p.collect(ctx, novel, workers, func(r Result) error {
		if errors.Is(r.Err, ErrStored) {
			stats.Stored++
		}
		if opts.Each != nil {
			return opts.Each(r)
		}
		return nil
	}, corpus)
	if err != nil {
		return stats, err
	}
	defer c.Close()
	stats.Stored += c.Repeats()
	w, err := newStoreWriter(ctx, st, c.corpus, people)
	if err != nil {
		return stats, err
	}
	batch := opts.Batch
	if batch <= 0 {
		batch = 500
	}
	var b *store.Batch
	defer func() {
		if b != nil {
			b.Rollback()
		}
	}()
	pending, dup := 0, 0
	// commit ends the open batch and counts what it held.
	commit := func() error {
		err := w.commit(b)
		b = nil
		if err != nil {
			return err
		}
		stats.Added += pending
		stats.Stored += dup
		pending, dup = 0, 0
		if opts.Committed != nil {
			opts.Committed(stats.Added)
		}
		return nil
	}
	for a, err := range c.Articles() {
		if err != nil {
			return stats, err
		}
		if b == nil {
			if err := ctx.Err(); err != nil {
				return stats, err
			}
			if b, err = st.Begin(ctx); err != nil {
				return stats, err
			}
		}
		added, err := w.add(b, a)
		if err != nil {
			return stats, err
		}
		if added {
			pending++
		} else {
			dup++
		}
		if pending+dup == batch {
			if err := commit(); err != nil {
				return stats, err
			}
		}
	}
	if b != nil {
		if err := commit(); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// storedPeople returns the people st holds.
func storedPeople(ctx context.Context, st *store.Store) ([]store.Actor, error) {
	var people []store.Actor
	err := st.Actors(ctx, graph.Person, func(a store.Actor) error {
		people = append(people, a)
		return nil
	})
	return people, err
}

// storeWriter matches the actors of a run's articles to a store's and
// writes the articles. An actor named N (its corpus-wide name) is:
//
//  1. the actor this run matched to N already;
//  2. else the stored actor labelled N, whatever its type (as in N-Quads,
//     where the label makes the IRI);
//  3. else, for a person, the person of an earlier run whose name the
//     run's Corpus resolves to N: a spelling variant, or a surname alone
//     ("Trump") that N ("Donald Trump") gives in full, which then takes N
//     as its label and keeps its IRI; the earliest when several fit;
//  4. else the one actor of an earlier run and of the same type that goes
//     by the alias N, when exactly one does;
//  5. else a new actor, under the IRI minted from N, or, when an actor
//     that changed its label holds that IRI, under it with "/2" (or "/3",
//     ...) added, which no name can give.
//
// Steps 3 and 4 look only at the actors of earlier runs, so that the
// articles of one run are reconciled with each other exactly as Collect
// reconciles them; they add the new names to the matched actor's aliases.
type storeWriter struct {
	st      *store.Store
	m       graph.Minter
	upTo    store.ActorID // the last actor of earlier runs
	byName  map[string]store.Actor
	extends map[string][]store.Actor // stored people by the name the corpus resolves them to
}

func newStoreWriter(ctx context.Context, st *store.Store, corpus *Corpus, people []store.Actor) (*storeWriter, error) {
	upTo, err := st.LastActorID(ctx)
	if err != nil {
		return nil, err
	}
	w := &storeWriter{st: st, m: st.Minter(), upTo: upTo, byName: map[string]store.Actor{}, extends: map[string][]store.Actor{}}
	for _, a := range people {
		if a.ID > upTo {
			continue
		}
		if n := graph.CleanName(corpus.Name(graph.Actor{Name: a.Label, Type: graph.Person})); n != a.Label {
			w.extends[n] = append(w.extends[n], a)
		}
	}
	return w, nil
}

// add writes one article in batch b, and reports whether it was new.
func (w *storeWriter) add(b *store.Batch, a graph.Article) (bool, error) {
	ids := make([]store.ActorID, len(a.Actors))
	for i, ac := range a.Actors {
		sa, err := w.actor(b, ac)
		if err != nil {
			return false, err
		}
		ids[i] = sa.ID
	}
	return b.AddArticle(a, ids)
}

// commit commits b. On failure, the actors matched in b are forgotten.
func (w *storeWriter) commit(b *store.Batch) error {
	if err := b.Commit(); err != nil {
		b.Rollback()
		clear(w.byName)
		return err
	}
	return nil
}

// actor returns the stored actor a is, adding or updating it in b.
func (w *storeWriter) actor(b *store.Batch, a graph.Actor) (store.Actor, error) {
	name := graph.CleanName(a.Name)
	sa, ok := w.byName[name]
	var err error
	if !ok {
		sa, ok, err = b.ActorByLabel(name)
		if err != nil {
			return store.Actor{}, err
		}
	}
	if !ok && a.Type == graph.Person {
		if cands := w.extends[name]; len(cands) > 0 {
			sa, ok = cands[0], true
			if len(strings.Fields(sa.Label)) == 1 && len(strings.Fields(name)) > 1 {
				if err := b.Relabel(sa, name); err != nil {
					return store.Actor{}, err
				}
				sa.Label = name
			}
		}
	}
	if !ok && w.upTo > 0 {
		cands, err := b.ActorsNamed(name, a.Type, w.upTo)
		if err != nil {
			return store.Actor{}, err
		}
		if len(cands) == 1 {
			sa, ok = cands[0], true
		}
	}
	if !ok {
		iri := w.m.Actor(name)
		for n := 2; ; n++ {
			_, taken, err := b.ActorByIRI(iri)
			if err != nil {
				return store.Actor{}, err
			}
			if !taken {
				break
			}
			iri = graph.IRI(string(w.m.Actor(name)) + "/" + strconv.Itoa(n))
		}
		sa, err = b.AddActor(iri, graph.Actor{Name: name, Type: a.Type, Aliases: a.Aliases})
		if err != nil {
			return store.Actor{}, fmt.Errorf("add actor %q: %w", name, err)
		}
	} else {
		aliases := a.Aliases
		if name != sa.Label {
			aliases = append(aliases[:len(aliases):len(aliases)], name)
		}
		if err := b.AddAliases(sa.ID, sa.Label, aliases); err != nil {
			return store.Actor{}, err
		}
	}
	w.byName[name] = sa
	return sa, nil
}
