package lemma

import "strings"

// PastTense returns the past tense of a verb lemma: meet -> met,
// expel -> expelled, try -> tried, visit -> visited. Irregular forms come
// from the table of English irregular verbs, then from training; the
// others follow the regular spelling rules. It returns "" for an empty
// lemma.
func (l *Lemmatizer) PastTense(lemma string) string {
	return l.inflect(lemma, false, l.past, regularPast)
}

// PastParticiple returns the past participle of a verb lemma:
// meet -> met, write -> written, take -> taken, ban -> banned. It returns
// "" for an empty lemma.
func (l *Lemmatizer) PastParticiple(lemma string) string {
	return l.inflect(lemma, true, l.participle, l.PastTense)
}

// inflect returns the past tense of lemma, or its past participle when
// participle is set: from the table of irregular verbs, then from the
// forms learned in training, else from regular applied to the lowercased
// lemma (the spelling rules of the past tense; for a participle, the past
// tense).
func (l *Lemmatizer) inflect(lemma string, participle bool, learned map[string]string, regular func(string) string) string {
	if lemma == "" {
		return ""
	}
	lower := strings.ToLower(lemma)
	if p, pp, ok := irregularInflection(lower); ok {
		if participle {
			return pp
		}
		return p
	}
	if f, ok := learned[lower]; ok {
		return f
	}
	return regular(lower)
}

// isVowel reports whether c is an ASCII vowel letter.
func isVowel(c byte) bool {
	return strings.IndexByte("aeiou", c) >= 0
}

// isLowerWord reports whether s is made of lowercase ASCII letters only.
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// syllables counts the vowel groups of an ASCII word.
func syllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if (isVowel(w[i]) || w[i] == 'y' && i > 0) && (i == 0 || !isVowel(w[i-1])) {
			n++
		}
	}
	return n
}

// doublesFinal reports whether a verb doubles its final consonant before
// -ed: a single vowel then a single consonant (not w, x or y) closing a
// one-syllable word or a stressed final syllable.
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || !isLowerWord(w) {
		return false
	}
	c, v, before := w[n-1], w[n-2], w[n-3]
	if isVowel(c) || strings.IndexByte("wxy", c) >= 0 || !isVowel(v) {
		return false
	}
	if isVowel(before) && !(before == 'u' && n >= 4 && w[n-4] == 'q') {
		return false
	}
	if syllables(w) == 1 {
		return true
	}
	for _, e := range [...]string{"ffer", "limit", "vomit"} {
		if strings.HasSuffix(w, e) {
			return false // offer, differ, suffer, limit, vomit
		}
	}
	// Final syllables stressed in the verbs that end with them: expel,
	// admit, occur, prefer, control, regret.
	for _, e := range [...]string{"pel", "mit", "cur", "fer", "trol", "gret"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// regularPast returns the regular past tense of a lowercase verb lemma.
func regularPast(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n >= 2 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	case n >= 2 && w[n-1] == 'c' && isVowel(w[n-2]) && syllables(w) > 1:
		return w + "ked" // panic -> panicked
	case doublesFinal(w):
		return w + w[n-1:] + "ed"
	}
	return w + "ed"
}

// learnInflections collects, from the token counts of the lemmas of each
// (form, tag), the verbs whose most frequent past tense (VBD) or past
// participle (VBN) differs from the regular one.
func learnInflections(lemmas map[lemmaKey]map[string]int) (past, participle map[string]string) {
	byTag := map[string]map[string]map[string]int{"VBD": {}, "VBN": {}}
	for k, counts := range lemmas {
		forms, ok := byTag[k.tag]
		form := strings.ToLower(k.form)
		if !ok || !isLowerWord(form) {
			continue
		}
		for lemma, n := range counts {
			lemma = strings.ToLower(lemma)
			if !isLowerWord(lemma) {
				continue
			}
			if forms[lemma] == nil {
				forms[lemma] = map[string]int{}
			}
			forms[lemma][form] += n
		}
	}
	irregular := func(forms map[string]map[string]int, regular func(string) string) map[string]string {
		out := map[string]string{}
		for lemma, counts := range forms {
			if f := mostFrequent(counts); f != regular(lemma) {
				out[lemma] = f
			}
		}
		return out
	}
	past = irregular(byTag["VBD"], regularPast)
	participle = irregular(byTag["VBN"], func(lemma string) string {
		if f, ok := past[lemma]; ok {
			return f
		}
		return regularPast(lemma)
	})
	return past, participle
}
