package clitest

import (
	"context"
	"fmt"
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

func TestConventions(t *testing.T) {
	Conventions(t, program.RunIO, "prog", "echo")
	Check(t, program.RunIO, []Case{{"echo", []string{"echo", "a", "b"}, 0, "[a b]"}})
}
