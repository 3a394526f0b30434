package main

import (
	"github.com/actorgraph/actorgraph/internal/cli"
)

// program is actorgraph's commands; cli.Program runs them, with the
// conventions every command of the project shares.
var program = cli.Program{
	Name:  "actorgraph",
	About: "actorgraph builds a knowledge graph of the actors in news articles and the relations between them.",
	Commands: []cli.Command{
		{Name: "build", Summary: "extract actors and relations from articles and write N-Quads or add them to a store", Run: runBuild},
		{Name: "render", Summary: "draw a graph as an SVG, PNG or DOT relationship map", Run: runRender},
		{Name: "neighbors", Alias: "neighbours", Summary: "list an actor's neighbours in a graph", Run: runNeighbors},
		{Name: "path", Summary: "print the shortest chains of statements linking two actors", Run: runPath},
		{Name: "export", Summary: "write a graph or a store as GraphML, GEXF, Cypher, neo4j-admin CSV, Cytoscape.js JSON or N-Quads", Run: runExport},
		{Name: "parse", Summary: "write the syntactic analysis of a text as CoNLL-U", Run: runParse},
		{Name: "demo", Summary: "build the sample corpus, write graph.nq and graph.svg, show neighbours", Run: runDemo},
	},
}
