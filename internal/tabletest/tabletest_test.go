package tabletest

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the errors reported to it.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestFunc(t *testing.T) {
	r := &recorder{TB: t}
	Func(r, "strings.ToUpper", strings.ToUpper, []Case[string, string]{
		{"a", "A"},
		{"b", "b"},
		{"", ""},
	})
	want := []string{`strings.ToUpper("b") = "B", want "b"`}
	if fmt.Sprint(r.errs) != fmt.Sprint(want) {
		t.Errorf("reported %q, want %q", r.errs, want)
	}
}

func TestFuncErr(t *testing.T) {
	r := &recorder{TB: t}
	FuncErr(r, "strconv.Atoi", strconv.Atoi, []ErrCase[string, int]{
		{"number", "12", 12, ""},
		{"wrong number", "12", 13, ""},
		{"wanted error", "x", 0, "invalid syntax"},
		{"other error", "x", 0, "out of range"},
		{"missing error", "1", 0, "invalid syntax"},
		{"unwanted error", "y", 0, ""},
	})
	want := []string{
		`wrong number: strconv.Atoi("12") = 12, want 13`,
		`other error: strconv.Atoi("x"): error strconv.Atoi: parsing "x": invalid syntax, want one containing "out of range"`,
		`missing error: strconv.Atoi("1"): error <nil>, want one containing "invalid syntax"`,
		`unwanted error: strconv.Atoi("y"): strconv.Atoi: parsing "y": invalid syntax`,
	}
	if !slices.Equal(r.errs, want) {
		t.Errorf("reported\n%q\nwant\n%q", r.errs, want)
	}
}

func (r *recorder) Fatal(args ...any) { r.errs = append(r.errs, fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestError(t *testing.T) {
	check := func(err error, want string, wanted bool, failures int) {
		t.Helper()
		r := &recorder{TB: t}
		if got := Error(r, err, want); got != wanted || len(r.errs) != failures {
			t.Errorf("Error(%v, %q) = %v reporting %q, want %v with %d failures", err, want, got, r.errs, wanted, failures)
		}
	}
	check(nil, "", false, 0)
	check(errors.New("boom"), "", false, 1)
	check(nil, "boom", true, 1)
	check(errors.New("bang"), "boom", true, 1)
	check(errors.New("a boom here"), "boom", true, 0)
}
