package coref_test

import (
	"testing"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// The pronoun ranker learns from the names the finder of package entities
// finds, and the table of first names leaves out its titles and roles: these
// tests import package entities, which the package coref cannot.

func TestTrainPronouns(t *testing.T) {
	finder := entities.NewFinder(testenv.Must(t, gazetteer.Default), testenv.Must(t, ner.DefaultRecognizer))
	coref.TrainPronouns(t, finder.Find, finder.Roles())
}

func TestGUMGenderTable(t *testing.T) {
	coref.CheckGUMGenderTable(t, entities.DefaultRoles())
}
