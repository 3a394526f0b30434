package codectest

import (
	"bytes"
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
	back, data := RoundTrip(t, in, readWords)
	if len(back) != len(in) || back[2] != "obl:tmod" {
		t.Errorf("read back %q", back)
	}
	cases := append(Damaged(data, format), Case{"other magic", OtherMagic(data, format, "AGOTHER")})
	for _, c := range cases {
		if _, err := readWords(bytes.NewReader(c.Data)); err == nil {
			t.Errorf("%s: accepted", c.Name)
		} else if c.Name != "empty" && c.Name != "magic only" && !errors.Is(err, perceptron.ErrCorrupt) {
			t.Errorf("%s: %v does not wrap ErrCorrupt", c.Name, err)
		}
	}
	Refuses(t, cases, readWords)
}
