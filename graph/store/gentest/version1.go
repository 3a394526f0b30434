package gentest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
)

// Downgrade makes the store at path, closed, a store of schema version 1,
// as the first actorgraph with stores made it: without the columns of
// article and sentence dates and statement classes, which it drops with
// what they hold, and with its index of edges by object rather than those
// by support.
func Downgrade(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path}).String())
	if err != nil {
		return err
	}
	defer db.Close()
	for _, q := range []string{
		`ALTER TABLE articles DROP COLUMN date`,
		`ALTER TABLE sentences DROP COLUMN date`,
		`ALTER TABLE statements DROP COLUMN class`,
		`DROP INDEX edges_subject_support`,
		`DROP INDEX edges_object_support`,
		`CREATE INDEX edges_object ON edges(object, subject, predicate, statements)`,
		`UPDATE meta SET value = '1' WHERE key = 'version'`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("downgrade %s: %s: %w", path, q, err)
		}
	}
	return nil
}

// SchemaVersion returns the schema version the store at path records.
func SchemaVersion(ctx context.Context, path string) (string, error) {
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path}).String())
	if err != nil {
		return "", err
	}
	defer db.Close()
	var v string
	err = db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'version'`).Scan(&v)
	return v, err
}
