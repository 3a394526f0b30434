package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var numbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// The time expressions Resolve reads, each a kind and a pattern. They are
// matched case-insensitively; the earliest in the sentence wins, the
// longer at the same place.
//
// Matching every pattern against every sentence took a quarter of the
// extraction of an article, most sentences naming no time at all, so a
// scan of the sentence's words (candidates) first finds the patterns it
// may match, each named by its bit; the others are not tried.
var expressions = []struct {
	kind string
	bit  uint16
	re   *regexp.Regexp
}{
	{"mdy", mdyBit, regexp.MustCompile(`(?i)\b` + monthRE + `\s+([0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)[0-9]{2})\b)?`)},
	{"dmy", dmyBit, regexp.MustCompile(`(?i)\b([0-9]{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `\b(?:,?\s+((?:19|20)[0-9]{2})\b)?`)},
	{"my", myBit, regexp.MustCompile(`(?i)\b(?:in|since|during|by|until|last|early|late|mid-?)\s+` + monthRE + `\b(?:,?\s+((?:19|20)[0-9]{2})\b)?`)},
	{"monthyear", monthYearBit, regexp.MustCompile(`(?i)\b` + monthRE + `,?\s+((?:19|20)[0-9]{2})\b`)},
	{"year", yearBit, regexp.MustCompile(`(?i)\b(?:in|since|during|by|until|of|early|late)\s+((?:19|20)[0-9]{2})\b`)},
	{"weekday", weekdayBit, regexp.MustCompile(`(?i)\b(?:(last|next|this|on|late|early)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)},
	{"deictic", deicticBit, regexp.MustCompile(`(?i)\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening)\b`)},
	{"last", lastBit, regexp.MustCompile(`(?i)\b(last|this|next)\s+(week|month|year)\b`)},
	{"ago", agoBit, regexp.MustCompile(`(?i)\b([0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b`)},
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Resolve returns the date a sentence's first time expression names,
// resolved against ref (the article's date), or ref when the sentence has
// none or it cannot be resolved. A weekday is the last one on or before
// ref ("on Monday"), "last Friday" the last Friday before ref, "next
// Monday" the first after it; a month without a year is in ref's year;
// "two years ago" is ref's year less two.
func Resolve(sentence string, ref Date) Date { return resolve(sentence, ref, true) }

// resolve is Resolve; it skips the patterns a sentence cannot match (see
// expressions) when filter is set.
func resolve(sentence string, ref Date, filter bool) Date {
	try, from := allBits, [numExpressions]int{}
	if filter {
		try, from = candidates(sentence)
		if try == 0 {
			return ref
		}
	}
	best, bestKind := []int(nil), ""
	for k, e := range expressions {
		if try&e.bit == 0 {
			continue
		}
		// no match starts before from[k], and the patterns look at no
		// text before a match: the first match in the rest of the
		// sentence is the first in the sentence
		m := e.re.FindStringSubmatchIndex(sentence[from[k]:])
		if m == nil {
			continue
		}
		for j := range m {
			if m[j] >= 0 {
				m[j] += from[k]
			}
		}
		if best == nil || m[0] < best[0] || m[0] == best[0] && m[1] > best[1] {
			best, bestKind = m, e.kind
		}
	}
	if best == nil {
		return ref
	}
	group := func(i int) string {
		if best[2*i] < 0 {
			return ""
		}
		return sentence[best[2*i]:best[2*i+1]]
	}
	year := func(i int) int {
		if y, err := strconv.Atoi(group(i)); err == nil {
			return y
		}
		return ref.Year
	}
	month := func(i int) int { return months[strings.ToLower(strings.TrimSuffix(group(i), "."))] }
	var d Date
	day := ref.Day > 0
	switch bestKind {
	case "mdy":
		n, _ := strconv.Atoi(group(2))
		d = Date{year(3), month(1), n}
	case "dmy":
		n, _ := strconv.Atoi(group(1))
		d = Date{year(3), month(2), n}
	case "my":
		d = Date{year(2), month(1), 0}
	case "monthyear":
		d = Date{year(2), month(1), 0}
	case "year":
		d = Date{year(1), 0, 0}
	case "weekday":
		if !day {
			return ref
		}
		want := weekdays[strings.ToLower(group(2))]
		t := ref.time()
		switch strings.ToLower(group(1)) {
		case "next":
			delta := (int(want) - int(t.Weekday()) + 7) % 7
			if delta == 0 {
				delta = 7
			}
			return fromTime(t.AddDate(0, 0, delta))
		case "last":
			delta := (int(t.Weekday()) - int(want) + 7) % 7
			if delta == 0 {
				delta = 7
			}
			return fromTime(t.AddDate(0, 0, -delta))
		}
		delta := (int(t.Weekday()) - int(want) + 7) % 7
		return fromTime(t.AddDate(0, 0, -delta))
	case "deictic":
		if !day {
			return ref
		}
		switch strings.ToLower(group(1)) {
		case "yesterday":
			return fromTime(ref.time().AddDate(0, 0, -1))
		case "tomorrow":
			return fromTime(ref.time().AddDate(0, 0, 1))
		}
		return ref
	case "last":
		if !ref.Known() {
			return ref
		}
		step := map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(group(1))]
		switch strings.ToLower(group(2)) {
		case "year":
			return Date{ref.Year + step, 0, 0}
		case "month":
			if ref.Month == 0 {
				return ref
			}
			t := time.Date(ref.Year, time.Month(ref.Month)+time.Month(step), 1, 0, 0, 0, 0, time.UTC)
			return Date{t.Year(), int(t.Month()), 0}
		}
		if !day {
			return ref
		}
		return fromTime(ref.time().AddDate(0, 0, 7*step))
	case "ago":
		n, ok := numbers[strings.ToLower(group(1))]
		if !ok {
			n, _ = strconv.Atoi(group(1))
		}
		switch strings.ToLower(group(2)) {
		case "year":
			if !ref.Known() {
				return ref
			}
			return Date{ref.Year - n, 0, 0}
		case "month":
			if ref.Month == 0 {
				return ref
			}
			t := time.Date(ref.Year, time.Month(ref.Month)-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			return Date{t.Year(), int(t.Month()), 0}
		case "week":
			n *= 7
		}
		if !day {
			return ref
		}
		return fromTime(ref.time().AddDate(0, 0, -n))
	}
	if d.Year == 0 || !valid(d) {
		return ref
	}
	return d
}
