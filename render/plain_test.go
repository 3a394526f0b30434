package render

import (
	"reflect"
	"testing"

	"github.com/actorgraph/actorgraph/internal/tabletest"
)

func TestParsePlain(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]plainNode
		err  string
	}{
		{
			name: "nodes in points",
			in:   "graph 1 2 3\nnode a0 1 2 0.5 0.25 \"A\" filled ellipse black white\nedge a0 a1 2 0 0 1 1\nnode a1 0 0 1 1 B\nstop\n",
			want: map[string]plainNode{"a0": {72, 144, 36, 18}, "a1": {0, 0, 72, 72}},
		},
		{
			name: "unplaced node at the origin",
			in:   "node s0 -nan -nan 0.5 0.25 x\n",
			want: map[string]plainNode{"s0": {0, 0, 36, 18}},
		},
		{name: "short line", in: "graph 1 1 1\nnode a0 1 2\n", err: "line 2: short node line"},
		{name: "not a number", in: "node a0 1 two 3 4 x\n", err: "line 1:"},
		{name: "empty", in: "", want: map[string]plainNode{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parsePlain([]byte(tt.in))
			if tabletest.Error(t, err, tt.err) {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parsePlain = %v, want %v", got, tt.want)
			}
		})
	}
}
