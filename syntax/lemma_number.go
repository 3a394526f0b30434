package syntax

import "strings"

// isGroupedNumber reports whether s is a number written with thousands
// separators: "1,200", "15,000,000", "2,500.75".
func isGroupedNumber(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return false
		}
	}
	groups := strings.Split(whole, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return false
		}
		for j := 0; j < len(g); j++ {
			if g[j] < '0' || g[j] > '9' {
				return false
			}
		}
	}
	return true
}

// learnNumberCommas reports whether the treebank lemmatizes grouped numbers
// without their separators ("2,000" -> "2000") more often than not.
func learnNumberCommas(lemmas map[lemmaKey]map[string]int) bool {
	strip, keep := 0, 0
	for k, counts := range lemmas {
		if !isGroupedNumber(k.form) {
			continue
		}
		bare := strings.ReplaceAll(k.form, ",", "")
		for lemma, n := range counts {
			switch lemma {
			case bare:
				strip += n
			case k.form:
				keep += n
			}
		}
	}
	return strip > keep
}
