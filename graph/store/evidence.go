package store

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// evidence reads the sentences that state each relation of ns (those
// filter accepts), at most max of each when max is above zero, and its
// class: the first that one of them has, in their order, up to the
// sentence after the last read.
//
// The sentences are in the order of Neighbor.Evidence, by article IRI
// first, and so by hash (an article IRI ends in it). The statement index
// gives each statement's article, sentence number, class and date, so
// that a hub's relations stated thousands of times read the hashes of
// their articles, all at once in the order of the articles table, and
// only the sentences they give, also at once.
func (s *Store) evidence(ctx context.Context, ns []Neighbor, filter Filter, max int) error {
	if s.version < 3 {
		for i := range ns {
			if err := s.evidenceJoined(ctx, &ns[i], filter, max); err != nil {
				return err
			}
		}
		return nil
	}
	refs, err := s.statementRefs(ctx, ns, filter)
	if err != nil {
		return err
	}
	// the sentences the relations give unless a duplicate is skipped: the
	// articles of max+1 statements, whole
	want := map[sentenceKey]*graph.Evidence{}
	for _, rs := range refs {
		for i := range rs {
			if max > 0 && i > max && rs[i].hash != rs[i-1].hash {
				break
			}
			want[rs[i].sentenceKey] = nil
		}
	}
	if err := s.sentences(ctx, want); err != nil {
		return err
	}
	for i := range ns {
		if err := s.pickEvidence(ctx, &ns[i], refs[i], want, max); err != nil {
			return err
		}
	}
	return nil
}

// sentenceKey is a sentence's place in the sentences table.
type sentenceKey struct{ article, n int64 }

// statementRef is one statement of a relation: its sentence, its class
// and the hash of its article.
type statementRef struct {
	sentenceKey
	hash  string
	class string
}

