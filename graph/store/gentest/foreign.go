package gentest

import (
	"context"
	"database/sql"
	"net/url"

	_ "modernc.org/sqlite" // the SQLite driver the store uses
)

// ForeignDatabase creates at path an SQLite database of another program:
// one table of notes, none of a store's.
func ForeignDatabase(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path}).String())
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('kept')`)
	return err
}
