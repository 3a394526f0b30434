package main

// Tests of hostile input and hostile machines: names that are not UTF-8,
// output paths that are devices, links or inputs, pipes and endless files,
// interrupts, control characters for the terminal, a cache directory of
// another user. Inputs that can be committed are in testdata/hostile; the
// others (named pipes, non-UTF-8 names, /dev/zero) are made at test time.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/internal/cli/clitest"
	"github.com/actorgraph/actorgraph/internal/tabletest"
)

// article is a short article of our own for the tests.
const article = "Ruritania signed a trade agreement with Freedonia in Geneva.\n" +
	"Freedonia later expelled the Ruritanian ambassador.\n"

// runWith runs actorgraph in-process with ctx, stdin and stdout, and
// returns what it wrote to stderr and its exit status.
func runWith(ctx context.Context, stdin io.Reader, stdout io.Writer, args ...string) (stderr string, code int) {
	var errb bytes.Buffer
	err := program.RunIO(ctx, args, stdin, stdout, &errb)
	return errb.String(), cli.ExitCode(err)
}

// runTimeout runs actorgraph in-process and fails the test if it has not
// returned within limit (a hang); release is called then to unblock it.
func runTimeout(t *testing.T, ctx context.Context, limit time.Duration, release func(), stdin io.Reader, args ...string) clitest.Result {
	t.Helper()
	done := make(chan clitest.Result, 1)
	go func() {
		var out bytes.Buffer
		stderr, code := runWith(ctx, stdin, &out, args...)
		done <- clitest.Result{Stdout: out.String(), Stderr: stderr, Code: code}
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(limit):
		if release != nil {
			release()
		}
		t.Fatalf("actorgraph %s did not return within %v", strings.Join(args, " "), limit)
	}
	return clitest.Result{}
}

// mkfifo makes a named pipe at path, and when the test ends opens it for
// writing without blocking, so that a reader left waiting on it returns.
// It returns path.
func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := unix.Mkfifo(path, 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	t.Cleanup(func() { releaseFIFO(path) })
	return path
}

// releaseFIFO opens a named pipe for writing and closes it at once, which
// ends the wait of a reader blocked in open.
func releaseFIFO(path string) {
	if fd, err := unix.Open(path, unix.O_WRONLY|unix.O_NONBLOCK, 0); err == nil {
		unix.Close(fd)
	}
}

// readsBack checks that b is N-Quads without a bad line.
func readsBack(t *testing.T, b []byte) {
	t.Helper()
	if _, err := nquads.ReadAll(bytes.NewReader(b), "out.nq"); err != nil {
		t.Errorf("output is not valid N-Quads: %v", err)
	}
	if len(b) > 0 && b[len(b)-1] != '\n' {
		t.Errorf("output ends mid-line: ...%q", b[max(0, len(b)-40):])
	}
}

// Item 1: a file name that is not UTF-8 loses nothing.
func TestBuildNonUTF8FileName(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), article)
	bad := filepath.Join(dir, "bad\xffname.txt")
	// another text: an article repeated under another name is described once
	if err := os.WriteFile(bad, []byte("Freedonia later thanked Ruritania.\n"+article), 0o644); err != nil {
		t.Skipf("this file system refuses a non-UTF-8 name: %v", err)
	}
	out := filepath.Join(t.TempDir(), "g.nq")
	r := runCLI(t, "", "build", "-o", out, dir)
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	readsBack(t, b)
	if !bytes.Contains(b, []byte(`bad%FFname.txt"`)) || !bytes.Contains(b, []byte(`good.txt"`)) {
		t.Errorf("both articles should be recorded, the bad name escaped:\n%s", grepLines(b, "source"))
	}
	r = runCLI(t, "", "build", dir)
	if r.Code != 0 || !strings.Contains(r.Stdout, `bad%FFname.txt"`) {
		t.Errorf("to stdout: exit %d, %s", r.Code, r.Stderr)
	}
	readsBack(t, []byte(r.Stdout))
}

