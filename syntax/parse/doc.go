// Package parse is the dependency parser: a Parser attaches every word of
// a tagged and lemmatized sentence to its head with a relation, making a
// tree of UD basic dependencies with subtypes, and Train learns one from a
// treebank.
//
// It is the arc-hybrid transition system (transition.go) driven by two
// averaged-perceptron classifiers over hashed features (atoms.go), one for
// the transition (features.go) and one for the label of each arc it makes
// (label_features.go), scoring only the labels plausible for the arc
// (labels.go). Both read, besides the words, tags and lemmas, the
// supertag a third classifier guessed for every word before the parse
// (supertag.go): its relation and the side of its head. Each of the three
// classifiers is a cascade of a quick model and the full one, the quick
// one deciding alone when it is sure (cascade.go). Their weights are the
// packed tables of internal/perceptron, read by the model file (codec.go).
//
// Training follows the dynamic oracle of Goldberg and Nivre (oracle.go) on
// trees projectivised by lifting (projective.go), with the supertags and
// the tags a parser will see at parse time predicted by classifiers that
// did not see the sentence (jackknife.go, supertag_train.go); the weights
// are the mean of several such parsers trained with their own seeds
// (train.go). A parser trained with a beam (Config.Beam, beam_train.go)
// keeps that many configurations instead of one (beam.go): more accurate,
// and as many times slower.
package parse
