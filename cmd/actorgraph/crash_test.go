package main

// Tests that kill a build writing into a store.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph/store"
)

// crashArticles writes n short articles of our own into a new directory:
// each names two states, and the day makes each text its own.
func crashArticles(t *testing.T, n int) string {
	t.Helper()
	pairs := [][2]string{{"France", "Germany"}, {"Japan", "China"}, {"Brazil", "Argentina"}, {"Kenya", "Ethiopia"}, {"Canada", "Mexico"}}
	dir := t.TempDir()
	for i := range n {
		p := pairs[i%len(pairs)]
		text := fmt.Sprintf("%s criticised %s on day %d of the talks.\n\n%s later met %s in Geneva.\n", p[0], p[1], i, p[1], p[0])
		write(t, filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), text)
	}
	return dir
}

// articleCount reads how many articles the store at path holds, or -1
// while it cannot be read.
func articleCount(path string) int {
	st, err := store.Open(context.Background(), path, store.Options{ReadOnly: true})
	if err != nil {
		return -1
	}
	defer st.Close()
	c, err := st.Counts(context.Background())
	if err != nil {
		return -1
	}
	return c.Articles
}

// TestKilledBuildLeavesWholeBatches: a build killed (SIGKILL) or
// interrupted (SIGINT) while it writes into a store leaves a sound store
// holding whole batches, the first articles in input order; building
// again adds the rest, and the store then exports what one build writes.
func TestKilledBuildLeavesWholeBatches(t *testing.T) {
	bin := testBinary(t)
	const n, batch = 400, 4
	articles := crashArticles(t, n)
	want := runCLI(t, "", "build", "-o", "-", articles)
	if want.Code != 0 {
		t.Fatalf("build: exit %d: %s", want.Code, want.Stderr)
	}
	for _, sig := range []syscall.Signal{syscall.SIGKILL, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "g.db")
			cmd := exec.Command(bin, "build", "-j", "2", "--db", db, "--batch", fmt.Sprint(batch), articles)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			must(t, cmd.Start())
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			deadline := time.Now().Add(60 * time.Second)
			seen := -1
			for time.Now().Before(deadline) {
				if seen = articleCount(db); seen > 0 {
					break
				}
				time.Sleep(time.Millisecond)
			}
			if err := cmd.Process.Signal(sig); errors.Is(err, os.ErrProcessDone) {
				<-done
				t.Skipf("the build finished (%d articles seen) before the signal was sent", seen)
			} else {
				must(t, err)
			}
			<-done
			t.Logf("%v after %d article(s) were seen committed; exit %d\n%s", sig, seen, cmd.ProcessState.ExitCode(), stderr.String())
			if seen <= 0 {
				t.Fatal("no batch was committed within a minute")
			}
			st, err := store.Open(context.Background(), db, store.Options{})
			if err != nil {
				t.Fatalf("the store does not open: %v", err)
			}
			bad, err := st.IntegrityCheck(context.Background())
			if err != nil || bad != nil {
				t.Errorf("integrity check: %v %q", err, bad)
			}
			c, err := st.Counts(context.Background())
			must(t, err)
			st.Close()
			if c.Articles == n {
				// all committed: the signal came as the build closed,
				// and whether it still exits 130 is a matter of timing
				t.Skipf("the build finished (%d articles) before the signal reached it", n)
			}
			if sig == syscall.SIGINT && cmd.ProcessState.ExitCode() != 130 {
				t.Errorf("exit %d after SIGINT, want 130", cmd.ProcessState.ExitCode())
			}
			if c.Articles%batch != 0 {
				t.Errorf("the store holds %d articles: not whole batches of %d", c.Articles, batch)
			}
			// the articles held are the first ones, whole: their quads are
			// those one build writes for them
			part := runCLI(t, "", "export", db)
			if part.Code != 0 {
				t.Fatalf("export: exit %d: %s", part.Code, part.Stderr)
			}
			for _, l := range strings.SplitAfter(part.Stdout, "\n") {
				if strings.Contains(l, "/article/") && !strings.Contains(want.Stdout, l) {
					t.Errorf("the store holds a quad no build writes: %s", l)
				}
			}
			for i := range n {
				name := fmt.Sprintf("a%04d.txt", i)
				if held := strings.Contains(part.Stdout, name); held != (i < c.Articles) {
					t.Errorf("%s held: %v, with %d articles stored", name, held, c.Articles)
				}
			}

			resume := exec.Command(bin, "build", "-j", "2", "--db", db, "--batch", fmt.Sprint(batch), articles)
			out, err := resume.CombinedOutput()
			if err != nil {
				t.Fatalf("resume: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), fmt.Sprintf("added %d article(s)", n-c.Articles)) {
				t.Errorf("resume: %s", out)
			}
			if got := runCLI(t, "", "export", db); got.Stdout != want.Stdout {
				t.Errorf("after resuming, the store exports %d bytes that differ from the %d of one build", len(got.Stdout), len(want.Stdout))
			}
		})
	}
}
