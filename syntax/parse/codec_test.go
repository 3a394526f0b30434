package parse

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/actorgraph/actorgraph/internal/perceptron"
	"github.com/actorgraph/actorgraph/internal/perceptron/codectest"
	"github.com/actorgraph/actorgraph/internal/testenv"
)

// smallParserFile is the model file of the small parser, written once for
// the tests that read it.
var smallParserFile = sync.OnceValues(func() ([]byte, error) {
	p, err := smallParser()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	_, err = p.WriteTo(&buf)
	return buf.Bytes(), err
})

func needSmallParserFile(t *testing.T) []byte {
	t.Helper()
	needSmallParser(t)
	return testenv.Must(t, smallParserFile)
}

func TestParserRoundTrip(t *testing.T) {
	p := needSmallParser(t)
	q := codectest.Reencodes(t, parserFormat, needSmallParserFile(t), Read)
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
	codectest.Refuses(t, codectest.Damaged(needSmallParserFile(t), parserFormat), Read)
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

// TestShippedModelReencodes decodes the shipped parsers, greedy and beam,
// and encodes them again: the fields must be the same, so that a change to
// the codec cannot pass unnoticed. Encoding at gzip's best compression makes it long.
func TestShippedModelReencodes(t *testing.T) {
	testenv.Long(t)
	for _, name := range []string{"parser.model", "parser-beam.model"} {
		t.Run(name, func(t *testing.T) {
			codectest.ReencodesFile(t, parserFormat, filepath.Join("..", "model", name), Read)
		})
	}
}
