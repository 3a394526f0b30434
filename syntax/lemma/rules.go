package lemma

import (
	"sort"
	"strings"
	"unicode"
)

// lemmaRule rewrites the end of a word into its lemma: strip is removed
// from the end, then add is appended ("studies" -> "study" is {"ies", "y"}).
type lemmaRule struct {
	strip, add string
}

// lemmaRules lemmatize unseen words. For each tag, and each word ending of
// up to maxLemmaSuffix bytes, they hold the rule most often right for the
// training words of that tag with that ending; a word takes the rule of its
// longest ending in the table.
type lemmaRules struct {
	bySuffix endingTables // key: (ending, tag)
	// keepCase holds the tags (proper nouns, say) whose lemmas keep the
	// form's letter case; the others are lemmatized from the lowercased form.
	keepCase map[string]bool
	// lowerSeen holds, for those tags, the words seen in lowercase: a
	// capitalised form of one ("Glad" as JJ) is lemmatized as lowercase.
	lowerSeen tagTable[bool]
}

// maxLemmaSuffix is the longest word ending the rules look at.
const maxLemmaSuffix = 7

// ruleFor returns the rule that rewrites src into lemma.
func ruleFor(src, lemma string) lemmaRule {
	p := 0
	for p < len(src) && p < len(lemma) && src[p] == lemma[p] {
		p++
	}
	return lemmaRule{strip: src[p:], add: lemma[p:]}
}

// rewrite applies r to src, which must end with r.strip.
func (r lemmaRule) rewrite(src string) string {
	return src[:len(src)-len(r.strip)] + r.add
}

// source returns the string the rules of tag work on.
func (r *lemmaRules) source(form, lower, tag string) string {
	if r.keepCase[tag] && !r.lowerSeen[tag][lower] {
		return form
	}
	return lower
}

// find returns the rule for src and tag: the rule of the longest ending of
// src in the table. It ignores the ending of length skip (skip < 0 for
// none), which lets training ask what the table says without an entry.
func (r *lemmaRules) find(src, tag string, skip int) (lemmaRule, bool) {
	t := r.bySuffix[tag]
	if t == nil {
		return lemmaRule{}, false
	}
	n := min(len(src), maxLemmaSuffix)
	var hs [maxLemmaSuffix + 1]uint64
	hs[0] = endingSeed
	for k := 1; k <= n; k++ {
		hs[k] = nextEndingHash(hs[k-1], src[len(src)-k])
	}
	for k := n; k >= 0; k-- {
		if k == skip || !t.mayHave(hs[k]) {
			continue
		}
		if rule, ok := t.rules[src[len(src)-k:]]; ok && strings.HasSuffix(src, rule.strip) {
			return rule, true
		}
	}
	return lemmaRule{}, false
}

// endingTables holds the rules of each tag's endings.
type endingTables map[string]*endingTable

// endingTable holds the rules of the endings of one tag and a filter of
// the endings: a bit per hash of an ending (endingHash), so that most of
// the endings that find looks up and the table lacks cost no map lookup.
type endingTable struct {
	rules  map[string]lemmaRule
	filter [endingFilterWords]uint64
}

// endingFilterWords is the size of an ending filter: with the few hundred
// endings a tag has, a few percent of absent endings pass it.
const endingFilterWords = 64

// endingSeed is the hash of the empty ending.
const endingSeed = 0xcbf2_9ce4_8422_2325

// nextEndingHash returns the hash of the ending one byte longer, c, than
// that of hash h: endings are hashed from their last byte back.
func nextEndingHash(h uint64, c byte) uint64 { return (h ^ uint64(c)) * 0x100_0000_01b3 }

// endingHash returns the hash of ending e.
func endingHash(e string) uint64 {
	h := uint64(endingSeed)
	for k := len(e) - 1; k >= 0; k-- {
		h = nextEndingHash(h, e[k])
	}
	return h
}

// filterBit returns the word and bit of the filter of hash h.
func filterBit(h uint64) (int, uint64) {
	h *= 0x9e37_79b9_7f4a_7c15
	b := h >> (64 - 12) // log2(endingFilterWords*64)
	return int(b >> 6), 1 << (b & 63)
}

func (t *endingTable) mayHave(h uint64) bool {
	w, bit := filterBit(h)
	return t.filter[w]&bit != 0
}