// statementRefs returns the statements of each relation of ns that
// filter accepts, by article hash.
func (s *Store) statementRefs(ctx context.Context, ns []Neighbor, filter Filter) ([][]statementRef, error) {
	st, err := s.db.PrepareContext(ctx, `SELECT article, sentence, class, date FROM statements WHERE subject = ? AND predicate = ? AND object = ?`)
	if err != nil {
		return nil, s.unreadable(err)
	}
	defer st.Close()
	refs := make([][]statementRef, len(ns))
	hashes := map[int64]string{}
	for i, n := range ns {
		subj, obj := n.Via.ID, n.Node.ID
		if n.Direction == graph.In {
			subj, obj = obj, subj
		}
		rows, err := st.QueryContext(ctx, int64(subj), n.pred, int64(obj))
		if err != nil {
			return nil, s.unreadable(err)
		}
		var r statementRef
		var date string
		if err := eachRow(rows, func() {
			if filter == nil || filter(r.class, date) {
				refs[i] = append(refs[i], r)
				hashes[r.article] = ""
			}
		}, &r.article, &r.n, &r.class, &date); err != nil {
			return nil, s.unreadable(err)
		}
	}
	if len(hashes) == 0 {
		return refs, nil
	}
	// in the order of the table, so that each of its pages is read once
	ids := make([]int64, 0, len(hashes))
	for id := range hashes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.hash FROM json_each(?) j JOIN articles a ON a.id = j.value`, jsonInts(ids))
	if err != nil {
		return nil, s.unreadable(err)
	}
	var id int64
	var hash string
	if err := eachRow(rows, func() { hashes[id] = hash }, &id, &hash); err != nil {
		return nil, s.unreadable(err)
	}
	for _, rs := range refs {
		for i := range rs {
			rs[i].hash = hashes[rs[i].article]
		}
		slices.SortFunc(rs, func(a, b statementRef) int { return strings.Compare(a.hash, b.hash) })
	}
	return refs, nil
}

// sentences reads the sentences of want into it.
func (s *Store) sentences(ctx context.Context, want map[sentenceKey]*graph.Evidence) error {
	if len(want) == 0 {
		return nil
	}
	keys := slices.SortedFunc(maps.Keys(want), func(a, b sentenceKey) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.n, b.n))
	})
	var list strings.Builder
	list.WriteByte('[')
	for i, k := range keys {
		if i > 0 {
			list.WriteByte(',')
		}
		fmt.Fprintf(&list, "[%d,%d]", k.article, k.n)
	}
	list.WriteByte(']')
	rows, err := s.db.QueryContext(ctx, `SELECT se.article, se.n, se.text, se.begin_index, se.end_index, se.date
		FROM json_each(?) j JOIN sentences se ON se.article = j.value->>0 AND se.n = j.value->>1`, list.String())
	if err != nil {
		return s.unreadable(err)
	}
	var k sentenceKey
	var ev graph.Evidence
	if err := eachRow(rows, func() {
		e := ev
		want[k] = &e
	}, &k.article, &k.n, &ev.Text, &ev.Start, &ev.End, &ev.Date); err != nil {
		return s.unreadable(err)
	}
	return nil
}

// pickEvidence gives n the first max sentences of its statements refs
// (all when max is 0 or less), article by article, taking them from read
// or, past those read, from the store.
func (s *Store) pickEvidence(ctx context.Context, n *Neighbor, refs []statementRef, read map[sentenceKey]*graph.Evidence, max int) error {
	type stated struct {
		ev    graph.Evidence
		class string
	}
	var group []stated
	for len(refs) > 0 {
		// the statements of one article, in the order of their sentences
		k := 1
		for k < len(refs) && refs[k].hash == refs[0].hash {
			k++
		}
		group = group[:0]
		for _, r := range refs[:k] {
			ev := read[r.sentenceKey]
			if ev == nil {
				more := map[sentenceKey]*graph.Evidence{r.sentenceKey: nil}
				if err := s.sentences(ctx, more); err != nil {
					return err
				}
				if ev = more[r.sentenceKey]; ev == nil {
					return s.unreadable(fmt.Errorf("sentence %d of article %d is missing", r.n, r.article))
				}
			}
			e := *ev
			e.Article = s.m.Article(r.hash)
			group = append(group, stated{e, r.class})
		}
		refs = refs[k:]
		slices.SortFunc(group, func(a, b stated) int {
			return cmp.Or(cmp.Compare(a.ev.Start, b.ev.Start), cmp.Compare(a.ev.End, b.ev.End), strings.Compare(a.ev.Text, b.ev.Text))
		})
		for _, st := range group {
			if n.Class == "" {
				n.Class = st.class
			}
			if k := len(n.Evidence); k > 0 && n.Evidence[k-1] == st.ev {
				continue
			}
			if max > 0 && len(n.Evidence) == max {
				return nil
			}
			n.Evidence = append(n.Evidence, st.ev)
		}
	}
	return nil
}

// jsonInts returns ids as a JSON array, for json_each.
func jsonInts(ids []int64) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.FormatInt(id, 10))
	}
	b.WriteByte(']')
	return b.String()
}

// evidenceJoined is evidence for a store of version 2 or 1, whose
// statements do not hold their date: it reads every sentence of the
// relation.
func (s *Store) evidenceJoined(ctx context.Context, n *Neighbor, filter Filter, max int) error {
	subj, obj := n.Via.ID, n.Node.ID
	if n.Direction == graph.In {
		subj, obj = obj, subj
	}
	// Article IRIs end in the article's hash, so this is the order of
	// Neighbor.Evidence, and the first max distinct sentences are read.
	rows, err := s.db.QueryContext(ctx, `SELECT ar.hash, se.text, se.begin_index, se.end_index, `+s.v2("se.date")+`, `+s.v2("st.class")+`
		FROM statements st
		JOIN sentences se ON se.article = st.article AND se.n = st.sentence
		JOIN articles ar ON ar.id = st.article
		WHERE st.subject = ? AND st.predicate = ? AND st.object = ?
		ORDER BY ar.hash, se.begin_index, se.end_index, se.text`, int64(subj), n.pred, int64(obj))
	if err != nil {
		return s.unreadable(err)
	}
	for rows.Next() {
		var hash, class string
		var ev graph.Evidence
		if err := rows.Scan(&hash, &ev.Text, &ev.Start, &ev.End, &ev.Date, &class); err != nil {
			rows.Close()
			return s.unreadable(err)
		}
		if filter != nil && !filter(class, ev.Date) {
			continue
		}
		if n.Class == "" {
			n.Class = class
		}
		ev.Article = s.m.Article(hash)
		if k := len(n.Evidence); k > 0 && n.Evidence[k-1] == ev {
			continue
		}
		if max > 0 && len(n.Evidence) == max {
			break
		}
		n.Evidence = append(n.Evidence, ev)
	}
	if err := closeRows(rows); err != nil {
		return s.unreadable(err)
	}
	return nil
}
