package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const buildAbout = `Build reads UTF-8 text articles and writes the graph of their actors and
relations as W3C N-Quads. PATH is a file, a directory (every *.txt file below
it) or - for standard input; with no PATH it builds the sample corpus embedded
in actorgraph. Output is the same, byte for byte, whatever -j is.

With --db FILE, build adds the articles to the store FILE instead, creating
it when it does not exist: an article already in it (by content) is skipped,
new actors are matched to the ones it holds and keep their IRIs, and the
articles are written a batch at a time, each batch one transaction, so that
an interrupted build leaves the store as it was before the batch it was
writing. neighbors, render and export read the store.`

func runBuild(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] [PATH|-]...", buildAbout)
	out := fs.String("o", "-", "write the N-Quads to `FILE` (written atomically) instead of stdout")
	jobs := fs.Int("j", runtime.NumCPU(), "number of articles processed at once")
	base := fs.String("base", string(graph.DefaultBase), "base `IRI` under which actors, relations and articles are named")
	beam := fs.Bool("beam", false, beamUsage)
	actors := fs.String("actors", "", "TSV `FILE` of actors (name, type, aliases separated by |) extending or overriding the built-in lists")
	db := fs.String("db", "", "add the articles to the store `FILE` (created when missing) instead of writing N-Quads")
	batch := fs.Int("batch", 500, "with --db, the number of articles written in one transaction")
	dateFlag := fs.String("date", "", "`DATE` (YYYY-MM-DD, YYYY-MM or YYYY) of articles whose dateline gives none or no year; else a date in the file's name is used")
	readOpt := addReadFlags(fs)
	paths, err := cli.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *db != "" && set["o"] {
		return cli.Usagef("-o and --db exclude each other: build writes N-Quads or adds to a store (export writes a store's N-Quads)")
	}
	if *batch < 1 {
		return cli.Usagef("-batch must be at least 1")
	}
	if *jobs < 1 {
		return cli.Usagef("-j must be at least 1")
	}
	if readOpt.maxArticleBytes < 1 {
		return cli.Usagef("-max-article-bytes must be at least 1")
	}
	minter, err := graph.NewMinter(graph.IRI(*base))
	if err != nil {
		return &cli.UsageError{Msg: err.Error()}
	}
	var date dates.Date
	if *dateFlag != "" {
		if date, err = dates.Parse(*dateFlag); err != nil {
			return cli.Usagef("-date: %v", err)
		}
	}
	if *db != "" {
		if err := checkOutput(*db, paths); err != nil {
			return err
		}
		st, err := openStoreForBuild(ctx, *db, minter, set["base"])
		if err != nil {
			return err
		}
		defer st.Close()
		pipe, badLines, err := newPipeline(ctx, *actors, *beam, date)
		if err != nil {
			return err
		}
		return reportBadLines(e, *actors, badLines, updateStore(ctx, e, pipe, st, paths, *jobs, *batch, *readOpt))
	}
	if err := checkOutput(*out, paths); err != nil {
		return err
	}
	pipe, badLines, err := newPipeline(ctx, *actors, *beam, date)
	if err != nil {
		return err
	}
	res, err := buildGraph(ctx, e, pipe, paths, *jobs, *readOpt)
	if err != nil {
		return err
	}

	defer res.articles.Close()
	err = writeOutput(*out, e.Stdout, func(w io.Writer) error {
		return res.articles.WriteNQuads(w, minter)
	})
	if err != nil {
		return err
	}
	return reportBadLines(e, *actors, badLines, res.report(e.Stderr, "build"))
}

// reportBadLines prints the bad lines of the actor list, if any, after a
// build that ended with err, and returns the error the build ends with.
func reportBadLines(e *cli.Env, actors string, badLines []error, err error) error {
	if len(badLines) == 0 || err != nil && !errors.Is(err, cli.ErrReported) {
		return err
	}
	for _, le := range badLines {
		fmt.Fprintf(e.Stderr, "actorgraph build: %s\n", cli.DisplayMessage(le.Error()))
	}
	fmt.Fprintf(e.Stderr, "actorgraph build: the valid lines of %s were used\n", cli.DisplayText(actors))
	return cli.ErrReported
}

// openStoreForBuild opens the store at path for writing, or creates it
// under the base of m when path does not exist or is an empty file. A
// store keeps the base it was created with: baseSet says the user named
// one, which must then be the store's.
func openStoreForBuild(ctx context.Context, path string, m graph.Minter, baseSet bool) (*store.Store, error) {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) || err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		return store.Create(ctx, path, m.Base())
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", cli.DisplayText(path), unwrapPathError(err))
	}
	st, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		var ns *store.NotStoreError
		if errors.As(err, &ns) {
			return nil, fmt.Errorf("%w; it was not written to", err)
		}
		return nil, err
	}
	if baseSet && st.Minter().Base() != m.Base() {
		st.Close()
		return nil, cli.Usagef("store %s names its actors under %s, not %s: a store keeps its base IRI", cli.DisplayText(path), st.Minter().Base(), m.Base())
	}
	return st, nil
}
