package main

import (
	"embed"
	"io/fs"
)

//go:embed corpus/*.txt
var corpus embed.FS

// sampleCorpus returns the sample corpus that build reads when given no
// path and demo always reads: UTF-8 text articles at its root, one article
// a file, named NAME.txt.
func sampleCorpus() fs.FS {
	sub, err := fs.Sub(corpus, "corpus")
	if err != nil {
		// fs.Sub fails only on an invalid path; "corpus" is valid.
		panic(err)
	}
	return sub
}
