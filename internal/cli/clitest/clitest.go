// Package clitest runs a command in-process and checks it against the
// conventions of package cli, which every command of the project follows.
package clitest

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/cli"
)

// RunFunc runs a command in-process with its standard streams, as
// cli.Program.RunIO does.
type RunFunc func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error

// Result is what a run printed and its exit status.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs the command with args and stdin, and returns its output and
// exit status (cli.ExitCode).
func Run(ctx context.Context, run RunFunc, stdin string, args ...string) Result {
	var out, errb bytes.Buffer
	err := run(ctx, args, strings.NewReader(stdin), &out, &errb)
	return Result{out.String(), errb.String(), cli.ExitCode(err)}
}

// Case is a command line and what it must give: an exit status and a
// text in stdout or stderr.
type Case struct {
	Name string
	Args []string
	Code int
	Want string
}

// Check runs every case as a subtest.
func Check(t *testing.T, run RunFunc, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			r := Run(context.Background(), run, "", c.Args...)
			if r.Code != c.Code {
				t.Errorf("exit %d, want %d\nstderr: %s", r.Code, c.Code, r.Stderr)
			}
			if !strings.Contains(r.Stdout+r.Stderr, c.Want) {
				t.Errorf("output lacks %q\nstdout: %s\nstderr: %s", c.Want, r.Stdout, r.Stderr)
			}
		})
	}
}

// Conventions checks the command line that every command shares: the
// usage on no command (exit status 2) and on --help (0), an unknown
// command (2), and for each of the subcommands its usage on --help and -h
// (0) and an undefined flag (2).
func Conventions(t *testing.T, run RunFunc, name string, commands ...string) {
	t.Helper()
	cases := []Case{
		{"no command", nil, 2, "Commands:"},
		{"help", []string{"--help"}, 0, "Run '" + name + " COMMAND --help'"},
		{"unknown command", []string{"frobnicate"}, 2, name + `: unknown command "frobnicate"`},
	}
	for _, c := range commands {
		usage := "Usage: " + name + " " + c + " "
		cases = append(cases,
			Case{c + " --help", []string{c, "--help"}, 0, usage},
			Case{c + " -h", []string{c, "-h"}, 0, usage},
			Case{c + " bad flag", []string{c, "-no-such-flag"}, 2, "flag provided but not defined: -no-such-flag"})
	}
	Check(t, run, cases)
}
