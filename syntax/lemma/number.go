package lemma

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
	// Groups of digits between commas: the first of one to three digits,
	// at least one more, every later one of three. The scan allocates
	// nothing, which matters as every word not in the dictionary asks.
	groups, n := 1, 0 // n counts the digits of the current group
	for i := 0; i < len(whole); i++ {
		switch c := whole[i]; {
		case c == ',':
			if groups == 1 && (n == 0 || n > 3) || groups > 1 && n != 3 {
				return false
			}
			groups, n = groups+1, 0
		case '0' <= c && c <= '9':
			n++
		default:
			return false
		}
	}
	return groups >= 2 && n == 3
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
