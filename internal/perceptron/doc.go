// Package perceptron is the machine-learning plumbing that the syntax
// classifiers (the tagger, the parser and its supertagger) and the
// named-entity recogniser (entities/ner) share:
//
//   - feature hashing: the FNV constants, Mix and Fold, and At, the
//     padded window of tokens a feature reads (hash.go);
//   - averaged-perceptron training: the lazy averaging of a vector of
//     weights (Averaged, averaged.go); a Trainer of float32 weights that
//     averages into a Model, and Quantize, which packs averaged weights
//     into one (trainer.go); TrainTable and Sums for the int8 tables,
//     whose averages over several trained members are exact (table.go);
//     and Sparse, an averaged perceptron over string features for the
//     small models kept as text (sparse.go);
//   - the trained weights, quantised and packed for fast scoring: a Model
//     of int16 weights in sparse and dense rows, summed in a Tally (model.go,
//     tally.go), and a Table of int8 weights laid out as a LaneTable to
//     choose among many classes eight at a time (lanes.go) or as a Table3
//     for three classes (table3.go);
//   - the allocator of the weight tables, on huge pages where the system
//     has them (MakeTable, hugepage_*.go), and the AVX2 kernels that sum
//     their rows, with portable fallbacks and the purego build tag to force
//     them (simd*.go);
//   - the envelope of the model files, a magic string, a version and a
//     compressed, checksummed stream of varints and fixed-size words,
//     written with a Writer and read with a Reader (codec.go), and the
//     encoding of a Model in it (model_codec.go).
//
// A feature is a 64-bit hash; its top bits pick a row of a weight table,
// and a row holds a weight per class. Nothing here knows what the features
// or the classes mean.
package perceptron
