package syntax

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/golden"
	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// TestGolden analyses each testdata/golden/NAME.txt with the shipped model
// and compares the CoNLL-U with NAME.conllu. The sentences come from the
// seed articles and cover passives, apposition, relative clauses,
// coordination and possessive nominalisations; each golden parse was read
// by eye when written. Run with -update after retraining, and review the
// diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	m := testenv.Must(t, DefaultModel)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			sents := m.Analyze(strings.TrimSpace(string(text)))
			for i := range sents {
				sents[i].ID = name
				if len(sents) > 1 {
					sents[i].ID = fmt.Sprintf("%s-%d", name, i+1)
				}
			}
			var got bytes.Buffer
			if err := ud.WriteCoNLLU(&got, sents); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, strings.TrimSuffix(in, ".txt")+".conllu", got.Bytes())
		})
	}
}
