// Package codectest checks model codecs built on perceptron.Write and
// perceptron.Read: that a model survives its file (RoundTrip, Reencodes),
// and that a damaged file is refused with an error, never a panic
// (Refuses).
package codectest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// RoundTrip writes m, checks that WriteTo counted the bytes it wrote, and
// reads them back as Reencodes does. It returns the model read back and
// the bytes.
func RoundTrip[T io.WriterTo](t testing.TB, m T, read func(io.Reader) (T, error)) (T, []byte) {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	return Reencodes(t, buf.Bytes(), read), buf.Bytes()
}

// Reencodes reads the model file data with read, and checks that what it
// read writes the same bytes again. It returns the model read.
func Reencodes[T io.WriterTo](t testing.TB, data []byte, read func(io.Reader) (T, error)) T {
	t.Helper()
	m, err := read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if _, err := m.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if err := sameModelFile(data, again.Bytes()); err != nil {
		t.Errorf("the model read back writes another file: %v", err)
	}
	return m
}

// gzipMagic begins the gzip stream that follows a model file's header.
var gzipMagic = []byte{0x1f, 0x8b, 0x08}

// sameModelFile compares two model files by what they say, not by how the
// compressor packed it: the headers must be the same bytes and the gzip
// bodies must inflate to the same bytes. A Go release may change
// compress/flate's output, which is no change to a codec.
func sameModelFile(a, b []byte) error {
	i, j := bytes.Index(a, gzipMagic), bytes.Index(b, gzipMagic)
	if i < 0 || j < 0 {
		return fmt.Errorf("no gzip stream (at %d and %d)", i, j)
	}
	if !bytes.Equal(a[:i], b[:j]) {
		return fmt.Errorf("headers differ: %q and %q", a[:i], b[:j])
	}
	x, err := inflate(a[i:])
	if err != nil {
		return fmt.Errorf("the file read: %w", err)
	}
	y, err := inflate(b[j:])
	if err != nil {
		return fmt.Errorf("the file written: %w", err)
	}
	if !bytes.Equal(x, y) {
		return fmt.Errorf("bodies differ: %d and %d bytes inflated", len(x), len(y))
	}
	return nil
}

func inflate(z []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Case is a damaged model file.
type Case struct {
	Name string
	Data []byte
}

// Damaged returns damaged copies of good, a model file of format f: empty,
// cut short at several points from the header to the last byte, with a
// byte flipped in the magic, the version, the gzip header, the body and the
// checksum, and with bytes after the end.
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
		{"gzip header flipped", flip(head + 1)},
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
