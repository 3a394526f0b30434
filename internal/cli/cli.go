// Package cli holds what the project's commands (cmd/...) share of the
// command line, so that they behave alike: a program of subcommands, each
// with its own flag set and usage text and --help; the exit status of an
// error (ExitCode: 0, 1, 2 for a usage error, 130 when interrupted); the
// message of an interrupted command; and text made safe to print on a
// terminal. A command's main is one line: Program.Main runs the program
// under a context cancelled on SIGINT and SIGTERM and returns the exit
// status, which only main passes to os.Exit:
//
//	func main() { os.Exit(program.Main(os.Args[1:])) }
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// Env is what a command may touch of the outside world, and its name.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Command is the command's name as its usage shows it, "actorgraph
	// build"; Program.Run sets it.
	Command string
}

// Command is one subcommand of a Program.
type Command struct {
	Name    string
	Alias   string // another name the command answers to, "" for none
	Summary string // a line of the program's usage
	Run     func(ctx context.Context, e *Env, args []string) error
}

// Program is a command of subcommands.
type Program struct {
	Name     string // the command's name, "actorgraph"
	About    string // what the program does, one sentence
	Commands []Command
}

// Main runs the program with args and the process's standard streams,
// under a context that SIGINT (Ctrl-C) or SIGTERM cancels, and returns the
// exit status of its error (ExitCode) for main to pass to os.Exit.
func (p *Program) Main(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return ExitCode(p.RunIO(ctx, args, os.Stdin, os.Stdout, os.Stderr))
}

// RunIO is Run with the standard streams given one by one, as a command's
// tests call it in-process (clitest.RunFunc).
func (p *Program) RunIO(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return p.Run(ctx, args, &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// Run is the whole program: it runs the subcommand args[0] names with the
// rest of args, and prints its error to e.Stderr, headed by the program's
// and the command's names. With no arguments it prints the usage to
// e.Stdout and returns a UsageError; for -h, --help or help, it prints it
// and returns nil, as it does for a command's --help. An unknown command is
// a UsageError. The caller turns the error into an exit status (ExitCode).
func (p *Program) Run(ctx context.Context, args []string, e *Env) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		p.printUsage(e.Stdout)
		if len(args) == 0 {
			return Usagef("no command given")
		}
		return nil
	}
	for _, c := range p.Commands {
		if args[0] != c.Name && (c.Alias == "" || args[0] != c.Alias) {
			continue
		}
		ce := *e
		ce.Command = p.Name + " " + c.Name
		err := c.Run(ctx, &ce, args[1:])
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return nil
		case errors.Is(err, ErrReported):
			return err
		}
		fmt.Fprintf(e.Stderr, "%s %s: %s\n", p.Name, c.Name, DisplayMessage(ErrorMessage(ctx, err)))
		return err
	}
	fmt.Fprintf(e.Stderr, "%s: unknown command %q\n\n", p.Name, args[0])
	p.printUsage(e.Stderr)
	return Usagef("unknown command %q", args[0])
}

func (p *Program) printUsage(w io.Writer) {
	fmt.Fprintln(w, p.About)
	fmt.Fprintf(w, "\nUsage:\n  %s COMMAND [flags] [arguments]\n\nCommands:\n", p.Name)
	for _, c := range p.Commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.Name, c.Summary)
	}
	fmt.Fprintf(w, "\nRun '%s COMMAND --help' for a command's flags.\n", p.Name)
}

// NewFlagSet returns the flag set of the command e runs, which prints its
// usage to e.Stderr, headed by the command's name, synopsis and
// description.
func NewFlagSet(e *Env, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(e.Command, flag.ContinueOnError)
	fs.SetOutput(e.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.Stderr, "Usage: %s %s\n\n%s\n\nFlags:\n", e.Command, synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

// ParseArgs parses args as ParseFlags does, for a command that takes from
// min to max positional arguments (max -1: any number). With another
// number, it prints the usage and returns a UsageError saying that the
// command wants what want says.
func ParseArgs(fs *flag.FlagSet, args []string, min, max int, want string) ([]string, error) {
	pos, err := ParseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	if len(pos) < min || max >= 0 && len(pos) > max {
		fs.Usage()
		name := fs.Name()[strings.LastIndexByte(fs.Name(), ' ')+1:]
		return nil, Usagef("%s wants %s, got %d argument(s)", name, want, len(pos))
	}
	return pos, nil
}

// ParseFlags parses args, flags and positional arguments in any order
// ("--" ends the flags), and returns the positional arguments. A flag error
// is a UsageError; -h and --help return flag.ErrHelp, which Program.Run
// takes for success.
func ParseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &UsageError{Msg: err.Error()}
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
