// Command actorgraph-beam runs actorgraph's build on Apache Beam: it reads
// text articles, extracts the actors and relations of each on as many
// workers as the runner gives it, reconciles the actors across the corpus
// as actorgraph build does, and writes the graph as sharded N-Quads files.
// The set of quads is the one actorgraph build writes for the same
// articles, in the same input order.
//
// It runs on any Beam runner: Prism in this process by default, or Flink,
// Spark or Google Cloud Dataflow with Beam's standard flags (--runner,
// --endpoint, --environment_type, ...); see the README.
//
//	actorgraph-beam --input articles/ --output out/graph --shards 8
//
// It lives in a Go module of its own so that the actorgraph command does
// not carry Beam's dependencies.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// listFlag is a flag that may be given several times, each value a list
// separated by commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for v := range strings.SplitSeq(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

var (
	inputs     listFlag
	inputList  = flag.String("input_list", "", "`FILE` listing articles, one path (file, directory or glob) a line, read after every --input")
	output     = flag.String("output", "", "write the N-Quads to `PREFIX`-SSSSS-of-NNNNN.nq (any Beam file system: a local path, gs://...)")
	shards     = flag.Int("shards", 4, "number of N-Quads files written")
	base       = flag.String("base", string(graph.DefaultBase), "base `IRI` under which actors, relations and articles are named")
	beamSearch = flag.Bool("beam_search", false, "parse with the beam-search parser: more accurate, about three times slower (actorgraph build --beam)")
	actorsFile = flag.String("actors", "", "TSV `FILE` of actors (name, type, aliases separated by |) extending or overriding the built-in lists; read when the pipeline is built")
	dateFlag   = flag.String("date", "", "`DATE` (YYYY-MM-DD, YYYY-MM or YYYY) of articles whose dateline gives none or no year")
	maxBytes   = flag.Int64("max_article_bytes", defaultMaxArticleBytes, "skip, and count, an article longer than `N` bytes")
)

func init() {
	flag.Var(&inputs, "input", "articles: a file, a local directory (every *.txt file below it) or a glob on any Beam file system (gs://bucket/news/*.txt); repeat or separate with commas")
}

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background(), os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "actorgraph-beam: %v\n", err)
		os.Exit(1)
	}
}

// run builds the pipeline the flags describe and runs it on the runner
// --runner names.
func run(ctx context.Context, stderr io.Writer) error {
	cfg, err := configFromFlags(stderr)
	if err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		return err
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil || res == nil { // a runner that gives no result: --async, dot
		return err
	}
	read, failed, ok := articleCounts(res)
	if !ok {
		return nil
	}
	fmt.Fprintf(stderr, "actorgraph-beam: %d articles built, %d inputs left out (their errors are in the workers' log)\n", read, failed)
	switch {
	case read == 0:
		return fmt.Errorf("no articles built")
	case failed > 0:
		// As actorgraph build: the output is written, the status says
		// that some inputs are missing from it.
		return fmt.Errorf("%d inputs left out", failed)
	}
	return nil
}

// articleCounts returns the counts of articles built and inputs left out
// that res reports, and whether it reports any.
func articleCounts(res beam.PipelineResult) (read, failed int64, ok bool) {
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() != counterNamespace {
			continue
		}
		switch c.Name() {
		case "articles":
			read += c.Result()
			ok = true
		case "articles_failed":
			failed += c.Result()
			ok = true
		}
	}
	return read, failed, ok
}

// configFromFlags checks the flags and reads the actor list; the valid
// lines of a list with bad lines are used, and the bad ones reported to
// stderr, as actorgraph build does.
func configFromFlags(stderr io.Writer) (Config, error) {
	cfg := Config{
		Inputs:          inputs,
		InputList:       *inputList,
		Output:          *output,
		Shards:          *shards,
		Base:            *base,
		BeamSearch:      *beamSearch,
		Date:            *dateFlag,
		MaxArticleBytes: *maxBytes,
	}
	if *dateFlag != "" {
		if _, err := dates.Parse(*dateFlag); err != nil {
			return Config{}, fmt.Errorf("--date: %w", err)
		}
	}
	if *actorsFile != "" {
		f, err := os.Open(*actorsFile)
		if err != nil {
			return Config{}, fmt.Errorf("actor list: %w", err)
		}
		actors, bad, err := extract.ReadActors(f, *actorsFile)
		f.Close()
		if err != nil {
			return Config{}, err
		}
		for _, e := range bad {
			fmt.Fprintf(stderr, "actorgraph-beam: %v\n", e)
		}
		if len(bad) > 0 {
			fmt.Fprintf(stderr, "actorgraph-beam: the valid lines of %s were used\n", *actorsFile)
		}
		cfg.Actors = actors
	}
	return cfg, nil
}
