package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/internal/cli"
)

// source is one article to read: a file, standard input, or a file of the
// embedded sample corpus.
type source struct {
	name string // as shown to the user and recorded as the article's source
	read func() ([]byte, error)
}

// inputError is a problem with one input, reported with its name.
type inputError struct {
	name string
	err  error
}

// Error names the input with its control characters escaped, so that a
// hostile file name cannot drive the terminal the message is printed on.
func (e *inputError) Error() string { return cli.DisplayText(e.name) + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// defaultMaxArticleBytes is the default of --max-article-bytes: an article
// is text, and 20 MiB is several books.
const defaultMaxArticleBytes = 20 << 20

// readOptions say how articles are read.
type readOptions struct {
	// maxArticleBytes is the largest article read; a larger input is
	// reported and skipped.
	maxArticleBytes int64
}

// defaultReadOptions are the read options when no flag sets them.
func defaultReadOptions() readOptions {
	return readOptions{maxArticleBytes: defaultMaxArticleBytes}
}

// addReadFlags defines --max-article-bytes on fs and returns the options it
// sets.
func addReadFlags(fs *flag.FlagSet) *readOptions {
	opt := defaultReadOptions()
	fs.Int64Var(&opt.maxArticleBytes, "max-article-bytes", opt.maxArticleBytes,
		"skip, and report, an article longer than `N` bytes")
	return &opt
}

// collectSourcesContext expands the command-line paths into articles: a
// file is one article, a directory gives every *.txt file below it (in
// lexical order), "-" is standard input. With no paths it gives the embedded
// sample corpus. Paths that cannot be read are returned as errors; the rest
// go on.
//
// Inside a directory only regular files (and symbolic links to them) are
// articles: a named pipe, a device or a socket named *.txt is reported and
// skipped, since reading it could block forever or never end. A path named
// on the command line is read whatever it is, as the user asked, but never
// more than opt.maxArticleBytes of it, and the reading of each source stops
// when ctx ends.
//
// A source's name is its path with every byte that is not part of valid
// UTF-8 written as a %XX escape (Latin-1 file names, for example), since
// the name is recorded as text in the graph; valid names are kept as they
// are.
func collectSourcesContext(ctx context.Context, paths []string, stdin io.Reader, opt readOptions) ([]source, []error) {
	if len(paths) == 0 {
		return corpusSources(sampleCorpus(), "corpus")
	}
	var (
		srcs []source
		errs []error
	)
	stdinUsed := false
	for _, p := range paths {
		if p == "-" {
			if stdinUsed {
				errs = append(errs, &inputError{"-", fmt.Errorf("standard input named twice")})
				continue
			}
			stdinUsed = true
			srcs = append(srcs, source{name: "stdin", read: func() ([]byte, error) {
				return readCapped(ctx, stdin, opt.maxArticleBytes)
			}})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &inputError{sourceName(p), unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			srcs = append(srcs, fileSource(ctx, p, opt))
			continue
		}
		n := len(srcs)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &inputError{sourceName(path), unwrapPathError(err)})
				return nil
			}
			if d.IsDir() || !strings.HasSuffix(d.Name(), ".txt") {
				return nil
			}
			if kind := notRegular(path, d); kind != "" {
				errs = append(errs, &inputError{sourceName(path), fmt.Errorf("skipped: %s, not a regular file", kind)})
				return nil
			}
			srcs = append(srcs, fileSource(ctx, path, opt))
			return nil
		})
		if err != nil {
			errs = append(errs, &inputError{sourceName(p), err})
		}
		if len(srcs) == n {
			errs = append(errs, &inputError{sourceName(p), fmt.Errorf("directory holds no articles (*.txt files)")})
		}
	}
	return srcs, errs
}

// notRegular says what the directory entry at path is when it is not a
// regular file or a symbolic link to one ("a named pipe", ...), and ""
// when it is.
func notRegular(path string, d fs.DirEntry) string {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return "" // reading it reports the broken link
		}
		mode = info.Mode().Type()
	}
	return fileKind(mode)
}

// fileKind names a file type other than a regular file; "" for a regular
// file.
func fileKind(mode fs.FileMode) string {
	t := mode.Type()
	if t.IsRegular() {
		return ""
	}
	for _, k := range specialFiles {
		if t&k.mode != 0 {
			return k.kind
		}
	}
	return "a special file"
}

