package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"

	"github.com/actorgraph/actorgraph/graph"
)

// Header is how every SQLite 3 database file begins: what tells a store
// from an N-Quads file.
const Header = "SQLite format 3\x00"

// IsDatabase reports whether b, the first bytes of a file, begin an SQLite
// database.
func IsDatabase(b []byte) bool { return bytes.HasPrefix(b, []byte(Header)) }

// Store is an actor graph kept in an SQLite database file. Its methods may
// be called from several goroutines; writes go through one Batch at a time.
type Store struct {
	db   *sql.DB
	path string
	m    graph.Minter
	// version is the schema version of the tables: older than
	// schemaVersion only in a store opened read-only (see migrate).
	version int
}

// NotStoreError reports a file that is not an actorgraph store: another
// kind of file, another program's database, or a store too new to read.
type NotStoreError struct {
	Path   string
	Reason string
}

func (e *NotStoreError) Error() string {
	return e.Path + " is not an actorgraph store: " + e.Reason
}

// Options say how to open a store.
type Options struct {
	// ReadOnly opens the store for queries only: nothing is written to it.
	ReadOnly bool
	// CacheMiB is the page cache of the connection in MiB; 0 takes a
	// default (16 MiB for queries, 64 MiB for writing).
	CacheMiB int
}

// Open opens the store at path, which must exist. A file that is not an
// SQLite database, or is one without actorgraph's tables, gives a
// *NotStoreError and is left untouched.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	head, size, err := readHead(path)
	if err != nil {
		return nil, err
	}
	if size == 0 {
		return nil, &NotStoreError{path, "the file is empty"}
	}
	if !IsDatabase(head) {
		return nil, &NotStoreError{path, "not an SQLite database"}
	}
	s, err := open(ctx, path, opt)
	if err != nil {
		return nil, err
	}
	if err := s.check(ctx, opt.ReadOnly); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// Create makes a new store at path under base, the namespace of its IRIs.
// path must not exist, or be an empty file (one that mktemp made, say):
// Create never writes over anything else.
func Create(ctx context.Context, path string, base graph.IRI) (*Store, error) {
	m, err := graph.NewMinter(base)
	if err != nil {
		return nil, err
	}
	made := false
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case err == nil:
		made = true
		f.Close()
	case errors.Is(err, os.ErrExist):
		_, size, err := readHead(path)
		if err != nil {
			return nil, err
		}
		if size != 0 {
			return nil, fmt.Errorf("create store %s: the file exists and is not empty", path)
		}
	default:
		return nil, fmt.Errorf("create store: %w", err)
	}
	s, err := open(ctx, path, Options{})
	if err == nil {
		err = s.init(ctx, m)
		if err != nil {
			s.db.Close()
		}
	}
	if err != nil {
		if made {
			os.Remove(path)
		}
		return nil, fmt.Errorf("create store %s: %w", path, err)
	}
	s.m = m
	s.version = schemaVersion
	return s, nil
}

// readHead returns the first bytes of the file at path and its size, or
// why it cannot be read as a store.
func readHead(path string) ([]byte, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("open store: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, 0, fmt.Errorf("open store: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, 0, &NotStoreError{path, "not a regular file"}
	}
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, 0, fmt.Errorf("read store %s: %w", path, err)
	}
	return head[:n], info.Size(), nil
}

