package store

import (
	"context"
	"database/sql"
	"slices"

	"github.com/actorgraph/actorgraph/graph"
)

// Filter selects statements by their class (see graph.Relation.Class)
// and date (the date of the sentence that states them, "" when undated).
type Filter func(class, date string) bool

// Dataset returns part of the store's graph for a map, as graph.Decode
// would read it from the exported quads, without the evidence sentences
// and aliases: the actors keep (every actor when keep is nil) and the
// statements between them that filter accepts (all when it is nil), of
// the relations stated at least minSupport times (counting, with a
// filter, only the statements it accepts). Each statement's graph label is
// the sentence that states it; it carries its class and date.
func (s *Store) Dataset(ctx context.Context, keep []ActorID, minSupport int, filter Filter) (*graph.Dataset, error) {
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
	preds, err := s.predicateIRIs(ctx, tx)
	if err != nil {
		return nil, err
	}
	// the statements of every kept actor as subject, to kept objects
	q := `SELECT st.object, st.predicate, ar.hash, st.sentence, ` + s.v2("st.class") + `, ` + s.v2("coalesce(se.date, '')") + `
		FROM statements st JOIN articles ar ON ar.id = st.article
		LEFT JOIN sentences se ON se.article = st.article AND se.n = st.sentence`
	if filter == nil {
		q += ` JOIN edges e ON e.subject = st.subject AND e.object = st.object AND e.predicate = st.predicate
		WHERE st.subject = ?1 AND e.statements >= ?2`
	} else {
		q += ` WHERE st.subject = ?1`
	}
	st, err := tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer st.Close()
	subjects := make([]ActorID, 0, len(iris))
	for id := range iris {
		subjects = append(subjects, id)
	}
	slices.Sort(subjects)
	type relation struct {
		subj, obj ActorID
		pred      int64
	}
	support := map[relation]int{}
	var rels []relation
	for _, subj := range subjects {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		args := []any{int64(subj)}
		if filter == nil {
			args = append(args, minSupport)
		}
		rows, err := st.QueryContext(ctx, args...)
		if err != nil {
			return nil, s.unreadable(err)
		}
		for rows.Next() {
			var obj ActorID
			var pred int64
			var hash, class, date string
			var n int
			if err := rows.Scan(&obj, &pred, &hash, &n, &class, &date); err != nil {
				rows.Close()
				return nil, s.unreadable(err)
			}
			oiri, ok := iris[obj]
			if !ok || filter != nil && !filter(class, date) {
				continue
			}
			r := relation{subj, obj, pred}
			support[r]++
			rels = append(rels, r)
			d.Statements = append(d.Statements, graph.Statement{
				Subject: iris[subj], Object: oiri, Predicate: preds[pred], Graph: s.m.Sentence(hash, n),
				Class: class, Date: date,
			})
		}
		if err := closeRows(rows); err != nil {
			return nil, s.unreadable(err)
		}
	}
	if filter != nil && minSupport > 1 {
		k := 0
		for i, r := range rels {
			if support[r] >= minSupport {
				d.Statements[k] = d.Statements[i]
				k++
			}
		}
		d.Statements = d.Statements[:k]
	}
	return d, nil
}

// predicateIRIs returns every predicate's IRI by ID, read in tx.
func (s *Store) predicateIRIs(ctx context.Context, tx *sql.Tx) (map[int64]graph.IRI, error) {
	names, err := s.predicates(ctx, tx)
	if err != nil {
		return nil, err
	}
	iris := make(map[int64]graph.IRI, len(names))
	for id, name := range names {
		iris[id] = s.m.Predicate(graph.Predicate(name))
	}
	return iris, nil
}

// DatedStatements returns the dated statements that have the actor id as
// subject or object and that filter accepts (all when it is nil): a
// timeline of the actor. It gives them as graph.Decode
// would read them from the exported quads: the actors they link (without
// aliases), the statements, each with its class, date and sentence, and
// those sentences, each with its text, offsets and date. The statements
// come by article, sentence, subject, predicate and object.
func (s *Store) DatedStatements(ctx context.Context, id ActorID, filter Filter) (*graph.Dataset, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer tx.Rollback()
	preds, err := s.predicateIRIs(ctx, tx)
	if err != nil {
		return nil, err
	}
	// the actor's statements, dated: from its sentences' dates, or in a
	// store of version 3 from the statement indexes, which hold them
	from, dated := `statements st`, `(st.subject = ?1 OR st.object = ?1) AND `+s.v2("se.date")+` <> ''`
	if s.version >= 3 {
		from = `(SELECT article, sentence, subject, predicate, object, class FROM statements WHERE subject = ?1 AND date <> ''
			UNION ALL SELECT article, sentence, subject, predicate, object, class FROM statements WHERE object = ?1 AND date <> '') st`
		dated = `true`
	}
	rows, err := tx.QueryContext(ctx, `SELECT ar.hash, st.sentence, st.subject, sa.iri, sa.label, sa.type, st.predicate,
			st.object, oa.iri, oa.label, oa.type, `+s.v2("st.class")+`, se.text, se.begin_index, se.end_index, `+s.v2("se.date")+`
		FROM `+from+`
		JOIN actors sa ON sa.id = st.subject JOIN actors oa ON oa.id = st.object
		JOIN articles ar ON ar.id = st.article
		JOIN sentences se ON se.article = st.article AND se.n = st.sentence
		WHERE `+dated+`
		ORDER BY st.article, st.sentence, st.subject, st.predicate, st.object`, int64(id))
	if err != nil {
		return nil, s.unreadable(err)
	}
	d := &graph.Dataset{Sentences: map[graph.IRI]graph.Evidence{}}
	seen := map[graph.IRI]bool{}
	addActor := func(iri graph.IRI, label, typ string) {
		if !seen[iri] {
			seen[iri] = true
			d.Actors = append(d.Actors, graph.ActorNode{IRI: iri, Label: label, Type: parseType(typ)})
		}
	}
	for rows.Next() {
		var hash, siri, slabel, styp, oiri, olabel, otyp, class string
		var n int
		var subj, obj, pred int64
		var ev graph.Evidence
		if err := rows.Scan(&hash, &n, &subj, &siri, &slabel, &styp, &pred, &obj, &oiri, &olabel, &otyp,
			&class, &ev.Text, &ev.Start, &ev.End, &ev.Date); err != nil {
			rows.Close()
			return nil, s.unreadable(err)
		}
		if filter != nil && !filter(class, ev.Date) {
			continue
		}
		addActor(graph.IRI(siri), slabel, styp)
		addActor(graph.IRI(oiri), olabel, otyp)
		sent := s.m.Sentence(hash, n)
		ev.Article = s.m.Article(hash)
		d.Sentences[sent] = ev
		d.Statements = append(d.Statements, graph.Statement{
			Subject: graph.IRI(siri), Predicate: preds[pred], Object: graph.IRI(oiri), Graph: sent, Class: class, Date: ev.Date,
		})
	}
	if err := closeRows(rows); err != nil {
		return nil, s.unreadable(err)
	}
	return d, nil
}
