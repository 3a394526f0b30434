package entities

import "github.com/actorgraph/actorgraph/entities/found"

// The result of Find is defined in package found, which the coreference
// resolver (package entities/coref) fills in too; these names keep it
// entities.Found for the packages that read it.
type (
	// Found is what Find found in an article: see found.Found.
	Found = found.Found
	// Span is one mention of an actor in an article: see found.Span.
	Span = found.Span
	// SpanKind says how a span of text refers to its actor.
	SpanKind = found.SpanKind
)

// The ways a span refers to an actor: see package found.
const (
	NameSpan        = found.NameSpan
	DemonymSpan     = found.DemonymSpan
	PronounSpan     = found.PronounSpan
	DescriptionSpan = found.DescriptionSpan
	ModifierSpan    = found.ModifierSpan
)

// tokenRef is a token of an article: its sentence and its index there.
type tokenRef struct{ sent, tok int }
