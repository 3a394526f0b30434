// Package memgraphtest builds actor datasets for the tests and benchmarks
// of memgraph and the packages that use it.
package memgraphtest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Base is the IRI under which Synthetic mints its actors.
const Base graph.IRI = "https://synthetic.example/"

var (
	syllables  = []string{"ka", "lo", "mi", "ra", "ven", "tor", "sha", "dri", "nel", "bor", "vi", "an", "ko", "zu", "mar", "el", "sto", "yan", "fi", "ru"}
	predicates = []string{"met", "backed", "ally-of", "criticized", "sanctioned", "invaded", "president-of", "member-of", "expelled-from", "called-on", "negotiated-with", "visited", "accused", "aide-to"}
	orgHeads   = []string{"Council", "Front", "Union", "Agency", "Bank", "Party", "Alliance", "Commission"}
	placeHeads = []string{"Port", "Lake", "Mount", "North", "San", "East"}
)

// Synthetic returns a dataset of n actors that looks like news: people,
// countries, organisations and places with made-up names of realistic
// length, linked by about 1.5 relations per actor with a few actors
// (chosen by preferential attachment) far more connected than the rest,
// and most relations stated once. The same n and seed give the same
// dataset.
func Synthetic(n int, seed uint64) *graph.Dataset {
	m, err := graph.NewMinter(Base)
	if err != nil {
		panic(err) // Base is a constant, valid IRI
	}
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	d := &graph.Dataset{Sentences: map[graph.IRI]graph.Evidence{}}
	names := make([]string, n)
	used := map[string]bool{}
	for i := range n {
		t := pickType(r)
		name := makeName(r, t)
		for used[name] {
			name = makeName(r, t)
		}
		used[name] = true
		names[i] = name
		d.Actors = append(d.Actors, graph.ActorNode{IRI: m.Actor(name), Label: name, Type: t})
	}
	// ends holds every actor once plus once per relation end, so that
	// picking from it favours well-connected actors.
	var ends []int
	sentence := 0
	for i := 1; i < n; i++ {
		ends = append(ends, i-1)
		links := 1
		if r.IntN(2) == 0 {
			links = 2
		}
		for range links {
			j := ends[r.IntN(len(ends))]
			if j == i {
				continue
			}
			s, o := i, j
			if r.IntN(2) == 0 {
				s, o = j, i
			}
			p := predicates[r.IntN(len(predicates))]
			times := 1
			if r.IntN(4) == 0 {
				times += r.IntN(5)
			}
			for range times {
				sentence++
				iri := m.Sentence("synthetic", sentence)
				d.Sentences[iri] = graph.Evidence{
					Text:    fmt.Sprintf("%s %s %s.", names[s], p, names[o]),
					Article: m.Article("synthetic"),
					Start:   sentence * 100, End: sentence*100 + 60,
				}
				d.Statements = append(d.Statements, graph.Statement{
					Subject: m.Actor(names[s]), Predicate: m.Predicate(graph.Predicate(p)), Object: m.Actor(names[o]), Graph: iri,
				})
			}
			ends = append(ends, i, j)
		}
	}
	return d
}

func pickType(r *rand.Rand) graph.ActorType {
	switch x := r.IntN(20); {
	case x < 9:
		return graph.Person
	case x < 13:
		return graph.Country
	case x < 17:
		return graph.Organization
	default:
		return graph.Location
	}
}

func word(r *rand.Rand, parts int) string {
	var b strings.Builder
	for range parts {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func makeName(r *rand.Rand, t graph.ActorType) string {
	switch t {
	case graph.Person:
		return word(r, 2+r.IntN(2)) + " " + word(r, 2+r.IntN(3))
	case graph.Country:
		if r.IntN(4) == 0 {
			return "Republic of " + word(r, 3)
		}
		return word(r, 2+r.IntN(2)) + "ia"
	case graph.Organization:
		return word(r, 2) + " " + orgHeads[r.IntN(len(orgHeads))]
	default:
		return placeHeads[r.IntN(len(placeHeads))] + " " + word(r, 2+r.IntN(2))
	}
}
