// Command actorgraph reads news articles and builds a knowledge graph of the
// actors in them and the relations between them. It writes the graph as
// W3C N-Quads or adds it to a store (an SQLite file that grows run after
// run), draws it as Graphviz relationship maps and answers neighbour
// queries. GRAPH is a store or an N-Quads file.
//
// Usage:
//
//	actorgraph build [flags] [PATH|-]...
//	actorgraph build --db STORE [flags] [PATH|-]...
//	actorgraph render [flags] GRAPH
//	actorgraph neighbors [flags] GRAPH NAME
//	actorgraph path [flags] A B [GRAPH.nq|-]...
//	actorgraph export [flags] [STORE | GRAPH.nq|-...]
//	actorgraph parse [flags] [FILE|-]
//	actorgraph demo [flags]
//
// Run "actorgraph COMMAND --help" for a command's flags.
package main

import "os"

func main() { os.Exit(program.Main(os.Args[1:])) }
