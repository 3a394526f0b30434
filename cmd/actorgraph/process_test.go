package main

// Tests that need a real process: signals, and a second user of the
// machine.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/internal/testenv"
)

// binaryDir holds the actorgraph binary the tests build, in a directory
// every user may read, so that another user can run it.
var binaryDir = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "actorgraph-bin-")
	if err != nil {
		return "", err
	}
	if err := os.Chmod(dir, 0o755); err != nil {
		return "", err
	}
	out, err := exec.Command("go", "build", "-o", filepath.Join(dir, "actorgraph"), ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return dir, nil
})

// testBinary returns the path of a built actorgraph.
func testBinary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command to build the binary")
	}
	dir := testenv.Must(t, binaryDir)
	return filepath.Join(dir, "actorgraph")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := binaryDir(); err == nil && dir != "" {
		os.RemoveAll(dir)
	}
	if p, err := corpusGraph(); err == nil {
		os.RemoveAll(filepath.Dir(p))
	}
	if p, err := sampleStoreOnce(); err == nil {
		os.RemoveAll(filepath.Dir(p))
	}
	os.Exit(code)
}

// readBytes returns how many bytes process pid has read (rchar of
// /proc/PID/io), or -1.
func readBytes(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/io")
	if err != nil {
		return -1
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "rchar: "); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return -1
}

// cpuTicks returns the CPU time process pid has used, in clock ticks
// (utime+stime of /proc/PID/stat), or -1.
func cpuTicks(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return -1
	}
	// the fields after the command name, which is in parentheses
	_, rest, ok := strings.Cut(string(b), ") ")
	f := strings.Fields(rest)
	if !ok || len(f) < 13 {
		return -1
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return u + s
}

// waitIdle waits until process pid has started and then used no CPU for
// 300 ms — it is blocked, waiting on its input — or until deadline: on a
// loaded machine a fixed pause can end before the program has even set up
// its signal handling.
func waitIdle(pid int, deadline time.Time) {
	time.Sleep(100 * time.Millisecond)
	last, still := cpuTicks(pid), 0
	for still < 6 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		if c := cpuTicks(pid); c == last && c > 0 {
			still++
		} else {
			last, still = c, 0
		}
	}
}

// peakMemory returns the peak resident memory of process pid since it
// started its program (VmHWM of /proc/PID/status), or 0.
func peakMemory(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n << 10
		}
	}
	return 0
}

// Item 5: SIGINT and SIGTERM stop a command within a second, also while it
// reads an endless input or waits on a pipe, and memory stays bounded.
func TestSignalStopsCommands(t *testing.T) {
	bin := testBinary(t)
	dir := t.TempDir()
	pipe := mkfifo(t, filepath.Join(dir, "pipe"))
	tests := []struct {
		name    string
		sig     syscall.Signal
		args    []string
		waitFor int64 // bytes read before the signal; 0: wait a moment instead
		stdin   bool  // give a pipe that never delivers as stdin
	}{
		{"neighbors /dev/zero, SIGINT", syscall.SIGINT, []string{"neighbors", "/dev/zero", "x"}, 32 << 20, false},
		{"render /dev/zero, SIGTERM", syscall.SIGTERM, []string{"render", "-o", filepath.Join(dir, "m.svg"), "/dev/zero"}, 32 << 20, false},
		{"neighbors of a silent pipe, SIGINT", syscall.SIGINT, []string{"neighbors", pipe, "x"}, 0, false},
		{"parse of silent stdin, SIGINT", syscall.SIGINT, []string{"parse"}, 0, true},
		{"parse --tokenized of silent stdin, SIGTERM", syscall.SIGTERM, []string{"parse", "--tokenized", "-"}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if tt.stdin {
				r, w, err := os.Pipe()
				must(t, err)
				defer w.Close()
				defer r.Close()
				cmd.Stdin = r
			}
			must(t, cmd.Start())
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			deadline := time.Now().Add(20 * time.Second)
			if tt.waitFor > 0 {
				for readBytes(cmd.Process.Pid) < tt.waitFor && time.Now().Before(deadline) {
					time.Sleep(10 * time.Millisecond)
				}
			} else {
				waitIdle(cmd.Process.Pid, deadline)
			}
			peak := peakMemory(cmd.Process.Pid)
			sent := time.Now()
			must(t, cmd.Process.Signal(tt.sig))
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				releaseFIFO(pipe)
				<-done
				t.Fatalf("still running 10 s after the signal; stderr:\n%s", stderr.String())
			}
			t.Logf("stopped %v after the signal; peak memory %d MiB", time.Since(sent), peak>>20)
			// Idle, every case stops within 50 ms; on this two-core machine
			// under a load of 12, the endless reads took up to 1.8 s.
			if d := time.Since(sent); d > 3*time.Second {
				t.Errorf("stopped %v after the signal, want within a second (3 s allowed for a loaded machine)", d)
			}
			if code := cmd.ProcessState.ExitCode(); code != 130 {
				t.Errorf("exit %d, want 130; stderr:\n%s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted ("+tt.sig.String()+" signal received)") {
				t.Errorf("stderr does not say it was interrupted:\n%s", stderr.String())
			}
			if peak > 256<<20 {
				t.Errorf("peak memory %d MiB before the signal", peak>>20)
			}
		})
	}
}