func grepLines(b []byte, word string) string {
	var out []string
	for l := range strings.SplitSeq(string(b), "\n") {
		if strings.Contains(l, word) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func TestSourceName(t *testing.T) {
	tabletest.Func(t, "sourceName", sourceName, []tabletest.Case[string, string]{
		{"corpus/a.txt", "corpus/a.txt"},
		{"d/caf\xe9.txt", "d/caf%E9.txt"},
		{"d/café.txt", "d/café.txt"},
		{"\xff\xfe", "%FF%FE"},
		{"100%.txt", "100%.txt"},
	})
}

// Item 2: -o writes what is at the path as the user means it.
func TestWriteOutput(t *testing.T) {
	fill := func(w io.Writer) error { _, err := io.WriteString(w, "new\n"); return err }
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the -o path
		check func(t *testing.T, dir string, err error)
	}{
		{"new file", func(t *testing.T, dir string) string { return filepath.Join(dir, "out") },
			func(t *testing.T, dir string, err error) {
				wantContent(t, filepath.Join(dir, "out"), "new\n", err)
				wantMode(t, filepath.Join(dir, "out"), 0o644)
			}},
		{"keeps the mode of an existing file", func(t *testing.T, dir string) string {
			p := write(t, filepath.Join(dir, "out"), "old\n")
			must(t, os.Chmod(p, 0o600))
			return p
		}, func(t *testing.T, dir string, err error) {
			wantContent(t, filepath.Join(dir, "out"), "new\n", err)
			wantMode(t, filepath.Join(dir, "out"), 0o600)
		}},
		{"writes through a symbolic link", func(t *testing.T, dir string) string {
			write(t, filepath.Join(dir, "target"), "old\n")
			must(t, os.Symlink("target", filepath.Join(dir, "link")))
			return filepath.Join(dir, "link")
		}, func(t *testing.T, dir string, err error) {
			wantContent(t, filepath.Join(dir, "target"), "new\n", err)
			wantKind(t, filepath.Join(dir, "link"), os.ModeSymlink)
		}},
		{"creates the target of a dangling link", func(t *testing.T, dir string) string {
			must(t, os.Symlink("made", filepath.Join(dir, "link")))
			return filepath.Join(dir, "link")
		}, func(t *testing.T, dir string, err error) {
			wantContent(t, filepath.Join(dir, "made"), "new\n", err)
		}},
		{"every hard link sees the output", func(t *testing.T, dir string) string {
			write(t, filepath.Join(dir, "a"), "old\n")
			must(t, os.Link(filepath.Join(dir, "a"), filepath.Join(dir, "b")))
			return filepath.Join(dir, "a")
		}, func(t *testing.T, dir string, err error) {
			wantContent(t, filepath.Join(dir, "b"), "new\n", err)
		}},
		{"read-only file is refused", func(t *testing.T, dir string) string {
			p := write(t, filepath.Join(dir, "ro"), "old\n")
			must(t, os.Chmod(p, 0o444))
			return p
		}, func(t *testing.T, dir string, err error) {
			wantError(t, err, "read-only")
			wantContent(t, filepath.Join(dir, "ro"), "old\n", nil)
		}},
		{"directory is refused", func(t *testing.T, dir string) string { return dir },
			func(t *testing.T, dir string, err error) { wantError(t, err, "is a directory") }},
		{"a named pipe is written, not replaced", func(t *testing.T, dir string) string {
			p := mkfifo(t, filepath.Join(dir, "pipe"))
			go func() { // the reader the pipe needs
				f, err := os.Open(p)
				if err == nil {
					io.Copy(io.Discard, f)
					f.Close()
				}
			}()
			return p
		}, func(t *testing.T, dir string, err error) {
			must(t, err)
			wantKind(t, filepath.Join(dir, "pipe"), os.ModeNamedPipe)
		}},
		{"a character device is written, not replaced", func(t *testing.T, dir string) string {
			p := filepath.Join(dir, "null")
			if err := unix.Mknod(p, unix.S_IFCHR|0o666, int(unix.Mkdev(1, 3))); err != nil {
				t.Skipf("cannot make a device (needs root): %v", err)
			}
			return p
		}, func(t *testing.T, dir string, err error) {
			must(t, err)
			wantKind(t, filepath.Join(dir, "null"), os.ModeCharDevice)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(t, dir)
			err := checkOutput(path, nil)
			if err == nil {
				err = writeOutput(path, nil, fill)
			}
			tt.check(t, dir, err)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("temporary file left behind: %s", e.Name())
				}
			}
		})
	}
}

