package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/syntax"
)

// newExtractor loads the shipped models and gazetteers, extended by the
// user's actor list when actorsFile is not empty. The valid lines of a list
// with bad lines are used; listErr names every bad line.
func newExtractor(actorsFile string) (ex articleExtractor, listErr error, err error) {
	model, err := syntax.DefaultModel()
	if err != nil {
		return nil, nil, fmt.Errorf("load syntax model: %w", err)
	}
	gaz, err := entities.DefaultGazetteer()
	if err != nil {
		return nil, nil, fmt.Errorf("load gazetteer: %w", err)
	}
	if actorsFile != "" {
		f, err := os.Open(actorsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("actor list %s: %w", actorsFile, unwrapPathError(err))
		}
		actors, err := entities.ReadActorList(f, actorsFile)
		f.Close()
		var lineErrs entities.LineErrors
		if err != nil && !errors.As(err, &lineErrs) {
			return nil, nil, err
		}
		listErr = err
		gaz = gaz.With(actors)
	}
	ner, err := entities.DefaultRecognizer()
	if err != nil {
		return nil, nil, fmt.Errorf("load entity recogniser: %w", err)
	}
	return relations.NewExtractor(model, entities.NewFinder(gaz, ner)), listErr, nil
}
