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
//	actorgraph parse [flags] [FILE|-]
//	actorgraph demo [flags]
//
// Run "actorgraph COMMAND --help" for a command's flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/actorgraph/actorgraph/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(cli.ExitCode(err))
}
