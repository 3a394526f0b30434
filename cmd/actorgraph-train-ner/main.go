// Command actorgraph-train-ner trains the named-entity recogniser of
// package entities/ner on the GUM treebank and measures it.
//
// Usage:
//
//	actorgraph-train-ner train [flags]   write entities/ner/model/ner.model
//	actorgraph-train-ner eval [flags]    print precision, recall and F1 on GUM
//
// Run "actorgraph-train-ner COMMAND -h" for a command's flags. Training is
// deterministic: the same treebanks and flags give the same model file.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "actorgraph-train-ner:", err)
		os.Exit(1)
	}
}

const usage = `usage: actorgraph-train-ner train|eval [flags]`

// run executes one subcommand.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return flag.ErrHelp
	}
	switch args[0] {
	case "train":
		return runTrain(ctx, args[1:], stdout, stderr)
	case "eval":
		return runEval(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintln(stderr, usage)
	return fmt.Errorf("unknown command %q: %w", args[0], flag.ErrHelp)
}
