package dates

import (
	"math/bits"
	"strings"
)

// The bits of the expressions (see expressions) a sentence may match.
const (
	mdyBit uint16 = 1 << iota
	dmyBit
	myBit
	monthYearBit
	yearBit
	weekdayBit
	deicticBit
	lastBit
	agoBit

	allBits = agoBit<<1 - 1

	numExpressions = 9 // bit k is that of expressions[k]
)

// The classes of the words the expressions are made of, in lower case.
const (
	isMonth      uint16 = 1 << iota // a name of a month monthRE reads
	isWeekday                       // a full name of a weekday
	isDeictic                       // yesterday, today, tonight, tomorrow
	isThis                          // this, of "this morning"
	isDayPart                       // morning, afternoon, evening
	isUnit                          // week, month, year
	isAgoUnit                       // day, week, month, year, and their plurals
	isAgo                           // ago
	isMonthKey                      // the words before a month in "my"
	isYearKey                       // the words before a year in "year"
	isStepKey                       // last, this, next
	isMid                           // mid, of "mid-May"
	maxClassWord = 9                // the length of the longest word of a class
)

var wordClasses = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(class uint16, words ...string) {
		for _, w := range words {
			m[w] |= class
		}
	}
	add(isMonth, "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
	add(isWeekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	add(isDeictic, "yesterday", "today", "tonight", "tomorrow")
	add(isThis, "this")
	add(isDayPart, "morning", "afternoon", "evening")
	add(isUnit, "week", "month", "year")
	add(isAgoUnit, "day", "week", "month", "year", "days", "weeks", "months", "years")
	add(isAgo, "ago")
	add(isMonthKey, "in", "since", "during", "by", "until", "last", "early", "late", "mid")
	add(isYearKey, "in", "since", "during", "by", "until", "of", "early", "late")
	add(isStepKey, "last", "this", "next")
	add(isMid, "mid")
	return m
}()

// candidates returns the bits of the expressions a sentence may match:
// with ASCII word boundaries (those of the patterns' \b), a word of the
// sentence is a run of ASCII letters, digits and _, and every match of a
// pattern is made of whole words with given words between them (a month
// name after a number, a year after "in", ...). A sentence holding the
// Kelvin sign or the long s, which the patterns' case folding reads as k
// and s, may match every pattern.
//
// It also returns, for each expression (indexed as the bits), where in s
// its first match may start: no match of a pattern starts more than two
// words before the word at which the scan sees it ("two years ago" at
// "ago"), so none starts before the word two words before the first word
// that sets its bit.
func candidates(s string) (uint16, [numExpressions]int) {
	var from [numExpressions]int
	if !isASCII(s) && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		return allBits, from
	}
	var (
		found     uint16
		prev      uint16 // the previous word's classes
		prevDigit bool   // the previous word starts with a digit
		prevEnd   = -1   // where the previous word ends; -1 before the first
		prevStart = 0    // where the previous word starts
		back      = 0    // where the word before the previous starts
		buf       [maxClassWord]byte
	)
	for start, i := nextWord(s, 0); start < len(s); start, i = nextWord(s, i) {
		word := s[start:i]
		before := found
		var class uint16
		digit := '0' <= word[0] && word[0] <= '9'
		year := len(word) == 4 && (word[:2] == "19" || word[:2] == "20") && allDigits(word)
		if !digit && len(word) <= maxClassWord {
			for j := 0; j < len(word); j++ {
				c := word[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[j] = c
			}
			class = wordClasses[string(buf[:len(word)])]
		}
		if prevEnd >= 0 {
			g := gapOf(s[prevEnd:start])
			if class&isMonth != 0 && g&gapSpace != 0 && prevDigit {
				found |= dmyBit
			}
			if class&isMonth != 0 && (g&gapSpace != 0 && prev&isMonthKey != 0 || g&gapDashSpace != 0 && prev&isMid != 0) {
				found |= myBit
			}
			if prev&isMonth != 0 && g&gapDotSpace != 0 && digit {
				found |= mdyBit
			}
			if prev&isMonth != 0 && g&gapDotCommaSpace != 0 && year {
				found |= monthYearBit
			}
			if prev&isYearKey != 0 && g&gapSpace != 0 && year {
				found |= yearBit
			}
			if prev&isThis != 0 && s[prevEnd:start] == " " && class&isDayPart != 0 {
				found |= deicticBit
			}
			if prev&isStepKey != 0 && g&gapSpace != 0 && class&isUnit != 0 {
				found |= lastBit
			}
			if prev&isAgoUnit != 0 && g&gapSpace != 0 && class&isAgo != 0 {
				found |= agoBit
			}
		}
		if class&isWeekday != 0 {
			found |= weekdayBit
		}
		if class&isDeictic != 0 {
			found |= deicticBit
		}
		for added := found &^ before; added != 0; added &= added - 1 {
			from[bits.TrailingZeros16(added)] = back
		}
		prev, prevDigit, prevEnd = class, digit, i
		back, prevStart = prevStart, start
	}
	return found, from
}

// The shapes of the text between two words.
const (
	gapSpace         = 1 << iota // \s+
	gapDotSpace                  // \.?\s+
	gapDotCommaSpace             // \.?,?\s+
	gapDashSpace                 // -\s+
)

// gapOf returns the shapes g has.
func gapOf(g string) int {
	rest := g
	dot := strings.HasPrefix(rest, ".")
	if dot {
		rest = rest[1:]
	}
	comma := strings.HasPrefix(rest, ",")
	if comma {
		rest = rest[1:]
	}
	var shapes int
	if allSpace(rest) {
		shapes |= gapDotCommaSpace
		if !comma {
			shapes |= gapDotSpace
			if !dot {
				shapes |= gapSpace
			}
		}
	}
	if len(g) > 1 && g[0] == '-' && allSpace(g[1:]) {
		shapes |= gapDashSpace
	}
	return shapes
}

// isWordByte reports whether c is a word character of \b: an ASCII
// letter, digit or _.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// nextWord returns where the first word of s at or after i starts and
// ends, a word being a run of isWordByte; start is len(s) when there is none.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	start = i
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return start, i
}

// allSpace reports whether s is one or more characters of \s.
func allSpace(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			return false
		}
	}
	return true
}

// allDigits reports whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// mayHoldISO reports whether s may hold a match of isoRE: a year, 19 or
// 20 and two digits, after the start or a character other than a digit.
func mayHoldISO(s string) bool {
	for i := 0; i+3 < len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
			isDigit(s[i+2]) && isDigit(s[i+3]) && (i == 0 || !isDigit(s[i-1])) {
			return true
		}
	}
	return false
}

// mayHoldMonthDay reports whether s may hold a match of mdyRE: a whole
// word that names a month as monthRE spells it, in its case, then an
// optional full stop, spaces and a digit.
func mayHoldMonthDay(s string) bool {
	for start, i := nextWord(s, 0); start < len(s); start, i = nextWord(s, i) {
		if _, ok := monthNames[s[start:i]]; !ok {
			continue
		}
		j := i
		if j < len(s) && s[j] == '.' {
			j++
		}
		k := j
		for k < len(s) && allSpace(s[k:k+1]) {
			k++
		}
		if k > j && k < len(s) && isDigit(s[k]) {
			return true
		}
	}
	return false
}

// monthNames are the names of months monthRE reads, as it spells them.
var monthNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(monthRE, "("), `)\.?`), "|") {
		m[w] = true
	}
	return m
}()

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
