package main

import (
	"maps"
	"slices"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// corpus is an extract.Corpus built from the corpus-wide count of each
// person's name rather than from the articles themselves.
type corpus struct{ *extract.Corpus }

// corpusFromUses builds the Corpus that adding every article would build,
// given how many times the articles name each person (uses yields name and
// count). A Corpus looks at nothing but the names of the Person actors and
// how often each is used (see TestCorpusOrder), so adding each name as
// many times as it was used gives the same table.
func corpusFromUses(uses func(*string, *int) bool) *corpus {
	counts := map[string]int{}
	var name string
	var n int
	for uses(&name, &n) {
		counts[name] += n
	}
	c := extract.NewCorpus()
	// The order does not matter; sorting makes every worker do the same.
	for _, name := range slices.Sorted(maps.Keys(counts)) {
		actors := make([]graph.Actor, counts[name])
		for i := range actors {
			actors[i] = graph.Actor{Name: name, Type: graph.Person}
		}
		c.Add(&graph.Article{Actors: actors})
	}
	return &corpus{c}
}
