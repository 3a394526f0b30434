package store

import (
	"context"
	"database/sql"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Dataset returns part of the store's graph for a map, as graph.Decode
// would read it from the exported quads, without the evidence sentences
// and aliases: the actors keep (every actor when keep is nil) and the
// statements between them of the relations stated at least minSupport
// times. Each statement's graph label is the sentence that states it.
func (s *Store) Dataset(ctx context.Context, keep []ActorID, minSupport int) (*graph.Dataset, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer tx.Rollback()
	d := &graph.Dataset{Sentences: map[graph.IRI]graph.Evidence{}}
	iris := map[ActorID]graph.IRI{}
	addActor := func(sc interface{ Scan(...any) error }) error {
		a, err := scanActor(sc)
		if err != nil {
			return err
		}
		iris[a.ID] = a.IRI
		d.Actors = append(d.Actors, graph.ActorNode{IRI: a.IRI, Label: a.Label, Type: a.Type})
		return nil
	}
	if keep == nil {
		rows, err := tx.QueryContext(ctx, `SELECT `+actorColumns+` FROM actors ORDER BY iri`)
		if err != nil {
			return nil, s.unreadable(err)
		}
		for rows.Next() {
			if err := addActor(rows); err != nil {
				rows.Close()
				return nil, s.unreadable(err)
			}
		}
		if err := closeRows(rows); err != nil {
			return nil, s.unreadable(err)
		}
	} else {
		st, err := tx.PrepareContext(ctx, `SELECT `+actorColumns+` FROM actors WHERE id = ?`)
		if err != nil {
			return nil, s.unreadable(err)
		}
		defer st.Close()
		keep = slices.Clone(keep)
		slices.Sort(keep)
		for _, id := range slices.Compact(keep) {
			if err := addActor(st.QueryRowContext(ctx, int64(id))); err != nil && err != sql.ErrNoRows {
				return nil, s.unreadable(err)
			}
		}
	}
	preds, err := s.predicatesTx(ctx, tx)
	if err != nil {
		return nil, err
	}
	// the statements of every kept actor as subject, to kept objects
	st, err := tx.PrepareContext(ctx, `SELECT st.object, st.predicate, ar.hash, st.sentence
		FROM statements st JOIN articles ar ON ar.id = st.article
		JOIN edges e ON e.subject = st.subject AND e.object = st.object AND e.predicate = st.predicate
		WHERE st.subject = ? AND e.statements >= ?`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer st.Close()
	for subj, siri := range iris {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rows, err := st.QueryContext(ctx, int64(subj), minSupport)
		if err != nil {
			return nil, s.unreadable(err)
		}
		for rows.Next() {
			var obj ActorID
			var pred int64
			var hash string
			var n int
			if err := rows.Scan(&obj, &pred, &hash, &n); err != nil {
				rows.Close()
				return nil, s.unreadable(err)
			}
			oiri, ok := iris[obj]
			if !ok {
				continue
			}
			d.Statements = append(d.Statements, graph.Statement{
				Subject: siri, Object: oiri, Predicate: preds[pred], Graph: s.m.Sentence(hash, n),
			})
		}
		if err := closeRows(rows); err != nil {
			return nil, s.unreadable(err)
		}
	}
	return d, nil
}

// predicatesTx returns every predicate's IRI by ID.
func (s *Store) predicatesTx(ctx context.Context, tx *sql.Tx) (map[int64]graph.IRI, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name FROM predicates`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	preds := map[int64]graph.IRI{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			rows.Close()
			return nil, s.unreadable(err)
		}
		preds[id] = s.m.Predicate(graph.Predicate(name))
	}
	if err := closeRows(rows); err != nil {
		return nil, s.unreadable(err)
	}
	return preds, nil
}
