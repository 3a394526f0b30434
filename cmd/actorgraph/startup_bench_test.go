package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkBuildProcess runs "actorgraph build" as a process, as a user
// does: on a one-sentence article it measures the start-up, the loading of
// the models (target: under 0.3 s); with ACTORGRAPH_BENCH_INPUT (a file or
// a directory of articles) it also measures build on those. Besides the
// wall time (ns/op) it reports the process's CPU time (cpu-ms/op) and peak
// resident memory (peak-MB), the steadier figures on a shared machine.
//
// ACTORGRAPH_BIN names the binary to run, built from this package when
// unset, so that two builds compare in one run, their rounds in turn:
//
//	go test -c -o /tmp/ag.test ./cmd/actorgraph
//	for i in 1 2 3 4 5 6; do for b in /tmp/old /tmp/new; do
//	  ACTORGRAPH_BIN=$b /tmp/ag.test -test.run XXX -test.bench BuildProcess
//	done; done | benchstat -col /bin -
func BenchmarkBuildProcess(b *testing.B) {
	bin := os.Getenv("ACTORGRAPH_BIN")
	if bin == "" {
		bin = testBinary(b)
	}
	dir := b.TempDir()
	one := filepath.Join(dir, "one.txt")
	if err := os.WriteFile(one, []byte("The foreign minister of Chile met the president of Peru in Lima on Monday.\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	inputs := []struct{ name, path string }{{"one-sentence", one}}
	if p := os.Getenv("ACTORGRAPH_BENCH_INPUT"); p != "" {
		inputs = append(inputs, struct{ name, path string }{"input", p})
	}
	for _, in := range inputs {
		b.Run("in="+in.name+"/bin="+filepath.Base(bin), func(b *testing.B) {
			var cpu time.Duration
			var peak int64
			for b.Loop() {
				cmd := exec.Command(bin, "build", "-o", filepath.Join(dir, "out.nq"), in.path)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v: %v\n%s", cmd.Args, err, out)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					peak = max(peak, ru.Maxrss) // KiB on Linux
				}
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(peak)/1024, "peak-MB")
		})
	}
}
