package coref

// The tests that need package entities, which imports this one, are in
// package coref_test (entities_test.go) and run these.
var (
	TrainPronouns       = testTrainPronouns
	CheckGUMGenderTable = testGUMGenderTable
)
