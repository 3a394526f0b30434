package render

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// plainNode is a node of Graphviz's "plain" output, in points.
type plainNode struct{ x, y, w, h float64 }

// parsePlain reads the nodes of Graphviz "plain" output (coordinates in
// inches) into points, by node name.
func parsePlain(out []byte) (map[string]plainNode, error) {
	nodes := map[string]plainNode{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] != "node" {
			continue
		}
		if len(f) < 6 {
			return nil, fmt.Errorf("line %d: short node line", line)
		}
		var v [4]float64
		for i := range v {
			field := f[2+i]
			if strings.EqualFold(field, "-nan") {
				field = "nan" // C's printf for a node left unplaced
			}
			x, err := strconv.ParseFloat(field, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				x = 0 // a node Graphviz left unplaced (the sizing pass)
			}
			v[i] = x * 72
		}
		nodes[f[1]] = plainNode{v[0], v[1], v[2], v[3]}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return nodes, nil
}
