// Package syntax is the language analysis that the entity and relation
// extractors share: sentence splitting and tokenization of raw news text,
// part-of-speech tagging, lemmatization and dependency parsing into UD basic
// dependencies, with models trained on the open UD English treebanks.
//
// Its types are CoNLL-U's: a Sentence is a sequence of Tokens (words) with
// UPOS, XPOS, lemma, head and relation, each carrying its byte offsets in the
// original text.
package syntax
