package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/namefold"
)

// ActorID identifies an actor of a store; IDs grow with the order actors
// were added in.
type ActorID int64

// Actor is an actor as a store holds it.
type Actor struct {
	ID  ActorID
	IRI graph.IRI
	// Label is the actor's name: unique in the store.
	Label string
	Type  graph.ActorType
	// Aliases, sorted, are filled only by the methods that say so.
	Aliases []string
}

// Batch is one write transaction: everything it adds is in the store after
// Commit, and nothing of it after Rollback, or after the process dies
// before Commit returns. A Batch is not safe for concurrent use; while it
// is open, its store is used only through it (the store's other methods
// wait for it to end).
type Batch struct {
	s     *Store
	ctx   context.Context
	tx    *sql.Tx
	added string
	stmts map[string]*sql.Stmt
}

// Begin starts a batch. It waits (up to ten seconds) while another process
// writes to the store.
func (s *Store) Begin(ctx context.Context) (*Batch, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("write store %s: %w", s.path, err)
	}
	return &Batch{s: s, ctx: ctx, tx: tx, added: time.Now().UTC().Format(time.RFC3339), stmts: map[string]*sql.Stmt{}}, nil
}

// Commit makes the batch part of the store.
func (b *Batch) Commit() error {
	b.closeStmts()
	if err := b.tx.Commit(); err != nil {
		return b.fail(err)
	}
	return nil
}

// Rollback discards the batch; after Commit it does nothing.
func (b *Batch) Rollback() error {
	b.closeStmts()
	err := b.tx.Rollback()
	if errors.Is(err, sql.ErrTxDone) {
		return nil
	}
	return err
}

func (b *Batch) closeStmts() {
	for _, st := range b.stmts {
		st.Close()
	}
	clear(b.stmts)
}

// stmt returns the prepared statement for q.
func (b *Batch) stmt(q string) (*sql.Stmt, error) {
	if st, ok := b.stmts[q]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(b.ctx, q)
	if err != nil {
		return nil, b.fail(err)
	}
	b.stmts[q] = st
	return st, nil
}

func (b *Batch) exec(q string, args ...any) (sql.Result, error) {
	st, err := b.stmt(q)
	if err != nil {
		return nil, err
	}
	r, err := st.ExecContext(b.ctx, args...)
	if err != nil {
		return nil, b.fail(err)
	}
	return r, nil
}

// fail wraps an error writing the batch. When the batch's context has
// ended, database/sql rolls the transaction back and closes its
// statements: the error of a statement then is "statement is closed", and
// the context's error is the cause to report.
func (b *Batch) fail(err error) error {
	if cerr := b.ctx.Err(); cerr != nil {
		err = cerr
	}
	return fmt.Errorf("write store %s: %w", b.s.path, err)
}

const actorColumns = `id, iri, label, type`

func scanActor(sc interface{ Scan(...any) error }) (Actor, error) {
	var a Actor
	var iri, typ string
	if err := sc.Scan(&a.ID, &iri, &a.Label, &typ); err != nil {
		return Actor{}, err
	}
	a.IRI = graph.IRI(iri)
	a.Type = parseType(typ)
	return a, nil
}

func parseType(s string) graph.ActorType {
	t, err := graph.ParseActorType(s)
	if err != nil {
		return graph.Unknown
	}
	return t
}

// actorWhere returns the one actor the query finds, or false.
func (b *Batch) actorWhere(q string, args ...any) (Actor, bool, error) {
	st, err := b.stmt(`SELECT ` + actorColumns + ` FROM actors WHERE ` + q)
	if err != nil {
		return Actor{}, false, err
	}
	a, err := scanActor(st.QueryRowContext(b.ctx, args...))
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return Actor{}, false, nil
	case err != nil:
		return Actor{}, false, b.fail(err)
	}
	return a, true, nil
}

// ActorByLabel returns the actor labelled label (cleaned, see
// graph.CleanName), or false.
func (b *Batch) ActorByLabel(label string) (Actor, bool, error) {
	return b.actorWhere(`label = ?`, graph.CleanName(label))
}

