package lemma

import (
	"cmp"
	"slices"
)

// tagTable maps (form, tag) pairs to values with a map per tag: a lookup
// hashes a short string, where a map keyed by lemmaKey hashes a struct of
// two, and the rules find a tag's map once for all the endings of a word.
type tagTable[V any] map[string]map[string]V

// get returns the value of (form, tag).
func (t tagTable[V]) get(form, tag string) (V, bool) {
	v, ok := t[tag][form]
	return v, ok
}

// set sets the value of (form, tag).
func (t tagTable[V]) set(form, tag string, v V) {
	m := t[tag]
	if m == nil {
		m = map[string]V{}
		t[tag] = m
	}
	m[form] = v
}

// del removes (form, tag).
func (t tagTable[V]) del(form, tag string) { delete(t[tag], form) }

// keys returns the pairs of t sorted by form, then tag.
func (t tagTable[V]) keys() []lemmaKey {
	var keys []lemmaKey
	for tag, m := range t {
		for form := range m {
			keys = append(keys, lemmaKey{form, tag})
		}
	}
	sortLemmaKeys(keys)
	return keys
}

// sortLemmaKeys sorts keys by form, then tag.
func sortLemmaKeys(keys []lemmaKey) {
	slices.SortFunc(keys, func(a, b lemmaKey) int {
		return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.tag, b.tag))
	})
}
