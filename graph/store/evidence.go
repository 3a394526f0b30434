package store

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// evidence reads the sentences that state n's relation (those filter
// accepts), at most max of them when max is above zero, and its class:
// the first that one of them has, in their order, up to the sentence after
// the last read.
//
// The sentences are in the order of Neighbor.Evidence, by article IRI
// first, and so by hash (an article IRI ends in it). The statement index
// gives each statement's article, sentence number, class and date, so
// that a hub's relation stated thousands of times reads the articles'
// hashes of them all, but only the sentences it gives, article by article.
func (s *Store) evidence(ctx context.Context, n *Neighbor, filter Filter, max int) error {
	if s.version < 3 {
		return s.evidenceJoined(ctx, n, filter, max)
	}
	subj, obj := n.Via.ID, n.Node.ID
	if n.Direction == graph.In {
		subj, obj = obj, subj
	}
	rows, err := s.db.QueryContext(ctx, `SELECT ar.hash, st.article, st.sentence, st.class, st.date
		FROM statements st JOIN articles ar ON ar.id = st.article
		WHERE st.subject = ? AND st.predicate = ? AND st.object = ?
		ORDER BY ar.hash`, int64(subj), n.pred, int64(obj))
	if err != nil {
		return s.unreadable(err)
	}
	type ref struct {
		hash              string
		article, sentence int64
		class             string
		ev                graph.Evidence
	}
	var refs []ref
	var r ref
	var date string
	if err := eachRow(rows, func() {
		if filter == nil || filter(r.class, date) {
			refs = append(refs, r)
		}
	}, &r.hash, &r.article, &r.sentence, &r.class, &date); err != nil {
		return s.unreadable(err)
	}
	if len(refs) == 0 {
		return nil
	}
	sentence, err := s.db.PrepareContext(ctx, `SELECT text, begin_index, end_index, date FROM sentences WHERE article = ? AND n = ?`)
	if err != nil {
		return s.unreadable(err)
	}
	defer sentence.Close()
	for len(refs) > 0 {
		// the statements of one article, in the order of their sentences
		k := 1
		for k < len(refs) && refs[k].hash == refs[0].hash {
			k++
		}
		group := refs[:k]
		refs = refs[k:]
		for i := range group {
			ev := &group[i].ev
			if err := sentence.QueryRowContext(ctx, group[i].article, group[i].sentence).Scan(&ev.Text, &ev.Start, &ev.End, &ev.Date); err != nil {
				return s.unreadable(err)
			}
			ev.Article = s.m.Article(group[i].hash)
		}
		slices.SortFunc(group, func(a, b ref) int {
			return cmp.Or(cmp.Compare(a.ev.Start, b.ev.Start), cmp.Compare(a.ev.End, b.ev.End), strings.Compare(a.ev.Text, b.ev.Text))
		})
		for _, r := range group {
			if n.Class == "" {
				n.Class = r.class
			}
			if k := len(n.Evidence); k > 0 && n.Evidence[k-1] == r.ev {
				continue
			}
			if max > 0 && len(n.Evidence) == max {
				return nil
			}
			n.Evidence = append(n.Evidence, r.ev)
		}
	}
	return nil
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
