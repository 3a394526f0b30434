package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/actorgraph/actorgraph/cameo"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/memgraph"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const neighborsAbout = `Neighbors lists the actors linked to NAME in GRAPH.nq (- for stdin), with the
predicate, the direction (out: NAME is the subject; in: NAME is the object)
and the number of statements supporting each link. NAME is matched against
actors' labels and aliases ignoring case and diacritics; a name that fits
several actors lists them, and one that fits none suggests the closest.`

func runNeighbors(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] GRAPH.nq NAME", neighborsAbout)
	depth := fs.Int("depth", 1, "follow links up to `N` steps away")
	pred := fs.String("predicate", "", "only links with this `predicate` (e.g. met)")
	dir := fs.String("direction", "both", "`in`, out or both")
	format := fs.String("format", "text", "output `format`: text or json")
	filter := addFilterFlags(fs)
	args, err := cli.ParseArgs(fs, args, 2, 2, "GRAPH.nq and NAME")
	if err != nil {
		return err
	}
	opt := memgraph.NeighborOptions{Depth: *depth, Predicate: *pred}
	switch *dir {
	case "in":
		opt.Direction = memgraph.In
	case "out":
		opt.Direction = memgraph.Out
	case "both":
		opt.Direction = memgraph.Both
	default:
		return cli.Usagef("-direction must be in, out or both, not %q", *dir)
	}
	if *depth < 1 {
		return cli.Usagef("-depth must be at least 1")
	}
	if err := checkTextOrJSON(*format); err != nil {
		return err
	}
	g, d, lineReport, err := filter.load(ctx, e, "neighbors", args[0])
	if err != nil {
		return err
	}
	node, err := resolveName(g, args[1])
	if err != nil {
		return err
	}
	ns := g.Neighbors(node.IRI, opt)
	if *format == "json" {
		err = writeNeighborsJSON(e.Stdout, args[1], node, ns, d)
	} else {
		err = writeNeighborsText(e.Stdout, node, ns, 0)
	}
	if err != nil {
		return err
	}
	return lineReport
}

// checkTextOrJSON checks the -format of the commands that write a text
// listing or JSON (neighbors, path).
func checkTextOrJSON(format string) error {
	if format != "text" && format != "json" {
		return cli.Usagef("-format must be text or json, not %q", format)
	}
	return nil
}

// resolveName finds the one actor NAME stands for, or says why it cannot.
func resolveName(g *memgraph.Graph, name string) (memgraph.Node, error) {
	found := g.Find(name)
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		var sb strings.Builder
		fmt.Fprintf(&sb, "no actor named %q in the graph", name)
		if sug := g.Suggest(name, 5); len(sug) > 0 {
			sb.WriteString("; closest names:")
			for _, n := range sug {
				fmt.Fprintf(&sb, "\n  %s (%s)", cli.DisplayText(n.Label), n.Type)
			}
		}
		return memgraph.Node{}, fmt.Errorf("%s", sb.String())
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%q fits %d actors; name one of them:", name, len(found))
	for _, n := range found {
		fmt.Fprintf(&sb, "\n  %s (%s)", cli.DisplayText(n.Label), n.Type)
	}
	return memgraph.Node{}, fmt.Errorf("%s", sb.String())
}

