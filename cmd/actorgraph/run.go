package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
)

// command is one subcommand of actorgraph.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what a command may touch of the outside world.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

var commands = []command{
	{"build", "extract actors and relations from articles and write N-Quads or add them to a store", runBuild},
	{"export", "write the graph in a store as N-Quads", runExport},
	{"render", "draw a graph as an SVG, PNG or DOT relationship map", runRender},
	{"neighbors", "list an actor's neighbours in a graph", runNeighbors},
	{"path", "print the shortest chains of statements linking two actors", runPath},
	{"export", "write a graph as GraphML, GEXF, Cypher, neo4j-admin CSV, Cytoscape.js JSON or N-Quads", runExport},
	{"parse", "write the syntactic analysis of a text as CoNLL-U", runParse},
	{"demo", "build the sample corpus, write graph.nq and graph.svg, show neighbours", runDemo},
}

// run is the whole program: it parses args, runs one command and prints any
// error to stderr. The caller turns the error into an exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stdout)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	for _, c := range commands {
		if c.name == args[0] || (c.name == "neighbors" && args[0] == "neighbours") {
			err := c.run(ctx, e, args[1:])
			switch {
			case err == nil, errors.Is(err, flag.ErrHelp):
				return nil
			case errors.Is(err, errReported):
				return err
			}
			fmt.Fprintf(stderr, "actorgraph %s: %s\n", c.name, displayMessage(errorMessage(ctx, err)))
			return err
		}
	}
	fmt.Fprintf(stderr, "actorgraph: unknown command %q\n\n", args[0])
	printUsage(stderr)
	return usagef("unknown command %q", args[0])
}

// errorMessage is what run prints for a command's error: "interrupted" when
// the command stopped because ctx ended (Ctrl-C or SIGTERM), saying which
// signal when ctx knows, else the error.
func errorMessage(ctx context.Context, err error) string {
	if ctx.Err() == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err.Error()
	}
	if cause := context.Cause(ctx); cause != nil && cause != ctx.Err() {
		return "interrupted (" + cause.Error() + ")"
	}
	return "interrupted"
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "actorgraph builds a knowledge graph of the actors in news articles and the relations between them.")
	fmt.Fprintln(w, "\nUsage:\n  actorgraph COMMAND [flags] [arguments]\n\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'actorgraph COMMAND --help' for a command's flags.")
}

// errReported is returned by a command that has already printed its errors
// (one line per bad input) and only needs the exit status set.
var errReported = errors.New("errors reported")

// newFlagSet returns a flag set that prints its usage to e.stderr, headed by
// the command's synopsis and description.
func newFlagSet(e *env, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: actorgraph %s %s\n\n%s\n\nFlags:\n", name, synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, flags and positional arguments in any order
// ("--" ends the flags), and returns the positional arguments. A flag error
// is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{msg: err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