// Item 12: another user of the machine, and a cache directory someone else
// owns, do not stop actorgraph; commands that draw nothing do not start
// Graphviz at all.
func TestOtherUserAndForeignCache(t *testing.T) {
	bin := testBinary(t)
	work, err := os.MkdirTemp("", "actorgraph-user-")
	must(t, err)
	defer os.RemoveAll(work)
	must(t, os.Chmod(work, 0o755))
	graphFile := filepath.Join(work, "g.nq")
	must(t, os.WriteFile(graphFile, mustRead(t, filepath.Join("testdata", "hostile", "control-chars.nq")), 0o644))

	// What upstream go-graphviz left: a shared cache in the temporary
	// directory, made by the first user, 0700.
	tmp := filepath.Join(work, "tmp")
	must(t, os.Mkdir(tmp, 0o777))
	must(t, os.Chmod(tmp, 0o777|os.ModeSticky))
	must(t, os.Mkdir(filepath.Join(tmp, "go-graphviz"), 0o700))

	// A cache directory of the user's that someone else owns.
	foreignHome := filepath.Join(work, "foreign")
	must(t, os.MkdirAll(filepath.Join(foreignHome, "go-graphviz"), 0o755))

	type runAs struct {
		name string
		cred *syscall.Credential
		env  []string
	}
	runs := []runAs{
		{"shared temporary cache of another user", nil, []string{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + filepath.Join(work, "own-cache")}},
	}
	if os.Geteuid() == 0 {
		must(t, os.Chown(filepath.Join(foreignHome, "go-graphviz"), 65534, 65534))
		must(t, os.Chown(foreignHome, 65534, 65534))
		runs = append(runs,
			runAs{"second user (nobody), no home", &syscall.Credential{Uid: 65534, Gid: 65534}, []string{"TMPDIR=" + tmp, "HOME=/nonexistent"}},
			runAs{"cache directory owned by another user", nil, []string{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + foreignHome}},
		)
	} else {
		// Without root, a cache that others may write to stands for one
		// that is not the user's own.
		must(t, os.Chmod(filepath.Join(foreignHome, "go-graphviz"), 0o777))
		runs = append(runs, runAs{"cache directory others may write to", nil, []string{"TMPDIR=" + tmp, "XDG_CACHE_HOME=" + foreignHome}})
	}
	for _, ra := range runs {
		t.Run(ra.name, func(t *testing.T) {
			for _, args := range [][]string{
				{"--help"},
				{"neighbors", graphFile, "Ruritania"},
				{"render", "-o", "-", "--format", "svg", graphFile},
			} {
				cmd := exec.Command(bin, args...)
				cmd.Dir = work
				cmd.Env = append(minimalEnv(), ra.env...)
				if ra.cred != nil {
					cmd.SysProcAttr = &syscall.SysProcAttr{Credential: ra.cred}
				}
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Errorf("actorgraph %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
					continue
				}
				if args[0] == "render" && !strings.Contains(stdout.String(), "<svg") {
					t.Errorf("render wrote no SVG:\n%s", stdout.String())
				}
			}
			entries, _ := os.ReadDir(filepath.Join(foreignHome, "go-graphviz"))
			if len(entries) > 0 {
				t.Errorf("code cached in a directory the user does not own: %v", entries)
			}
			entries, _ = os.ReadDir(filepath.Join(tmp, "go-graphviz"))
			if len(entries) > 0 {
				t.Errorf("code cached in the shared temporary directory: %v", entries)
			}
		})
	}
}

// TestNoGraphvizWithoutRender: a command that draws nothing never loads
// Graphviz, so it neither compiles its code nor touches a cache.
func TestNoGraphvizWithoutRender(t *testing.T) {
	bin := testBinary(t)
	cache := t.TempDir()
	for _, args := range [][]string{{"--help"}, {"neighbors", filepath.Join("testdata", "hostile", "control-chars.nq"), "Ruritania"}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(minimalEnv(), "XDG_CACHE_HOME="+cache)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	if entries, _ := os.ReadDir(cache); len(entries) > 0 {
		t.Errorf("a command without a map used the Graphviz cache: %v", entries)
	}
	cmd := exec.Command(bin, "render", "-o", "-", filepath.Join("testdata", "hostile", "control-chars.nq"))
	cmd.Env = append(minimalEnv(), "XDG_CACHE_HOME="+cache)
	if out, err := cmd.Output(); err != nil || !bytes.Contains(out, []byte("<svg")) {
		t.Fatalf("render: %v", err)
	}
	if entries, _ := os.ReadDir(filepath.Join(cache, "go-graphviz")); len(entries) == 0 {
		t.Error("render did not cache Graphviz's compiled code in the user's cache")
	}
}

// minimalEnv is the environment of the child processes: PATH only.
func minimalEnv() []string {
	return []string{"PATH=" + os.Getenv("PATH")}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