// writeNeighborsText lists the first max links of ns (all when max <= 0).
// Labels and predicates come from the graph, and so from article text:
// their control characters are escaped (see displayText).
func writeNeighborsText(w io.Writer, node memgraph.Node, ns []memgraph.Neighbor, max int) error {
	if max > 0 && len(ns) > max {
		fmt.Fprintf(w, "%s (%s): %d neighbour link(s), the first %d:\n", cli.DisplayText(node.Label), node.Type, len(ns), max)
		ns = ns[:max]
	} else {
		fmt.Fprintf(w, "%s (%s): %d neighbour link(s)\n", cli.DisplayText(node.Label), node.Type, len(ns))
	}
	labels := make(map[graph.IRI]string, len(ns)+1)
	labels[node.IRI] = node.Label
	for _, n := range ns {
		labels[n.Node.IRI] = n.Node.Label
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, n := range ns {
		arrow := "->"
		if n.Direction == memgraph.In {
			arrow = "<-"
		}
		via := ""
		if n.Depth > 1 {
			if v, ok := labels[n.Via]; ok {
				via = "via " + cli.DisplayText(v)
			}
		}
		fmt.Fprintf(tw, "  %s %s\t%s (%s)\t%s\t%s\n", arrow, cli.DisplayText(n.Predicate), cli.DisplayText(n.Node.Label), n.Node.Type, plural(n.Statements, "statement"), via)
	}
	return tw.Flush()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// neighborJSON is one line of neighbors --format json.
type neighborJSON struct {
	IRI        string         `json:"iri"`
	Label      string         `json:"label"`
	Type       string         `json:"type"`
	Predicate  string         `json:"predicate"`
	Direction  string         `json:"direction"`
	Depth      int            `json:"depth"`
	Statements int            `json:"statements"`
	Via        string         `json:"via,omitempty"`
	Class      string         `json:"class,omitempty"`
	Evidence   []evidenceJSON `json:"evidence,omitempty"`
}

type evidenceJSON struct {
	Text    string `json:"text"`
	Article string `json:"article,omitempty"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Date    string `json:"date,omitempty"`
}

// timelineJSON is one dated statement of the queried actor, in
// neighbors --format json's timeline.
type timelineJSON struct {
	Date      string   `json:"date"`
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"`
	Object    string   `json:"object"`
	Class     string   `json:"class,omitempty"`
	Goldstein *float64 `json:"goldstein,omitempty"`
	Sentence  string   `json:"sentence,omitempty"`
}

type actorJSON struct {
	IRI     string   `json:"iri"`
	Label   string   `json:"label"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

func writeNeighborsJSON(w io.Writer, query string, node memgraph.Node, ns []memgraph.Neighbor, d *graph.Dataset) error {
	out := struct {
		Query     string         `json:"query"`
		Actor     actorJSON      `json:"actor"`
		Neighbors []neighborJSON `json:"neighbors"`
		Timeline  []timelineJSON `json:"timeline"`
	}{
		Query:     query,
		Actor:     actorJSON{IRI: string(node.IRI), Label: node.Label, Type: node.Type.String(), Aliases: node.Aliases},
		Neighbors: []neighborJSON{},
		Timeline:  timeline(d, node.IRI),
	}
	classOf := map[string]string{}
	for _, s := range d.Statements {
		if s.Class != "" {
			classOf[s.Name()] = s.Class
		}
	}
	for _, n := range ns {
		dir := "out"
		if n.Direction == memgraph.In {
			dir = "in"
		}
		nj := neighborJSON{
			IRI: string(n.Node.IRI), Label: n.Node.Label, Type: n.Node.Type.String(),
			Predicate: n.Predicate, Direction: dir, Depth: n.Depth, Statements: n.Statements,
			Class: classOf[n.Predicate],
		}
		if n.Depth > 1 {
			nj.Via = string(n.Via)
		}
		for _, ev := range n.Evidence {
			nj.Evidence = append(nj.Evidence, evidenceJSON{Text: ev.Text, Article: string(ev.Article), Start: ev.Start, End: ev.End, Date: ev.Date})
		}
		out.Neighbors = append(out.Neighbors, nj)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// timeline lists the dated statements that have actor as subject or
// object, by date, then subject, predicate, object and sentence, each
// once.
func timeline(d *graph.Dataset, actor graph.IRI) []timelineJSON {
	labels := map[graph.IRI]string{}
	for _, a := range d.Actors {
		labels[a.IRI] = a.Label
	}
	out := []timelineJSON{}
	for _, s := range d.Statements {
		if s.Date == "" || s.Subject != actor && s.Object != actor {
			continue
		}
		t := timelineJSON{Date: s.Date, Subject: labels[s.Subject], Predicate: s.Name(), Object: labels[s.Object], Class: s.Class}
		if g, ok := cameo.Class(s.Class).Goldstein(); ok {
			t.Goldstein = &g
		}
		if iri, ok := s.Graph.(graph.IRI); ok {
			t.Sentence = d.Sentences[iri].Text
		}
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b timelineJSON) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.Subject, b.Subject),
			strings.Compare(a.Predicate, b.Predicate), strings.Compare(a.Object, b.Object), strings.Compare(a.Sentence, b.Sentence))
	})
	return slices.CompactFunc(out, func(a, b timelineJSON) bool {
		return a.Date == b.Date && a.Subject == b.Subject && a.Predicate == b.Predicate && a.Object == b.Object && a.Sentence == b.Sentence
	})
}
