package store

import (
	"context"
	"database/sql"
	"fmt"
	"iter"

	"github.com/actorgraph/actorgraph/graph"
)

// Quads yields the store's graph as quads, in the order graph.Encode gives
// for its articles in the order they were added: every actor's
// description by IRI (graph.DescribeActor), then article by article (see
// graph.EncodeArticleIRIs). The articles of one build, exported, are the
// same quads, in the same order, as the N-Quads that build writes. An
// error ends the sequence. The quads come from one snapshot: a batch
// committed meanwhile is not seen.
func (s *Store) Quads(ctx context.Context) iter.Seq2[graph.Quad, error] {
	return func(yield func(graph.Quad, error) bool) {
		tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
		if err != nil {
			yield(graph.Quad{}, s.unreadable(err))
			return
		}
		defer tx.Rollback()
		if err := s.actorQuads(ctx, tx, yield); err != nil {
			if err != errStop {
				yield(graph.Quad{}, s.unreadable(err))
			}
			return
		}
		if err := s.articleQuads(ctx, tx, yield); err != nil && err != errStop {
			yield(graph.Quad{}, s.unreadable(err))
		}
	}
}

// errStop says the consumer of Quads stopped.
var errStop = fmt.Errorf("stopped")

func (s *Store) actorQuads(ctx context.Context, tx *sql.Tx, yield func(graph.Quad, error) bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.iri, a.label, a.type, al.alias
		FROM actors a LEFT JOIN aliases al ON al.actor = a.id ORDER BY a.iri, al.alias`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var cur Actor
	flush := func() bool {
		if cur.ID == 0 {
			return true
		}
		for _, q := range graph.DescribeActor(cur.IRI, graph.Actor{Name: cur.Label, Type: cur.Type, Aliases: cur.Aliases}) {
			if !yield(q, nil) {
				return false
			}
		}
		return true
	}
	for rows.Next() {
		var id int64
		var iri, label, typ string
		var alias sql.NullString
		if err := rows.Scan(&id, &iri, &label, &typ, &alias); err != nil {
			return err
		}
		if ActorID(id) != cur.ID {
			if !flush() {
				return errStop
			}
			cur = Actor{ID: ActorID(id), IRI: graph.IRI(iri), Label: label, Type: parseType(typ)}
		}
		if alias.Valid {
			cur.Aliases = append(cur.Aliases, alias.String)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if !flush() {
		return errStop
	}
	return nil
}

func (s *Store) articleQuads(ctx context.Context, tx *sql.Tx, yield func(graph.Quad, error) bool) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, hash, source, `+s.v2("date")+` FROM articles ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var a graph.Article
		if err := rows.Scan(&id, &a.ID, &a.Source, &a.Date); err != nil {
			return err
		}
		iris, err := s.readArticle(ctx, tx, id, &a)
		if err != nil {
			return err
		}
		for _, q := range graph.EncodeArticleIRIs(s.m, a, iris) {
			if !yield(q, nil) {
				return errStop
			}
		}
	}
	return rows.Err()
}

// readArticle fills a with the mentions, sentences and relations of the
// stored article id, and returns the IRIs of a.Actors.
func (s *Store) readArticle(ctx context.Context, tx *sql.Tx, id int64, a *graph.Article) ([]graph.IRI, error) {
	var iris []graph.IRI
	index := map[int64]graph.ActorID{}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.iri, a.label FROM mentions m JOIN actors a ON a.id = m.actor WHERE m.article = ?`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var actor int64
		var iri, label string
		if err := rows.Scan(&actor, &iri, &label); err != nil {
			rows.Close()
			return nil, err
		}
		index[actor] = graph.ActorID(len(a.Actors))
		a.Actors = append(a.Actors, graph.Actor{Name: label})
		iris = append(iris, graph.IRI(iri))
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT n, text, begin_index, end_index, `+s.v2("date")+` FROM sentences WHERE article = ? ORDER BY n`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var n int
		var sent graph.Sentence
		if err := rows.Scan(&n, &sent.Text, &sent.Start, &sent.End, &sent.Date); err != nil {
			rows.Close()
			return nil, err
		}
		for len(a.Sentences) < n {
			a.Sentences = append(a.Sentences, graph.Sentence{})
		}
		a.Sentences[n-1] = sent
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT st.subject, p.name, st.object, st.sentence, `+s.v2("st.class")+`
		FROM statements st JOIN predicates p ON p.id = st.predicate WHERE st.article = ?`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var subj, obj int64
		var pred, class string
		var n int
		if err := rows.Scan(&subj, &pred, &obj, &n, &class); err != nil {
			rows.Close()
			return nil, err
		}
		si, ok1 := index[subj]
		oi, ok2 := index[obj]
		if !ok1 || !ok2 {
			rows.Close()
			return nil, fmt.Errorf("article %s: a statement links an actor the article does not mention", a.ID)
		}
		a.Relations = append(a.Relations, graph.Relation{Subject: si, Object: oi, Predicate: graph.Predicate(pred), Sentence: n - 1, Class: class})
	}
	return iris, closeRows(rows)
}

// eachRow scans every row of rows into dest and calls each after it; it
// closes rows and returns the first error.
func eachRow(rows *sql.Rows, each func(), dest ...any) error {
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return err
		}
		each()
	}
	return closeRows(rows)
}

func closeRows(rows *sql.Rows) error {
	err := rows.Err()
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return err
}
