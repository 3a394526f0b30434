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

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err))
}

// exitCode maps run's error to the process status: 0 for success, 2 for a
// usage error, 130 (as shells report Ctrl-C) for a command interrupted by
// a signal, 1 for anything else. The error itself has been printed by run.
func exitCode(err error) int {
	var u *usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return 2
	case errors.Is(err, context.Canceled):
		return 130
	default:
		return 1
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}
