package render

import (
	"bytes"
	"fmt"
)

const legendFontSize = 12

// legendEntries returns the styles of the actor types present (by style
// name), in legend order.
func legendEntries(present map[string]bool) []style {
	var ss []style
	for _, t := range legendTypes() {
		if s := styleOf(t); present[s.name] {
			ss = append(ss, s)
		}
	}
	return ss
}

// writeLegend writes one sample node per actor type present, named by the
// type, as the map's legend. Placed, the nodes go where at says; unplaced,
// they form a cluster, which dot draws as a framed column of one rank.
func writeLegend(b *bytes.Buffer, present map[string]bool, eng engine, at *placement) {
	entries := legendEntries(present)
	if len(entries) == 0 {
		return
	}
	indent := "\t"
	if at == nil {
		fmt.Fprintf(b, "\tsubgraph cluster_legend {\n\t\tgraph [label=\"Legend\", fontsize=%d, style=rounded, color=\"#999999\", margin=10]\n", legendFontSize)
		if eng.name == "dot" {
			b.WriteString("\t\trank=same\n")
		}
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
	if at == nil {
		b.WriteString("\t}\n")
	}
}
