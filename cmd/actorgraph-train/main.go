// Command actorgraph-train trains the models actorgraph ships and scores
// them: the syntax models (tagger, lemmatizer, parser) on the UD English
// treebanks EWT and GUM, the named-entity recogniser of entities/ner on
// GUM, and the tokenizer's lexicon.
//
// Usage:
//
//	actorgraph-train syntax [flags]    write syntax/model/*.model
//	actorgraph-train ner [flags]       write entities/ner/model/ner.model
//	actorgraph-train lexicon [flags]   write syntax/tokenize/lexicon.txt
//	actorgraph-train eval [flags]      score the syntax models and the recogniser
//
// Run "actorgraph-train COMMAND --help" for a command's flags. Run it from
// the repository root, with the treebanks in ../shared/treebanks beside it
// or wherever $ACTORGRAPH_TREEBANKS says (internal/treebank). Training is
// deterministic: the same treebanks and flags write the same bytes. The
// exit status is 0 on success, 1 on an error (eval: a figure below its
// target), 2 on a usage error and 130 when interrupted.
package main

import "os"

func main() { os.Exit(program.Main(os.Args[1:])) }
