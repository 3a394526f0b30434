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

func TestAt(t *testing.T) {
	f := &Found{Spans: []Span{
		{Sentence: 0, Start: 1, End: 3, Head: 2, Actor: 0},
		{Sentence: 0, Start: 2, End: 4, Head: 3, Actor: 1}, // overlaps the first: it covers token 2
		{Sentence: 2, Start: 0, End: 1, Head: 0, Actor: 2},
	}}
	f.Index(3)
	tests := []struct {
		sent, tok int
		actor     graph.ActorID // -1 for none
	}{
		{0, 0, -1}, {0, 1, 0}, {0, 2, 1}, {0, 3, 1}, {0, 4, -1},
		{1, 0, -1}, {2, 0, 2}, {2, 1, -1}, {3, 0, -1}, {-1, 0, -1}, {0, -1, -1},
	}
	for _, tt := range tests {
		got := graph.ActorID(-1)
		if sp, ok := f.At(tt.sent, tt.tok); ok {
			got = sp.Actor
		}
		if got != tt.actor {
			t.Errorf("At(%d, %d) = actor %d, want %d", tt.sent, tt.tok, got, tt.actor)
		}
	}
}
