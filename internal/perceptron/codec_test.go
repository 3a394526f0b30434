package perceptron

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// writeSample writes a file of format f holding a few fields.
func writeSample(t *testing.T, f Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := Write(&buf, f, func(m *Writer) {
		m.Uvarint(300)
		m.Varint(-5)
		m.String("nsubj:pass")
		m.Uvarint(uint64(0x3f000000)) // the bits of 0.5
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("Write reported %d bytes, wrote %d", n, buf.Len())
	}
	return buf.Bytes()
}

// readSample reads a file written by writeSample.
func readSample(data []byte, f Format) error {
	return Read(bytes.NewReader(data), f, func(m *Reader) {
		if m.Count(1000, "count") != 300 || m.Varint() != -5 || m.String() != "nsubj:pass" || m.Float32() != 0.5 {
			m.Fail("fields read back wrong")
		}
	})
}

func TestCodecRoundTrip(t *testing.T) {
	for _, f := range []Format{{Magic: "AGTEST", Version: 3}, {Magic: "AGWIDE", Version: 5, VersionBytes: 2}} {
		data := writeSample(t, f)
		if want := f.Magic + string([]byte{byte(f.Version)}); !strings.HasPrefix(string(data), want) {
			t.Errorf("%s: file opens with %q, want %q", f.Magic, data[:len(want)], want)
		}
		if f.VersionBytes == 2 && data[len(f.Magic)+1] != 0 {
			t.Errorf("%s: second version byte %d, want 0", f.Magic, data[len(f.Magic)+1])
		}
		if err := readSample(data, f); err != nil {
			t.Errorf("%s: %v", f.Magic, err)
		}
	}
}

func TestReadCorrupt(t *testing.T) {
	f := Format{Magic: "AGTEST", Version: 3}
	good := writeSample(t, f)
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x55
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "header"},
		{"bad magic", append([]byte("XXTEST"), good[6:]...), "bad magic"},
		{"other version", flip(len(f.Magic)), "version"},
		{"truncated", good[:len(good)-3], ""},
		{"flipped body byte", flip(len(good) / 2), ""},
		{"flipped checksum", flip(len(good) - 5), ""},
		{"trailing data", append(bytes.Clone(good), 0), "trailing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := readSample(tc.data, f)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Read = %v, want an error mentioning %q", err, tc.want)
			}
			if tc.name != "empty" && !errors.Is(err, ErrCorrupt) {
				t.Errorf("error %v does not wrap ErrCorrupt", err)
			}
		})
	}
}

func TestReaderLimits(t *testing.T) {
	f := Format{Magic: "AGTEST", Version: 1}
	var buf bytes.Buffer
	if _, err := Write(&buf, f, func(m *Writer) { m.Uvarint(10); m.Uvarint(1 << 40) }); err != nil {
		t.Fatal(err)
	}
	err := Read(bytes.NewReader(buf.Bytes()), f, func(m *Reader) {
		if m.Count(9, "rows") != 0 || m.Err() == nil {
			t.Error("a count above its limit was accepted")
		}
		if m.Float32() != 0 {
			t.Error("a read after an error returned a value")
		}
	})
	if err == nil || !strings.Contains(err.Error(), "rows 10 exceeds limit 9") {
		t.Errorf("Read = %v, want the limit named", err)
	}
}