func TestCheckOutput(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "a.txt"), article)
	must(t, os.Symlink("a.txt", filepath.Join(dir, "alias.txt")))
	corpus := filepath.Join(dir, "corpus")
	must(t, os.Mkdir(corpus, 0o755))
	tests := []struct {
		name, out string
		inputs    []string
		want      string // "" for no error
		usage     bool
	}{
		{"stdout", "-", []string{in}, "", false},
		{"output is the input", in, []string{in}, "is also an input", true},
		{"output is a link to the input", filepath.Join(dir, "alias.txt"), []string{in}, "is also an input", true},
		{"output inside an input directory", filepath.Join(corpus, "out.txt"), []string{corpus}, "inside input directory", true},
		{"non-article inside an input directory", filepath.Join(corpus, "out.nq"), []string{corpus}, "", false},
		{"missing directory", filepath.Join(dir, "no", "such", "out.nq"), nil, "cannot create a file there", false},
		{"directory", dir, nil, "is a directory", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkOutput(tt.out, tt.inputs)
			if tt.want == "" {
				if err != nil {
					t.Errorf("unexpected error %v", err)
				}
				return
			}
			wantError(t, err, tt.want)
			var u *cli.UsageError
			if errors.As(err, &u) != tt.usage {
				t.Errorf("usage error %v, want %v: %v", !tt.usage, tt.usage, err)
			}
		})
	}
}

// TestRenderChecksOutputFirst: render refuses an output it cannot write
// before it reads the graph, here a named pipe no one writes to, which it
// would wait on forever.
func TestRenderChecksOutputFirst(t *testing.T) {
	dir := t.TempDir()
	pipe := mkfifo(t, filepath.Join(dir, "graph.nq"))
	r := runTimeout(t, context.Background(), 10*time.Second, func() { releaseFIFO(pipe) }, strings.NewReader(""),
		"render", "-o", filepath.Join(dir, "no", "such", "map.svg"), pipe)
	if r.Code != 1 || !strings.Contains(r.Stderr, "cannot create a file there") {
		t.Errorf("exit %d: %s", r.Code, r.Stderr)
	}
	in := write(t, filepath.Join(dir, "g.nq"), "")
	r = runCLI(t, "", "render", "-o", in, "--format", "svg", in)
	if r.Code != 2 || !strings.Contains(r.Stderr, "is also an input") {
		t.Errorf("output is the input: exit %d: %s", r.Code, r.Stderr)
	}
}

func wantContent(t *testing.T, path, want string, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != want {
		t.Errorf("%s holds %q (%v), want %q", filepath.Base(path), b, err, want)
	}
}

func wantMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != want {
		t.Errorf("%s: mode %v (%v), want %v", filepath.Base(path), info.Mode().Perm(), err, want)
	}
}

// wantKind fails the test unless path is still a file of kind
// (os.ModeSymlink, os.ModeNamedPipe, ...), which the output must not have
// replaced.
func wantKind(t *testing.T, path string, kind os.FileMode) {
	t.Helper()
	if info, err := os.Lstat(path); err != nil || info.Mode()&kind == 0 {
		t.Errorf("%s was replaced: %v", filepath.Base(path), err)
	}
}

