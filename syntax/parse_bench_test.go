package syntax

import (
	"os"
	"testing"
)

// benchParser loads the model named by ACTORGRAPH_PARSER_MODEL, or else
// model/parser.model when it is there, or else trains the small test parser.
func benchParser(b *testing.B) *Parser {
	b.Helper()
	path := os.Getenv("ACTORGRAPH_PARSER_MODEL")
	if path == "" {
		path = "model/parser.model"
	}
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		p, err := ReadParser(f)
		if err != nil {
			b.Fatal(err)
		}
		return p
	}
	return needSmallParser(b)
}

// BenchmarkParse parses the pre-tagged sentences of EWT dev; the bytes are
// those of the sentences' words and the spaces between them.
func BenchmarkParse(b *testing.B) {
	p := benchParser(b)
	sents := readTreebank(b, "en_ewt/en_ewt-ud-dev.conllu")
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
