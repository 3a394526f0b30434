package entities

import (
	"github.com/actorgraph/actorgraph/graph"
)

// SpanKind says how a span of text refers to its actor.
type SpanKind uint8

// The ways a span refers to an actor.
const (
	NameSpan        SpanKind = iota // a name: "Donald Trump", "the Kremlin"
	DemonymSpan                     // an adjective of nationality: "Russian"
	PronounSpan                     // a pronoun resolved to an actor: "he", "its"
	DescriptionSpan                 // a description resolved to an actor: "the country"
)

// Span is one reference to an actor in an article.
type Span struct {
	Sentence   int // index of the sentence
	Start, End int // token indexes in the sentence, End exclusive
	Head       int // token index of the span's syntactic head
	Actor      int // index in Found.Actors
	Kind       SpanKind
}

// Found is what Find found in an article: its actors and every span that
// refers to one.
type Found struct {
	// Actors, in order of first mention; Actors[i].Name is canonical.
	Actors []graph.Actor
	// Named reports, for each actor, whether the article names it (rather
	// than only using a demonym), which makes it a node of the graph.
	Named []bool
	// Spans in text order.
	Spans []Span
	at    map[tokenRef]int
}

type tokenRef struct{ sent, tok int }

// At returns the span that covers token tok of sentence sent.
func (f *Found) At(sent, tok int) (Span, bool) {
	i, ok := f.at[tokenRef{sent, tok}]
	if !ok {
		return Span{}, false
	}
	return f.Spans[i], true
}

func (f *Found) index() {
	f.at = make(map[tokenRef]int, len(f.Spans)*2)
	for i, s := range f.Spans {
		for t := s.Start; t < s.End; t++ {
			f.at[tokenRef{s.Sentence, t}] = i
		}
	}
}
