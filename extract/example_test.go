package extract_test

import (
	"context"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// Build the graph of one article and write it as N-Quads.
func Example() {
	p, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := []byte("Finland joined NATO in April 2023. Russia condemned Finland.\n")
	art, err := p.Article(context.Background(), "finland.txt", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range art.Relations {
		fmt.Printf("(%s, %s, %s) in %q\n", art.Actors[r.Subject].Name, r.Predicate, art.Actors[r.Object].Name, art.Sentences[r.Sentence].Text)
	}
	m, _ := graph.NewMinter(graph.DefaultBase)
	w := nquads.NewWriter(os.Stdout)
	for _, q := range graph.Encode(m, []graph.Article{art})[:2] {
		w.Write(q)
	}
	w.Flush()
	// Output:
	// (Finland, joined, NATO) in "Finland joined NATO in April 2023."
	// (Russia, condemned, Finland) in "Russia condemned Finland."
	// <https://actorgraph.example/actor/Finland> <http://www.w3.org/2000/01/rdf-schema#label> "Finland" .
	// <https://actorgraph.example/actor/Finland> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Country> .
}
