package lemma

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron/codectest"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// lemmatizerBytes returns the model file of the tiny lemmatizer.
func lemmatizerBytes(t testing.TB) []byte {
	var buf bytes.Buffer
	if _, err := tinyLemmaTrain(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestLemmatizerRoundTrip(t *testing.T) {
	l := tinyLemmaTrain(t)
	back, _ := codectest.RoundTrip(t, lemmaFormat, l, Read)
	for _, w := range [][3]string{{"met", "VERB", "VBD"}, {"Towns", "NOUN", "NNS"}, {"Ushakov", "PROPN", "NNP"}, {"ladies", "NOUN", "NNS"}} {
		if a, b := l.Lemma(w[0], w[1], w[2]), back.Lemma(w[0], w[1], w[2]); a != b {
			t.Errorf("Lemma(%q): original %q, read back %q", w[0], a, b)
		}
	}
	for _, v := range []string{"meet", "write", "expel"} {
		if a, b := l.PastParticiple(v), back.PastParticiple(v); a != b {
			t.Errorf("PastParticiple(%q): original %q, read back %q", v, a, b)
		}
	}
}

func TestReadCorrupt(t *testing.T) {
	good := lemmatizerBytes(t)
	codectest.Refuses(t, append(codectest.Damaged(good, lemmaFormat),
		codectest.Case{Name: "tagger magic", Data: codectest.OtherMagic(good, lemmaFormat, "AGTAGGER")}), Read)
}

func FuzzRead(f *testing.F) {
	f.Add(lemmatizerBytes(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever was accepted must work without panicking.
		l.Lemma("walked", "VERB", "VBD")
		l.PastTense("walk")
	})
}

// TestShippedModelReencodes decodes the shipped lemmatizer and encodes it
// again: the fields must be the same, so that a change to the codec cannot
// pass unnoticed. Encoding at gzip's best compression makes it long.
func TestShippedModelReencodes(t *testing.T) {
	testenv.Long(t)
	codectest.ReencodesFile(t, lemmaFormat, filepath.Join("..", "model", "lemmatizer.model"), Read)
}
