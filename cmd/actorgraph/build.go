package main

import (
	"context"
	"fmt"
	"io"
	"runtime"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const buildAbout = `Build reads UTF-8 text articles and writes the graph of their actors and
relations as W3C N-Quads. PATH is a file, a directory (every *.txt file below
it) or - for standard input; with no PATH it builds the sample corpus embedded
in actorgraph. Output is the same, byte for byte, whatever -j is.`

func runBuild(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] [PATH|-]...", buildAbout)
	out := fs.String("o", "-", "write the N-Quads to `FILE` (written atomically) instead of stdout")
	jobs := fs.Int("j", runtime.NumCPU(), "number of articles processed at once")
	base := fs.String("base", string(graph.DefaultBase), "base `IRI` under which actors, relations and articles are named")
	beam := fs.Bool("beam", false, beamUsage)
	actors := fs.String("actors", "", "TSV `FILE` of actors (name, type, aliases separated by |) extending or overriding the built-in lists")
	dateFlag := fs.String("date", "", "`DATE` (YYYY-MM-DD, YYYY-MM or YYYY) of articles whose dateline gives none or no year; else a date in the file's name is used")
	readOpt := addReadFlags(fs)
	paths, err := cli.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	if *jobs < 1 {
		return cli.Usagef("-j must be at least 1")
	}
	if readOpt.maxArticleBytes < 1 {
		return cli.Usagef("-max-article-bytes must be at least 1")
	}
	if err := checkOutput(*out, paths); err != nil {
		return err
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
	if len(badLines) > 0 {
		for _, le := range badLines {
			fmt.Fprintf(e.Stderr, "actorgraph build: %s\n", cli.DisplayMessage(le.Error()))
		}
		fmt.Fprintf(e.Stderr, "actorgraph build: the valid lines of %s were used\n", cli.DisplayText(*actors))
	}
	if err := res.report(e.Stderr, "build"); err != nil || len(badLines) == 0 {
		return err
	}
	return cli.ErrReported
}
