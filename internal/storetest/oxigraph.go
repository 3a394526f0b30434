package storetest

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

//go:embed oxigraph.cjs
var oxigraphScript []byte

// StartOxigraph loads nquadsFile into an in-memory Oxigraph store served on
// loopback by Node (oxigraph.cjs) and returns it; the server stops when the
// test ends. It skips the test in -short mode or if node or the npm package
// oxigraph in tools/stores is missing, and fails it if the file does not
// load.
func StartOxigraph(t testing.TB, nquadsFile string) Store {
	t.Helper()
	node := lookPrograms(t, "oxigraph", "node")[0]
	root, err := repoRoot()
	if err != nil {
		t.Fatalf("oxigraph: %v", err)
	}
	tools := filepath.Join(root, "tools", "stores")
	if _, err := os.Stat(filepath.Join(tools, "node_modules", "oxigraph", "package.json")); err != nil {
		t.Skipf("oxigraph: npm package not installed in %s (run .ci/install-stores.sh): %v", tools, err)
	}
	file, err := filepath.Abs(nquadsFile)
	if err != nil {
		t.Fatalf("oxigraph: %v", err)
	}
	script := filepath.Join(t.TempDir(), "oxigraph.cjs")
	if err := os.WriteFile(script, oxigraphScript, 0o644); err != nil {
		t.Fatalf("oxigraph: %v", err)
	}

	start := time.Now()
	cmd := exec.Command(node, script, tools, file)
	stdin, err := cmd.StdinPipe() // closed when the test binary exits
	if err != nil {
		t.Fatalf("oxigraph: %v", err)
	}
	t.Cleanup(func() { stdin.Close() })
	stdout, pw := io.Pipe()
	cmd.Stdout = pw
	p, err := startProcess(t, cmd)
	if err != nil {
		t.Fatalf("oxigraph: %v", err)
	}
	go func() {
		<-p.done
		pw.Close()
	}()

	first := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			first <- sc.Text()
		}
		close(first)
		for sc.Scan() { // keep the pipe drained
		}
	}()
	var line string
	select {
	case l, ok := <-first:
		if !ok {
			<-p.done
			t.Fatalf("oxigraph: load %s: %v", nquadsFile, p.exited())
		}
		line = l
	case <-time.After(2 * time.Minute):
		t.Fatalf("oxigraph: not listening after 2 minutes; output:\n%s", p.tail())
	}
	var port, quads int
	if f := strings.Fields(line); len(f) == 3 && f[0] == "listening" {
		port, err = strconv.Atoi(f[1])
		if err == nil {
			quads, err = strconv.Atoi(f[2])
		}
	} else {
		err = fmt.Errorf("unexpected first line %q", line)
	}
	if err != nil {
		t.Fatalf("oxigraph: %v", err)
	}
	t.Logf("oxigraph: loaded %d quads of %s and listening on 127.0.0.1:%d in %v", quads, filepath.Base(nquadsFile), port, time.Since(start).Round(time.Millisecond))
	return endpoint{name: "oxigraph", url: fmt.Sprintf("http://127.0.0.1:%d/sparql", port)}
}
