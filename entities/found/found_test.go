package found

import (
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

func TestMentioned(t *testing.T) {
	f := &Found{
		Actors:    []graph.Actor{{Name: "A", Type: graph.Country}, {Name: "B", Type: graph.Country}},
		Spans:     []Span{{Sentence: 0, Start: 1, End: 2, Head: 1, Actor: 0}},
		Modifiers: []Span{{Sentence: 2, Start: 0, End: 1, Actor: 1, Kind: ModifierSpan}},
	}
	f.Index(5)
	f.SetMembers(3, 4, []graph.ActorID{0, 1})
	for sent, want := range []bool{true, false, true, true, false} {
		if got := f.Mentioned(sent); got != want {
			t.Errorf("Mentioned(%d) = %v, want %v", sent, got, want)
		}
	}
}