// specialFiles names the file types that are not regular files, in the
// order fileKind tries them: a character device also has fs.ModeDevice.
var specialFiles = []struct {
	mode fs.FileMode
	kind string
}{
	{fs.ModeDir, "a directory"}, {fs.ModeNamedPipe, "a named pipe"}, {fs.ModeSocket, "a socket"},
	{fs.ModeCharDevice, "a character device"}, {fs.ModeDevice, "a device"}, {fs.ModeSymlink, "a symbolic link"},
}

// sourceName returns path as an article's name (extract.SourceName).
func sourceName(path string) string { return extract.SourceName(path) }

// fileSource is the article in the file at path, read with opt's limit.
func fileSource(ctx context.Context, path string, opt readOptions) source {
	return source{name: sourceName(path), read: func() ([]byte, error) {
		return readFile(ctx, path, opt.maxArticleBytes)
	}}
}

// readFile reads the file at path, at most limit bytes of it. A file that
// is not regular (a named pipe named on the command line) is opened and
// read so that cancelling ctx stops the wait for a writer and the reading.
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	f, err := openContext(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	if info.Mode().IsRegular() && info.Size() > limit {
		return nil, tooLarge(limit)
	}
	return readCapped(ctx, f, limit)
}

// openContext opens path for reading. Opening a named pipe waits for a
// writer; that wait ends with ctx's error when ctx ends first (the open
// goes on in the background and its file is closed when it completes).
func openContext(ctx context.Context, path string) (*os.File, error) {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
		f, err := os.Open(path)
		return f, unwrapPathError(err)
	}
	type opened struct {
		f   *os.File
		err error
	}
	ch := make(chan opened, 1)
	go func() {
		f, err := os.Open(path)
		ch <- opened{f, err}
	}()
	select {
	case o := <-ch:
		return o.f, unwrapPathError(o.err)
	case <-ctx.Done():
		go func() {
			if o := <-ch; o.f != nil {
				o.f.Close()
			}
		}()
		return nil, ctx.Err()
	}
}

// tooLarge is the error for an article over the limit.
func tooLarge(limit int64) error {
	return fmt.Errorf("larger than %d bytes (--max-article-bytes); not an article", limit)
}

// readCapped reads r to its end, at most limit bytes, stopping with ctx's
// error when ctx ends, even in a read that blocks.
func readCapped(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(contextReader(ctx, r), limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, tooLarge(limit)
	}
	return buf.Bytes(), nil
}

// contextReader returns a reader of r whose Read returns ctx's error once
// ctx has ended, also while a Read of r blocks (on a pipe or a terminal):
// that Read goes on in the background and what it reads is dropped.
func contextReader(ctx context.Context, r io.Reader) io.Reader {
	if ctx.Done() == nil {
		return r // never cancelled
	}
	return &ctxReader{ctx: ctx, r: r, buf: make([]byte, 64<<10), res: make(chan readResult, 1)}
}

type ctxReader struct {
	ctx     context.Context
	r       io.Reader
	buf     []byte
	data    []byte // read and not yet returned
	err     error  // the error that came with data
	res     chan readResult
	reading bool // a Read of r is under way and will send to res
}

type readResult struct {
	n   int
	err error
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	if len(c.data) == 0 && c.err == nil {
		if !c.reading {
			c.reading = true
			go func() {
				n, err := c.r.Read(c.buf)
				c.res <- readResult{n, err}
			}()
		}
		select {
		case r := <-c.res:
			c.reading = false
			c.data, c.err = c.buf[:r.n], r.err
		case <-c.ctx.Done():
			return 0, c.ctx.Err()
		}
	}
	n := copy(p, c.data)
	c.data = c.data[n:]
	if len(c.data) == 0 && c.err != nil {
		err := c.err
		if err != io.EOF {
			c.err = nil // let the caller decide whether to read again
		}
		return n, err
	}
	return n, nil
}

// corpusSources lists the articles of an embedded corpus.
func corpusSources(fsys fs.FS, prefix string) ([]source, []error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, []error{err}
	}
	srcs := make([]source, 0, len(names))
	for _, n := range names {
		srcs = append(srcs, source{name: prefix + "/" + n, read: func() ([]byte, error) { return fs.ReadFile(fsys, n) }})
	}
	return srcs, nil
}

// unwrapPathError drops the path that os errors repeat, since every message
// is already prefixed by the input's name.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
