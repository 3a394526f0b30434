package store

// schemaVersion is the version of the tables below; a store made with a
// newer version is refused rather than misread. Version 1 is the first;
// version 2 adds the dates of articles and sentences, the class of
// statements and the indexes of edges by support; version 3 copies each
// statement's date from its sentence and indexes statements with their
// class and date (see migrations).
const schemaVersion = 3

// applicationID marks the database file as an actorgraph store in its
// header (PRAGMA application_id): "AGst".
const applicationID = 0x41477374

// schema creates the tables of a new store.
var schema = []string{
	`CREATE TABLE meta (
		key   TEXT PRIMARY KEY,
		value TEXT NOT NULL
	) WITHOUT ROWID`,
	`CREATE TABLE articles (
		id     INTEGER PRIMARY KEY,
		hash   TEXT NOT NULL UNIQUE,
		source TEXT NOT NULL,
		added  TEXT NOT NULL,
		date   TEXT NOT NULL DEFAULT ''
	)`,
	`CREATE TABLE actors (
		id    INTEGER PRIMARY KEY,
		iri   TEXT NOT NULL UNIQUE,
		label TEXT NOT NULL UNIQUE,
		type  TEXT NOT NULL
	)`,
	`CREATE TABLE aliases (
		actor INTEGER NOT NULL REFERENCES actors(id),
		alias TEXT NOT NULL,
		PRIMARY KEY (actor, alias)
	) WITHOUT ROWID`,
	`CREATE INDEX aliases_alias ON aliases(alias)`,
	`CREATE TABLE names (
		key   TEXT NOT NULL,
		actor INTEGER NOT NULL REFERENCES actors(id),
		PRIMARY KEY (key, actor)
	) WITHOUT ROWID`,
	`CREATE TABLE words (
		word  TEXT NOT NULL,
		actor INTEGER NOT NULL REFERENCES actors(id),
		PRIMARY KEY (word, actor)
	) WITHOUT ROWID`,
	`CREATE TABLE mentions (
		article INTEGER NOT NULL REFERENCES articles(id),
		actor   INTEGER NOT NULL REFERENCES actors(id),
		PRIMARY KEY (article, actor)
	) WITHOUT ROWID`,
	`CREATE TABLE sentences (
		article INTEGER NOT NULL REFERENCES articles(id),
		n       INTEGER NOT NULL,
		text    TEXT NOT NULL,
		begin_index INTEGER NOT NULL,
		end_index   INTEGER NOT NULL,
		date        TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (article, n)
	) WITHOUT ROWID`,
	`CREATE TABLE predicates (
		id   INTEGER PRIMARY KEY,
		name TEXT NOT NULL UNIQUE
	)`,
	`CREATE TABLE statements (
		subject   INTEGER NOT NULL REFERENCES actors(id),
		predicate INTEGER NOT NULL REFERENCES predicates(id),
		object    INTEGER NOT NULL REFERENCES actors(id),
		article   INTEGER NOT NULL REFERENCES articles(id),
		sentence  INTEGER NOT NULL,
		class     TEXT NOT NULL DEFAULT '',
		date      TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (article, sentence, subject, predicate, object)
	) WITHOUT ROWID`,
	// what filtered neighbour queries and timelines read: an actor's
	// statements with their class and date (its sentence's), and through
	// the primary key their article and sentence, without a row lookup
	`CREATE INDEX statements_subject ON statements(subject, predicate, object, class, date)`,
	`CREATE INDEX statements_object ON statements(object, predicate, subject, class, date)`,
	`CREATE TABLE edges (
		subject    INTEGER NOT NULL REFERENCES actors(id),
		object     INTEGER NOT NULL REFERENCES actors(id),
		predicate  INTEGER NOT NULL REFERENCES predicates(id),
		statements INTEGER NOT NULL,
		PRIMARY KEY (subject, object, predicate)
	) WITHOUT ROWID`,
	// what limited neighbour queries read: an actor's links, best
	// supported first
	`CREATE INDEX edges_subject_support ON edges(subject, statements DESC, object, predicate)`,
	`CREATE INDEX edges_object_support ON edges(object, statements DESC, subject, predicate)`,
}

// migrations bring a store of version i+1 to version i+2: migrations[0]
// makes a version 1 store a version 2 one. Adding a column with a constant
// default rewrites no row: an article, sentence or statement stored before
// it has no date and no class. The support indexes are built from the
// edges table (12 s for a generated store of 10 million quads on a shared
// 2-core machine; the file grows from 365 to 401 MB), and replace
// edges_object, which they cover.
var migrations = [][]string{
	{
		`ALTER TABLE articles ADD COLUMN date TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE sentences ADD COLUMN date TEXT NOT NULL DEFAULT ''`,
		`ALTER TABLE statements ADD COLUMN class TEXT NOT NULL DEFAULT ''`,
		`CREATE INDEX edges_subject_support ON edges(subject, statements DESC, object, predicate)`,
		`CREATE INDEX edges_object_support ON edges(object, statements DESC, subject, predicate)`,
		`DROP INDEX edges_object`,
	},
	// Version 3: a statement's date is its sentence's, copied from the
	// sentences that have one (0.2 s for the generated store of 10 million
	// quads, whose sentences have none), and the statement indexes are
	// rebuilt to cover class and date (9 s on a shared 2-core machine; the
	// file keeps its 401 MB, the pages of the old indexes reused).
	{
		`ALTER TABLE statements ADD COLUMN date TEXT NOT NULL DEFAULT ''`,
		`UPDATE statements SET date = (SELECT se.date FROM sentences se WHERE se.article = statements.article AND se.n = statements.sentence)
			WHERE (article, sentence) IN (SELECT article, n FROM sentences WHERE date <> '')`,
		`DROP INDEX statements_subject`,
		`DROP INDEX statements_object`,
		`CREATE INDEX statements_subject ON statements(subject, predicate, object, class, date)`,
		`CREATE INDEX statements_object ON statements(object, predicate, subject, class, date)`,
	},
}
