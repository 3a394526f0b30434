package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const pathAbout = `Path prints the shortest chains of statements that link actor A to actor B
in the graphs GRAPH.nq (- or none for stdin; several are read as one), each
hop with its predicate, its direction and the sentence that states it.
Relations are followed either way. A and B are matched as neighbors matches
NAME: a name that fits no actor or several is an error. When no chain of at
most -max-hops statements links them, path says so and exits with status 1.`

func runPath(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] A B [GRAPH.nq|-]...", pathAbout)
	maxHops := fs.Int("max-hops", 6, "longest chain to look for, in `N` statements")
	limit := fs.Int("limit", 5, "print at most `N` chains")
	format := fs.String("format", "text", "output `format`: text or json")
	args, err := cli.ParseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(args) < 2 {
		fs.Usage()
		return cli.Usagef("path wants two actor names A and B, got %d argument(s)", len(args))
	}
	if *maxHops < 1 || *limit < 1 {
		return cli.Usagef("-max-hops and -limit must be at least 1")
	}
	if err := checkTextOrJSON(*format); err != nil {
		return err
	}
	_, d, lineErr, err := loadDataset(ctx, args[2:], e.Stdin)
	if err != nil {
		return err
	}
	g, err := memgraph.NewContext(ctx, d)
	if err != nil {
		return err
	}
	lineReport := reportLineErrors(e, "path", lineErr)
	from, err := resolveName(memFinder{g}, args[0])
	if err != nil {
		return err
	}
	to, err := resolveName(memFinder{g}, args[1])
	if err != nil {
		return err
	}
	if from.IRI == to.IRI {
		return fmt.Errorf("%q and %q are the same actor, %s", args[0], args[1], cli.DisplayText(from.Label))
	}
	paths, err := g.Paths(from.IRI, to.IRI, memgraph.PathOptions{MaxHops: *maxHops, Limit: *limit})
	if errors.Is(err, memgraph.ErrNoPath) {
		if *format == "json" {
			if err := writePathsJSON(e.Stdout, args[0], args[1], from, to, nil); err != nil {
				return err
			}
		}
		return fmt.Errorf("no chain of at most %s links %s and %s", plural(*maxHops, "statement"), cli.DisplayText(from.Label), cli.DisplayText(to.Label))
	}
	if err != nil {
		return err
	}
	if *format == "json" {
		err = writePathsJSON(e.Stdout, args[0], args[1], from, to, paths)
	} else {
		err = writePathsText(e.Stdout, from, to, paths)
	}
	if err != nil {
		return err
	}
	return lineReport
}

// writePathsText prints each chain as one line of actors and then its
// hops, one a line, with the best supported relation of each, its
// statements, the other relations of the hop, and the first sentence that
// states it. Text from the graph has its control characters escaped.
func writePathsText(w io.Writer, from, to memgraph.Node, paths []memgraph.Path) error {
	hops := len(paths[0].Hops)
	fmt.Fprintf(w, "%s (%s) to %s (%s): %s of %s\n", cli.DisplayText(from.Label), from.Type,
		cli.DisplayText(to.Label), to.Type, plural(len(paths), "chain"), plural(hops, "statement"))
	for i, p := range paths {
		fmt.Fprintf(w, "\n%d.", i+1)
		for j, n := range p.Nodes {
			if j > 0 {
				fmt.Fprint(w, " -")
			}
			fmt.Fprintf(w, " %s", cli.DisplayText(n.Label))
		}
		fmt.Fprintln(w)
		for j, h := range p.Hops {
			a, b := p.Nodes[j], p.Nodes[j+1]
			r := h.Relations[0]
			arrow := fmt.Sprintf("-[%s]->", cli.DisplayText(r.Predicate))
			if r.Direction == memgraph.In {
				arrow = fmt.Sprintf("<-[%s]-", cli.DisplayText(r.Predicate))
			}
			fmt.Fprintf(w, "   %s (%s) %s %s (%s)  %s", cli.DisplayText(a.Label), a.Type, arrow, cli.DisplayText(b.Label), b.Type, plural(r.Count, "statement"))
			if n := len(h.Relations) - 1; n > 0 {
				fmt.Fprintf(w, ", and %s", plural(n, "other relation"))
			}
			fmt.Fprintln(w)
			if len(r.Evidence) > 0 {
				fmt.Fprintf(w, "       \"%s\"\n", cli.DisplayText(r.Evidence[0].Text))
			}
		}
	}
	return nil
}

type pathJSON struct {
	Actors []actorJSON `json:"actors"`
	Hops   []hopJSON   `json:"hops"`
}

type hopJSON struct {
	From      string         `json:"from"`
	To        string         `json:"to"`
	Relations []relationJSON `json:"relations"`
}

type relationJSON struct {
	Predicate  string         `json:"predicate"`
	Direction  string         `json:"direction"`
	Statements int            `json:"statements"`
	Evidence   []evidenceJSON `json:"evidence"`
}

// writePathsJSON writes the chains as one JSON document; direction "out"
// reads from → to, "in" to → from.
func writePathsJSON(w io.Writer, qa, qb string, from, to memgraph.Node, paths []memgraph.Path) error {
	out := struct {
		Query [2]string  `json:"query"`
		From  actorJSON  `json:"from"`
		To    actorJSON  `json:"to"`
		Paths []pathJSON `json:"paths"`
	}{
		Query: [2]string{qa, qb},
		From:  nodeJSON(from),
		To:    nodeJSON(to),
		Paths: []pathJSON{},
	}
	for _, p := range paths {
		pj := pathJSON{Hops: []hopJSON{}}
		for _, n := range p.Nodes {
			pj.Actors = append(pj.Actors, nodeJSON(n))
		}
		for _, h := range p.Hops {
			hj := hopJSON{From: string(h.From), To: string(h.To)}
			for _, r := range h.Relations {
				rj := relationJSON{Predicate: r.Predicate, Direction: r.Direction.String(), Statements: r.Count, Evidence: []evidenceJSON{}}
				for _, ev := range r.Evidence {
					rj.Evidence = append(rj.Evidence, evidenceJSON{Text: ev.Text, Article: string(ev.Article), Start: ev.Start, End: ev.End})
				}
				hj.Relations = append(hj.Relations, rj)
			}
			pj.Hops = append(pj.Hops, hj)
		}
		out.Paths = append(out.Paths, pj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nodeJSON(n memgraph.Node) actorJSON {
	return actorJSON{IRI: string(n.IRI), Label: n.Label, Type: n.Type.String(), Aliases: n.Aliases}
}
