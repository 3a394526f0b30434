package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/storetest"
)

// TestStoresAnswerLikeNeighbors loads the sample corpus's N-Quads into two
// real RDF stores, Oxigraph and Virtuoso, and checks that a SPARQL query for
// the neighbours of three actors gives the same links, with the same
// numbers of supporting statements, as `actorgraph neighbors --format json`.
func TestStoresAnswerLikeNeighbors(t *testing.T) {
	nq := sampleGraph(t)
	stores := []struct {
		name  string
		start func(testing.TB, string) storetest.Store
	}{
		{"oxigraph", storetest.StartOxigraph},
		{"virtuoso", storetest.StartVirtuoso},
	}
	actors := []string{"Donald Trump", "Russia", "Ukraine"}
	for _, st := range stores {
		t.Run(st.name, func(t *testing.T) {
			store := st.start(t, nq)
			for _, name := range actors {
				t.Run(name, func(t *testing.T) {
					cli := cliNeighbors(t, nq, name)
					if len(cli.links) == 0 {
						t.Fatalf("the CLI finds no neighbours of %s", name)
					}
					ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
					defer cancel()
					rows, err := store.Select(ctx, neighborQuery(cli.iri))
					if err != nil {
						t.Fatal(err)
					}
					var got []string
					for _, r := range rows {
						got = append(got, fmt.Sprintf("%s %s %s %s", r["dir"], graph.LocalName(graph.IRI(r["p"])), r["n"], r["count"]))
					}
					slices.Sort(got)
					if !slices.Equal(got, cli.links) {
						t.Errorf("%s answers\n  %s\nthe CLI answers\n  %s", st.name, strings.Join(got, "\n  "), strings.Join(cli.links, "\n  "))
					}
				})
			}
		})
	}
}

type cliAnswer struct {
	iri   string
	links []string // "dir predicate iri statements", sorted
}

func cliNeighbors(t *testing.T, nq, name string) cliAnswer {
	t.Helper()
	r := runCLI(t, "", "neighbors", "--format", "json", nq, name)
	if r.Code != 0 {
		t.Fatalf("neighbors %q: exit %d: %s", name, r.Code, r.Stderr)
	}
	var out struct {
		Actor     struct{ IRI string }
		Neighbors []struct {
			IRI, Predicate, Direction string
			Statements                int
		}
	}
	if err := json.Unmarshal([]byte(r.Stdout), &out); err != nil {
		t.Fatal(err)
	}
	a := cliAnswer{iri: out.Actor.IRI}
	for _, n := range out.Neighbors {
		a.links = append(a.links, fmt.Sprintf("%s %s %s %d", n.Direction, n.Predicate, n.IRI, n.Statements))
	}
	slices.Sort(a.links)
	return a
}

// neighborQuery is the SPARQL an analyst runs against a store loaded with
// actorgraph's N-Quads: every actor linked to the given one by a relation,
// with the direction and the number of sentences stating it. Relations live
// in sentence graphs; labels in the default graph.
func neighborQuery(actor string) string {
	return fmt.Sprintf(`PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?dir ?p ?n (COUNT(DISTINCT ?g) AS ?count) WHERE {
  { GRAPH ?g { <%[1]s> ?p ?n } BIND("out" AS ?dir) }
  UNION
  { GRAPH ?g { ?n ?p <%[1]s> } BIND("in" AS ?dir) }
  ?n rdfs:label ?label .
  FILTER(isIRI(?n) && ?n != <%[1]s> && CONTAINS(STR(?p), "/rel/"))
}
GROUP BY ?dir ?p ?n`, actor)
}
