package main

import (
	"fmt"
	"os"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/relations"
	"github.com/actorgraph/actorgraph/syntax"
)

// newExtractor loads the shipped models and gazetteers, extended by the
// user's actor list when actorsFile is not empty. A list with bad lines is
// an error naming each line: the user asked for those actors.
func newExtractor(actorsFile string) (articleExtractor, error) {
	model, err := syntax.DefaultModel()
	if err != nil {
		return nil, fmt.Errorf("load syntax model: %w", err)
	}
	gaz, err := entities.DefaultGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	if actorsFile != "" {
		f, err := os.Open(actorsFile)
		if err != nil {
			return nil, fmt.Errorf("actor list: %w", err)
		}
		actors, err := entities.ReadActorList(f, actorsFile)
		f.Close()
		if err != nil {
			return nil, err
		}
		gaz = gaz.With(actors)
	}
	ner, err := entities.DefaultRecognizer()
	if err != nil {
		return nil, fmt.Errorf("load entity recogniser: %w", err)
	}
	return relations.NewExtractor(model, entities.NewFinder(gaz, ner)), nil
}
