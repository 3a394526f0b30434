// Package ner recognises the proper names of people, organisations and
// places in tagged sentences: the names a gazetteer does not know.
//
// # Model
//
// A Recognizer labels each token with a BILOU label (labels.go): Outside a
// name, or the Beginning, Inside or Last token of a name of several tokens,
// or a Unit name, for each of the three types. Its score for a label is a
// linear function of hashed features of the words around the token
// (features.go): forms, shapes, affixes and tags, the run of capitalised
// words the token is in (runs.go), the words around the other occurrences
// of the word in the document (context.go), and the class of the word in a
// name lexicon learned from the training names (lexicon.go). The best
// well-formed label sequence is found with the Viterbi algorithm;
// RecognizeDocument then gives the mentions with the same words the type
// most of them have (vote.go).
//
// # Training and evaluation
//
// TrainRecognizer learns the weights as an averaged structured perceptron
// (perceptron.go) from sentences of the GUM treebank, whose entity
// annotations give the names to find (NamedMentions); training is
// deterministic. Evaluate scores a recogniser against the same annotations
// by exact span and type. The machine-learning plumbing is the one the
// syntax models share, internal/perceptron: the feature hashing, the
// averaging of the weights, their quantised table (a perceptron.Model)
// and the envelope of the versioned model file (codec.go); what is the
// recogniser's own is the structure: BILOU labels, transition weights and
// Viterbi decoding. "actorgraph-train ner" trains it from the command
// line and "actorgraph-train eval -only ner" scores it; DefaultRecognizer
// returns the model shipped in model/.
package ner
