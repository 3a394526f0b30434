package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/export"
	"github.com/actorgraph/actorgraph/graph/nquads"
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const exportAbout = `Export writes the graphs in GRAPH, stores that build --db made or N-Quads
files (- or none for stdin; several are read as one; a store is told from
N-Quads by its content), in the format of another tool, one node per actor
and one edge per statement, each edge with its predicate, sentence, article
and file:

  nquads   W3C N-Quads, the valid lines of the inputs with duplicates dropped
  graphml  GraphML, for yEd, Cytoscape, Gephi and networkx
  gexf     GEXF 1.2, for Gephi (dynamic, by statement date, when dated)
  cypher   a Cypher script for cypher-shell -f (Neo4j)
  csv      the two files of neo4j-admin database import: with -o NAME.csv,
           NAME.nodes.csv and NAME.relationships.csv
  json     Cytoscape.js elements

A single store exported as N-Quads is streamed from it: the articles of one
build give the same bytes as build -o writes for them; articles added by
later builds follow in the order they were added, and actors keep the IRIs
they were first given. Output goes to stdout or, atomically, to -o FILE.`

// exportFormats are the formats of export --format.
var exportFormats = []string{"nquads", "graphml", "gexf", "cypher", "csv", "json"}

func runExport(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] [GRAPH|-]...", exportAbout)
	format := fs.String("format", "nquads", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("o", "-", "write to `FILE` (written atomically) instead of stdout")
	args, err := cli.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	f := strings.ToLower(strings.TrimSpace(*format))
	known := false
	for _, k := range exportFormats {
		known = known || f == k
	}
	if !known {
		return cli.Usagef("-format must be one of %s, not %q", strings.Join(exportFormats, ", "), *format)
	}
	outputs := []string{*out}
	if f == "csv" {
		if *out == "-" || *out == "" {
			return cli.Usagef("-format csv writes two files: give -o NAME.csv for NAME.nodes.csv and NAME.relationships.csv")
		}
		base := strings.TrimSuffix(*out, filepath.Ext(*out))
		outputs = []string{base + ".nodes.csv", base + ".relationships.csv"}
	}
	for _, o := range outputs {
		if err := checkOutput(o, args); err != nil {
			return err
		}
	}
	if f == "nquads" && len(args) == 1 && isStoreFile(args[0]) {
		return exportStore(ctx, e, args[0], *out)
	}
	quads, d, lineErr, err := loadDataset(ctx, args, e.Stdin)
	if err != nil {
		return err
	}
	lineReport := reportLineErrors(e, "export", lineErr)
	if err := ctx.Err(); err != nil {
		return err
	}
	g := export.FromDataset(d)
	switch f {
	case "nquads":
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error { return writeQuads(w, quads) })
	case "graphml":
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error { return export.WriteGraphML(w, g) })
	case "gexf":
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error { return export.WriteGEXF(w, g) })
	case "cypher":
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error { return export.WriteCypher(w, g) })
	case "json":
		err = writeOutput(*out, e.Stdout, func(w io.Writer) error { return export.WriteCytoscapeJSON(w, g) })
	case "csv":
		err = writeNeo4jCSV(outputs[0], outputs[1], g)
		if err == nil {
			fmt.Fprintf(e.Stderr, "actorgraph export: wrote %s and %s\n", cli.DisplayText(outputs[0]), cli.DisplayText(outputs[1]))
		}
	}
	if err != nil {
		return err
	}
	return lineReport
}

// exportStore writes the store at path as N-Quads to out (see
// writeOutput), quad by quad from the store.
func exportStore(ctx context.Context, e *cli.Env, path, out string) error {
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	return writeOutput(out, e.Stdout, func(w io.Writer) error {
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

// isStoreFile reports whether path names a file that begins as an SQLite
// database does (see openInput); "-" and what is not a regular file (a
// pipe, whose bytes a look would consume) are never one.
func isStoreFile(path string) bool {
	if info, err := os.Stat(path); path == "-" || err != nil || !info.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(store.Header))
	n, _ := io.ReadFull(f, head)
	return store.IsDatabase(head[:n])
}

// writeQuads writes quads as N-Quads.
func writeQuads(w io.Writer, quads []graph.Quad) error {
	nw := nquads.NewWriter(w)
	for _, q := range quads {
		if err := nw.Write(q); err != nil {
			return err
		}
	}
	return nw.Flush()
}

// writeNeo4jCSV writes the nodes and the relationships files of g, each
// with writeOutput. The nodes are made in memory with the relationships,
// so that neither file is written unless both could be made.
func writeNeo4jCSV(nodesPath, relsPath string, g *export.Graph) error {
	var nodes, rels strings.Builder
	if err := export.WriteNeo4jCSV(&nodes, &rels, g); err != nil {
		return err
	}
	if err := writeOutput(nodesPath, nil, func(w io.Writer) error {
		_, err := io.WriteString(w, nodes.String())
		return err
	}); err != nil {
		return err
	}
	return writeOutput(relsPath, nil, func(w io.Writer) error {
		_, err := io.WriteString(w, rels.String())
		return err
	})
}
