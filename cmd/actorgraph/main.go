// Command actorgraph reads news articles and builds a knowledge graph of the
// actors in them and the relations between them. It writes the graph as
// W3C N-Quads, draws it as Graphviz relationship maps and answers neighbour
// queries.
//
// Usage:
//
//	actorgraph build [flags] [PATH|-]...
//	actorgraph render [flags] GRAPH.nq
//	actorgraph neighbors [flags] GRAPH.nq NAME
//	actorgraph path [flags] A B [GRAPH.nq|-]...
//	actorgraph export [flags] [GRAPH.nq|-]...
//	actorgraph parse [flags] [FILE|-]
//	actorgraph demo [flags]
//
// Run "actorgraph COMMAND --help" for a command's flags.
package main

import "os"

func main() { os.Exit(program.Main(os.Args[1:])) }
