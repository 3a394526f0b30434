// Package codectest checks model codecs built on perceptron.Write and
// perceptron.Read: that a model survives its file (RoundTrip, Reencodes,
// ReencodesFile), and that a damaged file is refused with an error, never
// a panic (Refuses).
package codectest

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// RoundTrip writes m, a model of format f, checks that WriteTo counted
// the bytes it wrote, and reads them back as Reencodes does. It returns
// the model read back and the bytes.
func RoundTrip[T io.WriterTo](t testing.TB, f perceptron.Format, m T, read func(io.Reader) (T, error)) (T, []byte) {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	return Reencodes(t, f, buf.Bytes(), read), buf.Bytes()
}

// Reencodes reads data, a model file of format f, with read, and checks
// that what it read writes the same file again. It returns the model read.
func Reencodes[T io.WriterTo](t testing.TB, f perceptron.Format, data []byte, read func(io.Reader) (T, error)) T {
	t.Helper()
	m, err := read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if err := sameModelFile(f, data, again.Bytes()); err != nil {
		t.Errorf("the model read back writes another file: %v", err)
	}
	return m
}

// ReencodesFile is Reencodes of the model file at path, such as a shipped
// model beside the package under test.
func ReencodesFile[T io.WriterTo](t testing.TB, f perceptron.Format, path string, read func(io.Reader) (T, error)) T {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Reencodes(t, f, data, read)
}

// sameModelFile compares two model files of format f by what they say,
// not by how the compressor packed it: both must be files of format f
// (the same header) whose fields are the same bytes once inflated. A Go
// release may change compress/flate's output, which is no change to a
// codec; another field, another header or another stream is.
func sameModelFile(f perceptron.Format, a, b []byte) error {
	x, err := perceptron.Fields(a, f)
	if err != nil {
		return fmt.Errorf("the file read: %w", err)
	}
	y, err := perceptron.Fields(b, f)
	if err != nil {
		return fmt.Errorf("the file written: %w", err)
	}
	if !bytes.Equal(x, y) {
		i := 0
		for i < min(len(x), len(y)) && x[i] == y[i] {
			i++
		}
		return fmt.Errorf("fields differ from byte %d (%d and %d bytes inflated)", i, len(x), len(y))
	}
	return nil
}

// Case is a damaged model file.
type Case struct {
	Name string
	Data []byte
}

// Damaged returns damaged copies of good, a model file of format f: empty,
// cut short at several points from the header to the last byte, with a
// byte flipped in the magic, the version, the start of the compressed
// stream, the body and the checksum, and with bytes after the end.
func Damaged(good []byte, f perceptron.Format) []Case {
	head := len(f.Magic) + max(f.VersionBytes, 1)
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x55
		return b
	}
	cases := []Case{
		{"empty", nil},
		{"magic only", good[:len(f.Magic)]},
		{"magic flipped", flip(0)},
		{"version flipped", flip(len(f.Magic))},
		{"stream header flipped", flip(head + 1)},
		{"body flipped", flip(len(good) / 2)},
		{"checksum flipped", flip(len(good) - 6)},
		{"trailing garbage", append(bytes.Clone(good), 1, 2, 3)},
	}
	for _, cut := range []int{head + 5, head + 20, len(good) / 3, len(good) / 2, len(good) - 9, len(good) - 1} {
		if cut < len(good) {
			cases = append(cases, Case{"truncated", good[:cut]})
		}
	}
	return cases
}

// Refuses checks that read returns an error for every case.
func Refuses[T any](t *testing.T, cases []Case, read func(io.Reader) (T, error)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			if _, err := read(bytes.NewReader(tc.Data)); err == nil {
				t.Errorf("a damaged model (%d bytes) was accepted", len(tc.Data))
			}
		})
	}
}

// OtherMagic returns good, a model file of format f, with the magic of
// another format in place of its own.
func OtherMagic(good []byte, f perceptron.Format, other string) []byte {
	return append([]byte(other), good[len(f.Magic):]...)
}
