package perceptron

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/klauspost/compress/zstd"
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
		m.Byte(0xfe)
		m.Fixed32(0xdeadbeef)
		m.Fixed64(1<<63 | 7)
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
		if m.Count(1000, "count") != 300 || m.Varint() != -5 || m.String() != "nsubj:pass" || m.Float32() != 0.5 ||
			m.Byte() != 0xfe || m.Fixed32() != 0xdeadbeef || m.Fixed64() != 1<<63|7 {
			m.Fail("fields read back wrong")
		}
	})
}

func TestCodecRoundTrip(t *testing.T) {
	formats := []Format{
		{Magic: "AGTEST", Version: 3},
		{Magic: "AGWIDE", Version: 5, VersionBytes: 2},
		{Magic: "AGFLAT", Version: 1, Stream: DeflateCRC},
		{Magic: "AGZSTD", Version: 2, Stream: Zstd},
	}
	for _, f := range formats {
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
	for _, f := range []Format{{Magic: "AGTEST", Version: 3}, {Magic: "AGFLAT", Version: 3, Stream: DeflateCRC}, {Magic: "AGZSTD", Version: 3, Stream: Zstd}} {
		t.Run(f.Magic, func(t *testing.T) { testReadCorrupt(t, f) })
	}
}

func testReadCorrupt(t *testing.T, f Format) {
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
			if !errors.Is(err, ErrCorrupt) {
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

// repack returns data, a file of format f, with its stream compressed
// again at the fastest level: the same fields in other bytes, as another
// release of compress/flate may write them.
func repack(t *testing.T, data []byte, f Format) []byte {
	t.Helper()
	fields, err := Fields(data, f)
	if err != nil {
		t.Fatal(err)
	}
	out := bytes.NewBuffer(f.header())
	var zw io.WriteCloser
	switch f.Stream {
	case DeflateCRC:
		fields = binary.LittleEndian.AppendUint32(fields, crc32.ChecksumIEEE(fields))
		zw, err = flate.NewWriter(out, flate.BestSpeed)
	case Zstd:
		// A frame of a single segment records its size in place of a
		// window: other bytes whatever the size of the fields.
		zw, err = zstd.NewWriter(out, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderCRC(true), zstd.WithSingleSegment(true))
	default:
		zw, err = gzip.NewWriterLevel(out, gzip.BestSpeed)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write(fields); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestFields(t *testing.T) {
	for _, f := range []Format{{Magic: "AGTEST", Version: 3}, {Magic: "AGFLAT", Version: 1, Stream: DeflateCRC}, {Magic: "AGZSTD", Version: 1, Stream: Zstd}} {
		t.Run(f.Magic, func(t *testing.T) {
			data := writeSample(t, f)
			fields, err := Fields(data, f)
			if err != nil {
				t.Fatal(err)
			}
			// 300 and -5 as varints, the string's length and bytes, the
			// float's bits as a varint, the byte, the fixed words.
			if want := 2 + 1 + 1 + 10 + 5 + 1 + 4 + 8; len(fields) != want || fields[0] != 0xac || fields[1] != 0x02 {
				t.Errorf("fields % x, want %d bytes opening with 300 as a varint", fields, want)
			}
			other := repack(t, data, f)
			if bytes.Equal(other, data) {
				t.Fatal("the fastest level packed the fields into the same bytes")
			}
			if err := readSample(other, f); err != nil {
				t.Errorf("repacked file: %v", err)
			}
			if again, err := Fields(other, f); err != nil || !bytes.Equal(again, fields) {
				t.Errorf("repacked file: fields % x, %v; want % x", again, err, fields)
			}
			newer := f
			newer.Version++
			if _, err := Fields(data, newer); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Fields of another version: %v, want ErrCorrupt", err)
			}
			if _, err := Fields(data[:len(data)-2], f); !errors.Is(err, ErrCorrupt) {
				t.Errorf("Fields of a truncated file: %v, want ErrCorrupt", err)
			}
		})
	}
}

// TestReaderVarintsAcrossBuffers reads more varints than a fieldReader
// buffers, of every length, so that some straddle the end of the buffer,
// from a source that gives one byte a read and from one that gives all.
func TestReaderVarintsAcrossBuffers(t *testing.T) {
	var (
		data []byte
		want []int64
	)
	for i := 0; len(data) < 3*fieldBuffer; i++ {
		v := int64(i%9) << (7 * (i % 10)) // 1 to 10 bytes
		if i%3 == 0 {
			v = -v
		}
		want = append(want, v)
		data = binary.AppendVarint(data, v)
	}
	sources := map[string]func() io.Reader{
		"whole":    func() io.Reader { return bytes.NewReader(data) },
		"one byte": func() io.Reader { return iotest.OneByteReader(bytes.NewReader(data)) },
	}
	for name, src := range sources {
		m := &Reader{r: newFieldReader(src())}
		for i, w := range want {
			if v := m.Varint(); v != w || m.Err() != nil {
				t.Fatalf("%s: varint %d = %d (%v), want %d", name, i, v, m.Err(), w)
			}
		}
		if m.Byte(); !errors.Is(m.Err(), ErrCorrupt) || !errors.Is(m.Err(), io.ErrUnexpectedEOF) {
			t.Errorf("%s: a read past the end gave %v, want a corrupt, truncated stream", name, m.Err())
		}
	}
}

// TestReaderCutVarint reads a varint cut by the end of the data, and one
// cut by a read error.
func TestReaderCutVarint(t *testing.T) {
	cut := []byte{0x81, 0x82}
	m := &Reader{r: newFieldReader(bytes.NewReader(cut))}
	if v := m.Uvarint(); v != 0 || !errors.Is(m.Err(), io.ErrUnexpectedEOF) || !errors.Is(m.Err(), ErrCorrupt) {
		t.Errorf("cut varint = %d, %v; want 0 and a truncated stream", v, m.Err())
	}
	bad := errors.New("disk on fire")
	m = &Reader{r: newFieldReader(io.MultiReader(bytes.NewReader(cut), iotest.ErrReader(bad)))}
	if v := m.Uvarint(); v != 0 || !errors.Is(m.Err(), bad) {
		t.Errorf("varint cut by a read error = %d, %v; want 0 and the error", v, m.Err())
	}
	m = &Reader{r: newFieldReader(bytes.NewReader(bytes.Repeat([]byte{0xff}, 11)))}
	if m.Uvarint(); !errors.Is(m.Err(), ErrCorrupt) {
		t.Errorf("overlong varint gave %v, want a corrupt stream", m.Err())
	}
}

func TestReaderInt8s(t *testing.T) {
	var data []byte
	for _, v := range []int64{0, -1, 1, 127, -128, 64, -65, 200} {
		data = binary.AppendVarint(data, v)
	}
	m := &Reader{r: newFieldReader(bytes.NewReader(data))}
	got := make([]int8, 7)
	if m.Int8s(got); m.Err() != nil || !slices.Equal(got, []int8{0, -1, 1, 127, -128, 64, -65}) {
		t.Errorf("Int8s = %v, %v", got, m.Err())
	}
	one := []int8{5}
	if m.Int8s(one); !errors.Is(m.Err(), ErrCorrupt) || !strings.Contains(m.Err().Error(), "weight 200 out of range") || one[0] != 5 {
		t.Errorf("Int8s of 200 = %v, %v; want the weight out of range", one, m.Err())
	}
	if m.Int8s(one); m.Varint() != 0 || !strings.Contains(m.Err().Error(), "weight 200") {
		t.Errorf("reads after an error changed it to %v", m.Err())
	}
}

// TestReaderInt8sAcrossBuffers reads weights of one and two bytes through
// reads of a few bytes at a time and across many refills of the buffer.
func TestReaderInt8sAcrossBuffers(t *testing.T) {
	want := make([]int8, 3*fieldBuffer)
	var data []byte
	for i := range want {
		want[i] = int8(i*7919 + i/3)
		data = binary.AppendVarint(data, int64(want[i]))
	}
	for _, r := range []io.Reader{bytes.NewReader(data), iotest.OneByteReader(bytes.NewReader(data)), iotest.HalfReader(bytes.NewReader(data))} {
		m := &Reader{r: newFieldReader(r)}
		got := make([]int8, len(want))
		for p := got; len(p) > 0; {
			n := min(len(p), 1000)
			m.Int8s(p[:n])
			p = p[n:]
		}
		if m.Err() != nil || !slices.Equal(got, want) {
			t.Fatalf("Int8s across buffers differs (%v)", m.Err())
		}
	}
}

// packAs returns the fields of data, a file of format f, in a file of
// format f whose stream is packed as the format other says.
func packAs(t *testing.T, data []byte, f, other Format) []byte {
	t.Helper()
	fields, err := Fields(data, f)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := Write(&buf, other, func(m *Writer) { _, m.err = m.w.Write(fields) }); err != nil {
		t.Fatal(err)
	}
	return append(f.header(), buf.Bytes()[len(other.header()):]...)
}

// TestReadOtherStreams reads a Zstd frame in a file of a Gzip and of a
// DeflateCRC format, and a gzip stream in a file of a Zstd format: what
// Read takes in place of a format's own stream.
func TestReadOtherStreams(t *testing.T) {
	gz := Format{Magic: "AGTEST", Version: 3}
	flat := Format{Magic: "AGTEST", Version: 3, Stream: DeflateCRC}
	zs := Format{Magic: "AGTEST", Version: 3, Stream: Zstd}
	for _, tc := range []struct {
		name   string
		format Format // the file's
		packed Format // its stream's
	}{
		{"zstd in a gzip format", gz, zs},
		{"zstd in a deflate format", flat, zs},
		{"gzip in a zstd format", zs, gz},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := packAs(t, writeSample(t, tc.packed), tc.packed, tc.packed)
			if err := readSample(data, tc.format); err != nil {
				t.Errorf("Read: %v", err)
			}
		})
	}
	// A raw DEFLATE stream has no magic number: a Zstd format does not
	// take it.
	data := writeSample(t, flat)
	if err := readSample(data, zs); !errors.Is(err, ErrCorrupt) {
		t.Errorf("deflate in a zstd format: Read = %v, want ErrCorrupt", err)
	}
}

// TestReadZstdUnchecked refuses a Zstd frame without the checksum of its
// fields, which Read needs to catch corruption.
func TestReadZstdUnchecked(t *testing.T) {
	f := Format{Magic: "AGZSTD", Version: 1, Stream: Zstd}
	fields, err := Fields(writeSample(t, f), f)
	if err != nil {
		t.Fatal(err)
	}
	zw, err := zstd.NewWriter(nil, zstd.WithEncoderCRC(false))
	if err != nil {
		t.Fatal(err)
	}
	data := append(f.header(), zw.EncodeAll(fields, nil)...)
	if err := readSample(data, f); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "without a checksum") {
		t.Errorf("Read = %v, want the frame refused", err)
	}
}
