package export

import (
	"github.com/actorgraph/actorgraph/graph"
)

// hostile is a label no writer may let out of its string: quotes of every
// kind, a backslash, markup, a CDATA end, line breaks, control characters,
// characters XML forbids, a bidi override, a NUL and bytes that are not
// UTF-8.
const hostile = "Ev\"il' <b>&amp; \\x]]> \r\n\ttab\x00nul\x01\x1b[2J\x7f\u0085\u202e\ufffe\xff\xfe end`) //;MATCH (n) DETACH DELETE n;"

// sampleGraph is a small graph whose text is hostile: two actors and
// three statements, one with a class and a date, one in the default graph.
func sampleGraph() *Graph {
	return &Graph{
		Nodes: []Node{
			{ID: "https://actorgraph.example/actor/A", Label: "Alpha " + hostile, Type: graph.Person, Aliases: []string{"A;1", "A | \"2\""}},
			{ID: "https://actorgraph.example/actor/B%22", Label: "Beta", Type: graph.Country},
			{ID: "https://actorgraph.example/actor/C", Label: "Gamma", Type: graph.Unknown},
		},
		Edges: []Edge{
			{
				ID: "e1", Source: "https://actorgraph.example/actor/A", Target: "https://actorgraph.example/actor/B%22",
				Predicate: "met", PredicateIRI: "https://actorgraph.example/rel/met",
				Sentence: "https://actorgraph.example/article/x/sentence/1", Evidence: "Alpha met Beta. " + hostile,
				Start: 3, End: 40, Article: "https://actorgraph.example/article/x", File: "dir/a,b \"c\".txt",
				Class: "040", Date: "2024-03-02",
			},
			{
				ID: "e2", Source: "https://actorgraph.example/actor/B%22", Target: "https://actorgraph.example/actor/A",
				Predicate: "pre`dicate " + hostile, PredicateIRI: "https://actorgraph.example/rel/x",
				Sentence: "https://actorgraph.example/article/x/sentence/2", Evidence: "Beta and Alpha.",
				Start: 41, End: 56, Article: "https://actorgraph.example/article/x", Date: "2023-02",
			},
			{
				ID: "e3", Source: "https://actorgraph.example/actor/A", Target: "https://actorgraph.example/actor/B%22",
				Predicate: "met", PredicateIRI: "https://actorgraph.example/rel/met",
			},
		},
	}
}
