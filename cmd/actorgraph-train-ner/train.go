package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/entities/ner"
)

// runTrain trains the recogniser and writes the model file.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	treebanks := fs.String("treebanks", "", treebanksUsage)
	out := fs.String("o", "entities/ner/model/ner.model", "model file to write")
	epochs := fs.Int("epochs", 10, "training epochs")
	bits := fs.Uint("bits", 20, "log2 of the weight-table rows")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	withDev := fs.Bool("dev", true, "train on GUM dev as well as train")
	tagger := fs.String("tagger", "", "tagger model file (syntax.ReadTagger) to retag the training sentences with; default: GUM's gold tags")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: actorgraph-train-ner train [flags]\n\nTrains the named-entity recogniser on GUM and writes its model.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	train, err := readGUM(*treebanks, "train")
	if err != nil {
		return err
	}
	if *withDev {
		dev, err := readGUM(*treebanks, "dev")
		if err != nil {
			return err
		}
		train = append(train, dev...)
	}
	cfg := ner.RecognizerConfig{Epochs: *epochs, HashBits: *bits, Seed: *seed,
		Progress: func(epoch, wrong int) { fmt.Fprintf(stderr, "epoch %d: %d sentences wrong\n", epoch, wrong) }}
	if *tagger != "" {
		t, err := readTagger(*tagger)
		if err != nil {
			return err
		}
		cfg.Tag = t.Tag
	}
	r, err := ner.TrainRecognizer(train, cfg)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := r.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, buf.Len())
	return nil
}
