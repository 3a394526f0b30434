package tag

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/internal/perceptron/codectest"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/internal/udtest"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func TestTaggerRoundTrip(t *testing.T) {
	single := defaultTaggerOptions()
	single.stackFolds = 0
	tests := []struct {
		name string
		opt  taggerOptions
	}{
		{"two passes", defaultTaggerOptions()},
		{"first pass only", single},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tg, err := trainTagger(tinyTrain(t), Config{Epochs: 3, Seed: 1}, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if (tg.second != nil) != (tc.opt.stackFolds > 1) {
				t.Fatalf("second pass present = %v", tg.second != nil)
			}
			back, _ := codectest.RoundTrip(t, taggerFormat, tg, Read)
			for _, s := range tinyTrain(t)[:5] {
				a, b := s, s
				a.Tokens = append([]ud.Token(nil), s.Tokens...)
				b.Tokens = append([]ud.Token(nil), s.Tokens...)
				tg.Tag(&a)
				back.Tag(&b)
				for i := range a.Tokens {
					if a.Tokens[i] != b.Tokens[i] {
						t.Errorf("token %d: original tags %+v, read back %+v", i, a.Tokens[i], b.Tokens[i])
					}
				}
			}
		})
	}
}

// taggerBytes returns a small trained tagger's model file.
func taggerBytes(t testing.TB) []byte {
	tg, err := Train(tinyTrain(t), Config{Epochs: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := tg.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadCorrupt(t *testing.T) {
	good := taggerBytes(t)
	codectest.Refuses(t, append(codectest.Damaged(good, taggerFormat),
		codectest.Case{Name: "lemmatizer magic", Data: codectest.OtherMagic(good, taggerFormat, "AGLEMMA")}), Read)
}

func TestReadCorruptIsWrapped(t *testing.T) {
	good := taggerBytes(t)
	_, err := Read(bytes.NewReader(append([]byte("XXXXXXXX"), good[8:]...)))
	if !errors.Is(err, perceptron.ErrCorrupt) {
		t.Errorf("error %v does not wrap perceptron.ErrCorrupt", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(taggerBytes(f))
	f.Add([]byte(taggerFormat.Magic + "\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever was accepted must tag without panicking.
		s := udtest.Tagged(t, "the/X/X can/X/X run/X/X")[0]
		tg.Tag(&s)
	})
}

// TestShippedModelReencodes decodes the shipped tagger and encodes it
// again: the fields must be the same, so that a change to the codec cannot
// pass unnoticed. Encoding at gzip's best compression makes it long.
func TestShippedModelReencodes(t *testing.T) {
	testenv.Long(t)
	codectest.ReencodesFile(t, taggerFormat, filepath.Join("..", "model", "tagger.model"), Read)
}
