package graph

// Relation is one statement of an article that links two different actors,
// read subject → object in the direction of the action.
type Relation struct {
	// Subject and Object are canonical actor names.
	Subject, Object string
	// Predicate is lower case, words joined by hyphens: the main verb in the
	// past tense or a role noun, plus the preposition that links the object
	// ("met", "expelled-from", "president-of").
	Predicate string
	// Sentence is the index, in Article.Sentences, of the sentence that
	// states the relation.
	Sentence int
}

// Sentence is a sentence of an article, kept as the evidence of the
// relations it states.
type Sentence struct {
	Text string
	// Start and End are the sentence's offsets in the article text, counted
	// in Unicode code points as RDF consumers (NIF) count them.
	Start, End int
}

// Article is what the extractors found in one text.
type Article struct {
	// ID identifies the text independently of where it was read: the hex
	// SHA-256 prefix of its bytes (see ArticleID).
	ID string
	// Source is where the text was read from (a path), for people.
	Source    string
	Actors    []Actor
	Sentences []Sentence
	Relations []Relation
}
