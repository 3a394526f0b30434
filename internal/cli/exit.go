package cli

import (
	"context"
	"errors"
	"fmt"
)

// ExitCode maps a program's error to the process status: 0 for success,
// 2 for a usage error, 130 (as shells report Ctrl-C) for a command
// interrupted by a signal, 1 for anything else. The error itself has been
// printed by Program.Run.
func ExitCode(err error) int {
	var u *UsageError
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

// UsageError is a mistake in the command line.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Usagef returns a UsageError with the formatted message.
func Usagef(format string, args ...any) error {
	return &UsageError{Msg: fmt.Sprintf(format, args...)}
}

// ErrReported is returned by a command that has already printed its errors
// (one line per bad input) and only needs the exit status set.
var ErrReported = errors.New("errors reported")

// ErrorMessage is what Program.Run prints for a command's error:
// "interrupted" when the command stopped because ctx ended (Ctrl-C or
// SIGTERM), saying which signal when ctx knows, else the error.
func ErrorMessage(ctx context.Context, err error) string {
	if ctx.Err() == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		return err.Error()
	}
	if cause := context.Cause(ctx); cause != nil && cause != ctx.Err() {
		return "interrupted (" + cause.Error() + ")"
	}
	return "interrupted"
}
