package nquads

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// verdict is what an external parser made of one file.
type verdict struct {
	quads int    // statements read, if accepted
	err   string // the parser's message, if rejected
}

// An externalValidator runs an N-Quads parser that shares no code with this
// package on a set of files.
type externalValidator struct {
	name string
	// find returns the function that parses files, or why the tool is
	// missing.
	find func() (func(t *testing.T, files []string) map[string]verdict, error)
}

var externalValidators = []externalValidator{
	{"rapper", findRapper},
	{"n3", findN3},
}

// TestExternalValidators proves with independent parsers (Debian's rapper
// and the npm package n3; .ci/install-validators.sh installs both) that the
// N-Quads this package writes are valid. Both must accept, and count the
// same quads in:
//
//   - the N-Quads of an article made with graph.Encode, written with Writer;
//   - every W3C RDF 1.1 positive syntax test, as given;
//   - every W3C positive test read with Reader and written back with Writer
//     (canonical escapes, lower-case tags, no comments).
//
// As a control that the harness can fail, both must reject a file with a
// relative IRI.
func TestExternalValidators(t *testing.T) {
	skipExternalInShort(t)
	dir := t.TempDir()
	want := map[string]int{} // file -> quads this package reads in it
	write := func(name string, data []byte) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	article := write("article.nq", []byte(writeAll(t, sampleQuads(t))))
	want[article] = len(sampleQuads(t))
	bad := write("relative.nq", []byte("<s> <http://example/p> <http://example/o> .\n"))

	positives := w3cPositives(t)
	var rewritten []string
	for _, f := range positives {
		quads := readPositive(t, f)
		want[f] = len(quads)
		out := write("rewritten-"+filepath.Base(filepath.Dir(f))+"-"+filepath.Base(f), []byte(writeAll(t, quads)))
		want[out] = len(quads)
		rewritten = append(rewritten, out)
	}

	for _, v := range externalValidators {
		t.Run(v.name, func(t *testing.T) {
			parse, err := v.find()
			needExternal(t, v.name, err)
			files := append([]string{article, bad}, positives...)
			files = append(files, rewritten...)
			got := parse(t, files)
			if got[bad].err == "" {
				t.Errorf("%s accepts a relative IRI: the harness cannot fail", v.name)
			}
			for _, f := range files {
				n, ok := want[f]
				if !ok {
					continue
				}
				switch vd := got[f]; {
				case vd.err != "":
					t.Errorf("%s rejects %s: %s", v.name, f, vd.err)
				case vd.quads != n:
					t.Errorf("%s reads %d quads in %s, this package %d", v.name, vd.quads, f, n)
				}
			}
			t.Logf("%s: accepted the written article, %d W3C positive tests as given and %d as rewritten by Writer", v.name, len(positives), len(rewritten))
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

// skipExternalInShort skips a test that runs external parsers in -short
// mode.
func skipExternalInShort(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("external parsers skipped in -short mode")
	}
}

// needExternal skips t when the external parser name was not found (err).
func needExternal(t *testing.T, name string, err error) {
	t.Helper()
	if err != nil {
		t.Skipf("%s not installed (run .ci/install-validators.sh): %v", name, err)
	}
}

// lookN3 returns the node command and the directory tools/validate where
// the npm package n3 is installed, or why either is missing.
func lookN3() (node, tools string, err error) {
	node, err = exec.LookPath("node")
	if err != nil {
		return "", "", err
	}
	tools, err = filepath.Abs(filepath.Join("..", "..", "tools", "validate"))
	if err != nil {
		return "", "", err
	}
	if _, err := os.Stat(filepath.Join(tools, "node_modules", "n3", "package.json")); err != nil {
		return "", "", err
	}
	return node, tools, nil
}

// rapperCount is rapper's closing line on standard error.
var rapperCount = regexp.MustCompile(`Parsing returned (\d+) triples?`)

// findRapper returns a parser that runs `rapper -i nquads -c` on each file;
// a non-zero exit is a rejection.
func findRapper() (func(*testing.T, []string) map[string]verdict, error) {
	path, err := exec.LookPath("rapper")
	if err != nil {
		return nil, err
	}
	return func(t *testing.T, files []string) map[string]verdict {
		// rapper spends most of its start-up loading shared libraries,
		// so a few run at once.
		stderrs := make([]string, len(files))
		errs := make([]error, len(files))
		sem := make(chan struct{}, 4)
		var wg sync.WaitGroup
		for i, f := range files {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				var stderr bytes.Buffer
				cmd := exec.Command(path, "-i", "nquads", "-c", f)
				cmd.Stderr = &stderr
				errs[i] = cmd.Run()
				stderrs[i] = stderr.String()
			}()
		}
		wg.Wait()
		got := map[string]verdict{}
		for i, f := range files {
			var exit *exec.ExitError
			switch {
			case errors.As(errs[i], &exit):
				got[f] = verdict{err: strings.TrimSpace(stderrs[i])}
			case errs[i] != nil:
				t.Fatalf("run rapper on %s: %v", f, errs[i])
			default:
				m := rapperCount.FindStringSubmatch(stderrs[i])
				if m == nil {
					t.Fatalf("rapper on %s: no count in %q", f, stderrs[i])
				}
				n, _ := strconv.Atoi(m[1])
				got[f] = verdict{quads: n}
			}
		}
		return got
	}, nil
}

// findN3 returns a parser that runs testdata/n3validate.cjs with node and
// the n3 package installed in tools/validate.
func findN3() (func(*testing.T, []string) map[string]verdict, error) {
	node, tools, err := lookN3()
	if err != nil {
		return nil, err
	}
	return func(t *testing.T, files []string) map[string]verdict {
		args := append([]string{filepath.Join("testdata", "n3validate.cjs"), tools}, files...)
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(node, args...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && (!errors.As(err, &exit) || exit.ExitCode() != 1) {
			t.Fatalf("run n3validate.cjs: %v\n%s", err, stderr.String())
		}
		// Each line is "ok FILE QUADS" or "error FILE MESSAGE", in the
		// order of files.
		got := map[string]verdict{}
		sc := bufio.NewScanner(&stdout)
		for i := 0; sc.Scan(); i++ {
			if i >= len(files) {
				t.Fatalf("n3validate.cjs: extra line %q", sc.Text())
			}
			f := files[i]
			status, rest, _ := strings.Cut(sc.Text(), " ")
			rest, ok := strings.CutPrefix(rest, f+" ")
			switch {
			case !ok:
				t.Fatalf("n3validate.cjs: line %q is not about %s", sc.Text(), f)
			case status == "ok":
				n, err := strconv.Atoi(rest)
				if err != nil {
					t.Fatalf("n3validate.cjs: bad count in %q", sc.Text())
				}
				got[f] = verdict{quads: n}
			default:
				got[f] = verdict{err: rest}
			}
		}
		if len(got) != len(files) {
			t.Fatalf("n3validate.cjs reported on %d of %d files:\n%s%s", len(got), len(files), stdout.String(), stderr.String())
		}
		return got
	}, nil
}