func wantError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v, want one containing %q", err, want)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// failingWriter takes whole writes until limit bytes, then fails.
type failingWriter struct {
	buf   bytes.Buffer
	limit int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.limit {
		return 0, errors.New("no space left on device")
	}
	return w.buf.Write(p)
}

// Item 3: output that stops early still ends with a whole line.
func TestBuildStdoutWholeLines(t *testing.T) {
	dir := t.TempDir()
	for i := range 250 {
		write(t, filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), strings.ReplaceAll(article, "Geneva", fmt.Sprintf("Geneva on day %d", i)))
	}
	w := &failingWriter{limit: 100 << 10}
	stderr, code := runWith(context.Background(), strings.NewReader(""), w, "build", dir)
	if code != 1 || !strings.Contains(stderr, "no space left on device") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if w.buf.Len() == 0 {
		t.Fatal("nothing written before the failure")
	}
	readsBack(t, w.buf.Bytes())
}

// Item 4: pipes, devices and endless inputs never hang or fill memory.
func TestNotRegularInputs(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), article)
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	release := func() { releaseFIFO(filepath.Join(dir, "pipe.txt")) }

	r := runTimeout(t, context.Background(), 60*time.Second, release, strings.NewReader(""), "build", dir)
	if r.Code != 1 || !strings.Contains(r.Stderr, "pipe.txt: skipped: a named pipe, not a regular file") {
		t.Errorf("pipe in a directory: exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, "good.txt") {
		t.Errorf("the good article was not built")
	}

	tests := []struct {
		name  string
		stdin io.Reader
		args  []string
		want  string
	}{
		{"build /dev/zero", nil, []string{"build", "/dev/zero", filepath.Join(dir, "good.txt")}, "/dev/zero: larger than 20971520 bytes (--max-article-bytes)"},
		{"build endless stdin", &zeroReader{}, []string{"build", "-", filepath.Join(dir, "good.txt")}, "stdin: larger than 20971520 bytes"},
		{"parse /dev/zero", nil, []string{"parse", "/dev/zero"}, "/dev/zero: larger than 20971520 bytes"},
		{"parse endless stdin", &zeroReader{}, []string{"parse"}, "stdin: larger than 20971520 bytes"},
		{"parse with a small cap", strings.NewReader(article), []string{"parse", "--max-article-bytes", "20"}, "larger than 20 bytes"},
		{"parse --tokenized /dev/zero", nil, []string{"parse", "--tokenized", "/dev/zero"}, "a line is too long for CoNLL-U"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			r := runTimeout(t, context.Background(), 60*time.Second, nil, stdin, tt.args...)
			if r.Code != 1 || !strings.Contains(r.Stderr, tt.want) {
				t.Errorf("exit %d, want 1 and %q:\n%s", r.Code, tt.want, r.Stderr)
			}
		})
	}
}

// zeroReader is an endless stream of NUL bytes.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestFIFONamedDirectly: a named pipe given on the command line is read,
// as the user asked.
func TestFIFONamedDirectly(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "article")
	mkfifo(t, pipe)
	go func() {
		if f, err := os.OpenFile(pipe, os.O_WRONLY, 0); err == nil {
			io.WriteString(f, article)
			f.Close()
		}
	}()
	r := runTimeout(t, context.Background(), 60*time.Second, nil, strings.NewReader(""), "build", pipe)
	if r.Code != 0 || !strings.Contains(r.Stdout, "/actor/Freedonia>") {
		t.Errorf("exit %d: %s", r.Code, r.Stderr)
	}
}

