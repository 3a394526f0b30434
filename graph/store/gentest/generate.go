package gentest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
)

// Options shape a generated graph. The zero value of a field takes its
// default.
type Options struct {
	// Quads is how many quads the store exports, at least: articles are
	// added until it holds that many. 100,000 by default.
	Quads int
	// Actors is the number of distinct actors articles draw from; one per
	// 40 quads by default, about the ratio of a news archive's graph.
	Actors int
	// Seed makes the graph: the same options give the same store.
	Seed uint64
	// Batch is the number of articles written in one transaction; 5,000 by
	// default.
	Batch int
	// Dated gives each article a date (a day from 2000 to 2024, which its
	// sentences share) and each relation an event class, drawn from a few
	// CAMEO codes and non-event classes, so that queries filtered by class
	// and date select some of the statements. Without it the graph is the
	// one earlier versions generated, undated.
	Dated bool
}

// classes are the relation classes of a Dated graph: CAMEO codes of
// cooperation and of conflict, a non-event class, and none.
var classes = []string{"040", "057", "111", "173", "190", "193", "role", ""}

// Stats says what Generate made.
type Stats struct {
	Quads, Articles, Actors, Statements int
}

// Hub is the label of the actor Generate makes the most mentioned and
// most connected (the first of the actors' Zipf ranking), and Actor(n)
// the label of the actor of rank n (from 0; Actor(0) is Hub).
const Hub = "Generated Actor 0"

// Actor returns the label of the generated actor of rank n.
func Actor(n int) string { return "Generated Actor " + strconv.Itoa(n) }

// predicates are the relation names of the generated graph.
var predicates = []graph.Predicate{"met", "criticized", "supported", "accused", "visited",
	"signed-treaty-with", "sanctioned", "praised", "called", "held-talks-with", "threatened", "president-of"}

// Generate creates a store at path (see store.Create) and fills it with a
// synthetic graph shaped like a news archive's: articles of 2 to 8
// actors, drawn from a Zipf distribution over opt.Actors so that a few
// (the Hub first) are in a large share of the articles, with 1 to 6
// relations in 1 to 4 evidence sentences each, and an alias for every
// tenth actor. It writes through the store's own Batch, as a build does.
func Generate(ctx context.Context, path string, opt Options) (Stats, error) {
	if opt.Quads <= 0 {
		opt.Quads = 100_000
	}
	if opt.Actors <= 0 {
		opt.Actors = max(opt.Quads/40, 10)
	}
	if opt.Batch <= 0 {
		opt.Batch = 5000
	}
	st, err := store.Create(ctx, path, graph.DefaultBase)
	if err != nil {
		return Stats{}, err
	}
	stats, err := generate(ctx, st, opt)
	if cerr := st.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("generate %s: %w", path, cerr)
	}
	return stats, err
}

func generate(ctx context.Context, st *store.Store, opt Options) (Stats, error) {
	var stats Stats
	r := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(r, 1.07, 2, uint64(opt.Actors-1))
	m := st.Minter()
	ids := make([]store.ActorID, opt.Actors) // 0: not added yet
	types := []graph.ActorType{graph.Country, graph.Person, graph.Organization, graph.Person, graph.Location}
	var b *store.Batch
	defer func() {
		if b != nil {
			b.Rollback()
		}
	}()
	inBatch := 0
	for n := 0; stats.Quads < opt.Quads; n++ {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		if b == nil {
			var err error
			if b, err = st.Begin(ctx); err != nil {
				return stats, err
			}
		}
		// the actors: distinct ranks
		k := 2 + r.IntN(7)
		ranks := make([]int, 0, k)
		for len(ranks) < k {
			c := int(zipf.Uint64())
			dup := false
			for _, o := range ranks {
				dup = dup || o == c
			}
			if !dup {
				ranks = append(ranks, c)
			}
		}
		a := graph.Article{
			ID:     graph.ArticleID([]byte("generated article " + strconv.Itoa(n) + " " + strconv.FormatUint(opt.Seed, 10))),
			Source: "generated/" + strconv.Itoa(n/1000) + "/" + strconv.Itoa(n) + ".txt",
		}
		iris := make([]graph.IRI, k)
		aids := make([]store.ActorID, k)
		for i, rank := range ranks {
			ac := graph.Actor{Name: Actor(rank), Type: types[rank%len(types)]}
			if rank%10 == 3 {
				ac.Aliases = []string{"GA" + strconv.Itoa(rank)}
			}
			a.Actors = append(a.Actors, ac)
			if ids[rank] == 0 {
				iri := m.Actor(ac.Name)
				sa, err := b.AddActor(iri, ac)
				if err != nil {
					return stats, err
				}
				ids[rank] = sa.ID
				stats.Actors++
				stats.Quads += len(graph.DescribeActor(iri, ac))
			}
			aids[i] = ids[rank]
			iris[i] = m.Actor(ac.Name)
		}
		if opt.Dated {
			day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(9131))
			a.Date = day.Format(time.DateOnly)
		}
		nsent := 1 + r.IntN(4)
		offset := r.IntN(200)
		for s := range nsent {
			text := "Generated sentence " + strconv.Itoa(s+1) + " of article " + strconv.Itoa(n) + ", in which some actors deal with others."
			a.Sentences = append(a.Sentences, graph.Sentence{Text: text, Start: offset, End: offset + len(text), Date: a.Date})
			offset += len(text) + 1 + r.IntN(300)
		}
		for range 1 + r.IntN(6) {
			s, o := r.IntN(k), r.IntN(k-1)
			if o >= s {
				o++
			}
			rel := graph.Relation{
				Subject: graph.ActorID(s), Object: graph.ActorID(o),
				Predicate: predicates[r.IntN(len(predicates))], Sentence: r.IntN(nsent),
			}
			if opt.Dated {
				rel.Class = classes[r.IntN(len(classes))]
			}
			a.Relations = append(a.Relations, rel)
		}
		added, err := b.AddArticle(a, aids)
		if err != nil {
			return stats, err
		}
		if !added {
			return stats, fmt.Errorf("generate: article %s was stored already", a.ID)
		}
		quads := graph.EncodeArticleIRIs(m, a, iris)
		stats.Quads += len(quads)
		stats.Articles++
		for _, q := range quads {
			if q.Graph != nil {
				stats.Statements++
			}
		}
		if inBatch++; inBatch == opt.Batch {
			if err := b.Commit(); err != nil {
				return stats, err
			}
			b, inBatch = nil, 0
		}
	}
	if b != nil {
		if err := b.Commit(); err != nil {
			return stats, err
		}
		b = nil
	}
	return stats, nil
}
