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
	"github.com/actorgraph/actorgraph/graph/store"
	"github.com/actorgraph/actorgraph/internal/cli"
)

const neighborsAbout = `Neighbors lists the actors linked to NAME in GRAPH, a store that build --db
made or an N-Quads file (- for stdin), with the
predicate, the direction (out: NAME is the subject; in: NAME is the object)
and the number of statements supporting each link. NAME is matched against
actors' labels and aliases ignoring case and diacritics; a name that fits
several actors lists them, and one that fits none suggests the closest.`

func runNeighbors(ctx context.Context, e *cli.Env, args []string) error {
	fs := cli.NewFlagSet(e, "[flags] GRAPH NAME", neighborsAbout)
	depth := fs.Int("depth", 1, "follow links up to `N` steps away")
	pred := fs.String("predicate", "", "only links with this `predicate` (e.g. met)")
	dir := fs.String("direction", "both", "`in`, out or both")
	format := fs.String("format", "text", "output `format`: text or json")
	limit := fs.Int("limit", 1000, "list at most `N` links, the best supported first, and count the rest (0: all); with --format json, also the timeline's latest N statements")
	maxEvidence := fs.Int("evidence", 5, "with --format json, give at most `N` sentences of each link (0: all); statements counts them all")
	filter := addFilterFlags(fs)
	args, err := cli.ParseArgs(fs, args, 2, 2, "GRAPH and NAME")
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
	if *limit < 0 {
		return cli.Usagef("-limit must be at least 0")
	}
	if *maxEvidence < 0 {
		return cli.Usagef("-evidence must be at least 0")
	}
	if err := checkTextOrJSON(*format); err != nil {
		return err
	}
	src, err := filter.openGraph(ctx, args[0], e.Stdin)
	if err != nil {
		return err
	}
	defer src.Close()
	lineReport := reportLineErrors(e, "neighbors", src.lineErr)
	node, err := resolveName(src.finder(ctx), args[1])
	if err != nil {
		return err
	}
	asJSON := *format == "json"
	var ns []memgraph.Neighbor
	var classes []string
	var more store.More
	d := src.d
	if src.st != nil {
		ns, classes, more, err = storeNeighbors(ctx, src.st, node, opt, *limit, asJSON, *maxEvidence, src.filter())
		if err == nil && asJSON {
			d, err = storeTimeline(ctx, src.st, node, src.filter())
		}
		if err != nil {
			return err
		}
	} else {
		ns = src.g.Neighbors(node.IRI, opt)
		if *limit > 0 && len(ns) > *limit {
			more.Links = len(ns) - *limit
			ns = ns[:*limit]
		}
		classes = neighborClasses(ns, d)
	}
	if asJSON {
		for i := range ns {
			if *maxEvidence > 0 && len(ns[i].Evidence) > *maxEvidence {
				ns[i].Evidence = ns[i].Evidence[:*maxEvidence]
			}
		}
		tl, tlMore := timeline(d, node.IRI), 0
		if *limit > 0 && len(tl) > *limit {
			tlMore = len(tl) - *limit
			tl = tl[tlMore:]
		}
		err = writeNeighborsJSON(e.Stdout, args[1], node, ns, more, classes, tl, tlMore)
	} else {
		err = writeNeighborsText(e.Stdout, node, ns, 0, more)
	}
	if err != nil {
		return err
	}
	return lineReport
}

// neighborClasses returns the class of each link of ns: a class its
// predicate has in d.
func neighborClasses(ns []memgraph.Neighbor, d *graph.Dataset) []string {
	classOf := map[string]string{}
	for _, s := range d.Statements {
		if s.Class != "" {
			classOf[s.Name()] = s.Class
		}
	}
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = classOf[n.Predicate]
	}
	return out
}

// finder looks actors up by name in a graph (see memgraph's Find and
// Suggest).
type finder interface {
	Find(name string) ([]memgraph.Node, error)
	Suggest(name string, n int) ([]memgraph.Node, error)
}

// finder returns the finder of the graph, in memory or in the store.
func (s *graphSource) finder(ctx context.Context) finder {
	if s.st != nil {
		return storeFinder{ctx, s.st}
	}
	return memFinder{s.g}
}

type memFinder struct{ g *memgraph.Graph }

func (f memFinder) Find(name string) ([]memgraph.Node, error) { return f.g.Find(name), nil }
func (f memFinder) Suggest(name string, n int) ([]memgraph.Node, error) {
	return f.g.Suggest(name, n), nil
}

// storeFinder looks names up in a store's index.
type storeFinder struct {
	ctx context.Context
	st  *store.Store
}

func (f storeFinder) Find(name string) ([]memgraph.Node, error) {
	nodes, err := f.st.Find(f.ctx, name)
	return memNodes(nodes), err
}

func (f storeFinder) Suggest(name string, n int) ([]memgraph.Node, error) {
	nodes, err := f.st.Suggest(f.ctx, name, n)
	return memNodes(nodes), err
}

// memNodes turns a store's nodes into the in-memory graph's, for the
// writers both share. The store does not count Degree.
func memNodes(nodes []store.Node) []memgraph.Node {
	out := make([]memgraph.Node, len(nodes))
	for i, n := range nodes {
		out[i] = memgraph.Node{ActorNode: actorNode(n.Actor), Support: n.Support}
	}
	return out
}

