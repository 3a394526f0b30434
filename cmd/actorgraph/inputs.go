package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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

func (e *inputError) Error() string { return e.name + ": " + e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// collectSources expands the command-line paths into articles: a file is one
// article, a directory gives every *.txt file below it (in lexical order),
// "-" is standard input. With no paths it gives the embedded sample corpus.
// Paths that cannot be read are returned as errors; the rest go on.
func collectSources(paths []string, stdin io.Reader) ([]source, []error) {
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
			srcs = append(srcs, source{name: "stdin", read: func() ([]byte, error) { return io.ReadAll(stdin) }})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &inputError{p, unwrapPathError(err)})
			continue
		}
		if !info.IsDir() {
			srcs = append(srcs, fileSource(p))
			continue
		}
		n := len(srcs)
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &inputError{path, unwrapPathError(err)})
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
				srcs = append(srcs, fileSource(path))
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &inputError{p, err})
		}
		if len(srcs) == n {
			errs = append(errs, &inputError{p, fmt.Errorf("directory holds no articles (*.txt files)")})
		}
	}
	return srcs, errs
}

func fileSource(path string) source {
	return source{name: path, read: func() ([]byte, error) {
		b, err := os.ReadFile(path)
		return b, unwrapPathError(err)
	}}
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