// TestGraphLineCap: an N-Quads line over the limit is named with its
// number and the rest of the graph is used.
func TestGraphLineCap(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 64 MiB line")
	}
	path := filepath.Join(t.TempDir(), "g.nq")
	f, err := os.Create(path)
	must(t, err)
	io.WriteString(f, `<https://t.example/a/1> <http://www.w3.org/2000/01/rdf-schema#label> "Ruritania" .`+"\n")
	io.WriteString(f, `<https://t.example/a/2> <http://www.w3.org/2000/01/rdf-schema#label> "`)
	chunk := bytes.Repeat([]byte("x"), 1<<20)
	for range nquads.DefaultMaxLineBytes>>20 + 1 {
		f.Write(chunk)
	}
	io.WriteString(f, `" .`+"\n")
	io.WriteString(f, `<https://t.example/a/3> <http://www.w3.org/2000/01/rdf-schema#label> "Freedonia" .`+"\n")
	io.WriteString(f, `<https://t.example/a/1> <https://t.example/rel/met> <https://t.example/a/3> .`+"\n")
	must(t, f.Close())
	r := runCLI(t, "", "neighbors", path, "Ruritania")
	if r.Code != 1 || !strings.Contains(r.Stderr, "g.nq:2: line of 68157513 bytes is longer than the limit of 67108864 bytes; skipped") {
		t.Errorf("exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, "Freedonia") {
		t.Errorf("the valid lines were not used:\n%s", r.Stdout)
	}
}

// Item 5: a cancelled context (Ctrl-C, SIGTERM) stops every command, also
// while it waits on a pipe or reads an endless input.
func TestCancelStopsCommands(t *testing.T) {
	dir := t.TempDir()
	pipe := mkfifo(t, filepath.Join(dir, "pipe"))
	blocked, w := io.Pipe() // stdin that never delivers
	defer w.Close()
	tests := []struct {
		name  string
		stdin io.Reader
		args  []string
	}{
		{"neighbors waiting on a pipe", nil, []string{"neighbors", pipe, "x"}},
		{"neighbors reading /dev/zero", nil, []string{"neighbors", "/dev/zero", "x"}},
		{"neighbors waiting on stdin", blocked, []string{"neighbors", "-", "x"}},
		{"render reading /dev/zero", nil, []string{"render", "-o", filepath.Join(dir, "m.svg"), "/dev/zero"}},
		{"render waiting on stdin", blocked, []string{"render", "-o", filepath.Join(dir, "m.svg"), "-"}},
		{"parse waiting on a pipe", nil, []string{"parse", pipe}},
		{"parse waiting on stdin", blocked, []string{"parse"}},
		{"parse --tokenized waiting on stdin", blocked, []string{"parse", "--tokenized"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(200*time.Millisecond, cancel)
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			start := time.Now()
			r := runTimeout(t, ctx, 20*time.Second, func() { releaseFIFO(pipe) }, stdin, tt.args...)
			if r.Code != 130 || !strings.Contains(r.Stderr, "interrupted") {
				t.Errorf("exit %d, want 130 and \"interrupted\":\n%s", r.Code, r.Stderr)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %v to stop", d)
			}
		})
	}
}

// TestCancelStopsSourceReads: the readers build uses (through
// collectSourcesContext) stop on cancellation too.
func TestCancelStopsSourceReads(t *testing.T) {
	dir := t.TempDir()
	pipe := mkfifo(t, filepath.Join(dir, "pipe.txt"))
	blocked, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	srcs, errs := collectSourcesContext(ctx, []string{pipe, "-"}, blocked, defaultReadOptions())
	if len(errs) != 0 || len(srcs) != 2 {
		t.Fatalf("sources %d, errors %v", len(srcs), errs)
	}
	time.AfterFunc(100*time.Millisecond, cancel)
	for _, src := range srcs {
		done := make(chan error, 1)
		go func() { _, err := src.read(); done <- err }()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("%s: error %v, want context.Canceled", src.name, err)
			}
		case <-time.After(10 * time.Second):
			releaseFIFO(pipe)
			t.Fatalf("%s: the read did not stop", src.name)
		}
	}
}