// ActorByIRI returns the actor with the given IRI, or false.
func (b *Batch) ActorByIRI(iri graph.IRI) (Actor, bool, error) {
	return b.actorWhere(`iri = ?`, string(iri))
}

// ActorsNamed returns the actors of type t, with IDs up to upTo, labelled
// name or going by the alias name (cleaned, see graph.CleanName), by ID.
func (b *Batch) ActorsNamed(name string, t graph.ActorType, upTo ActorID) ([]Actor, error) {
	name = graph.CleanName(name)
	st, err := b.stmt(`SELECT ` + actorColumns + ` FROM actors WHERE type = ?1 AND id <= ?2 AND
		(label = ?3 OR id IN (SELECT actor FROM aliases WHERE alias = ?3)) ORDER BY id`)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(b.ctx, t.String(), int64(upTo), name)
	if err != nil {
		return nil, b.fail(err)
	}
	defer rows.Close()
	var out []Actor
	for rows.Next() {
		a, err := scanActor(rows)
		if err != nil {
			return nil, b.fail(err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, b.fail(err)
	}
	return out, nil
}

// AddActor adds an actor under iri, labelled a.Name, with a's type and
// aliases, names cleaned (see graph.CleanName). The IRI and the label
// must be new to the store.
func (b *Batch) AddActor(iri graph.IRI, a graph.Actor) (Actor, error) {
	label := graph.CleanName(a.Name)
	r, err := b.exec(`INSERT INTO actors(iri, label, type) VALUES (?, ?, ?)`, string(iri), label, a.Type.String())
	if err != nil {
		return Actor{}, err
	}
	id, err := r.LastInsertId()
	if err != nil {
		return Actor{}, b.fail(err)
	}
	act := Actor{ID: ActorID(id), IRI: iri, Label: label, Type: a.Type}
	if err := b.indexLabel(act.ID, label); err != nil {
		return Actor{}, err
	}
	if err := b.AddAliases(act.ID, label, a.Aliases); err != nil {
		return Actor{}, err
	}
	return act, nil
}

// indexLabel records the folded label and its words for lookups.
func (b *Batch) indexLabel(id ActorID, label string) error {
	if _, err := b.exec(`INSERT OR IGNORE INTO names(key, actor) VALUES (?, ?)`, namefold.Key(label), int64(id)); err != nil {
		return err
	}
	for _, w := range namefold.Words(label) {
		if _, err := b.exec(`INSERT OR IGNORE INTO words(word, actor) VALUES (?, ?)`, w, int64(id)); err != nil {
			return err
		}
	}
	return nil
}

// AddAliases adds aliases to the actor id labelled label, cleaned, without
// the empty ones and the label.
func (b *Batch) AddAliases(id ActorID, label string, aliases []string) error {
	for _, al := range aliases {
		al = graph.CleanName(al)
		if al == "" || al == label {
			continue
		}
		r, err := b.exec(`INSERT OR IGNORE INTO aliases(actor, alias) VALUES (?, ?)`, int64(id), al)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			continue
		}
		if _, err := b.exec(`INSERT OR IGNORE INTO names(key, actor) VALUES (?, ?)`, namefold.Key(al), int64(id)); err != nil {
			return err
		}
	}
	return nil
}

// Relabel gives actor a the label label, which no other actor has; its
// old label becomes an alias, and its IRI stays.
func (b *Batch) Relabel(a Actor, label string) error {
	label = graph.CleanName(label)
	if label == a.Label {
		return nil
	}
	if _, err := b.exec(`UPDATE actors SET label = ? WHERE id = ?`, label, int64(a.ID)); err != nil {
		return err
	}
	if _, err := b.exec(`DELETE FROM aliases WHERE actor = ? AND alias = ?`, int64(a.ID), label); err != nil {
		return err
	}
	if _, err := b.exec(`DELETE FROM words WHERE actor = ?`, int64(a.ID)); err != nil {
		return err
	}
	if err := b.indexLabel(a.ID, label); err != nil {
		return err
	}
	return b.AddAliases(a.ID, label, []string{a.Label})
}

// AddArticle adds an article whose actors are the store's actors ids:
// ids[i] is a.Actors[i]. The article is recorded with its source, date,
// its mentions, and the relations graph.EncodeArticleIRIs would write, with
// their classes and the sentences (and dates) that state them. Of two
// relations of one sentence between the same actors by the same predicate,
// the first is kept, with its class. An article whose ID the store holds already
// is not added again: AddArticle reports false.
func (b *Batch) AddArticle(a graph.Article, ids []ActorID) (bool, error) {
	if len(ids) != len(a.Actors) {
		return false, fmt.Errorf("store: article %s has %d actors, given %d IDs", a.ID, len(a.Actors), len(ids))
	}
	r, err := b.exec(`INSERT OR IGNORE INTO articles(hash, source, added, date) VALUES (?, ?, ?, ?)`, a.ID, a.Source, b.added, a.Date)
	if err != nil {
		return false, err
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return false, nil
	}
	art, err := r.LastInsertId()
	if err != nil {
		return false, b.fail(err)
	}
	mentioned := slices.Clone(ids)
	slices.Sort(mentioned)
	for _, id := range slices.Compact(mentioned) {
		if _, err := b.exec(`INSERT INTO mentions(article, actor) VALUES (?, ?)`, art, int64(id)); err != nil {
			return false, err
		}
	}
	used := map[int]bool{}
	for _, rel := range a.Relations {
		if rel.Subject < 0 || int(rel.Subject) >= len(ids) || rel.Object < 0 || int(rel.Object) >= len(ids) ||
			ids[rel.Subject] == ids[rel.Object] || rel.Predicate == "" || rel.Sentence < 0 || rel.Sentence >= len(a.Sentences) {
			continue
		}
		pred, err := b.predicate(string(rel.Predicate))
		if err != nil {
			return false, err
		}
		subj, obj := int64(ids[rel.Subject]), int64(ids[rel.Object])
		r, err := b.exec(`INSERT OR IGNORE INTO statements(subject, predicate, object, article, sentence, class, date) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			subj, pred, obj, art, rel.Sentence+1, rel.Class, a.Sentences[rel.Sentence].Date)
		if err != nil {
			return false, err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			continue
		}
		if _, err := b.exec(`INSERT INTO edges(subject, object, predicate, statements) VALUES (?, ?, ?, 1)
			ON CONFLICT DO UPDATE SET statements = statements + 1`, subj, obj, pred); err != nil {
			return false, err
		}
		used[rel.Sentence] = true
	}
	for i, s := range a.Sentences {
		if !used[i] {
			continue
		}
		if _, err := b.exec(`INSERT INTO sentences(article, n, text, begin_index, end_index, date) VALUES (?, ?, ?, ?, ?, ?)`,
			art, i+1, s.Text, s.Start, s.End, s.Date); err != nil {
			return false, err
		}
	}
	return true, nil
}

// predicate returns the ID of the predicate named name, adding it when new.
func (b *Batch) predicate(name string) (int64, error) {
	st, err := b.stmt(`SELECT id FROM predicates WHERE name = ?`)
	if err != nil {
		return 0, err
	}
	var id int64
	err = st.QueryRowContext(b.ctx, name).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, b.fail(err)
	}
	r, err := b.exec(`INSERT INTO predicates(name) VALUES (?)`, name)
	if err != nil {
		return 0, err
	}
	id, err = r.LastInsertId()
	if err != nil {
		return 0, b.fail(err)
	}
	return id, nil
}

// LastActorID returns the highest actor ID in the store, 0 when it holds
// no actor: the actors a run finds in the store are those up to it.
func (s *Store) LastActorID(ctx context.Context) (ActorID, error) {
	var id sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT max(id) FROM actors`).Scan(&id); err != nil {
		return 0, s.unreadable(err)
	}
	return ActorID(id.Int64), nil
}

// Actors calls each with every actor of type t, by ID, without aliases.
// each must not use the store: the query holds its connection.
func (s *Store) Actors(ctx context.Context, t graph.ActorType, each func(Actor) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+actorColumns+` FROM actors WHERE type = ? ORDER BY id`, t.String())
	if err != nil {
		return s.unreadable(err)
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanActor(rows)
		if err != nil {
			return s.unreadable(err)
		}
		if err := each(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return s.unreadable(err)
	}
	return nil
}
