package tabletest

import (
	"fmt"
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
