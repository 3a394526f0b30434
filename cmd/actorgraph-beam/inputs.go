package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
)

// inputSpec is one input as given: a path, or a file that lists paths.
type inputSpec struct {
	// Order places the input among the others (see keySep).
	Order string
	Path  string
	// List says that Path is a file listing inputs, one a line.
	List bool
}

// The counters of articles built and of inputs left out.
const counterNamespace = "actorgraph"

var (
	articlesRead   = beam.NewCounter(counterNamespace, "articles")
	articlesFailed = beam.NewCounter(counterNamespace, "articles_failed")
	// articlesRepeated counts the inputs whose text repeats an article's.
	articlesRepeated = beam.NewCounter(counterNamespace, "articles_repeated")
)

// expandFn turns an input into its articles, each a path keyed by its
// place in the input order.
type expandFn struct{}

func (f *expandFn) ProcessElement(ctx context.Context, in inputSpec, emit func(string, string)) error {
	if !in.List {
		return expand(ctx, in.Order, in.Path, emit)
	}
	b, err := readFile(ctx, in.Path, -1)
	if err != nil {
		return fmt.Errorf("input list %s: %w", in.Path, err)
	}
	n := 0
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if err := expand(ctx, fmt.Sprintf("%s%s%012d", in.Order, keySep, n), line, emit); err != nil {
			return err
		}
		n++
	}
	return nil
}

// expand emits the articles of path: a local directory gives every *.txt
// file below it, as actorgraph build reads it; a glob gives every file it
// matches, in lexical order; anything else is one article.
func expand(ctx context.Context, order, path string, emit func(string, string)) error {
	if !strings.Contains(path, "://") {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			return expandDir(ctx, order, path, emit)
		}
	}
	if !strings.ContainsAny(path, "*?[") {
		emit(order, path)
		return nil
	}
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	matches, err := fsys.List(ctx, path)
	if err != nil {
		return fmt.Errorf("list %s: %w", path, err)
	}
	if len(matches) == 0 {
		log.Warnf(ctx, "%s matches no file", path)
	}
	slices.Sort(matches)
	for i, m := range matches {
		emit(fmt.Sprintf("%s%s%012d", order, keySep, i), m)
	}
	return nil
}

// expandDir emits the *.txt files below dir in the order of a depth-first
// walk in lexical order (filepath.WalkDir), keyed so that the keys sort in
// that order: the path's parts below dir, separated by keySep. As for
// actorgraph build, a named pipe, a device or a socket is skipped.
func expandDir(ctx context.Context, order, dir string, emit func(string, string)) error {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			log.Warnf(ctx, "%s: %v", sourceName(path), err)
			articlesFailed.Inc(ctx, 1)
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".txt") {
			return nil
		}
		if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
			log.Warnf(ctx, "%s: skipped: not a regular file", sourceName(path))
			articlesFailed.Inc(ctx, 1)
			return nil
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		emit(order+keySep+strings.Join(strings.Split(rel, string(filepath.Separator)), keySep), path)
		n++
		return nil
	})
	if err != nil {
		return fmt.Errorf("read directory %s: %w", dir, err)
	}
	if n == 0 {
		log.Warnf(ctx, "%s: directory holds no articles (*.txt files)", dir)
	}
	return nil
}

// readFile reads the file at path on its Beam file system, at most limit
// bytes of it (no limit when limit < 0).
func readFile(ctx context.Context, path string, limit int64) ([]byte, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if limit < 0 {
		return io.ReadAll(r)
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes (--max_article_bytes); not an article", limit)
	}
	return b, nil
}

// rawArticle is the text of an article and where it was read from.
type rawArticle struct {
	Order string
	Path  string
	Text  []byte
}

// readFn reads an article and emits it keyed by its graph.ArticleID, so
// that the copies of one text meet. A file that cannot be read, or is too
// large, is counted and left out.
type readFn struct {
	MaxArticleBytes int64
}

func (f *readFn) ProcessElement(ctx context.Context, order, path string, emit func(string, rawArticle)) error {
	text, err := readFile(ctx, path, f.MaxArticleBytes)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		log.Warnf(ctx, "%s: %v", sourceName(path), err)
		articlesFailed.Inc(ctx, 1)
		return nil
	}
	emit(graph.ArticleID(text), rawArticle{Order: order, Path: path, Text: text})
	return nil
}

// extractFn extracts the actors and relations of an article
// (extract.Pipeline.Article), and emits the article keyed by its order and
// the name of every person it names, for the corpus-wide count. Of the
// copies of one text, only the first in input order is an article, read
// under its name, as for actorgraph build (extract.Collection).
type extractFn struct {
	BeamSearch bool
	Actors     []graph.Actor
	Date       string

	pipe *extract.Pipeline
}

func (f *extractFn) Setup() error {
	opts := extract.Options{Beam: f.BeamSearch, Actors: f.Actors}
	if f.Date != "" {
		d, err := dates.Parse(f.Date)
		if err != nil {
			return fmt.Errorf("date: %w", err)
		}
		opts.Date = d
	}
	p, err := sharedPipeline(opts)
	f.pipe = p
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, _ string, copies func(*rawArticle) bool, emitArticle func(string, graph.Article), emitPerson func(string)) error {
	var first, raw rawArticle
	n := 0
	for copies(&raw) {
		if n == 0 || raw.Order < first.Order {
			first = raw
		}
		n++
	}
	name := sourceName(first.Path)
	art, err := f.pipe.Article(ctx, name, first.Text)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		// As actorgraph build does, a file that is not an article is
		// reported and left out, each copy of it; the others go on.
		log.Warnf(ctx, "%s: %v", name, err)
		articlesFailed.Inc(ctx, int64(n))
		return nil
	}
	articlesRead.Inc(ctx, 1)
	articlesRepeated.Inc(ctx, int64(n-1))
	for _, a := range art.Actors {
		if a.Type == graph.Person {
			emitPerson(a.Name)
		}
	}
	emitArticle(first.Order, art)
	return nil
}

// pipelines holds the extract.Pipeline of each set of options in this
// worker process: the models load once a process, not once a DoFn instance
// (an extract.Pipeline is safe for concurrent use).
var pipelines struct {
	sync.Mutex
	byOpts map[string]*extract.Pipeline
}

func sharedPipeline(opts extract.Options) (*extract.Pipeline, error) {
	key := fmt.Sprintf("%#v", opts)
	pipelines.Lock()
	defer pipelines.Unlock()
	if p := pipelines.byOpts[key]; p != nil {
		return p, nil
	}
	p, err := extract.New(opts)
	if err != nil {
		return nil, err
	}
	if pipelines.byOpts == nil {
		pipelines.byOpts = map[string]*extract.Pipeline{}
	}
	pipelines.byOpts[key] = p
	return p, nil
}

// sourceName returns path as an article's name, as actorgraph build
// records it (extract.SourceName).
func sourceName(path string) string { return extract.SourceName(path) }
