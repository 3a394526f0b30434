package memgraph

import (
	"strconv"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

const base = "https://t.example/"

func iri(name string) graph.IRI  { return graph.IRI(base + "actor/" + name) }
func pred(name string) graph.IRI { return graph.IRI(base + "rel/" + name) }
func sent(n int) graph.IRI       { return graph.IRI(base + "article/a/sentence/" + strconv.Itoa(n)) }
func actor(name string, t graph.ActorType, aliases ...string) graph.ActorNode {
	return graph.ActorNode{IRI: iri(name), Label: name, Type: t, Aliases: aliases}
}

// st is a statement of sentence n (no graph label when n is 0).
func st(s, p, o string, n int) graph.Statement {
	x := graph.Statement{Subject: iri(s), Predicate: pred(p), Object: iri(o)}
	if n > 0 {
		x.Graph = sent(n)
	}
	return x
}

// sentences returns evidence for sentences 1..n of article "a".
func sentences(n int) map[graph.IRI]graph.Evidence {
	m := map[graph.IRI]graph.Evidence{}
	for i := 1; i <= n; i++ {
		m[sent(i)] = graph.Evidence{Text: "Sentence " + strconv.Itoa(i) + ".", Article: base + "article/a", Start: i * 100, End: i*100 + 50}
	}
	return m
}

// sample is a small graph shaped like the seed articles.
func sample() *graph.Dataset {
	return &graph.Dataset{
		Actors: []graph.ActorNode{
			actor("Donald_Trump", graph.Person, "Trump", "President Trump"),
			actor("Vladimir_Putin", graph.Person, "Putin"),
			actor("Volodymyr_Zelenskyy", graph.Person, "Zelensky", "Zelenskiy"),
			actor("Yuri_Ushakov", graph.Person, "Ushakov"),
			actor("Russia", graph.Country, "Moscow", "the Kremlin"),
			actor("Ukraine", graph.Country, "Kyiv"),
			actor("United_States", graph.Country, "U.S.", "Washington"),
			actor("NATO", graph.Organization),
			actor("Crimea", graph.Location),
			actor("Cold_War", graph.Unknown),
		},
		Statements: []graph.Statement{
			st("Donald_Trump", "president-of", "United_States", 1),
			st("Vladimir_Putin", "president-of", "Russia", 1),
			st("Yuri_Ushakov", "aide-to", "Vladimir_Putin", 1),
			st("Donald_Trump", "met", "Volodymyr_Zelenskyy", 2),
			st("Donald_Trump", "met", "Volodymyr_Zelenskyy", 3),
			st("Donald_Trump", "met", "Volodymyr_Zelenskyy", 3), // the same quad again
			st("Donald_Trump", "praised", "Volodymyr_Zelenskyy", 3),
			st("Volodymyr_Zelenskyy", "met", "Donald_Trump", 4),
			st("Volodymyr_Zelenskyy", "president-of", "Ukraine", 4),
			st("Russia", "invaded", "Ukraine", 5),
			st("Russia", "annexed", "Crimea", 5),
			st("Donald_Trump", "called-on", "NATO", 6),
			st("United_States", "sanctioned", "Russia", 0),
		},
		Sentences: sentences(6),
	}
}

func mustNew(t testing.TB, d *graph.Dataset) *Graph {
	t.Helper()
	g, err := New(d)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return g
}

func labels(ns []Node) []string {
	var l []string
	for _, n := range ns {
		l = append(l, n.Label)
	}
	return l
}
