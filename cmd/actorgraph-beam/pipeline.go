package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

// The pipeline, stage by stage (see Build):
//
//  1. expand: each input to its articles' paths, keyed by their place in
//     build's input order; reshuffled, to spread them over the workers;
//  2. read: each file's text, keyed by its graph.ArticleID;
//  3. group by article ID, and extract the first copy of each text in
//     input order (build describes a text once, under the first name it
//     was read by): (order, article), and the name of every person in it;
//  4. count the person names (a combine per name): the side input of
//  5. resolve: every worker builds the Corpus from the counts, renames the
//     actors of each article, and emits the article's quads and each actor
//     mention keyed by its IRI;
//  6. combine the mentions per IRI (the first name and type, all aliases)
//     and emit each actor's description;
//  7. write the quads of 5 and 6 into shards.
//
// build's reconciliation has two corpus-wide steps, and the pipeline
// reproduces both whatever order the runner processes articles in:
//
//   - The Corpus that renames people ("Trump" to "Donald Trump") depends
//     only on how many times each person's name is used across the corpus,
//     not on the order the articles were added (entities/corpus: the most
//     used spelling wins, ties by length and then name). So the person
//     names are counted per name (a CombinePerKey that any number of
//     workers share) and the table of counts, one entry per distinct name,
//     goes to every worker as a side input, which builds the same Corpus
//     from it. TestCorpusOrder checks that the order does not matter.
//   - The actor table describes an actor with the name and type of its first
//     mention in input order, and the union of its aliases. Each article
//     carries an order key that sorts as build's input order does (the
//     inputs in the order given, a directory's files as a depth-first walk
//     in lexical order), so the combine keeps the mention with the least
//     key.

// Config is what the pipeline does.
type Config struct {
	// Inputs are files, local directories (every *.txt file below) or
	// globs on any Beam file system, read in this order.
	Inputs []string
	// InputList, when set, is a file that lists more inputs, one a line,
	// read after Inputs.
	InputList string
	// Output is the prefix of the N-Quads files:
	// PREFIX-SSSSS-of-NNNNN.nq.
	Output string
	// Shards is the number of N-Quads files.
	Shards int
	// Base is the base IRI (see graph.NewMinter).
	Base string
	// BeamSearch, Actors and Date are extract.Options.
	BeamSearch bool
	Actors     []graph.Actor
	Date       string
	// MaxArticleBytes is the largest article read; a larger one is counted
	// and skipped.
	MaxArticleBytes int64
}

// defaultMaxArticleBytes is actorgraph build's default limit: 20 MiB.
const defaultMaxArticleBytes = 20 << 20

// check says what is wrong with c, if anything.
func (c Config) check() error {
	switch {
	case len(c.Inputs) == 0 && c.InputList == "":
		return errors.New("no articles: give --input or --input_list")
	case c.Output == "":
		return errors.New("no output: give --output PREFIX")
	case c.Shards < 1:
		return errors.New("--shards must be at least 1")
	case c.MaxArticleBytes < 1:
		return errors.New("--max_article_bytes must be at least 1")
	}
	if _, err := graph.NewMinter(graph.IRI(c.Base)); err != nil {
		return err
	}
	// The file system of the output must be linked in (local, gs://).
	fs, err := filesystem.New(context.Background(), c.Output)
	if err != nil {
		return fmt.Errorf("--output: %w", err)
	}
	return fs.Close()
}

// Build adds the pipeline that c describes to s.
func Build(s beam.Scope, c Config) error {
	if err := c.check(); err != nil {
		return err
	}
	var specs []inputSpec
	for i, in := range c.Inputs {
		specs = append(specs, inputSpec{Order: fmt.Sprintf("i%06d", i), Path: in})
	}
	if c.InputList != "" {
		specs = append(specs, inputSpec{Order: "l", Path: c.InputList, List: true})
	}
	files := beam.ParDo(s.Scope("expand"), &expandFn{}, beam.CreateList(s, specs))
	// A directory or a glob expands on one worker: spread its articles.
	files = beam.Reshuffle(s, files)

	texts := beam.ParDo(s.Scope("read"), &readFn{MaxArticleBytes: c.MaxArticleBytes}, files)
	// The copies of one text meet: build describes an article once.
	copies := beam.GroupByKey(s.Scope("same text"), texts)
	articles, persons := beam.ParDo2(s.Scope("extract"), &extractFn{
		BeamSearch: c.BeamSearch,
		Actors:     c.Actors,
		Date:       c.Date,
	}, copies)
	uses := stats.Count(s.Scope("person uses"), persons)

	articleLines, mentions := beam.ParDo2(s.Scope("resolve"), &resolveFn{Base: c.Base},
		articles, beam.SideInput{Input: uses})
	actors := beam.CombinePerKey(s.Scope("actor table"), mergeMentions, mentions)
	actorLines := beam.ParDo(s.Scope("describe"), &describeFn{Base: c.Base}, actors)

	writeShards(s.Scope("write"), c.Output, c.Shards, beam.Flatten(s, actorLines, articleLines))
	return nil
}

