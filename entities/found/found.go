// Package found holds what package entities finds in an article: its actors
// (Found.Actors), every Span of text that mentions one, by name, demonym,
// pronoun or description, and the actors of its plural references
// (Found.Members). The finder of package entities builds a Found and the
// resolver of package entities/coref adds the references to it; the
// relation extractor reads it.
//
// It imports no other package of entities.
package found

import (
	"slices"

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
	// ModifierSpan is a name that is only the first part of a hyphenated
	// word: "Turkey" in "Turkey-backed". The span covers the whole word,
	// which is not itself the actor, so At never returns it (see
	// Found.Modifiers).
	ModifierSpan
)

// Span is one mention of an actor in an article.
type Span struct {
	Sentence   int // index of the sentence
	Start, End int // token indexes in the sentence, End exclusive
	Head       int // token index of the span's syntactic head
	Actor      graph.ActorID
	Kind       SpanKind
}

// Found is what entities.Finder.Find found in an article: its actors and
// every span that mentions one.
type Found struct {
	// Actors, in order of first mention; Actors[i].Name is canonical. A
	// Span's Actor indexes it.
	Actors []graph.Actor
	// Named reports, for each actor, whether the article names it (rather
	// than only using a demonym or a hyphenated modifier), which makes it a
	// node of the graph whether or not a relation uses it.
	Named []bool
	// Spans in text order; ModifierSpans are not among them.
	Spans []Span
	// Modifiers are the ModifierSpans, in text order.
	Modifiers []Span
	// groups are the actors of plural references ("they", "the two
	// countries"), by token; see Members and SetMembers.
	groups map[tokenRef][]graph.ActorID
	// at[s][t] is 1 + the index in Spans of the span that covers token t
	// of sentence s, or 0; at[s] runs to the end of the sentence's last
	// span
	at     [][]int32
	bySent []int // bySent[s] is the index in Spans of sentence s's first span
	// atRoom holds the arrays of at, and ends the end of each sentence's
	// last span, kept from one Index to the next: the finder and the
	// resolver index an article's spans several times
	atRoom []int32
	ends   []int
}

type tokenRef struct{ sent, tok int }

// At returns the span that covers token tok of sentence sent.
func (f *Found) At(sent, tok int) (Span, bool) {
	if sent < 0 || sent >= len(f.at) || tok < 0 || tok >= len(f.at[sent]) {
		return Span{}, false
	}
	i := f.at[sent][tok]
	if i == 0 {
		return Span{}, false
	}
	return f.Spans[i-1], true
}

// InSentence returns the spans of sentence sent, in text order.
func (f *Found) InSentence(sent int) []Span {
	if sent < 0 || sent+1 >= len(f.bySent) {
		return nil
	}
	return f.Spans[f.bySent[sent]:f.bySent[sent+1]]
}

// Mentioned reports whether sentence sent mentions an actor at all: by a
// span, a modifier or a plural reference (see Members). A sentence that
// does not can state no relation.
func (f *Found) Mentioned(sent int) bool {
	if len(f.InSentence(sent)) > 0 || len(f.ModifiersIn(sent)) > 0 {
		return true
	}
	for k := range f.groups {
		if k.sent == sent {
			return true
		}
	}
	return false
}

// ModifiersIn returns the modifier spans of sentence sent.
func (f *Found) ModifiersIn(sent int) []Span {
	lo, _ := slices.BinarySearchFunc(f.Modifiers, sent, func(s Span, n int) int { return s.Sentence - n })
	hi := lo
	for hi < len(f.Modifiers) && f.Modifiers[hi].Sentence == sent {
		hi++
	}
	return f.Modifiers[lo:hi]
}

// Actor returns the actor a span mentions.
func (f *Found) Actor(id graph.ActorID) graph.Actor { return f.Actors[id] }

// ActorNamed returns the actor with canonical name name, adding it as an
// actor the article does not name when there is none.
func (f *Found) ActorNamed(name string, typ graph.ActorType) graph.ActorID {
	for i, a := range f.Actors {
		if a.Name == name {
			return graph.ActorID(i)
		}
	}
	f.Actors = append(f.Actors, graph.Actor{Name: name, Type: typ})
	f.Named = append(f.Named, false)
	return graph.ActorID(len(f.Actors) - 1)
}

// Index builds the lookups of At and InSentence from Spans, which must be
// sorted (SortSpans); whoever changes Spans calls it again.
func (f *Found) Index(sentences int) {
	// the tokens of every sentence up to the end of its last span, in
	// one array; a later span overlapping an earlier one covers its tokens
	last := -1
	for _, s := range f.Spans {
		last = max(last, s.Sentence)
	}
	ends := grow(f.ends, last+1)
	clear(ends)
	for _, s := range f.Spans {
		if s.Sentence >= 0 {
			ends[s.Sentence] = max(ends[s.Sentence], s.End)
		}
	}
	n := 0
	for _, e := range ends {
		n += e
	}
	all := grow(f.atRoom, n)
	clear(all)
	f.ends, f.atRoom = ends, all
	f.at = grow(f.at, len(ends))
	for s, e := range ends {
		f.at[s], all = all[:e:e], all[e:]
	}
	for i, s := range f.Spans {
		if s.Sentence < 0 {
			continue
		}
		for t := max(s.Start, 0); t < s.End; t++ {
			f.at[s.Sentence][t] = int32(i + 1)
		}
	}
	f.bySent = grow(f.bySent, sentences+1)
	k := 0
	for s := 0; s <= sentences; s++ {
		for k < len(f.Spans) && f.Spans[k].Sentence < s {
			k++
		}
		f.bySent[s] = k
	}
}

// grow returns s at length n, reusing its array when it has room: the
// elements are whatever they were (Index sets or clears them all).
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Members returns the actors a plural reference at token tok of sentence
// sent stands for ("they", "the two countries"), or nil when it stands for
// no group of actors.
func (f *Found) Members(sent, tok int) []graph.ActorID {
	return f.groups[tokenRef{sent, tok}]
}

// SetMembers records the actors the plural reference at token tok of
// sentence sent stands for, which Members returns.
func (f *Found) SetMembers(sent, tok int, actors []graph.ActorID) {
	if f.groups == nil {
		f.groups = map[tokenRef][]graph.ActorID{}
	}
	f.groups[tokenRef{sent, tok}] = actors
}

// SortSpans sorts spans in text order.
func SortSpans(spans []Span) {
	slices.SortFunc(spans, func(a, b Span) int {
		if a.Sentence != b.Sentence {
			return a.Sentence - b.Sentence
		}
		return a.Start - b.Start
	})
}
