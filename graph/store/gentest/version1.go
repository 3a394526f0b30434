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
// by support (and DowngradeTo2 first).
func Downgrade(ctx context.Context, path string) error {
	if err := DowngradeTo2(ctx, path); err != nil {
		return err
	}
	return exec(ctx, path,
		`ALTER TABLE articles DROP COLUMN date`,
		`ALTER TABLE sentences DROP COLUMN date`,
		`ALTER TABLE statements DROP COLUMN class`,
		`DROP INDEX edges_subject_support`,
		`DROP INDEX edges_object_support`,
		`CREATE INDEX edges_object ON edges(object, subject, predicate, statements)`,
		`UPDATE meta SET value = '1' WHERE key = 'version'`,
	)
}

// DowngradeTo2 makes the store at path, closed, a store of schema version
// 2: without the statements' copy of their sentence's date, and with
// statement indexes that cover neither class nor date.
func DowngradeTo2(ctx context.Context, path string) error {
	return exec(ctx, path,
		`DROP INDEX statements_subject`,
		`DROP INDEX statements_object`,
		`ALTER TABLE statements DROP COLUMN date`,
		`CREATE INDEX statements_subject ON statements(subject, predicate, object)`,
		`CREATE INDEX statements_object ON statements(object, predicate, subject)`,
		`UPDATE meta SET value = '2' WHERE key = 'version'`,
	)
}

// exec runs the queries on the database at path.
func exec(ctx context.Context, path string, queries ...string) error {
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path}).String())
	if err != nil {
		return err
	}
	defer db.Close()
	for _, q := range queries {
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
