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
// what they hold.
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
