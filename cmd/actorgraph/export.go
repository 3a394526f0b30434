package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
)

const exportAbout = `Export writes the graph in STORE, a store that build --db made, as W3C
N-Quads, to stdout or, atomically, to -o FILE. The articles of one build
export to the same bytes as build -o writes for them; articles added by
later builds follow in the order they were added, and actors keep the IRIs
they were first given.`

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "export", "[flags] STORE", exportAbout)
	out := fs.String("o", "-", "write the N-Quads to `FILE` (written atomically) instead of stdout")
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) != 1 {
		fs.Usage()
		return usagef("export wants one STORE, got %d argument(s)", len(args))
	}
	if args[0] == "-" {
		return usagef("export reads a store by its file name, not from standard input")
	}
	if err := checkOutput(*out, args); err != nil {
		return err
	}
	st, err := store.Open(ctx, args[0], store.Options{ReadOnly: true})
	if err != nil {
		var ns *store.NotStoreError
		if errors.As(err, &ns) && looksLikeNQuads(args[0]) {
			return fmt.Errorf("%w (it looks like N-Quads already: export reads a store that build --db made)", err)
		}
		return err
	}
	defer st.Close()
	return writeOutput(*out, e.stdout, func(w io.Writer) error {
		nw := nquads.NewWriter(w)
		for q, err := range st.Quads(ctx) {
			if err != nil {
				return err
			}
			if err := nw.Write(q); err != nil {
				return err
			}
		}
		return nw.Flush()
	})
}

// looksLikeNQuads reports whether the file at path begins as N-Quads do:
// with an IRI, a blank node or a comment.
func looksLikeNQuads(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 2)
	n, _ := io.ReadFull(f, b)
	return n > 0 && (b[0] == '<' || b[0] == '#' || n == 2 && string(b) == "_:")
}
