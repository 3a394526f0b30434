// Package store keeps an actor graph in an SQLite database file, the
// default home of a graph that grows run after run: articles are added to
// it in transactions, an article already in it (by content) is not added
// twice, an actor keeps its IRI across runs, and neighbour queries are
// answered from its indexes without loading the graph.
//
// The database is plain SQLite 3 (through the pure-Go modernc.org/sqlite),
// so sqlite3, Python's sqlite3 module or Datasette open it as they open any
// other. Its tables:
//
//	meta        key, value: format ("actorgraph"), version, base IRI
//	articles    id (insertion order), hash (graph.ArticleID), source, added, date
//	actors      id, iri (stable), label (unique), type
//	aliases     actor, alias: the other names an actor goes by
//	names       key, actor: the folded label and aliases (graph/namefold), for lookups
//	words       word, actor: the folded words of the label, for lookups by part of a name
//	mentions    article, actor
//	sentences   article, n (from 1), text, begin_index, end_index, date: the
//	            evidence sentences, offsets in code points as in the N-Quads
//	predicates  id, name ("met-with")
//	statements  subject, predicate, object, article, sentence, class, date:
//	            one relation stated once, with its event class and its
//	            sentence's date; indexed by subject and by object with class
//	            and date, what filtered neighbour queries and timelines read
//	edges       subject, object, predicate, statements: the statements of one
//	            relation between two actors, counted; what neighbour queries read
//
// Dates (YYYY-MM-DD, YYYY-MM or YYYY) and classes are "" when unknown. The
// schema is version 3; a store of version 1 (without dates and classes) or
// 2 (whose statements do not hold their date) is migrated when opened for
// writing, and read as it is when opened read-only, more slowly when a
// query is filtered.
//
// A Store writes only through a Batch, one transaction: a process killed
// while writing leaves the database as it was before that batch, and a
// Store opened on a file that is not an actorgraph store refuses it
// without writing to it.
//
// Store imports only graph (and its name folding) and the SQLite driver;
// deciding which stored actor a newly found one is belongs to the caller
// (package extract): the store answers lookups and records the answer.
package store
