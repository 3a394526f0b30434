package tag

import (
	"bytes"
	"errors"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
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
			var buf bytes.Buffer
			n, err := tg.WriteTo(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if n != int64(buf.Len()) {
				t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
			}
			back, err := Read(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if _, err := back.WriteTo(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("the model read back writes different bytes")
			}
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
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x55
		return b
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic only", []byte(taggerFormat.Magic)},
		{"wrong magic", append([]byte("NOTMODEL"), good[len(taggerFormat.Magic):]...)},
		{"wrong version", func() []byte { b := bytes.Clone(good); b[len(taggerFormat.Magic)]++; return b }()},
		{"lemmatizer magic", append([]byte("AGLEMMA"), good[len(taggerFormat.Magic):]...)},
		{"truncated header", good[:len(taggerFormat.Magic)+5]},
		{"truncated middle", good[:len(good)/2]},
		{"truncated end", good[:len(good)-1]},
		{"flipped body byte", flip(len(good) / 2)},
		{"flipped checksum", flip(len(good) - 5)},
		{"trailing garbage", append(bytes.Clone(good), 1, 2, 3)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tc.data)); err == nil {
				t.Error("no error")
			}
		})
	}
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
		s := tinyTagged(t, "the/X/X can/X/X run/X/X")[0]
		tg.Tag(&s)
	})
}
