package syntax

import (
	"embed"
	"io/fs"
	"sync"
)

// shipped holds the model trained by "go run ./cmd/actorgraph-train
// syntax" on the UD English EWT (CC BY-SA 4.0) and GUM (CC BY 4.0) train
// splits.
//
//go:embed model
var shipped embed.FS

// defaultModel decodes the shipped model on first use.
var defaultModel = sync.OnceValues(func() (*Model, error) {
	sub, err := fs.Sub(shipped, "model")
	if err != nil {
		return nil, err
	}
	return ReadModel(sub)
})

// DefaultModel returns the model shipped with the package, decoded once;
// every call returns the same read-only Model.
func DefaultModel() (*Model, error) { return defaultModel() }
