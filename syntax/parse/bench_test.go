package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
)

// benchParser loads the model named by ACTORGRAPH_PARSER_MODEL, or else
// the shipped ../model/parser.model when it is there and current, or else
// trains the small test parser (whose smaller tables make it faster than
// a full model).
func benchParser(b *testing.B) *Parser {
	b.Helper()
	path := os.Getenv("ACTORGRAPH_PARSER_MODEL")
	named := path != ""
	if !named {
		path = filepath.Join("..", "model", "parser.model")
	}
	f, err := os.Open(path)
	if err == nil {
		defer f.Close()
		p, err := Read(f)
		if err == nil {
			return p
		}
		if named {
			b.Fatal(err)
		}
		b.Logf("%s: %v; using the small test parser", path, err)
	} else if named {
		b.Fatal(err)
	}
	return needSmallParser(b)
}

// BenchmarkParse parses the pre-tagged sentences of EWT dev; the bytes are
// those of the sentences' words and the spaces between them.
func BenchmarkParse(b *testing.B) {
	p := benchParser(b)
	sents := testenv.Treebank(b, "en_ewt/en_ewt-ud-dev.conllu")
	bytes := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			bytes += len(t.Form) + 1
		}
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for i := range sents {
			p.Parse(&sents[i])
		}
	}
}
