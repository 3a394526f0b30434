package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// checkGraph returns why g cannot be written: a node listed twice, an
// edge id used twice or empty, or an edge whose end is not a node.
func checkGraph(g *Graph) error {
	if g == nil {
		return errors.New("export: nil graph")
	}
	nodes := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if nodes[string(n.ID)] {
			return fmt.Errorf("export: node %s listed twice", n.ID)
		}
		nodes[string(n.ID)] = true
	}
	edges := make(map[string]bool, len(g.Edges))
	for _, e := range g.Edges {
		switch {
		case e.ID == "":
			return fmt.Errorf("export: an edge %s -> %s has no id", e.Source, e.Target)
		case edges[e.ID]:
			return fmt.Errorf("export: edge id %q used twice", e.ID)
		case !nodes[string(e.Source)]:
			return fmt.Errorf("export: edge %s: source %s is not a node", e.ID, e.Source)
		case !nodes[string(e.Target)]:
			return fmt.Errorf("export: edge %s: target %s is not a node", e.ID, e.Target)
		}
		edges[e.ID] = true
	}
	return nil
}

// writeBuffered checks g, then writes it to w through a buffer with write,
// the text formats' body.
func writeBuffered(w io.Writer, g *Graph, write func(bw *bufio.Writer)) error {
	if err := checkGraph(g); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	write(bw)
	return bw.Flush()
}
