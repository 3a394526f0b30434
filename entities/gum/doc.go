// Package gum reads the entity and coreference annotations of GUM, the
// Georgetown University Multilayer corpus, as UD English GUM ships them in
// CoNLL-U: the Entity attribute of each token's MISC column brackets the
// mentions that open and close on it, each with its entity (coreference
// group), type (person, place, organization...), information status,
// minimal span (head words), link type and Wikipedia identity.
//
// Read and Documents split the sentences into documents at each
// "# newdoc id" comment and give each Document its Mentions and its
// coreference Chains. A mention is named when a run of proper nouns inside
// it, possibly joined by NameConnectors, holds one of its head words; the
// name is that run (Mention.Named, NameStart, NameEnd). This is what the
// named-entity recogniser of package entities/ner learns to find and is
// scored against, and what an evaluation of pronoun resolution takes as a
// named antecedent.
package gum