// Item 10: articles are cleaned at the edge (extract.CleanText, tested in
// package extract); parse reads the cleaned text.
func TestParseCleansText(t *testing.T) {
	r := runCLI(t, "", "parse", filepath.Join("testdata", "hostile", "bom-nfd-nonchar.txt"))
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	if !strings.Contains(r.Stdout, "# text = José Martí visited Havana\uFFFD in May.\uFFFD") {
		t.Errorf("text not cleaned:\n%s", r.Stdout)
	}
	if strings.Contains(r.Stdout, "\uFEFF") || strings.Contains(r.Stdout, "\uFFFE") || strings.Contains(r.Stdout, "\u0301") {
		t.Errorf("mark, noncharacter or combining accent left:\n%q", r.Stdout)
	}
}

// Item 11: no control character of a graph or a name reaches the terminal.
func TestControlCharactersEscaped(t *testing.T) {
	g := filepath.Join("testdata", "hostile", "control-chars.nq")
	r := runCLI(t, "", "neighbors", g, "Ruritania")
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	wantNoControls(t, "neighbors text", r.Stdout)
	for _, want := range []string{`Ruritania\x1bc\x07`, `Evil\rCorp\x00\x9b2J\u202edesrever`, `fined\x9b2J\u202e`} {
		if !strings.Contains(r.Stdout, want) {
			t.Errorf("output lacks %s:\n%s", want, r.Stdout)
		}
	}
	r = runCLI(t, "", "neighbors", g, "Evil")
	wantNoControls(t, "neighbors of a prefix", r.Stdout+r.Stderr)
	r = runCLI(t, "", "neighbors", g, "Ruritaniaa")
	if r.Code != 1 || !strings.Contains(r.Stderr, `Ruritania\x1bc\x07 (Country)`) {
		t.Errorf("suggestion: exit %d: %s", r.Code, r.Stderr)
	}
	wantNoControls(t, "neighbors suggestion", r.Stderr)

	dir := t.TempDir()
	write(t, filepath.Join(dir, "evil\x1b]0;owned\x07.txt"), "\x00binary")
	write(t, filepath.Join(dir, "good.txt"), article)
	r = runCLI(t, "", "build", dir)
	if r.Code != 1 || !strings.Contains(r.Stderr, `evil\x1b]0;owned\x07.txt: binary data`) {
		t.Errorf("build: exit %d: %s", r.Code, r.Stderr)
	}
	wantNoControls(t, "build errors", r.Stderr)

	bad := write(t, filepath.Join(dir, "bad\x1bc.nq"), "garbage\n")
	r = runCLI(t, "", "render", "-o", filepath.Join(dir, "m.svg"), bad)
	if !strings.Contains(r.Stderr, `bad\x1bc.nq:1:`) {
		t.Errorf("render: exit %d: %s", r.Code, r.Stderr)
	}
	wantNoControls(t, "render notes", r.Stderr)
}

func wantNoControls(t *testing.T, what, s string) {
	t.Helper()
	for i, r := range s {
		if r != '\n' && cli.UnsafeForDisplay(r) {
			t.Errorf("%s: raw %U at byte %d:\n%q", what, r, i, s)
			return
		}
	}
}