// get returns the rule of (ending, tag).
func (ts endingTables) get(ending, tag string) (lemmaRule, bool) {
	if t := ts[tag]; t != nil {
		r, ok := t.rules[ending]
		return r, ok
	}
	return lemmaRule{}, false
}

// set sets the rule of (ending, tag).
func (ts endingTables) set(ending, tag string, r lemmaRule) {
	t := ts[tag]
	if t == nil {
		t = &endingTable{rules: map[string]lemmaRule{}}
		ts[tag] = t
	}
	t.rules[ending] = r
	w, bit := filterBit(endingHash(ending))
	t.filter[w] |= bit
}

// keys returns the pairs of ts sorted by ending, then tag.
func (ts endingTables) keys() []lemmaKey {
	var keys []lemmaKey
	for tag, t := range ts {
		for e := range t.rules {
			keys = append(keys, lemmaKey{e, tag})
		}
	}
	sortLemmaKeys(keys)
	return keys
}

// pluralTag maps the Penn tag of plural proper nouns to that of plural
// common nouns: both drop the same endings, and the far more numerous
// common nouns teach the rules better.
func pluralTag(tag string) (string, bool) {
	if tag == "NNPS" {
		return "NNS", true
	}
	return "", false
}

// apply lemmatizes an unseen word; lower is form lowercased.
func (r *lemmaRules) apply(form, lower, tag string) string {
	if _, known := r.keepCase[tag]; !known {
		return form
	}
	if common, ok := pluralTag(tag); ok {
		// Singularise with the common-noun rules, keeping the form's case.
		if rule, ok := r.find(lower, common, -1); ok && len(rule.strip) < len(form) {
			return form[:len(form)-len(rule.strip)] + rule.add
		}
	}
	src := r.source(form, lower, tag)
	rule, ok := r.find(src, tag, -1)
	if !ok {
		return src
	}
	if out := rule.rewrite(src); out != "" {
		return out
	}
	return src
}

// learnLemmaRules learns the rules from the lemmas of the seen (form, tag)
// pairs, each pair counting once.
func learnLemmaRules(seen map[lemmaKey]string) lemmaRules {
	// Case: does a capitalised form of this tag keep its capitals?
	keep := map[string]int{}
	r := lemmaRules{bySuffix: endingTables{}, keepCase: map[string]bool{}, lowerSeen: tagTable[bool]{}}
	upper := func(s string) bool { return strings.ContainsFunc(s, unicode.IsUpper) }
	for k, lemma := range seen {
		r.keepCase[k.tag] = false
		if upper(k.form) {
			if upper(lemma) {
				keep[k.tag]++
			} else {
				keep[k.tag]--
			}
		}
	}
	for tag, n := range keep {
		r.keepCase[tag] = n > 0
	}
	for k, lemma := range seen {
		if r.keepCase[k.tag] && !upper(k.form) && !upper(lemma) {
			r.lowerSeen.set(k.form, k.tag, true)
		}
	}

	stats := map[lemmaKey]map[lemmaRule]int{}
	for k, lemma := range seen {
		src := r.source(k.form, strings.ToLower(k.form), k.tag)
		rule := ruleFor(src, lemma)
		for n := len(rule.strip); n <= min(len(src), maxLemmaSuffix); n++ {
			sk := lemmaKey{src[len(src)-n:], k.tag}
			if stats[sk] == nil {
				stats[sk] = map[lemmaRule]int{}
			}
			stats[sk][rule]++
		}
	}
	// Keep an ending only when its best rule differs from what a shorter
	// ending already gives; decide the shorter endings first.
	keys := make([]lemmaKey, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if len(a.form) != len(b.form) {
			return len(a.form) < len(b.form)
		}
		if a.tag != b.tag {
			return a.tag < b.tag
		}
		return a.form < b.form
	})
	for _, k := range keys {
		best := bestRule(stats[k])
		if prev, ok := r.find(k.form, k.tag, len(k.form)); ok && prev == best {
			continue
		}
		r.bySuffix.set(k.form, k.tag, best)
	}
	return r
}

// bestRule returns the most frequent rule, ties broken by the rule's text.
func bestRule(counts map[lemmaRule]int) lemmaRule {
	var best lemmaRule
	bn := 0
	for rule, n := range counts {
		if n > bn || n == bn && (rule.strip < best.strip || rule.strip == best.strip && rule.add < best.add) {
			best, bn = rule, n
		}
	}
	return best
}
