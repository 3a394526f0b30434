package ner

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
	"github.com/actorgraph/actorgraph/internal/perceptron/codectest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// sampleRecognizer trains a small recogniser on the sample document.
func sampleRecognizer(t testing.TB) (*Recognizer, []ud.Sentence) {
	t.Helper()
	sents := gumtest.SampleSentences(t)
	r, err := TrainRecognizer(sents, RecognizerConfig{Epochs: 5, HashBits: 12})
	if err != nil {
		t.Fatal(err)
	}
	return r, sents
}

func TestRecognizerRoundTrip(t *testing.T) {
	r, sents := sampleRecognizer(t)
	r2, _ := codectest.RoundTrip(t, nerFormat, r, ReadRecognizer)
	if got, want := r2.RecognizeDocument(sents), r.RecognizeDocument(sents); !reflect.DeepEqual(got, want) {
		t.Errorf("read recogniser finds %v, written one %v", got, want)
	}
}

func TestReadRecognizerErrors(t *testing.T) {
	r, _ := sampleRecognizer(t)
	_, good := codectest.RoundTrip(t, nerFormat, r, ReadRecognizer)
	cases := append(codectest.Damaged(good, nerFormat),
		codectest.Case{Name: "tagger magic", Data: codectest.OtherMagic(good, nerFormat, "AGTAG")},
		codectest.Case{Name: "not compressed", Data: append([]byte(nerFormat.Magic+"\x01"), "hello, world"...)})
	codectest.Refuses(t, cases, ReadRecognizer)
	for _, c := range cases {
		if _, err := ReadRecognizer(bytes.NewReader(c.Data)); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: ReadRecognizer error %v, want ErrBadModel", c.Name, err)
		}
	}
}

func TestWriteUntrained(t *testing.T) {
	var buf bytes.Buffer
	if _, err := new(Recognizer).WriteTo(&buf); err == nil {
		t.Error("an untrained recogniser was written")
	}
}

func TestDefaultRecognizer(t *testing.T) {
	r := testenv.Must(t, DefaultRecognizer)
	r2, _ := DefaultRecognizer()
	if r != r2 {
		t.Error("DefaultRecognizer read the model twice")
	}
	codectest.Reencodes(t, nerFormat, nerModel, ReadRecognizer)
}
