// Package data holds the files actorgraph ships inside its binary: the sample
// corpus of news articles that `actorgraph build` reads when given no path,
// and the gazetteers the entity extractor starts from.
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
