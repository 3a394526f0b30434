package storetest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestCheckNoBlankGraphs(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"IRI graph labels", "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n", ""},
		{"default graph", "_:s <http://e/p> _:o .\n", ""},
		{"blank graph label", "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> <http://e/o> _:g .\n", "quad 2 has the blank-node graph label _:g"},
		{"bad lines left to the store", "<s> <p> <o> .\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "in.nq")
			if err := os.WriteFile(file, []byte(tt.in), 0o644); err != nil {
				t.Fatal(err)
			}
			tabletest.Error(t, checkNoBlankGraphs(file), tt.err)
		})
	}
}
