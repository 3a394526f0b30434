package nquads

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// An externalValidator runs an N-Quads parser that shares no code with this
// package on a set of files and returns, for each file it rejects, its
// message.
type externalValidator struct {
	name string
	// find returns the function that validates files, or why the tool is
	// missing.
	find func(t *testing.T) (func(t *testing.T, files []string) map[string]string, error)
}

var externalValidators = []externalValidator{
	{"rapper", findRapper},
	{"n3", findN3},
}

// TestExternalValidators proves with independent parsers (Debian's rapper
// and the npm package n3; .ci/install-validators.sh installs both) that the
// N-Quads this package writes are valid: both must accept the N-Quads of an
// article made with graph.Encode and written with Writer, and every W3C RDF
// 1.1 positive syntax test. As a control that the harness can fail, both
// must reject a file with a relative IRI.
func TestExternalValidators(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "article.nq")
	if err := os.WriteFile(article, []byte(writeAll(t, sampleQuads(t))), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "relative.nq")
	if err := os.WriteFile(bad, []byte("<s> <http://example/p> <http://example/o> .\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	positives := w3cPositives(t)

	for _, v := range externalValidators {
		t.Run(v.name, func(t *testing.T) {
			validate, err := v.find(t)
			if err != nil {
				t.Skipf("%s not installed (run .ci/install-validators.sh): %v", v.name, err)
			}
			files := append([]string{article, bad}, positives...)
			rejected := validate(t, files)
			if msg, ok := rejected[article]; ok {
				t.Errorf("%s rejects the written article: %s", v.name, msg)
			}
			if _, ok := rejected[bad]; !ok {
				t.Errorf("%s accepts a relative IRI: the harness cannot fail", v.name)
			}
			for _, f := range positives {
				if msg, ok := rejected[f]; ok {
					t.Errorf("%s rejects W3C positive test %s: %s", v.name, f, msg)
				}
			}
			t.Logf("%s: checked the written article and %d W3C positive tests", v.name, len(positives))
		})
	}
}

// w3cPositives lists the W3C RDF 1.1 positive syntax tests, or none (with a
// log line) if the suite is absent.
func w3cPositives(t *testing.T) []string {
	root := os.Getenv("ACTORGRAPH_RDF_TESTS")
	if root == "" {
		root = filepath.Join("..", "..", "..", "shared", "rdf-tests")
	}
	var files []string
	for _, suite := range []string{"rdf-n-quads", "rdf-n-triples"} {
		dir := filepath.Join(root, "rdf", "rdf11", suite)
		if _, err := os.Stat(filepath.Join(dir, "manifest.ttl")); err != nil {
			t.Logf("W3C suite %s absent, checking the article only: %v", suite, err)
			continue
		}
		for _, tc := range readManifest(t, dir) {
			if strings.HasSuffix(tc.Type, "PositiveSyntax") {
				files = append(files, filepath.Join(dir, tc.Action))
			}
		}
	}
	return files
}

// findRapper returns a validator that runs `rapper -q -i nquads -c` on each
// file; a non-zero exit is a rejection.
func findRapper(*testing.T) (func(*testing.T, []string) map[string]string, error) {
	path, err := exec.LookPath("rapper")
	if err != nil {
		return nil, err
	}
	return func(t *testing.T, files []string) map[string]string {
		// rapper spends most of its 0.15 s start-up loading shared
		// libraries, so a few run at once.
		msgs := make([]string, len(files))
		errs := make([]error, len(files))
		sem := make(chan struct{}, 4)
		var wg sync.WaitGroup
		for i, f := range files {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				var stderr bytes.Buffer
				cmd := exec.Command(path, "-q", "-i", "nquads", "-c", f)
				cmd.Stderr = &stderr
				errs[i] = cmd.Run()
				msgs[i] = strings.TrimSpace(stderr.String())
			}()
		}
		wg.Wait()
		rejected := map[string]string{}
		for i, f := range files {
			var exit *exec.ExitError
			switch {
			case errors.As(errs[i], &exit):
				rejected[f] = msgs[i]
			case errs[i] != nil:
				t.Fatalf("run rapper on %s: %v", f, errs[i])
			}
		}
		return rejected
	}, nil
}

// findN3 returns a validator that runs testdata/n3validate.cjs with node and
// the n3 package installed in tools/validate.
func findN3(*testing.T) (func(*testing.T, []string) map[string]string, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, err
	}
	tools, err := filepath.Abs(filepath.Join("..", "..", "tools", "validate"))
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(tools, "node_modules", "n3", "package.json")); err != nil {
		return nil, err
	}
	return func(t *testing.T, files []string) map[string]string {
		args := append([]string{filepath.Join("testdata", "n3validate.cjs"), tools}, files...)
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(node, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) {
			t.Fatalf("run n3validate.cjs: %v\n%s", err, stderr.String())
		}
		rejected := map[string]string{}
		seen := 0
		sc := bufio.NewScanner(&stdout)
		for sc.Scan() {
			status, rest, _ := strings.Cut(sc.Text(), " ")
			for _, f := range files {
				if rest == f || strings.HasPrefix(rest, f+" ") {
					seen++
					if status != "ok" {
						rejected[f] = strings.TrimPrefix(rest, f+" ")
					}
					break
				}
			}
		}
		if seen != len(files) {
			t.Fatalf("n3validate.cjs reported on %d of %d files:\n%s%s", seen, len(files), stdout.String(), stderr.String())
		}
		return rejected
	}, nil
}
