package graph

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ActorID identifies an actor within one article: its index in
// Article.Actors.
type ActorID int

// Predicate names a relation: lower case, words joined by hyphens, the main
// verb in the past tense or a role noun, plus the preposition that links the
// object ("met", "expelled-from", "president-of").
type Predicate string

// MakePredicate joins words into a predicate: each word lower-cased, inner
// white space and hyphens folded, the words joined by single hyphens; empty
// words are skipped. MakePredicate("Foreign Minister", "of") is
// "foreign-minister-of".
func MakePredicate(words ...string) Predicate {
	if len(words) == 1 && isPredicateWord(words[0]) {
		return Predicate(words[0]) // most predicates: one word, written as it is
	}
	var sb strings.Builder
	for _, w := range words {
		for _, f := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool {
			return unicode.IsSpace(r) || r == '-'
		}) {
			if sb.Len() > 0 {
				sb.WriteByte('-')
			}
			sb.WriteString(f)
		}
	}
	return Predicate(sb.String())
}

// isPredicateWord reports whether w is a predicate as it is: one word of
// ASCII, without capitals, white space or hyphens.
func isPredicateWord(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '-', unicode.IsSpace(rune(c)):
			return false
		}
	}
	return w != ""
}

// Relation is one statement of an article that links two different actors,
// read subject → object in the direction of the action.
type Relation struct {
	// Subject and Object are actors of the article the relation belongs to.
	Subject, Object ActorID
	Predicate       Predicate
	// Sentence is the index, in Article.Sentences, of the sentence that
	// states the relation.
	Sentence int
	// Class is the relation's event class (see package cameo): a CAMEO
	// code such as "190" or a non-event class such as "role"; "" for none.
	Class string
}

// Sentence is a sentence of an article, kept as the evidence of the
// relations it states.
type Sentence struct {
	Text string
	// Start and End are the sentence's offsets in the article text, counted
	// in Unicode code points as RDF consumers (NIF) count them.
	Start, End int
	// Date is when what the sentence states happened, as far as the text
	// tells: YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown.
	Date string
}

// Article is what the extractors found in one text.
type Article struct {
	// ID identifies the text independently of where it was read: the hex
	// SHA-256 prefix of its bytes (see ArticleID).
	ID string
	// Source is where the text was read from (a path), for people.
	Source string
	// Date is the article's date (YYYY-MM-DD, YYYY-MM or YYYY), "" when
	// unknown.
	Date string
	// Actors are the actors the article names or relates; a Relation refers
	// to them by index.
	Actors    []Actor
	Sentences []Sentence
	Relations []Relation
}

// Actor returns the actor with the given ID, or false when the article has
// none.
func (a *Article) Actor(id ActorID) (Actor, bool) {
	if id < 0 || int(id) >= len(a.Actors) {
		return Actor{}, false
	}
	return a.Actors[id], true
}
