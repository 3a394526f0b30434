package perceptron

import (
	"maps"
	"testing"
)

func TestSparseAverage(t *testing.T) {
	p := NewSparse()
	p.Update([]string{"a", "b"}, []string{"c"}) // step 0: a=1 b=1 c=-1
	p.Tick()
	p.Tick()
	p.Add([]string{"a"}, -1) // step 2: a=0
	p.Tick()
	p.Tick()
	if got := p.Score([]string{"a", "b", "c", "unseen"}); got != 0 {
		t.Errorf("Score = %g, want 0", got)
	}
	// over 4 steps: a is 1 for two of them, b 1 for all, c -1 for all
	want := map[string]float64{"a": 0.5, "b": 1, "c": -1}
	if got := p.Average(0); !maps.Equal(got, want) {
		t.Errorf("Average(0) = %v, want %v", got, want)
	}
	delete(want, "a")
	if got := p.Average(0.6); !maps.Equal(got, want) {
		t.Errorf("Average(0.6) = %v, want %v", got, want)
	}
}
