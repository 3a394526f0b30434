package store

import (
	"context"
	"database/sql"
)

// MakeForeignDatabase creates an SQLite database of another program at
// path, for tests.
func MakeForeignDatabase(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('x')`)
	return err
}
