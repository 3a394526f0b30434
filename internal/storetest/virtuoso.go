package storetest

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// virtuosoDefaultGraph receives the triples of the N-Quads default graph:
// Virtuoso keeps every triple in a named graph.
const virtuosoDefaultGraph = "urn:actorgraph:default-graph"

// virtuosoINI is a minimal virtuoso.ini: everything in one directory, both
// ports on loopback, the data directory allowed for the bulk loader.
const virtuosoINI = `[Database]
DatabaseFile       = {{dir}}/virtuoso.db
ErrorLogFile       = {{dir}}/virtuoso.log
LockFile           = {{dir}}/virtuoso.lck
TransactionFile    = {{dir}}/virtuoso.trx
xa_persistent_file = {{dir}}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {{dir}}/virtuoso-temp.db
TransactionFile = {{dir}}/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort           = 127.0.0.1:{{sqlport}}
DisableUnixSocket    = 1
MaxClientConnections = 4
CheckpointInterval   = 0
CaseMode             = 2
DirsAllowed          = ., {{data}}
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{{httpport}}
ServerRoot           = {{dir}}/vsp
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 100000
MaxQueryExecutionTime = 60
`

// StartVirtuoso starts Virtuoso Open Source with its own database in a
// temporary directory, loads nquadsFile with the bulk loader (ld_dir and
// rdf_loader_run) and returns its /sparql endpoint; the server stops when
// the test ends. Triples of the default graph go to the graph
// urn:actorgraph:default-graph; a quad with a blank-node graph label, which
// Virtuoso cannot load, fails the test. It skips the test in -short mode (the
// server takes about 10 s to start) or if virtuoso-t or isql-vt is missing,
// and fails it if the server does not start or the file does not load.
func StartVirtuoso(t testing.TB, nquadsFile string) Store {
	t.Helper()
	programs := lookPrograms(t, "virtuoso", "virtuoso-t", "isql-vt")
	server, isql := programs[0], programs[1]
	if err := checkNoBlankGraphs(nquadsFile); err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	for _, d := range []string{data, filepath.Join(dir, "vsp")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatalf("virtuoso: %v", err)
		}
	}
	nq, err := os.ReadFile(nquadsFile)
	if err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	if err := os.WriteFile(filepath.Join(data, "data.nq"), nq, 0o644); err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	sqlPort, err := freePort()
	if err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	httpPort, err := freePort()
	if err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	ini := strings.NewReplacer("{{dir}}", dir, "{{data}}", data,
		"{{sqlport}}", fmt.Sprint(sqlPort), "{{httpport}}", fmt.Sprint(httpPort)).Replace(virtuosoINI)
	iniFile := filepath.Join(dir, "virtuoso.ini")
	if err := os.WriteFile(iniFile, []byte(ini), 0o644); err != nil {
		t.Fatalf("virtuoso: %v", err)
	}

	start := time.Now()
	cmd := exec.Command(server, "+foreground", "+configfile", iniFile)
	cmd.Dir = dir
	p, err := startProcess(t, cmd)
	if err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	ep := endpoint{name: "virtuoso", url: fmt.Sprintf("http://127.0.0.1:%d/sparql", httpPort)}
	if err := waitReady(p, ep.url, 2*time.Minute); err != nil {
		t.Fatalf("virtuoso: %v", err)
	}
	ready := time.Now()

	// The error rows are marked with a string built at run time, so that
	// the statement's own text, if echoed, cannot look like one.
	script := fmt.Sprintf(`ld_dir('%s', 'data.nq', '%s');
rdf_loader_run();
checkpoint;
select concat('LOAD', '-ERROR ', ll_file, ': ', ll_error) as e from DB.DBA.load_list where ll_error is not null;
`, data, virtuosoDefaultGraph)
	out, err := exec.Command(isql, fmt.Sprintf("127.0.0.1:%d", sqlPort), "dba", "dba", "exec="+script).CombinedOutput()
	if err != nil || strings.Contains(string(out), "*** Error") || strings.Contains(string(out), "LOAD-ERROR ") {
		t.Fatalf("virtuoso: load %s: %v\n%s", nquadsFile, err, out)
	}
	t.Logf("virtuoso: ready in %v, loaded %s in %v", ready.Sub(start).Round(time.Millisecond), filepath.Base(nquadsFile), time.Since(ready).Round(time.Millisecond))
	return ep
}

// waitReady polls the SPARQL endpoint until it answers an ASK query.
func waitReady(p *process, endpointURL string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	url := endpointURL + "?query=ASK%7B%7D"
	for {
		if err := p.exited(); err != nil {
			return err
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not ready after %v; output:\n%s", timeout, p.tail())
		case <-time.After(250 * time.Millisecond):
		}
	}
}
