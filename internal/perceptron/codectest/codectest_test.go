package codectest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

var format = perceptron.Format{Magic: "AGWORDS", Version: 2}

// words is a model of a few strings, for checking the helpers.
type words []string

func (w words) WriteTo(out io.Writer) (int64, error) {
	return perceptron.Write(out, format, func(m *perceptron.Writer) {
		m.Uvarint(uint64(len(w)))
		for _, s := range w {
			m.String(s)
		}
	})
}

func readWords(r io.Reader) (words, error) {
	var w words
	err := perceptron.Read(r, format, func(m *perceptron.Reader) {
		n := m.Count(100, "words")
		for range n {
			w = append(w, m.String())
		}
	})
	return w, err
}

func TestRoundTrip(t *testing.T) {
	in := words{"nsubj", "obj", "obl:tmod"}
	back, data := RoundTrip(t, format, in, readWords)
	if len(back) != len(in) || back[2] != "obl:tmod" {
		t.Errorf("read back %q", back)
	}
	cases := append(Damaged(data, format), Case{"other magic", OtherMagic(data, format, "AGOTHER")})
	for _, c := range cases {
		if _, err := readWords(bytes.NewReader(c.Data)); err == nil {
			t.Errorf("%s: accepted", c.Name)
		} else if !errors.Is(err, perceptron.ErrCorrupt) {
			t.Errorf("%s: %v does not wrap ErrCorrupt", c.Name, err)
		}
	}
	Refuses(t, cases, readWords)
}

// file returns the model file of w in format f.
func file(t *testing.T, f perceptron.Format, w words) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := perceptron.Write(&buf, f, func(m *perceptron.Writer) {
		m.Uvarint(uint64(len(w)))
		for _, s := range w {
			m.String(s)
		}
	}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSameModelFile checks that a file is the same model whatever bytes
// the compressor packed its fields into, and another one when the codec
// writes other fields, another header or another stream.
func TestSameModelFile(t *testing.T) {
	in := words{"amod", "case"}
	data := file(t, format, in)
	fields, err := perceptron.Fields(data, format)
	if err != nil {
		t.Fatal(err)
	}
	stored := bytes.NewBufferString(format.Magic + string(rune(format.Version)))
	zw, _ := gzip.NewWriterLevel(stored, gzip.NoCompression) // a valid level, no error
	_, err = zw.Write(fields)
	if err = errors.Join(err, zw.Close()); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(stored.Bytes(), data) {
		t.Fatal("stored and compressed files are the same bytes")
	}
	if err := sameModelFile(format, data, stored.Bytes()); err != nil {
		t.Errorf("the same fields stored uncompressed: %v", err)
	}
	newer, flat := format, format
	newer.Version++
	flat.Stream = perceptron.DeflateCRC
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"other fields", file(t, format, words{"amod", "cc"})},
		{"other version", file(t, newer, in)},
		{"other stream", file(t, flat, in)},
	} {
		if err := sameModelFile(format, data, tc.b); err == nil {
			t.Errorf("%s: the same model file", tc.name)
		}
	}
}
