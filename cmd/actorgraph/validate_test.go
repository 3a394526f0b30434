package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBuildOutputIsValidNQuads gives the N-Quads that build writes for the
// sample corpus to two independent parsers, Raptor's rapper and the npm
// package n3 (installed by .ci/install-validators.sh), and checks that both
// read every line.
func TestBuildOutputIsValidNQuads(t *testing.T) {
	nq := sampleGraph(t)
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(b), "\n")
	t.Run("rapper", func(t *testing.T) {
		rapper, err := exec.LookPath("rapper")
		if err != nil {
			t.Skip("rapper not installed (run .ci/install-validators.sh)")
		}
		out, err := exec.Command(rapper, "-i", "nquads", "-c", nq).CombinedOutput()
		if err != nil {
			t.Fatalf("rapper rejects the build output: %v\n%s", err, out)
		}
		if !strings.Contains(string(out), "returned "+strconv.Itoa(lines)+" ") {
			t.Errorf("rapper read a different number of quads than the %d lines:\n%s", lines, out)
		}
	})
	t.Run("n3", func(t *testing.T) {
		tools, _ := filepath.Abs("../../tools/validate")
		node, err := exec.LookPath("node")
		if err != nil {
			t.Skip("node not installed")
		}
		if _, err := os.Stat(filepath.Join(tools, "node_modules", "n3")); err != nil {
			t.Skip("n3 not installed (run .ci/install-validators.sh)")
		}
		out, err := exec.Command(node, "../../graph/nquads/testdata/n3validate.cjs", tools, nq).CombinedOutput()
		if err != nil {
			t.Fatalf("n3 rejects the build output: %v\n%s", err, out)
		}
		if want := "ok " + nq + " " + strconv.Itoa(lines); strings.TrimSpace(string(out)) != want {
			t.Errorf("n3 says %q, want %q", strings.TrimSpace(string(out)), want)
		}
	})
}