func actorNode(a store.Actor) graph.ActorNode {
	return graph.ActorNode{IRI: a.IRI, Label: a.Label, Type: a.Type, Aliases: a.Aliases}
}

// storeNeighbors answers a neighbour query from a store's index, or with
// a filter from its statements, listing at most limit links (all when 0;
// see store.NeighborsLimit), reading the evidence sentences (at most
// maxEvidence a link when above zero) and the classes of the links when
// evidence is set.
func storeNeighbors(ctx context.Context, st *store.Store, node memgraph.Node, opt memgraph.NeighborOptions, limit int, evidence bool, maxEvidence int, filter store.Filter) (ns []memgraph.Neighbor, classes []string, more store.More, err error) {
	id, err := storeID(ctx, st, node)
	if err != nil {
		return nil, nil, more, err
	}
	sopt := store.NeighborOptions{Depth: opt.Depth, Predicate: opt.Predicate, Direction: opt.Direction, Evidence: evidence, MaxEvidence: maxEvidence, Filter: filter}
	found, more, err := st.NeighborsLimit(ctx, id, sopt, limit)
	if err != nil {
		return nil, nil, more, err
	}
	out := make([]memgraph.Neighbor, len(found))
	classes = make([]string, len(found))
	for i, n := range found {
		classes[i] = n.Class
		out[i] = memgraph.Neighbor{
			Node: memgraph.Node{ActorNode: actorNode(n.Node)}, Predicate: n.Predicate, Direction: n.Direction,
			Depth: n.Depth, Statements: n.Statements, Via: n.Via.IRI, Evidence: n.Evidence,
		}
	}
	return out, classes, more, nil
}

// storeTimeline returns the dated statements of node in st that filter accepts,
// for its timeline.
func storeTimeline(ctx context.Context, st *store.Store, node memgraph.Node, filter store.Filter) (*graph.Dataset, error) {
	id, err := storeID(ctx, st, node)
	if err != nil {
		return nil, err
	}
	return st.DatedStatements(ctx, id, filter)
}

// storeID returns the store's ID of an actor its finder found.
func storeID(ctx context.Context, st *store.Store, node memgraph.Node) (store.ActorID, error) {
	id, ok, err := st.ActorID(ctx, node.IRI)
	if err == nil && !ok {
		err = fmt.Errorf("actor %s left %s while it was read", node.IRI, cli.DisplayText(st.Path()))
	}
	return id, err
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
func resolveName(f finder, name string) (memgraph.Node, error) {
	found, err := f.Find(name)
	if err != nil {
		return memgraph.Node{}, err
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		var sb strings.Builder
		fmt.Fprintf(&sb, "no actor named %q in the graph", name)
		sug, err := f.Suggest(name, 5)
		if err != nil {
			return memgraph.Node{}, err
		}
		if len(sug) > 0 {
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

// writeNeighborsText lists the first max links of ns (all when max <= 0),
// of the links ns and more, those a limited query left out. Labels and
// predicates come from the graph, and so from article text: their control
// characters are escaped (see displayText).
func writeNeighborsText(w io.Writer, node memgraph.Node, ns []memgraph.Neighbor, max int, more store.More) error {
	total := len(ns) + more.Links
	if max > 0 && len(ns) > max {
		ns = ns[:max]
	}
	if len(ns) < total || more.AtLeast {
		atLeast := ""
		if more.AtLeast {
			atLeast = "at least "
		}
		fmt.Fprintf(w, "%s (%s): %s%d neighbour link(s), the first %d:\n", cli.DisplayText(node.Label), node.Type, atLeast, total, len(ns))
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

// writeNeighborsJSON writes the links ns of node, classes[i] the class of
// ns[i], the count of the links a limited query left out (more), and
// node's timeline tl, after the tlMore earlier statements it leaves out.
func writeNeighborsJSON(w io.Writer, query string, node memgraph.Node, ns []memgraph.Neighbor, more store.More, classes []string, tl []timelineJSON, tlMore int) error {
	if tl == nil {
		tl = []timelineJSON{}
	}
	out := struct {
		Query     string         `json:"query"`
		Actor     actorJSON      `json:"actor"`
		Neighbors []neighborJSON `json:"neighbors"`
		// More counts the links not listed; MoreAtLeast says that count is a
		// lower bound (see store.More).
		More        int            `json:"more,omitempty"`
		MoreAtLeast bool           `json:"more_at_least,omitempty"`
		Timeline    []timelineJSON `json:"timeline"`
		// TimelineMore counts the earlier statements the timeline leaves
		// out (it keeps the latest --limit).
		TimelineMore int `json:"timeline_more,omitempty"`
	}{
		TimelineMore: tlMore,
		More:         more.Links,
		MoreAtLeast:  more.AtLeast,
		Query:        query,
		Actor:        actorJSON{IRI: string(node.IRI), Label: node.Label, Type: node.Type.String(), Aliases: node.Aliases},
		Neighbors:    []neighborJSON{},
		Timeline:     tl,
	}
	for i, n := range ns {
		dir := "out"
		if n.Direction == memgraph.In {
			dir = "in"
		}
		nj := neighborJSON{
			IRI: string(n.Node.IRI), Label: n.Node.Label, Type: n.Node.Type.String(),
			Predicate: n.Predicate, Direction: dir, Depth: n.Depth, Statements: n.Statements,
			Class: classes[i],
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
