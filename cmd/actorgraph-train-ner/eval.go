package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/entities/ner"
)

// runEval scores a recogniser on a GUM split, over all documents and over
// the news documents.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	treebanks := fs.String("treebanks", "", treebanksUsage)
	model := fs.String("model", "", "model file (default: the model embedded in package entities/ner)")
	split := fs.String("split", "test", "GUM split to score: train, dev or test")
	tagger := fs.String("tagger", "", "tagger model file (syntax.ReadTagger) to retag the sentences with; default: GUM's gold tags")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: actorgraph-train-ner eval [flags]\n\nPrints exact-span precision, recall and F1 of the recogniser on GUM's\nnamed person, organization and place mentions.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	r, err := loadRecognizer(*model)
	if err != nil {
		return err
	}
	sents, err := readGUM(*treebanks, *split)
	if err != nil {
		return err
	}
	docs, err := gum.Documents(sents)
	if err != nil {
		return err
	}
	tags := "gold tags"
	if *tagger != "" {
		t, err := readTagger(*tagger)
		if err != nil {
			return err
		}
		retag(docs, t)
		tags = "tags from " + *tagger
	}
	var news []gum.Document
	for _, d := range docs {
		if strings.HasPrefix(d.ID, "GUM_news_") {
			news = append(news, d)
		}
	}
	for _, part := range []struct {
		name string
		docs []gum.Document
	}{{"all documents", docs}, {"news documents", news}} {
		if err := ctx.Err(); err != nil {
			return err
		}
		sc := r.Evaluate(part.docs)
		fmt.Fprintf(stdout, "GUM %s, %s (%d), %s:\n", *split, part.name, len(part.docs), tags)
		if err := sc.WriteTable(stdout); err != nil {
			return err
		}
	}
	return nil
}

// loadRecognizer reads a model file, or the embedded model for "".
func loadRecognizer(path string) (*ner.Recognizer, error) {
	if path == "" {
		return ner.DefaultRecognizer()
	}
	return readFile(path, ner.ReadRecognizer)
}
