package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/syntax"
)

// newExtractor loads the shipped models and gazetteers, extended by the
// user's actor list when actorsFile is not empty, parsing with the beam
// parser when beam is set. The valid lines of a list with bad lines are
// used; listErr names every bad line.
func newExtractor(actorsFile string, beam bool) (ex articleExtractor, listErr error, err error) {
	model, err := syntaxModel(beam)
	if err != nil {
		return nil, nil, err
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return nil, nil, fmt.Errorf("load gazetteer: %w", err)
	}
	if actorsFile != "" {
		f, err := os.Open(actorsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("actor list %s: %w", actorsFile, unwrapPathError(err))
		}
		actors, err := gazetteer.ReadActorList(f, actorsFile)
		f.Close()
		var lineErrs gazetteer.LineErrors
		if err != nil && !errors.As(err, &lineErrs) {
			return nil, nil, err
		}
		listErr = err
		gaz = gaz.With(actors)
	}
	ner, err := ner.DefaultRecognizer()
	if err != nil {
		return nil, nil, fmt.Errorf("load entity recogniser: %w", err)
	}
	return relations.NewExtractor(model, entities.NewFinder(gaz, ner)), listErr, nil
}

// syntaxModel loads the shipped syntax model, with its beam parser when
// beam is set.
func syntaxModel(beam bool) (*syntax.Model, error) {
	m, err := syntax.DefaultModel()
	if err == nil && beam {
		m, err = m.WithBeam()
	}
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	return m, nil
}
