package syntax

import (
	"go/build"
	"slices"
	"strings"
	"testing"
)

// TestImports holds the syntax packages to the direction of their imports:
// ud speaks only the standard library, the components import ud and the
// shared perceptron core, the parser the tagger and the lemmatizer it
// jackknifes, and only this package assembles them all.
func TestImports(t *testing.T) {
	const mod = "github.com/actorgraph/actorgraph/"
	allowed := map[string][]string{
		"syntax/ud":           nil,
		"syntax/tokenize":     {"syntax/ud"},
		"syntax/lemma":        {"syntax/ud", "internal/perceptron"},
		"syntax/tag":          {"syntax/ud", "internal/perceptron"},
		"syntax/parse":        {"syntax/ud", "syntax/tag", "syntax/lemma", "internal/perceptron"},
		"internal/perceptron": nil,
	}
	for pkg, want := range allowed {
		p, err := build.Import(mod+pkg, ".", 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range p.Imports {
			own, ok := strings.CutPrefix(imp, mod)
			if ok && !slices.Contains(want, own) {
				t.Errorf("%s imports %s", pkg, own)
			}
		}
	}
}
