// Package lemma gives the lemma (dictionary form) of a word from its form
// and tags, and inflects verbs into their past tense and past participle,
// with a Lemmatizer learned from a treebank's lemmas (Train).
package lemma

import (
	"cmp"
	"errors"
	"maps"
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Lemmatizer gives the lemma (dictionary form) of a word from its form and
// tags. Words seen in training are looked up in a dictionary; others are
// lemmatized by suffix-rewrite rules learned per XPOS (see lemmaRules). It
// also inflects verbs into their past tense and past participle. A
// Lemmatizer is safe for concurrent use.
type Lemmatizer struct {
	// dict holds the seen (form, tag) pairs whose lemma the rules get wrong.
	dict tagTable[string]
	// rules rewrite the suffixes of unseen words.
	rules lemmaRules
	// numberCommas says grouped numbers lose their separators.
	numberCommas bool
	// past and participle hold the verbs whose past tense or past
	// participle the regular rules get wrong.
	past, participle map[string]string
}

// lemmaKey is a dictionary key: a form and a tag (the XPOS, or the UPOS
// when there is no XPOS).
type lemmaKey struct {
	form, tag string
}

// lemmaTag is the tag the lemmatizer keys its tables by.
func lemmaTag(upos, xpos string) string {
	if xpos != "" && xpos != "_" {
		return xpos
	}
	return upos
}

// Lemmatize sets the Lemma of every token of s from its Form, UPOS and
// XPOS.
func (l *Lemmatizer) Lemmatize(s *ud.Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma = l.Lemma(t.Form, t.UPOS, t.XPOS)
	}
}

// Lemma returns the lemma of a word with the given form and tags. An
// unseen past tense or past participle of an irregular verb gets its base
// from the table of irregular verbs, not from the suffix rules.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	tag := lemmaTag(upos, xpos)
	dict := l.dict[tag]
	if v, ok := dict[form]; ok {
		return v
	}
	if l.numberCommas && isGroupedNumber(form) {
		return strings.ReplaceAll(form, ",", "")
	}
	lower := strings.ToLower(form)
	if lower != form {
		if v, ok := dict[lower]; ok {
			return v
		}
	}
	if tag == "VBD" || tag == "VBN" {
		if b, ok := irregularBase(lower); ok {
			return b
		}
	}
	return silentE(lower, l.rules.apply(form, lower, tag), tag)
}

// silentE gives back the final e the suffix rules can lose on a verb's
// -ing or -ed form ("framing" -> "fram"): a lemma that would double its
// final consonant before a suffix, seen here with the suffix and no
// doubling, ends in a silent e ("frame"), as "stop" makes "stopping".
func silentE(lower, lemma, tag string) string {
	if tag != "VBG" && tag != "VBD" && tag != "VBN" {
		return lemma
	}
	if (withSuffix(lower, lemma, "ing") || withSuffix(lower, lemma, "ed")) && doublesFinal(lemma) {
		return lemma + "e"
	}
	return lemma
}

// withSuffix reports whether s is stem+suffix, without building it.
func withSuffix(s, stem, suffix string) bool {
	rest, ok := strings.CutSuffix(s, suffix)
	return ok && rest == stem
}

// Train learns a lemmatizer from the forms, tags and lemmas of train.
// Tokens without a lemma or tags are skipped.
func Train(train []ud.Sentence) (*Lemmatizer, error) {
	lemmas := map[lemmaKey]map[string]int{}
	n := 0
	for _, s := range train {
		for _, t := range s.Tokens {
			tag := lemmaTag(t.UPOS, t.XPOS)
			if t.Form == "" || t.Lemma == "" || t.Lemma == "_" && t.Form != "_" || tag == "" || tag == "_" {
				continue
			}
			k := lemmaKey{t.Form, tag}
			if lemmas[k] == nil {
				lemmas[k] = map[string]int{}
			}
			lemmas[k][t.Lemma]++
			n++
		}
	}
	if n == 0 {
		return nil, errors.New("train lemmatizer: no lemmatized tokens")
	}
	// The most frequent lemma of each seen (form, tag), ties broken by the
	// lemma's order so training is deterministic.
	seen := make(map[lemmaKey]string, len(lemmas))
	for k, counts := range lemmas {
		seen[k] = mostFrequent(counts)
	}
	l := &Lemmatizer{rules: learnLemmaRules(seen), numberCommas: learnNumberCommas(lemmas)}
	l.dict = pruneLemmaDict(l, seen)
	l.past, l.participle = learnInflections(lemmas)
	return l, nil
}

// mostFrequent returns the key with the highest count, the smallest on
// ties.
func mostFrequent(counts map[string]int) string {
	best, bn := "", 0
	for s, n := range counts {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

// pruneLemmaDict returns the entries of seen that l would get wrong
// without them. Entries are tried in sorted order, so the result is
// deterministic.
func pruneLemmaDict(l *Lemmatizer, seen map[lemmaKey]string) tagTable[string] {
	keys := slices.SortedFunc(maps.Keys(seen), func(a, b lemmaKey) int {
		return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.tag, b.tag))
	})
	l.dict = tagTable[string]{}
	for k, v := range seen {
		l.dict.set(k.form, k.tag, v)
	}
	for _, k := range keys {
		v, _ := l.dict.get(k.form, k.tag)
		l.dict.del(k.form, k.tag)
		if l.Lemma(k.form, "", k.tag) != v {
			l.dict.set(k.form, k.tag, v)
		}
	}
	// A later removal can change the lemma of an earlier form (through its
	// lowercase variant); put back whatever is now wrong, until nothing is.
	for changed := true; changed; {
		changed = false
		for _, k := range keys {
			if l.Lemma(k.form, "", k.tag) != seen[k] {
				l.dict.set(k.form, k.tag, seen[k])
				changed = true
			}
		}
	}
	return l.dict
}
