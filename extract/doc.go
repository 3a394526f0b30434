// Package extract is actorgraph's library API: it owns the pipeline that
// turns the text of news articles into graphs of their actors and the
// relations between them, and is all a front end (the actorgraph command, a
// server, a notebook, a distributed runner) needs to call.
//
// The text of an article goes down one path, each stage with a typed
// contract, none calling back into the one above:
//
//	text ─ syntax ──────────► entities ─────────────► relations ──────────► graph.Article
//	       []ud.Sentence       *entities.Found:         []graph.Relation:
//	       tokens, tags,       actors, and mentions     statements over
//	       lemmas, parse       with actor IDs           actor IDs
//
// New loads the embedded models once; Pipeline.Article extracts one article;
// Pipeline.Stream extracts many with a pool of workers and delivers them in
// input order; Corpus reconciles the actors of articles built together, so
// that one real-world actor has one name (and so one IRI) across them.
package extract
