// Package tabletest runs the simplest of table tests: a function of one
// argument, called on each case's input, must return the case's result
// (Func), or, for a function that can fail, return the case's result or an
// error wanted (FuncErr). Tests with more to a case keep their own loop, and
// may check a case's error with Error.
package tabletest

import (
	"reflect"
	"strings"
	"testing"
)

// Case is an input and the result wanted for it. It names a struct type
// rather than defining one, so that a table lists its cases without field
// names, as a table of its own would.
type Case[In, Out comparable] = struct {
	In   In
	Want Out
}

// Func calls f on the input of every case and reports each result that is
// not the one wanted, naming f by name.
func Func[In, Out comparable](t testing.TB, name string, f func(In) Out, cases []Case[In, Out]) {
	t.Helper()
	for _, c := range cases {
		if got := f(c.In); got != c.Want {
			t.Errorf("%s(%#v) = %#v, want %#v", name, c.In, got, c.Want)
		}
	}
}

// ErrCase is a named case of a function that can fail: its input, the
// result wanted, and the part of the error's message wanted ("" when it
// wants no error, and then Want).
type ErrCase[In, Out any] = struct {
	Name string
	In   In
	Want Out
	Err  string
}

// FuncErr calls f on the input of every case and reports, naming the case
// and f, each error that is not the one wanted and, when the case wants no
// error, each result that is not the one wanted (by reflect.DeepEqual).
func FuncErr[In, Out any](t testing.TB, name string, f func(In) (Out, error), cases []ErrCase[In, Out]) {
	t.Helper()
	for _, c := range cases {
		got, err := f(c.In)
		switch {
		case c.Err != "":
			if err == nil || !strings.Contains(err.Error(), c.Err) {
				t.Errorf("%s: %s(%#v): error %v, want one containing %q", c.Name, name, c.In, err, c.Err)
			}
		case err != nil:
			t.Errorf("%s: %s(%#v): %v", c.Name, name, c.In, err)
		case !reflect.DeepEqual(got, c.Want):
			t.Errorf("%s: %s(%#v) = %#v, want %#v", c.Name, name, c.In, got, c.Want)
		}
	}
}

// Error checks err against want, the part of its message a case wants, ""
// when the case wants no error: it fails the test at once when err does not
// contain want, or is not nil when want is "". It reports whether the case
// wants an error, so that the caller checks the case's result only when it
// does not.
func Error(t testing.TB, err error, want string) bool {
	t.Helper()
	if want == "" {
		if err != nil {
			t.Fatal(err)
		}
		return false
	}
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v, want one containing %q", err, want)
	}
	return true
}
