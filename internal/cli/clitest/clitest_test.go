package clitest

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cli"
)

var program = cli.Program{
	Name:  "prog",
	About: "prog echoes.",
	Commands: []cli.Command{{Name: "echo", Summary: "prints its arguments", Run: func(ctx context.Context, e *cli.Env, args []string) error {
		fs := cli.NewFlagSet(e, "[ARG]...", "Prints its arguments.")
		args, err := cli.ParseFlags(fs, args)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(e.Stdout, args)
		return err
	}}},
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return program.Run(ctx, args, &cli.Env{Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

func TestConventions(t *testing.T) {
	Conventions(t, run, "prog", "echo")
	Check(t, run, []Case{{"echo", []string{"echo", "a", "b"}, 0, "[a b]"}})
}
