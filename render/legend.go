package render

import (
	"bytes"
	"fmt"
)

const legendFontSize = 12

// legendWeights are the numbers of statements whose edges the legend
// shows, to explain edge thickness.
func legendWeights() []int { return []int{1, 4} }

// weightText names a number of statements in the legend.
func weightText(n int) string {
	if n == 1 {
		return "1 statement"
	}
	return fmt.Sprintf("%d statements", n)
}

// weightKey places one edge-thickness sample of the legend: a line from A
// to B and its text.
type weightKey struct{ A, B, Text point }

// legendEntries returns the styles of the actor types and relation
// classes present (by style name), in legend order.
func legendEntries(present map[string]bool) []style {
	var ss []style
	for _, t := range legendTypes() {
		if s := styleOf(t); present[s.name] {
			ss = append(ss, s)
		}
	}
	for _, s := range classStyles() {
		if present[s.name] {
			ss = append(ss, s)
		}
	}
	return ss
}

// writeLegend writes the map's legend: one sample node per actor type
// present, named by the type, and when there are edges, sample edges of
// legendWeights statements. Placed, the samples go where at says; with
// dot they form a cluster, which dot draws as a frame; unplaced for the
// other engines there is no legend.
func writeLegend(b *bytes.Buffer, present map[string]bool, edges bool, eng engine, at *placement) {
	entries := legendEntries(present)
	if len(entries) == 0 || (at == nil && eng.labelNodes) {
		// Unplaced, a force-directed engine would scatter the samples
		// over the map (and neato frames the whole map as the cluster).
		return
	}
	indent := "\t"
	if at == nil {
		fmt.Fprintf(b, "\tsubgraph cluster_legend {\n\t\tgraph [label=\"Legend\", fontsize=%d, style=rounded, color=\"#999999\", margin=10]\n", legendFontSize)
		indent = "\t\t"
	}
	order := make([]int, len(entries))
	for i := range order {
		order[i] = i
		if at == nil && eng.name == "dot" {
			// dot stacks a left-to-right rank from the last node up.
			order[i] = len(entries) - 1 - i
		}
	}
	for _, i := range order {
		s := entries[i]
		pos := ""
		if at != nil {
			pos = fmt.Sprintf("pos=\"%.2f,%.2f!\", ", at.legend[i].X, at.legend[i].Y)
		}
		fmt.Fprintf(b, "%sk%d [%slabel=%s, shape=%s, fillcolor=%q, color=%q, fontsize=%d]\n",
			indent, i, pos, quote(s.name), s.shape, s.fill, s.border, legendFontSize)
	}
	if at == nil && eng.name == "dot" {
		b.WriteString("\t\t{rank=same;")
		for i := range entries {
			fmt.Fprintf(b, " k%d;", i)
		}
		b.WriteString("}\n")
	}
	if edges {
		writeWeightKeys(b, indent, at)
		if at == nil && eng.name == "dot" {
			// Line the samples up, starts and ends.
			for _, end := range []string{"a", "b"} {
				b.WriteString("\t\t{rank=same;")
				for i := range legendWeights() {
					fmt.Fprintf(b, " w%d%s;", i, end)
				}
				b.WriteString("}\n")
			}
		}
	}
	if at == nil {
		b.WriteString("\t}\n")
	}
}

// writeWeightKeys writes the legend's edge-thickness samples: invisible
// end points joined by an edge as thick as the map's edges of that many
// statements, with its text beside it when placed and as its label when
// not.
func writeWeightKeys(b *bytes.Buffer, indent string, at *placement) {
	for i, n := range legendWeights() {
		end := "shape=point, width=0.01, height=0.01, style=invis"
		text := quote(weightText(n))
		if at == nil {
			fmt.Fprintf(b, "%sw%da [%s]\n%sw%db [%s]\n", indent, i, end, indent, i, end)
			fmt.Fprintf(b, "%sw%da -> w%db [penwidth=%s, label=%s, fontsize=%d]\n", indent, i, i, penWidth(n), text, legendFontSize)
			continue
		}
		k := at.weights[i]
		fmt.Fprintf(b, "%sw%da [pos=\"%.2f,%.2f!\", %s]\n", indent, i, k.A.X, k.A.Y, end)
		fmt.Fprintf(b, "%sw%db [pos=\"%.2f,%.2f!\", %s]\n", indent, i, k.B.X, k.B.Y, end)
		fmt.Fprintf(b, "%sw%da -> w%db [penwidth=%s]\n", indent, i, i, penWidth(n))
		fmt.Fprintf(b, "%sw%dt [pos=\"%.2f,%.2f!\", %s]\n", indent, i, k.Text.X, k.Text.Y, weightTextAttrs(text))
	}
}

// weightTextAttrs are the attributes of a weight sample's text node.
func weightTextAttrs(text string) string {
	return fmt.Sprintf("shape=plaintext, style=\"\", label=%s, fontsize=%d, margin=0.02, width=0, height=0", text, legendFontSize)
}
