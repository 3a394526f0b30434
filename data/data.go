// Package data holds the sample corpus of news articles that actorgraph
// ships inside its binary and `actorgraph build` reads when given no path.
// (The gazetteer is embedded by package entities/gazetteer.)
package data

import (
	"embed"
	"io/fs"
)

//go:embed corpus/*.txt
var corpus embed.FS

// Corpus returns the sample corpus: UTF-8 text articles at its root, one
// article a file, named NAME.txt.
func Corpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		// fs.Sub fails only on an invalid path; "corpus" is valid.
		panic(err)
	}
	return sub
}
