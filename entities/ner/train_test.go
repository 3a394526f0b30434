package ner

import (
	"bytes"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestTrainRecognizerDeterministic(t *testing.T) {
	a, _ := sampleRecognizer(t)
	b, _ := sampleRecognizer(t)
	var wa, wb bytes.Buffer
	if _, err := a.WriteTo(&wa); err != nil {
		t.Fatal(err)
	}
	if _, err := b.WriteTo(&wb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wa.Bytes(), wb.Bytes()) {
		t.Error("two trainings with one configuration give different models")
	}
}

func TestTrainRecognizerLearnsSample(t *testing.T) {
	r, sents := sampleRecognizer(t)
	docs, err := gum.Documents(sents)
	if err != nil {
		t.Fatal(err)
	}
	if sc := r.Evaluate(docs); sc.All.F1() < 0.99 {
		t.Errorf("F1 on its own training sample %.2f (tp %d fp %d fn %d), want 1", sc.All.F1(), sc.All.TP, sc.All.FP, sc.All.FN)
	}
}

func TestTrainRecognizerErrors(t *testing.T) {
	_, sents := sampleRecognizer(t)
	bad := []ud.Sentence{{Tokens: []ud.Token{{ID: 1, Form: "a", Misc: "Entity=(1-person"}}}}
	tests := []struct {
		name  string
		sents []ud.Sentence
		cfg   RecognizerConfig
	}{
		{"no sentences", nil, RecognizerConfig{}},
		{"too few hash bits", sents, RecognizerConfig{HashBits: 4}},
		{"too many hash bits", sents, RecognizerConfig{HashBits: 30}},
		{"negative epochs", sents, RecognizerConfig{Epochs: -1}},
		{"bad annotation", bad, RecognizerConfig{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := TrainRecognizer(tt.sents, tt.cfg); err == nil {
				t.Error("TrainRecognizer succeeded")
			}
		})
	}
}
