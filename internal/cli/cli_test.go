package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// testProgram has a command that fails as its first argument says, and
// one that parses flags.
var testProgram = Program{
	Name:  "prog",
	About: "prog does things.",
	Commands: []Command{
		{Name: "fail", Alias: "flunk", Summary: "fails as told", Run: func(ctx context.Context, e *Env, args []string) error {
			switch strings.Join(args, " ") {
			case "":
				return nil
			case "usage":
				return Usagef("bad %s", "usage")
			case "reported":
				fmt.Fprintln(e.Stderr, "prog fail: one bad input")
				return ErrReported
			case "cancel":
				return fmt.Errorf("read: %w", context.Canceled)
			}
			return errors.New("failed \x1b[2J")
		}},
		{Name: "flags", Summary: "parses flags", Run: func(ctx context.Context, e *Env, args []string) error {
			fs := NewFlagSet(e, "[-n N] ARG...", "Counts.")
			n := fs.Int("n", 1, "a number")
			pos, err := ParseFlags(fs, args)
			if err != nil {
				return err
			}
			fmt.Fprintln(e.Stdout, *n, pos)
			return nil
		}},
		{Name: "pair", Summary: "takes two arguments", Run: func(ctx context.Context, e *Env, args []string) error {
			pos, err := ParseArgs(NewFlagSet(e, "A B", "Pairs."), args, 2, 2, "A and B")
			if err == nil {
				fmt.Fprintln(e.Stdout, pos)
			}
			return err
		}},
	},
}

func TestProgramRun(t *testing.T) {
	tests := []struct {
		name         string
		args         []string
		code         int
		stdout, errs string // contained in stdout and stderr
	}{
		{"no command", nil, 2, "Commands:\n  fail", ""},
		{"help", []string{"--help"}, 0, "Run 'prog COMMAND --help'", ""},
		{"help word", []string{"help"}, 0, "prog does things.", ""},
		{"unknown command", []string{"nope"}, 2, "", "prog: unknown command \"nope\"\n\nprog does things."},
		{"success", []string{"fail"}, 0, "", ""},
		{"alias", []string{"flunk", "usage"}, 2, "", "prog fail: bad usage\n"},
		{"error", []string{"fail", "x"}, 1, "", `prog fail: failed \x1b[2J`},
		{"reported", []string{"fail", "reported"}, 1, "", "prog fail: one bad input\n"},
		{"canceled without a signal", []string{"fail", "cancel"}, 130, "", "prog fail: read: context canceled\n"},
		{"command help", []string{"flags", "-h"}, 0, "", "Usage: prog flags [-n N] ARG...\n\nCounts.\n\nFlags:\n  -n int"},
		{"bad flag", []string{"flags", "-m"}, 2, "", "prog flags: flag provided but not defined: -m"},
		{"pair", []string{"pair", "a", "b"}, 0, "[a b]", ""},
		{"pair short", []string{"pair", "a"}, 2, "", "Usage: prog pair A B\n\nPairs.\n\nFlags:\nprog pair: pair wants A and B, got 1 argument(s)\n"},
		{"flags anywhere", []string{"flags", "a", "-n", "3", "b", "--", "-c"}, 0, "3 [a b -c]", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := testProgram.Run(context.Background(), tt.args, &Env{Stdout: &out, Stderr: &errb})
			if got := ExitCode(err); got != tt.code {
				t.Errorf("exit %d (%v), want %d", got, err, tt.code)
			}
			if !strings.Contains(out.String(), tt.stdout) || !strings.Contains(errb.String(), tt.errs) {
				t.Errorf("stdout %q, stderr %q; want %q and %q in them", out.String(), errb.String(), tt.stdout, tt.errs)
			}
			if tt.errs == "" && errb.Len() > 0 && tt.code == 0 {
				t.Errorf("stderr %q on success", errb.String())
			}
		})
	}
}

func TestRunInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("interrupt signal received"))
	var errb bytes.Buffer
	err := testProgram.Run(ctx, []string{"fail", "cancel"}, &Env{Stdout: &bytes.Buffer{}, Stderr: &errb})
	if ExitCode(err) != 130 || errb.String() != "prog fail: interrupted (interrupt signal received)\n" {
		t.Errorf("exit %d, stderr %q", ExitCode(err), errb.String())
	}
}

func TestExitCode(t *testing.T) {
	for _, tt := range []struct {
		err  error
		code int
	}{
		{nil, 0},
		{errors.New("x"), 1},
		{fmt.Errorf("wrapped: %w", Usagef("bad")), 2},
		{context.Canceled, 130},
		{ErrReported, 1},
	} {
		if got := ExitCode(tt.err); got != tt.code {
			t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.code)
		}
	}
}

func TestErrorMessageInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancelCause(context.Background())
	if got := ErrorMessage(ctx, context.Canceled); got != "context canceled" {
		t.Errorf("before the cancel: %q", got)
	}
	cancel(errors.New("interrupt signal received"))
	if got := ErrorMessage(ctx, context.Canceled); got != "interrupted (interrupt signal received)" {
		t.Errorf("got %q", got)
	}
	if got := ErrorMessage(ctx, errors.New("other")); got != "other" {
		t.Errorf("other error: %q", got)
	}
}

func TestDisplayText(t *testing.T) {
	tests := []struct{ in, want, msg string }{
		{"plain café", "plain café", "plain café"},
		{"a\x1bcb", `a\x1bcb`, `a\x1bcb`},
		{"line\nbreak\r", `line\nbreak\r`, "line\nbreak\\r"},
		{"tab\there", `tab\there`, `tab\there`},
		{"bell\x07del\x7f", `bell\x07del\x7f`, `bell\x07del\x7f`},
		{"csi\u009b2J", `csi\x9b2J`, `csi\x9b2J`},
		{"bidi\u202eevil\u2066", `bidi\u202eevil\u2066`, `bidi\u202eevil\u2066`},
		{"sep\u2028", `sep\u2028`, `sep\u2028`},
		{"bad\xffbyte", `bad\xffbyte`, `bad\xffbyte`},
		{"replacement \uFFFD stays", "replacement \uFFFD stays", "replacement \uFFFD stays"},
	}
	for _, tt := range tests {
		if got := DisplayText(tt.in); got != tt.want {
			t.Errorf("DisplayText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := DisplayMessage(tt.in); got != tt.msg {
			t.Errorf("DisplayMessage(%q) = %q, want %q", tt.in, got, tt.msg)
		}
	}
}