// open connects to the database at path, which exists. One connection
// serves everything, so that the connection's settings hold for every
// statement.
func open(ctx context.Context, path string, opt Options) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	cache := opt.CacheMiB
	if cache <= 0 {
		cache = 64
		if opt.ReadOnly {
			cache = 16
		}
	}
	q := url.Values{}
	q.Set("mode", "rw") // never create: Create made the file
	q.Set("_busy_timeout", "10000")
	q.Set("_txlock", "immediate")
	q.Add("_pragma", "cache_size(-"+strconv.Itoa(cache*1024)+")")
	if opt.ReadOnly {
		q.Set("_query_only", "1")
	}
	dsn := (&url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// init creates the tables of a new store.
func (s *Store) init(ctx context.Context, m graph.Minter) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmts := append([]string{"PRAGMA application_id = " + strconv.Itoa(applicationID)}, schema...)
	for _, q := range stmts {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", firstLine(q), err)
		}
	}
	for k, v := range map[string]string{
		"format":  "actorgraph",
		"version": strconv.Itoa(schemaVersion),
		"base":    string(m.Base()),
	} {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (?, ?)`, k, v); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// check tells an actorgraph store from another database, and reads its
// base IRI. A store of an older schema version is migrated unless
// readOnly is set: read-only, it is read as it is (see v2).
func (s *Store) check(ctx context.Context, readOnly bool) error {
	var app int64
	if err := s.db.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&app); err != nil {
		return s.unreadable(err)
	}
	meta := map[string]string{}
	if app == applicationID {
		rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM meta`)
		if err != nil {
			return s.unreadable(err)
		}
		var k, v string
		if err := eachRow(rows, func() { meta[k] = v }, &k, &v); err != nil {
			return s.unreadable(err)
		}
	}
	if meta["format"] != "actorgraph" {
		return &NotStoreError{s.path, "an SQLite database without actorgraph's tables"}
	}
	v, err := strconv.Atoi(meta["version"])
	switch {
	case err != nil:
		return &NotStoreError{s.path, fmt.Sprintf("unreadable schema version %q", meta["version"])}
	case v > schemaVersion:
		return &NotStoreError{s.path, fmt.Sprintf("made by a newer actorgraph (schema version %d; this one reads up to %d)", v, schemaVersion)}
	case v < 1:
		return &NotStoreError{s.path, fmt.Sprintf("unknown schema version %d", v)}
	}
	m, err := graph.NewMinter(graph.IRI(meta["base"]))
	if err != nil {
		return &NotStoreError{s.path, "its base IRI: " + err.Error()}
	}
	s.m, s.version = m, v
	if v < schemaVersion && !readOnly {
		return s.migrate(ctx)
	}
	return nil
}

// migrate brings the store's tables to schemaVersion in one transaction.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate store %s: %w", s.path, err)
	}
	defer tx.Rollback()
	// another process may have migrated it since check read the version
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'version'`).Scan(&v); err != nil {
		return fmt.Errorf("migrate store %s: %w", s.path, err)
	}
	for ; v < schemaVersion; v++ {
		for _, q := range migrations[v-1] {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("migrate store %s to schema version %d: %w", s.path, v+1, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'version'`, strconv.Itoa(schemaVersion)); err != nil {
		return fmt.Errorf("migrate store %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate store %s: %w", s.path, err)
	}
	s.version = schemaVersion
	return nil
}

// v2 returns col, a column schema version 2 added (a date or a class), or
// the empty string literal in a store of version 1, read-only, which has
// no such column: what its articles, sentences and statements were given.
func (s *Store) v2(col string) string {
	if s.version < 2 {
		return "''"
	}
	return col
}

// unreadable wraps an error reading a database that claims to be SQLite.
func (s *Store) unreadable(err error) error {
	return fmt.Errorf("read store %s: %w", s.path, err)
}

func firstLine(q string) string {
	for i, r := range q {
		if r == '\n' || r == '(' {
			return q[:i]
		}
	}
	return q
}

// Path returns the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Minter returns the minter of the store's IRIs: its base is the one the
// store was created with.
func (s *Store) Minter() graph.Minter { return s.m }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// IntegrityCheck runs SQLite's integrity check and returns its findings,
// nil when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var l string
		if err := rows.Scan(&l); err != nil {
			return nil, s.unreadable(err)
		}
		if l != "ok" {
			out = append(out, l)
		}
	}
	return out, rows.Err()
}

// Counts is the size of a store.
type Counts struct {
	Articles, Actors, Statements, Sentences int
}

// Counts counts what the store holds.
func (s *Store) Counts(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM actors),
		(SELECT count(*) FROM statements), (SELECT count(*) FROM sentences)`).
		Scan(&c.Articles, &c.Actors, &c.Statements, &c.Sentences)
	if err != nil {
		return Counts{}, s.unreadable(err)
	}
	return c, nil
}

// HasArticle reports whether the store holds the article with the given
// ID (graph.ArticleID).
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE hash = ?`, id).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, s.unreadable(err)
	}
	return true, nil
}
