package extract

import (
	"github.com/actorgraph/actorgraph/entities/corpus"
	"github.com/actorgraph/actorgraph/graph"
)

// Corpus reconciles the actors of articles built together, so that one
// real-world actor has one name across them, and so one IRI: a person named
// only by surname ("Trump") in one article takes the full name another
// gives ("Donald Trump"), spelling variants take the spelling most articles
// use. Add every article, then Resolve each. Only a compact table of names
// is kept, not the articles. A Corpus is not safe for concurrent use.
type Corpus struct {
	names *corpus.Names
}

// NewCorpus returns an empty Corpus.
func NewCorpus() *Corpus { return &Corpus{names: corpus.New()} }

// Add records the actors of one article.
func (c *Corpus) Add(art *graph.Article) { c.names.Add(art.Actors) }

// Resolve renames the actors of art to their corpus-wide names, keeping the
// old names as aliases, and gives an actor taken for a person the type most
// articles give its name (see corpus.Names). The relations need no change: they refer to actors
// by ID, and two actors that end up with one name are one node of the
// graph.
func (c *Corpus) Resolve(art *graph.Article) { art.Actors = c.names.Resolve(art.Actors) }

// Reconcile adds every article to a new Corpus and resolves each: the
// corpus step for articles held in memory.
func Reconcile(arts []graph.Article) {
	c := NewCorpus()
	for i := range arts {
		c.Add(&arts[i])
	}
	for i := range arts {
		c.Resolve(&arts[i])
	}
}

// Name returns the corpus-wide name of actor a: the name Resolve gives it.
func (c *Corpus) Name(a graph.Actor) string { return c.names.Name(a) }