func init() {
	beam.RegisterType(reflect.TypeFor[inputSpec]())
	beam.RegisterType(reflect.TypeFor[mention]())
	beam.RegisterType(reflect.TypeFor[rawArticle]())
	beam.RegisterCoder(reflect.TypeFor[graph.Article](), encodeArticle, decodeArticle)

	register.DoFn3x1[context.Context, inputSpec, func(string, string), error](&expandFn{})
	register.DoFn4x1[context.Context, string, string, func(string, rawArticle), error](&readFn{})
	register.DoFn5x1[context.Context, string, func(*rawArticle) bool, func(string, graph.Article), func(string), error](&extractFn{})
	register.DoFn6x1[context.Context, string, graph.Article, func(*string, *int) bool, func(string), func(string, mention), error](&resolveFn{})
	register.DoFn3x1[string, mention, func(string), error](&describeFn{})
	register.Function2x1(mergeMentions)
	register.Emitter1[string]()
	register.Emitter2[string, string]()
	register.Emitter2[string, graph.Article]()
	register.Emitter2[string, mention]()
	register.Emitter2[string, rawArticle]()
	register.Iter1[rawArticle]()
	register.Iter2[string, int]()
}

// encodeArticle and decodeArticle are the coder of graph.Article between
// the stages: gob, as extract.Collection spools articles.
func encodeArticle(a graph.Article) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&a); err != nil {
		return nil, fmt.Errorf("encode article %s: %w", a.Source, err)
	}
	return buf.Bytes(), nil
}

func decodeArticle(b []byte) (graph.Article, error) {
	var a graph.Article
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&a); err != nil {
		return graph.Article{}, fmt.Errorf("decode article: %w", err)
	}
	return a, nil
}

// keySep separates the parts of an order key. It sorts before every other
// character, so keys compare part by part, as a walk of a directory tree
// visits its files.
const keySep = "\x00"

// resolveFn renames the actors of each article to their corpus-wide names
// (extract.Corpus.Resolve) and emits the article's quads, as N-Quads lines,
// and each of its actor mentions keyed by the actor's IRI.
type resolveFn struct {
	Base string

	minter graph.Minter
	// corpus is built from the side input on the first element: the side
	// input is the same for every element (one global window).
	corpus *corpus
}

func (f *resolveFn) Setup() error {
	m, err := graph.NewMinter(graph.IRI(f.Base))
	f.minter = m
	return err
}

func (f *resolveFn) ProcessElement(ctx context.Context, order string, art graph.Article, uses func(*string, *int) bool, emitLine func(string), emitMention func(string, mention)) error {
	if f.corpus == nil {
		f.corpus = corpusFromUses(uses)
	}
	f.corpus.Resolve(&art)
	for i, a := range art.Actors {
		emitMention(string(f.minter.Actor(a.Name)), mention{
			Order:   fmt.Sprintf("%s%s%09d", order, keySep, i),
			Name:    a.Name,
			Type:    int(a.Type),
			Aliases: a.Aliases,
		})
	}
	return emitQuads(graph.EncodeArticle(f.minter, art), emitLine)
}

// mention is an actor as one article names it, where it stands in the
// input order, or the merge of several (see mergeMentions).
type mention struct {
	Order   string
	Name    string
	Type    int
	Aliases []string
}

// mergeMentions keeps the name and type of the first mention in input
// order and the union of the aliases, as graph.ActorTable does.
func mergeMentions(a, b mention) mention {
	if b.Order < a.Order {
		a, b = b, a
	}
	al := slices.Concat(a.Aliases, b.Aliases)
	slices.Sort(al)
	a.Aliases = slices.Compact(al)
	return a
}

// describeFn emits an actor's description (graph.ActorTable.Quads) as
// N-Quads lines.
type describeFn struct {
	Base string

	minter graph.Minter
}

func (f *describeFn) Setup() error {
	m, err := graph.NewMinter(graph.IRI(f.Base))
	f.minter = m
	return err
}

func (f *describeFn) ProcessElement(_ string, m mention, emitLine func(string)) error {
	t := graph.NewActorTable(f.minter)
	t.Add([]graph.Actor{{Name: m.Name, Type: graph.ActorType(m.Type), Aliases: m.Aliases}})
	return emitQuads(t.Quads(), emitLine)
}

// emitQuads writes quads as canonical N-Quads (nquads.Writer) and emits
// each line without its line feed. An invalid quad is an error, as it is
// for actorgraph build.
func emitQuads(quads []graph.Quad, emit func(string)) error {
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, q := range quads {
		if err := w.Write(q); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	for line := range strings.Lines(buf.String()) {
		emit(strings.TrimSuffix(line, "\n"))
	}
	return nil
}
