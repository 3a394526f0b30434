package extract_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"golang.org/x/tools/txtar"
)

// shippedPipeline returns the extraction pipeline with the shipped models,
// built once for all tests.
var shippedPipeline = sync.OnceValues(func() (*extract.Pipeline, error) {
	return extract.New(extract.Options{})
})

// pipeline returns the extraction pipeline with the shipped models,
// failing the test when it cannot be built.
func pipeline(t testing.TB) *extract.Pipeline {
	t.Helper()
	p, err := shippedPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// triples extracts text and returns its relations as "S | p | O" lines.
func triples(t *testing.T, text string) []string {
	t.Helper()
	p := pipeline(t)
	art, err := p.Article(context.Background(), "case", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range art.Relations {
		got = append(got, art.Actors[r.Subject].Name+" | "+string(r.Predicate)+" | "+art.Actors[r.Object].Name)
	}
	slices.Sort(got)
	return slices.Compact(got)
}

// TestPhenomena runs the phenomenon suite in testdata/phenomena (see its
// README): every case not listed in known-failures.txt must extract exactly
// its expected triples.
func TestPhenomena(t *testing.T) {
	known := readKnownFailures(t, "testdata/phenomena/known-failures.txt")
	files, err := filepath.Glob("testdata/phenomena/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no phenomenon archives: %v", err)
	}
	var passed, total int
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		group := strings.TrimSuffix(filepath.Base(file), ".txtar")
		texts := map[string]string{}
		for _, f := range ar.Files {
			if name, ok := strings.CutSuffix(f.Name, ".txt"); ok {
				texts[name] = string(f.Data)
			}
		}
		for _, f := range ar.Files {
			name, ok := strings.CutSuffix(f.Name, ".want")
			if !ok {
				continue
			}
			text, ok := texts[name]
			if !ok {
				t.Fatalf("%s: %s.want has no %s.txt", file, name, name)
			}
			id := group + "/" + name
			total++
			t.Run(id, func(t *testing.T) {
				want := wantLines(string(f.Data))
				got := triples(t, text)
				ok := slices.Equal(got, want)
				_, isKnown := known[id]
				switch {
				case ok && isKnown:
					t.Errorf("%s now passes: remove it from known-failures.txt", id)
				case ok:
				case isKnown:
					t.Skipf("known failure (%s)\ntext: %s\ngot:  %q\nwant: %q", known[id], strings.TrimSpace(text), got, want)
				default:
					t.Errorf("text: %s\ngot:  %q\nwant: %q", strings.TrimSpace(text), got, want)
				}
				if ok {
					passed++
				}
			})
		}
	}
	t.Logf("phenomenon suite: %d of %d cases pass", passed, total)
}

func wantLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return out
}

// readKnownFailures reads "group/name  reason" lines.
func readKnownFailures(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return out
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, reason, _ := strings.Cut(line, " ")
		out[id] = strings.TrimSpace(reason)
	}
	return out
}