// Item 14: the smaller mistakes.
func TestSmallMistakes(t *testing.T) {
	sample := sampleGraph(t)
	dir := t.TempDir()
	hostile := func(name string) string { return filepath.Join("testdata", "hostile", name) }
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"render of an empty graph", []string{"render", "-o", filepath.Join(dir, "e.svg"), hostile("empty-graph.nq")}, 1, "holds no actors: nothing to draw"},
		{"render with nothing left after filters", []string{"render", "--min-support", "1000", "-o", filepath.Join(dir, "f.svg"), sample}, 1, "is left to draw with -min-support 1000"},
		{"unknown layout is a usage error", []string{"render", "--layout", "bogus", "-o", filepath.Join(dir, "b.svg"), sample}, 2, `unknown layout "bogus"`},
		{"format in capitals", []string{"render", "--format", "DOT", "-o", filepath.Join(dir, "m.out"), sample}, 0, ""},
		{"extension in capitals", []string{"render", "-o", filepath.Join(dir, "m.DOT"), sample}, 0, ""},
		{"unknown extension", []string{"render", "-o", filepath.Join(dir, "m.GIF"), sample}, 2, `from its extension ".GIF"`},
		{"unknown format", []string{"render", "--format", "gif", sample}, 2, "-format must be svg, png, dot or html"},
		{"multiword past the end", []string{"parse", "--tokenized", hostile("broken-multiword.conllu")}, 1, `sentence past-the-end: multiword token 2-4 "cannot" goes past the sentence's last word, 3`},
		{"multiword of one word", []string{"parse", "--tokenized", hostile("single-word-multiword.conllu")}, 1, `multiword token 1-1 "It" must span two words or more`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.Code != tt.code || !strings.Contains(r.Stderr, tt.want) {
				t.Errorf("exit %d, want %d and %q:\n%s", r.Code, tt.code, tt.want, r.Stderr)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(dir, "m.DOT")); err != nil || !bytes.Contains(b, []byte("digraph")) {
		t.Errorf("m.DOT is not DOT: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "m.GIF")); err == nil {
		t.Error("m.GIF was written")
	}
}

// TestReportInputErrors: the summary line is printed also when every input
// failed.
func TestReportInputErrors(t *testing.T) {
	errs := []error{&inputError{"a\x1b.txt", errors.New("empty article")}, &inputError{"b.txt", errors.New("binary data")}}
	tests := []struct {
		name  string
		errs  []error
		built int
		want  string
	}{
		{"none failed", nil, 3, ""},
		{"some failed", errs, 3, "actorgraph build: a\\x1b.txt: empty article\nactorgraph build: b.txt: binary data\nactorgraph build: 2 of 5 inputs failed; the graph holds the other 3\n"},
		{"all failed", errs, 0, "actorgraph build: a\\x1b.txt: empty article\nactorgraph build: b.txt: binary data\nactorgraph build: all 2 input(s) failed; no graph was built\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := reportInputErrors(&b, "build", tt.errs, tt.built)
			if b.String() != tt.want || (err != nil) != (tt.want != "") {
				t.Errorf("got %q (%v), want %q", b.String(), err, tt.want)
			}
		})
	}
}

// Item 4: a line of --actors past the cap is skipped and named by its
// number; the build goes on with the other lines and exits 1; a list that
// never ends (/dev/zero) fails with its name instead of eating memory.
func TestActorListLongLine(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "mine.tsv")
	long := strings.Repeat("y", 2<<20)
	if err := os.WriteFile(list, []byte("Orla Vantre\tPerson\n"+long+"\tPerson\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Orla Vantre met Chancellor Olaf Scholz in Berlin on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "g.nq")
	r := runCLI(t, "", "build", "--actors", list, "-o", out, art)
	if r.Code != 1 || !strings.Contains(r.Stderr, "mine.tsv:2: line longer than") {
		t.Errorf("exit %d, want 1 and line 2 named:\n%s", r.Code, r.Stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.Contains(b, []byte(`"Orla Vantre"`)) {
		t.Errorf("the graph lacks the listed actor of line 1 (%v)", err)
	}
	if _, err := os.Stat("/dev/zero"); err == nil {
		r := runCLI(t, "", "build", "--actors", "/dev/zero", "-o", filepath.Join(dir, "z.nq"), art)
		if r.Code != 1 || !strings.Contains(r.Stderr, "/dev/zero") || !strings.Contains(r.Stderr, "larger than") {
			t.Errorf("--actors /dev/zero: exit %d:\n%s", r.Code, r.Stderr)
		}
	}
}
