// Package syntax assembles the language analysis that the entity and
// relation extractors share, and ships its trained model: a Model splits
// raw news text into sentences and words (package tokenize), tags
// (package tag), lemmatizes (package lemma) and parses them into UD basic
// dependencies (package parse), all speaking the CoNLL-U types of package
// ud.
//
// DefaultModel is the model embedded from the model directory, trained on
// the open UD English treebanks by cmd/actorgraph-train (see
// model/README.md); ReadModel reads another. Evaluate scores a model on a
// treebank with the evaluator of package ud.
package syntax
