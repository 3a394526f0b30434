package found

import (
	"math/rand/v2"
	"slices"
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

// TestIndexAgain checks that Index, run again on spans that changed, as
// the finder and the resolver run it, gives the lookups Index gives a new
// Found with those spans, whatever it kept from the time before; and that
// indexing spans no longer than before allocates nothing.
func TestIndexAgain(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	spans := func() []Span {
		var ss []Span
		for s := range rng.IntN(6) {
			for tok := 0; tok < 12; tok += 1 + rng.IntN(4) {
				if rng.IntN(2) == 0 {
					end := tok + 1 + rng.IntN(3)
					ss = append(ss, Span{Sentence: s, Start: tok, End: end, Head: end - 1, Actor: graph.ActorID(rng.IntN(3))})
					tok = end
				}
			}
		}
		return ss
	}
	f := &Found{}
	for range 300 {
		sents := 6 + rng.IntN(2)
		f.Spans = spans()
		f.Index(sents)
		fresh := &Found{Spans: slices.Clone(f.Spans)}
		fresh.Index(sents)
		for s := -1; s <= sents; s++ {
			if got, want := f.InSentence(s), fresh.InSentence(s); !slices.Equal(got, want) {
				t.Fatalf("spans %v: InSentence(%d) = %v, want %v", f.Spans, s, got, want)
			}
			for tok := -1; tok < 16; tok++ {
				got, ok := f.At(s, tok)
				want, wantOK := fresh.At(s, tok)
				if got != want || ok != wantOK {
					t.Fatalf("spans %v: At(%d, %d) = %v, %v, want %v, %v", f.Spans, s, tok, got, ok, want, wantOK)
				}
			}
		}
	}
	f.Spans = []Span{{Sentence: 2, Start: 3, End: 5, Head: 4}}
	if n := testing.AllocsPerRun(20, func() { f.Index(6) }); n != 0 {
		t.Errorf("indexing again: %v allocations, want none", n)
	}
}
