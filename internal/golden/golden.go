// Package golden compares what a test produced with a golden file, the
// expected output kept under testdata/, and rewrites the file instead when
// the test binary runs with -update:
//
//	go test ./render -update   # then review the diff with git
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files with what the tests produce")

// Check compares got with the golden file at path and reports a
// difference, naming its first line. With -update it writes got to path
// first, making its folder, so that the test passes and the diff is for
// git to show.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		line, g, w := firstDifference(got, want)
		t.Errorf("output differs from %s at line %d (go test -update rewrites it; review the diff):\n got: %q\nwant: %q", path, line, g, w)
	}
}

// firstDifference returns the number of the first line where got and want
// differ, and the two lines ("" past the end of either); 0 when they are
// the same.
func firstDifference(got, want []byte) (line int, g, w string) {
	gl, wl := bytes.SplitAfter(got, []byte("\n")), bytes.SplitAfter(want, []byte("\n"))
	for i := range max(len(gl), len(wl)) {
		if g, w := lineAt(gl, i), lineAt(wl, i); g != w {
			return i + 1, g, w
		}
	}
	return 0, "", ""
}

func lineAt(lines [][]byte, i int) string {
	if i < len(lines) {
		return string(lines[i])
	}
	return ""
}
