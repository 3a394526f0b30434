package parse

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

func TestParserRoundTrip(t *testing.T) {
	p := needSmallParser(t)
	var buf bytes.Buffer
	n, err := p.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	q, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.labels, q.labels) || p.root != q.root {
		t.Errorf("labels %v root %d, want %v root %d", q.labels, q.root, p.labels, p.root)
	}
	if !slices.Equal(p.super.classes, q.super.classes) {
		t.Errorf("supertags %v, want %v", q.super.classes, p.super.classes)
	}
	if p.quickAct != q.quickAct || p.quickLab != q.quickLab || p.super.quick != q.super.quick {
		t.Error("the quick models' margins differ after the round trip")
	}
	if !slices.Equal(p.cands.upos, q.cands.upos) || !slices.Equal(p.cands.dir, q.cands.dir) ||
		!slices.Equal(p.cands.keys, q.cands.keys) || !slices.Equal(p.cands.all, q.cands.all) ||
		!slices.EqualFunc(p.cands.lists, q.cands.lists, slices.Equal) {
		t.Error("candidate label lists differ after the round trip")
	}
	for _, tc := range []struct {
		name string
		a, b perceptron.Table
	}{
		{"transitions", p.act.Unpack(), q.act.Unpack()},
		{"labels", p.lab.Unpack(), q.lab.Unpack()},
		{"supertags", p.super.tab.Unpack(), q.super.tab.Unpack()},
		{"quick transitions", p.qact.Unpack(), q.qact.Unpack()},
		{"quick labels", p.qlab.Unpack(), q.qlab.Unpack()},
		{"quick supertags", p.super.qtab.Unpack(), q.super.qtab.Unpack()},
	} {
		if !sameTable(tc.a, tc.b) {
			t.Errorf("%s table differs after the round trip", tc.name)
		}
	}
	dev := testenv.Treebank(t, "en_ewt/en_ewt-ud-dev.conllu")[:200]
	a, b := parseAll(p, dev), parseAll(q, dev)
	for i := range a {
		if !slices.Equal(a[i].Tokens, b[i].Tokens) {
			t.Fatalf("sentence %d parsed differently after the round trip", i)
		}
	}
}

// TestReadParserCorrupt feeds Read damaged models: every one must be
// refused with an error, without a panic.
func TestReadParserCorrupt(t *testing.T) {
	p := needSmallParser(t)
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flip := func(i int) []byte {
		b := slices.Clone(good)
		b[i] ^= 0x55
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "header"},
		{"bad magic", append([]byte("NOTMODEL"), good[8:]...), "bad magic"},
		{"future version", append(append([]byte(parserFormat.Magic), 9, 0), good[10:]...), "version"},
		{"gzip header damaged", flip(11), ""},
		{"body damaged", flip(len(good) / 2), ""},
		{"checksum damaged", flip(len(good) - 6), ""},
		{"trailing garbage in stream", append(slices.Clone(good), 1, 2, 3), ""},
	}
	for _, cut := range []int{9, 10, 20, len(good) / 3, len(good) - 9, len(good) - 1} {
		tests = append(tests, struct {
			name string
			data []byte
			want string
		}{"truncated", good[:cut], ""})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Read(bytes.NewReader(tc.data))
			if err == nil {
				t.Fatalf("Read accepted a damaged model (%d labels)", len(q.labels))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want it to mention %q", err, tc.want)
			}
		})
	}
}

// TestReadParserHugeTable checks that a header asking for an absurdly
// large table is refused before anything is allocated.
func TestReadParserHugeTable(t *testing.T) {
	var body bytes.Buffer
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { body.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	uv(200) // labels
	for i := range 200 {
		l := fmt.Sprintf("l%03d", i)
		uv(uint64(len(l)))
		body.WriteString(l)
	}
	uv(0) // root
	uv(1) // greedy
	uv(0) // no candidate lists
	uv(2) // supertags
	for _, st := range []string{"root", "_"} {
		uv(uint64(len(st)))
		body.WriteString(st)
	}
	for _, tab := range []struct{ bits, width uint64 }{{10, 3}, {21, 200}} {
		uv(tab.bits)
		uv(tab.width)
		uv(uint64(math.Float32bits(1)))
		uv(0) // no rows
	}
	var file bytes.Buffer
	file.WriteString(parserFormat.Magic)
	file.Write([]byte{byte(parserFormat.Version), 0})
	zw := gzip.NewWriter(&file)
	zw.Write(body.Bytes())
	zw.Close()
	_, err := Read(&file)
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("Read = %v, want a too-large error", err)
	}
}

// FuzzReadParser checks that no input makes Read panic.
func FuzzReadParser(f *testing.F) {
	f.Add([]byte(parserFormat.Magic + "\x01\x00"))
	f.Add([]byte("AGDEPPAR\x01\x00\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, err := Read(bytes.NewReader(data)); err == nil && len(p.labels) == 0 {
			t.Error("accepted a parser without labels")
		}
	})
}

// sameTable reports whether a and b are the same table.
func sameTable(a, b perceptron.Table) bool {
	return a.Bits == b.Bits && a.Width == b.Width && a.Scale == b.Scale && slices.Equal(a.W, b.W)
}
