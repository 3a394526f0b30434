package render

import (
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestParsePlain(t *testing.T) {
	parse := func(in string) (map[string]plainNode, error) { return parsePlain([]byte(in)) }
	tabletest.FuncErr(t, "parsePlain", parse, []tabletest.ErrCase[string, map[string]plainNode]{
		{
			Name: "nodes in points",
			In:   "graph 1 2 3\nnode a0 1 2 0.5 0.25 \"A\" filled ellipse black white\nedge a0 a1 2 0 0 1 1\nnode a1 0 0 1 1 B\nstop\n",
			Want: map[string]plainNode{"a0": {72, 144, 36, 18}, "a1": {0, 0, 72, 72}},
		},
		{
			Name: "unplaced node at the origin",
			In:   "node s0 -nan -nan 0.5 0.25 x\n",
			Want: map[string]plainNode{"s0": {0, 0, 36, 18}},
		},
		{Name: "short line", In: "graph 1 1 1\nnode a0 1 2\n", Err: "line 2: short node line"},
		{Name: "not a number", In: "node a0 1 two 3 4 x\n", Err: "line 1:"},
		{Name: "empty", In: "", Want: map[string]plainNode{}},
	})
}
