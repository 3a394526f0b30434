package memgraph

import (
	"cmp"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph/namefold"
)

// Find returns the actors a person means by name. An actor matches when its
// label or one of its aliases equals name once both are folded: case,
// diacritics, punctuation, spacing and a leading "the" ignored, so "the
// U.S." is "US" and "Zelenskyy" is "ZELENSKYY". When no actor matches so,
// Find returns the actors whose label contains every word of name ("Trump"
// finds "Donald Trump"). Matches are sorted by Support, highest first, then
// label and IRI. A name with no letters or digits matches nothing.
func (g *Graph) Find(name string) []Node {
	words := foldWords(name)
	if len(words) == 0 {
		return nil
	}
	key := strings.Join(words, "")
	var exact, partial []Node
	for _, n := range g.nodes {
		if nodeMatches(n, key) {
			exact = append(exact, n)
		} else if exact == nil && containsWords(foldWords(n.Label), words) {
			partial = append(partial, n)
		}
	}
	found := exact
	if found == nil {
		found = partial
	}
	slices.SortFunc(found, byRelevance)
	return found
}

// Suggest returns the n actors whose names are closest to name, for a
// "did you mean" after Find found nothing: the edit distance between the
// folded name and the actor's folded label or nearest alias, ties broken by
// Support, highest first, then label.
func (g *Graph) Suggest(name string, n int) []Node {
	if n <= 0 || len(g.nodes) == 0 {
		return nil
	}
	key := []rune(strings.Join(foldWords(name), ""))
	type scored struct {
		node Node
		dist int
	}
	all := make([]scored, len(g.nodes))
	for i, nd := range g.nodes {
		d := namefold.Distance(key, []rune(foldKey(nd.Label)))
		for _, a := range nd.Aliases {
			d = min(d, namefold.Distance(key, []rune(foldKey(a))))
		}
		all[i] = scored{nd, d}
	}
	slices.SortFunc(all, func(a, b scored) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), byRelevance(a.node, b.node))
	})
	out := make([]Node, 0, min(n, len(all)))
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.node)
	}
	return out
}

func byRelevance(a, b Node) int {
	return cmp.Or(
		cmp.Compare(b.Support, a.Support),
		strings.Compare(a.Label, b.Label),
		strings.Compare(string(a.IRI), string(b.IRI)),
	)
}

func nodeMatches(n Node, key string) bool {
	if foldKey(n.Label) == key {
		return true
	}
	for _, a := range n.Aliases {
		if foldKey(a) == key {
			return true
		}
	}
	return false
}

// containsWords reports whether every word of want is in have.
func containsWords(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// foldKey and foldWords fold names as people type them (see namefold).
func foldKey(s string) string { return namefold.Key(s) }

func foldWords(s string) []string { return namefold.Words(s) }
