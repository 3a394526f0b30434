package relations_test

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/syntax"
)

// extractor returns the full extraction pipeline with the shipped models,
// built once for all tests.
var extractor = sync.OnceValues(func() (*relations.Extractor, error) {
	model, err := syntax.DefaultModel()
	if err != nil {
		return nil, err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	ner, err := ner.DefaultRecognizer()
	if err != nil {
		return nil, err
	}
	return relations.NewExtractor(model, entities.NewFinder(gaz, ner)), nil
})

// triples extracts text and returns its relations as "S | p | O" lines.
func triples(t *testing.T, text string) []string {
	t.Helper()
	x, err := extractor()
	if err != nil {
		t.Fatal(err)
	}
	art := x.Extract(text)
	var got []string
	for _, r := range art.Relations {
		got = append(got, r.Subject+" | "+r.Predicate+" | "+r.Object)
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
					t.Logf("%s now passes: remove it from known-failures.txt", id)
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
