package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/syntax"
	"github.com/actorgraph/actorgraph/syntax/tokenize"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Options configure a Pipeline. The zero value uses the shipped models and
// lists.
type Options struct {
	// Beam parses with the beam-search parser: more accurate, about three
	// times slower.
	Beam bool
	// Actors extend or override the built-in actor lists (see ReadActors).
	Actors []graph.Actor
	// Date is the date of articles whose dateline gives none (or gives no
	// year); the zero Date leaves it to the file's name.
	Date dates.Date
}

// Pipeline extracts the actors and relations of articles. It is safe for
// concurrent use: one Pipeline serves any number of goroutines.
type Pipeline struct {
	model *syntax.Model
	date  dates.Date

	// The entity and relation stages load on first use, so that a front
	// end that only analyses text (actorgraph parse) does not pay for them.
	stages func() (*stages, error)
}

type stages struct {
	finder    *entities.Finder
	relations *relations.Reader
	classes   *cameo.Table
}

// New returns a Pipeline with the models and lists embedded in actorgraph.
func New(opts Options) (*Pipeline, error) {
	model, err := syntax.DefaultModel()
	if err == nil && opts.Beam {
		model, err = model.WithBeam()
	}
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	p := &Pipeline{model: model, date: opts.Date}
	p.stages = sync.OnceValues(func() (*stages, error) {
		gaz, err := gazetteer.Default()
		if err != nil {
			return nil, fmt.Errorf("load gazetteer: %w", err)
		}
		if len(opts.Actors) > 0 {
			gaz = gaz.With(opts.Actors)
		}
		rec, err := ner.DefaultRecognizer()
		if err != nil {
			return nil, fmt.Errorf("load entity recogniser: %w", err)
		}
		finder := entities.NewFinder(gaz, rec)
		rel, err := relations.NewReader(finder.Roles(), model.Lemmatizer.PastTense)
		if err != nil {
			return nil, err
		}
		classes, err := cameo.Default()
		if err != nil {
			return nil, fmt.Errorf("load event classes: %w", err)
		}
		return &stages{finder: finder, relations: rel, classes: classes}, nil
	})
	return p, nil
}

// ReadActors reads a user's actor list for Options.Actors: one actor a
// line, "name <TAB> type <TAB> aliases separated by |". The actors of the
// valid lines are returned even when some lines are bad, and bad holds one
// error a bad line, each naming file and the line. err is a failure to read
// the list at all.
func ReadActors(r io.Reader, file string) (actors []graph.Actor, bad []error, err error) {
	actors, err = gazetteer.ReadActorList(r, file)
	var lines gazetteer.LineErrors
	if errors.As(err, &lines) {
		return actors, lines.Unwrap(), nil
	}
	return actors, nil, err
}

// Article extracts the actors and relations of one article. name is where
// the text came from, recorded as the article's Source. text must be UTF-8;
// it is cleaned first (see CleanText), and the sentences' offsets count in
// the cleaned text. The article's ID is computed from text as given, so
// that it names the bytes of the file.
func (p *Pipeline) Article(ctx context.Context, name string, text []byte) (graph.Article, error) {
	if err := ctx.Err(); err != nil {
		return graph.Article{}, err
	}
	clean, err := CleanText(text)
	if err != nil {
		return graph.Article{}, err
	}
	sents := p.model.Analyze(clean)
	if err := ctx.Err(); err != nil {
		return graph.Article{}, err
	}
	// the stages are asked for after the analysis, so that Stream's
	// workers analyse their first articles while they load
	st, err := p.stages()
	if err != nil {
		return graph.Article{}, err
	}
	day := dates.Article(clean, name, p.date)
	said := make([]dates.Date, len(sents))
	var days []dates.Date // the article's dates: its own, else those its sentences give
	for i := range sents {
		said[i] = dates.Resolve(strings.TrimSpace(sents[i].Text), day)
		if !day.Known() && said[i].Known() {
			days = append(days, said[i])
		}
	}
	if day.Known() {
		days = []dates.Date{day}
	}
	found := st.finder.FindWith(sents, st.relations.Offices(days))
	if sovietEra(days) {
		soviet(found)
	}
	rels := st.relations.Read(sents, found)
	for i := range rels {
		rels[i].Class = string(st.classes.Classify(rels[i].Predicate))
	}
	art := assemble(clean, sents, found, rels)
	art.ID = graph.ArticleID(text)
	art.Source = name
	art.Date = day.String()
	for i := range art.Sentences {
		art.Sentences[i].Date = said[i].String()
	}
	return art, nil
}

// Segment cleans text (see CleanText) and splits it into sentences and
// words, not yet analysed: the sentences AnalyzeSentences takes.
func (p *Pipeline) Segment(text []byte) ([]ud.Sentence, error) {
	clean, err := CleanText(text)
	if err != nil {
		return nil, err
	}
	return tokenize.Segment(clean), nil
}

// AnalyzeSentences tags, lemmatizes and parses sentences whose words are
// set (from Segment, or read from CoNLL-U), one at a time, calling each
// with every sentence once it is analysed. It stops when ctx ends or each
// returns an error, and returns that error.
func (p *Pipeline) AnalyzeSentences(ctx context.Context, sents []ud.Sentence, each func(*ud.Sentence) error) error {
	for i := range sents {
		if err := ctx.Err(); err != nil {
			return err
		}
		p.model.AnalyzeSentence(&sents[i])
		if err := each(&sents[i]); err != nil {
			return err
		}
	}
	return nil
}
