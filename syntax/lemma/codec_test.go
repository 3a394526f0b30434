package lemma

import (
	"bytes"
	"testing"
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
	var buf bytes.Buffer
	n, err := l.WriteTo(&buf)
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
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"wrong magic", append([]byte("NOTLEMM"), good[len(lemmaFormat.Magic):]...)},
		{"tagger magic", append([]byte("AGTAGGER"), good[len(lemmaFormat.Magic):]...)},
		{"wrong version", func() []byte { b := bytes.Clone(good); b[len(lemmaFormat.Magic)] = 9; return b }()},
		{"truncated", good[:len(good)/2]},
		{"truncated end", good[:len(good)-1]},
		{"flipped byte", func() []byte { b := bytes.Clone(good); b[len(b)/2] ^= 0xff; return b }()},
		{"trailing garbage", append(bytes.Clone(good), 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Read(bytes.NewReader(tc.data)); err == nil {
				t.Error("no error")
			}
		})
	}
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
