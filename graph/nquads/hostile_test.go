package nquads

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// chunkRecorder records every Write it is given and fails once it has taken
// limit bytes.
type chunkRecorder struct {
	chunks []string
	taken  int
	limit  int
}

func (c *chunkRecorder) Write(p []byte) (int, error) {
	if c.taken+len(p) > c.limit {
		return 0, errors.New("disk full")
	}
	c.chunks = append(c.chunks, string(p))
	c.taken += len(p)
	return len(p), nil
}

// TestWriterWritesWholeLines checks that every write the Writer makes ends
// at a line end, for short lines, lines longer than its buffer and a
// failing writer, so that output cut short never ends mid-statement.
func TestWriterWritesWholeLines(t *testing.T) {
	long := strings.Repeat("x", 3*writerBufferSize)
	tests := []struct {
		name   string
		values []string
		limit  int
	}{
		{"many short lines", slicesRepeat("a value", 5000), 1 << 30},
		{"long lines among short ones", []string{"a", long, "b", long, "c"}, 1 << 30},
		{"writer fails part way", slicesRepeat("another value", 20000), 200 << 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &chunkRecorder{limit: tt.limit}
			w := NewWriter(rec)
			var err error
			for _, v := range tt.values {
				if err = w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: v}}); err != nil {
					break
				}
			}
			if err == nil {
				err = w.Flush()
			}
			if (err != nil) != (tt.limit < 1<<30) {
				t.Fatalf("error %v", err)
			}
			if len(rec.chunks) == 0 {
				t.Fatal("nothing written")
			}
			for i, c := range rec.chunks {
				if !strings.HasSuffix(c, " .\n") {
					t.Fatalf("write %d ends mid-line: ...%q", i, c[max(0, len(c)-20):])
				}
			}
			if _, err := ReadAll(strings.NewReader(strings.Join(rec.chunks, "")), "out.nq"); err != nil {
				t.Errorf("what was written does not read back: %v", err)
			}
		})
	}
}

func slicesRepeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

// TestWriterGoesOnAfterBadValue checks that a literal that is not UTF-8
// (a file name from a Latin-1 archive) and an invalid quad do not stop the
// Writer: the quads after them are written.
func TestWriterGoesOnAfterBadValue(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	if err := w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "bad\xffname.txt"}}); err != nil {
		t.Errorf("non-UTF-8 literal: %v", err)
	}
	if err := w.Write(graph.Quad{Subject: graph.IRI("rel"), Predicate: iP, Object: iO}); err == nil {
		t.Error("relative IRI accepted")
	}
	if err := w.Write(graph.Quad{Subject: iS, Predicate: iP, Object: graph.Literal{Value: "after"}}); err != nil {
		t.Error(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := `<http://example/s> <http://example/p> "bad` + "\uFFFD" + `name.txt" .` + "\n" +
		`<http://example/s> <http://example/p> "after" .` + "\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestReadLongLine checks that a line over the limit is reported with its
// number and skipped without stopping the reading, whatever its line end.
func TestReadLongLine(t *testing.T) {
	good := s + p + `"ok" .`
	long := s + p + `"` + strings.Repeat("y", 500) + `" .`
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		t.Run(strings.NewReplacer("\r", "CR", "\n", "LF").Replace(eol), func(t *testing.T) {
			in := good + eol + long + eol + good + eol + long
			r := NewReader(strings.NewReader(in), "long.nq")
			r.MaxLineBytes = 100
			quads, err := r.ReadAllContext(context.Background())
			checkReadAll(t, quads, err, 2,
				"long.nq:2: line of 542 bytes is longer than the limit of 100 bytes; skipped",
				"long.nq:4: line of 542 bytes is longer than the limit of 100 bytes; skipped")
		})
	}
}

// zeros is an endless input of NUL bytes, like /dev/zero, that calls
// cancel once it has given after bytes.
type zeros struct {
	n      int64
	after  int64
	cancel func()
}

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	if z.cancel != nil && z.n >= z.after {
		z.cancel()
	}
	return len(p), nil
}

// TestReadStopsOnCancel checks that reading stops when the context ends:
// before it starts, and in the middle of an endless line.
func TestReadStopsOnCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	quads, err := ReadAllContext(ctx, strings.NewReader(s+p+o+".\n"), "x.nq")
	if len(quads) != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before reading: %d quads, error %v", len(quads), err)
	}

	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	z := &zeros{after: 8 << 20, cancel: cancel}
	r := NewReader(z, "zero")
	r.MaxLineBytes = 1 << 20
	_, err = r.ReadAllContext(ctx)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("endless line: error %v", err)
	}
	if cap(r.acc) > 2<<20 {
		t.Errorf("the reader holds %d bytes of a line longer than its limit of %d", cap(r.acc), r.MaxLineBytes)
	}
	if z.n > 9<<20 {
		t.Errorf("read %d bytes, going on %d bytes after the cancel", z.n, z.n-z.after)
	}
}

// TestReadLimitIsNotALineCount checks that the limit counts the bytes of a
// line, not of the input: many short lines read whatever their total.
func TestReadLimitIsNotALineCount(t *testing.T) {
	r := NewReader(strings.NewReader(strings.Repeat(s+p+o+".\n", 100)), "x.nq")
	r.MaxLineBytes = 80
	quads, err := r.ReadAllContext(context.Background())
	if err != nil || len(quads) != 100 {
		t.Errorf("got %d quads, error %v", len(quads), err)
	}
}

var _ io.Reader = (*zeros)(nil)
