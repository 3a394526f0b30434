package testenv

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/treebank"
)

// skipped runs f in a test of its own and reports whether it skipped.
func skipped(t *testing.T, f func(testing.TB)) bool {
	t.Helper()
	var skip bool
	t.Run("inner", func(t *testing.T) {
		defer func() { skip = t.Skipped() }()
		f(t)
	})
	return skip
}

func TestLong(t *testing.T) {
	for _, tc := range []struct {
		env  string
		skip bool
	}{
		{"", true},
		{"0", true},
		{"yes", true},
		{"1", testing.Short()},
	} {
		t.Setenv(LongEnvVar, tc.env)
		if got := skipped(t, Long); got != tc.skip {
			t.Errorf("%s=%q: skipped %v, want %v", LongEnvVar, tc.env, got, tc.skip)
		}
	}
}

func TestTreebanks(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(treebank.EnvVar, dir)
	var got string
	if skipped(t, func(t testing.TB) { got = Treebanks(t) }) || got != dir {
		t.Errorf("Treebanks = %q, want %q", got, dir)
	}
	t.Setenv(treebank.EnvVar, dir+"/none")
	if !skipped(t, func(t testing.TB) { Treebanks(t) }) {
		t.Error("Treebanks did not skip without treebanks")
	}
}
