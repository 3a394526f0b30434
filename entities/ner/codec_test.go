package ner

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
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
	var buf bytes.Buffer
	n, err := r.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	first := append([]byte(nil), buf.Bytes()...)
	r2, err := ReadRecognizer(&buf)
	if err != nil {
		t.Fatalf("ReadRecognizer: %v", err)
	}
	if got, want := r2.RecognizeDocument(sents), r.RecognizeDocument(sents); !reflect.DeepEqual(got, want) {
		t.Errorf("read recogniser finds %v, written one %v", got, want)
	}
	var again bytes.Buffer
	if _, err := r2.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("writing a read model gives different bytes")
	}
}

func TestReadRecognizerErrors(t *testing.T) {
	r, _ := sampleRecognizer(t)
	var buf bytes.Buffer
	if _, err := r.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flip := func(i int) []byte {
		b := append([]byte(nil), good...)
		b[i] ^= 0x55
		return b
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("XXNER"), good[5:]...)},
		{"bad version", flip(len(nerMagic))},
		{"header only", good[:len(nerMagic)+1]},
		{"truncated", good[:len(good)/2]},
		{"corrupt body", flip(len(good) / 2)},
		{"corrupt end", flip(len(good) - 3)},
		{"not compressed", append([]byte(nerMagic+"\x01"), "hello, world"...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadRecognizer(bytes.NewReader(tt.data))
			if !errors.Is(err, ErrBadModel) {
				t.Errorf("ReadRecognizer error %v, want ErrBadModel", err)
			}
		})
	}
}

func TestDefaultRecognizer(t *testing.T) {
	r, err := DefaultRecognizer()
	if err != nil {
		t.Fatalf("DefaultRecognizer: %v", err)
	}
	r2, _ := DefaultRecognizer()
	if r != r2 {
		t.Error("DefaultRecognizer read the model twice")
	}
}
