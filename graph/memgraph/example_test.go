package memgraph_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
)

func Example() {
	m, _ := graph.NewMinter(graph.DefaultBase)
	art := graph.Article{
		ID: "a1",
		Actors: []graph.Actor{
			{Name: "Donald Trump", Type: graph.Person, Aliases: []string{"Trump"}},
			{Name: "Volodymyr Zelenskyy", Type: graph.Person, Aliases: []string{"Zelensky"}},
			{Name: "Ukraine", Type: graph.Country},
		},
		Sentences: []graph.Sentence{
			{Text: "Trump met Zelensky.", Start: 0, End: 19},
			{Text: "Zelensky, Ukraine's president, met Trump again.", Start: 20, End: 67},
		},
		Relations: []graph.Relation{
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 0},
			{Subject: 0, Predicate: "met", Object: 1, Sentence: 1},
			{Subject: 1, Predicate: "president-of", Object: 2, Sentence: 1},
		},
	}
	g, err := memgraph.New(graph.Decode(graph.Encode(m, []graph.Article{art})))
	if err != nil {
		fmt.Println(err)
		return
	}
	trump := g.Find("trump")[0]
	for _, n := range g.Neighbors(trump.IRI, memgraph.NeighborOptions{Depth: 2}) {
		fmt.Printf("%d %s %s %s (%d): %q\n", n.Depth, n.Direction, n.Predicate, n.Node.Label, n.Statements, n.Evidence[0].Text)
	}
	// Output:
	// 1 out met Volodymyr Zelenskyy (2): "Trump met Zelensky."
	// 2 out president-of Ukraine (1): "Zelensky, Ukraine's president, met Trump again."
}
