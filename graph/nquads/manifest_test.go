package nquads

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// w3cTest is one entry of a W3C rdf-tests manifest.ttl.
type w3cTest struct {
	Name   string // the entry's subject as written, e.g. <#nt-syntax-uri-01>
	Type   string // e.g. TestNQuadsPositiveSyntax
	Action string // input file, relative to the manifest's folder
	Result string // expected output file, for C14N tests
}

var (
	manifestEntry  = regexp.MustCompile(`(?m)^(\S+)\s+(?:a|rdf:type)\s+rdft:(Test\w+)`)
	manifestAction = regexp.MustCompile(`mf:action\s*<([^>]+)>`)
	manifestResult = regexp.MustCompile(`mf:result\s*<([^>]+)>`)
)

// readManifest lists the tests of dir/manifest.ttl. It reads just enough of
// Turtle for the W3C manifests: each entry starts a line with its subject and
// rdft type, and its mf:action and mf:result follow before the next entry.
func readManifest(t *testing.T, dir string) []w3cTest {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.ttl"))
	if err != nil {
		t.Fatalf("read manifest: %v", err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines = append(lines, l)
		}
	}
	text := strings.Join(lines, "\n")
	locs := manifestEntry.FindAllStringSubmatchIndex(text, -1)
	var tests []w3cTest
	for i, loc := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		block := text[loc[0]:end]
		tc := w3cTest{Name: text[loc[2]:loc[3]], Type: text[loc[4]:loc[5]]}
		if m := manifestAction.FindStringSubmatch(block); m != nil {
			tc.Action = m[1]
		}
		if m := manifestResult.FindStringSubmatch(block); m != nil {
			tc.Result = m[1]
		}
		if tc.Action == "" {
			t.Fatalf("%s: entry %s has no mf:action", dir, tc.Name)
		}
		tests = append(tests, tc)
	}
	if len(tests) == 0 {
		t.Fatalf("%s: no tests found in manifest.ttl", dir)
	}
	return tests
}

// rdfTestsDir returns the W3C rdf-tests checkout, ../shared/rdf-tests from the
// repository root unless $ACTORGRAPH_RDF_TESTS names another, and skips the
// test if it is absent.
func rdfTestsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ACTORGRAPH_RDF_TESTS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "rdf-tests")
	}
	if _, err := os.Stat(filepath.Join(dir, "rdf", "rdf11")); err != nil {
		t.Skipf("W3C rdf-tests not found at %s (set ACTORGRAPH_RDF_TESTS): %v", dir, err)
	}
	return dir
}
