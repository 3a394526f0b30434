package main

import (
	"context"
	"fmt"

	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/internal/cli"
	"github.com/actorgraph/actorgraph/syntax/tag"
)

const nerAbout = `Trains the named-entity recogniser of package entities/ner on the train
and dev splits of UD English GUM, deterministically, and writes its model
(entities/ner/model/ner.model, which the package embeds).`

// runNER trains the recogniser and writes its model file.
func runNER(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags]", nerAbout)
	dir := treebanksFlag(fs)
	out := fs.String("o", "entities/ner/model/ner.model", "model file to write")
	epochs := fs.Int("epochs", 10, "training epochs")
	bits := fs.Uint("bits", 20, "log2 of the weight-table rows")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	withDev := fs.Bool("dev", true, "train on GUM dev as well as train")
	tagger := fs.String("tagger", "", "tagger model file (tag.Read) to retag the training sentences with (default: GUM's gold tags)")
	if _, err := cli.ParseArgs(fs, args, 0, 0, "no arguments"); err != nil {
		return err
	}
	train, err := readGUM(*dir, "train")
	if err != nil {
		return err
	}
	if *withDev {
		dev, err := readGUM(*dir, "dev")
		if err != nil {
			return err
		}
		train = append(train, dev...)
	}
	logf := progress(e.Stderr)
	cfg := ner.RecognizerConfig{Epochs: *epochs, HashBits: *bits, Seed: *seed,
		Progress: func(epoch, wrong int) { logf("epoch %d: %d sentences wrong", epoch, wrong) }}
	if *tagger != "" {
		t, err := readFile(*tagger, tag.Read)
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
	n, err := writeModel(*out, r)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "wrote %s (%d bytes)\n", *out, n)
	return nil
}
