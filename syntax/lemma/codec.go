package lemma

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/actorgraph/actorgraph/internal/perceptron"
)

// lemmaFormat identifies the lemmatizer's model files. Its fields are a
// zstd frame (a gzip stream in files written before).
var lemmaFormat = perceptron.Format{Magic: "AGLEMMA", Version: 2, Stream: perceptron.Zstd}

// maxLemmaEntries bounds each table of a lemmatizer model file.
const maxLemmaEntries = 1 << 22

// WriteTo writes the lemmatizer in its compact binary format and returns
// the number of bytes written. Tables are written in sorted order, so the
// same lemmatizer always gives the same bytes.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	n, err := perceptron.Write(w, lemmaFormat, func(m *perceptron.Writer) {
		tags := slices.Sorted(maps.Keys(l.rules.keepCase))
		index := map[string]int{}
		m.Uvarint(uint64(len(tags)))
		for i, t := range tags {
			index[t] = i
			m.String(t)
			keep := uint64(0)
			if l.rules.keepCase[t] {
				keep = 1
			}
			m.Uvarint(keep)
		}
		writeKeyed := func(keys []lemmaKey, value func(lemmaKey) string) {
			m.Uvarint(uint64(len(keys)))
			for _, k := range keys {
				m.String(k.form)
				m.Uvarint(uint64(index[k.tag]))
				m.String(value(k))
			}
		}
		writeKeyed(l.dict.keys(), func(k lemmaKey) string { v, _ := l.dict.get(k.form, k.tag); return v })
		writeKeyed(l.rules.bySuffix.keys(), func(k lemmaKey) string {
			r, _ := l.rules.bySuffix.get(k.form, k.tag)
			return r.strip + "\x00" + r.add
		})
		writeKeyed(l.rules.lowerSeen.keys(), func(lemmaKey) string { return "" })
		flag := uint64(0)
		if l.numberCommas {
			flag = 1
		}
		m.Uvarint(flag)
		for _, table := range []map[string]string{l.past, l.participle} {
			keys := slices.Sorted(maps.Keys(table))
			m.Uvarint(uint64(len(keys)))
			for _, k := range keys {
				m.String(k)
				m.String(table[k])
			}
		}
	})
	if err != nil {
		return n, fmt.Errorf("write lemmatizer: %w", err)
	}
	return n, nil
}

// Read reads a lemmatizer written by WriteTo.
func Read(r io.Reader) (*Lemmatizer, error) {
	l := &Lemmatizer{
		dict:       tagTable[string]{},
		rules:      lemmaRules{bySuffix: endingTables{}, keepCase: map[string]bool{}, lowerSeen: tagTable[bool]{}},
		past:       map[string]string{},
		participle: map[string]string{},
	}
	err := perceptron.Read(r, lemmaFormat, func(m *perceptron.Reader) {
		nt := m.Count(maxLemmaEntries, "tags")
		var tags []string
		for range nt {
			t, keep := m.String(), m.Uvarint()
			if m.Err() != nil {
				return
			}
			if keep > 1 {
				m.Fail("bad case flag %d", keep)
				return
			}
			tags = append(tags, t)
			l.rules.keepCase[t] = keep == 1
		}
		readKeyed := func(put func(k lemmaKey, v string)) {
			n := m.Count(maxLemmaEntries, "entries")
			for range n {
				form, ti, v := m.String(), m.Uvarint(), m.String()
				if m.Err() != nil {
					return
				}
				if ti >= uint64(len(tags)) {
					m.Fail("tag %d out of range", ti)
					return
				}
				put(lemmaKey{form, tags[ti]}, v)
			}
		}
		readKeyed(func(k lemmaKey, v string) { l.dict.set(k.form, k.tag, v) })
		readKeyed(func(k lemmaKey, v string) {
			strip, add, ok := cutByte(v, 0)
			if !ok || len(strip) > len(k.form) || k.form[len(k.form)-len(strip):] != strip {
				m.Fail("bad rule %q for ending %q", v, k.form)
				return
			}
			l.rules.bySuffix.set(k.form, k.tag, lemmaRule{strip: strip, add: add})
		})
		readKeyed(func(k lemmaKey, _ string) { l.rules.lowerSeen.set(k.form, k.tag, true) })
		switch m.Uvarint() {
		case 0:
		case 1:
			l.numberCommas = true
		default:
			m.Fail("bad number flag")
			return
		}
		for _, table := range []map[string]string{l.past, l.participle} {
			n := m.Count(maxLemmaEntries, "verbs")
			for range n {
				k, v := m.String(), m.String()
				if m.Err() != nil {
					return
				}
				table[k] = v
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read lemmatizer: %w", err)
	}
	return l, nil
}

// cutByte splits s around the first c.
func cutByte(s string, c byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
