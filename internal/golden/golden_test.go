package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDifference(t *testing.T) {
	tests := []struct {
		got, want string
		line      int
		g, w      string
	}{
		{"a\nb\n", "a\nb\n", 0, "", ""},
		{"a\nb\n", "a\nc\n", 2, "b\n", "c\n"},
		{"a\nb", "a\nb\n", 2, "b", "b\n"},
		{"a\n", "a\nb\n", 2, "", "b\n"},
		{"", "a", 1, "", "a"},
	}
	for _, tc := range tests {
		line, g, w := firstDifference([]byte(tc.got), []byte(tc.want))
		if line != tc.line || g != tc.g || w != tc.w {
			t.Errorf("firstDifference(%q, %q) = %d, %q, %q, want %d, %q, %q", tc.got, tc.want, line, g, w, tc.line, tc.g, tc.w)
		}
	}
}

// TestCheck: the same output passes; what a difference reports is
// TestFirstDifference's.
func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.txt")
	if err := os.WriteFile(path, []byte("one\ntwo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	Check(t, path, []byte("one\ntwo\n"))
}

func TestCheckUpdate(t *testing.T) {
	defer func(u bool) { *update = u }(*update)
	*update = true
	path := filepath.Join(t.TempDir(), "new", "out.txt")
	Check(t, path, []byte("fresh\n"))
	if b, err := os.ReadFile(path); err != nil || string(b) != "fresh\n" {
		t.Errorf("-update wrote %q (%v), want %q", b, err, "fresh\n")
	}
}
