// Command actorgraph-train trains the syntax models (tagger, lemmatizer,
// parser) on the UD English treebanks, evaluates them, and regenerates the
// tokenizer's lexicon.
//
//	actorgraph-train [train] [-treebanks DIR] [-out DIR]
//	actorgraph-train eval [-treebanks DIR] [-model DIR]
//	actorgraph-train lexicon [-treebanks DIR] [-out FILE]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "actorgraph-train:", err)
		}
		os.Exit(1)
	}
}

// run dispatches to a subcommand; without one it trains.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := "train"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "train":
		return runTrain(ctx, args, stdout, stderr)
	case "eval":
		return runEval(ctx, args, stdout, stderr)
	case "lexicon":
		return runLexicon(ctx, args, stdout, stderr)
	}
	return fmt.Errorf("unknown command %q (want train, eval or lexicon)", cmd)
}
