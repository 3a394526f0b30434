// Package dates dates articles and the statements of their sentences: an
// article's date from its dateline or first line ("WASHINGTON, March 2
// (Reuters) -", "Nov 19, 2019"), else from a date the user gives or the
// file's name; a sentence's date from its time expressions ("on Monday",
// "last Friday", "in April 2023", "two years ago") resolved against the
// article's date.
package dates

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date known to the year, the month or the day: Month
// and Day are 0 when unknown. The zero Date is unknown.
type Date struct {
	Year, Month, Day int
}

// Known reports whether d has at least a year.
func (d Date) Known() bool { return d.Year > 0 }

// String writes d as YYYY-MM-DD, YYYY-MM or YYYY; "" when unknown.
func (d Date) String() string {
	switch {
	case d.Year <= 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Parse reads YYYY-MM-DD, YYYY-MM or YYYY.
func Parse(s string) (Date, error) {
	bad := fmt.Errorf("date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 || i > 0 && len(p) != 2 {
			return Date{}, bad
		}
		n[i] = v
	}
	d := Date{n[0], n[1], n[2]}
	if !valid(d) {
		return Date{}, bad
	}
	return d, nil
}

// valid reports whether a known date exists in the calendar.
func valid(d Date) bool {
	if d.Year < 1 || d.Month < 0 || d.Month > 12 || d.Day < 0 || d.Month == 0 && d.Day != 0 {
		return false
	}
	if d.Day == 0 {
		return true
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day
}

func (d Date) time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// IsMonth reports whether word, lower case, names a month, written out
// or abbreviated ("march", "sept.").
func IsMonth(word string) bool {
	_, ok := months[strings.TrimSuffix(word, ".")]
	return ok
}

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`

var (
	isoRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12][0-9]|3[01])(?:[^0-9]|$)`)
	// Month Day[, Year]
	mdyRE = regexp.MustCompile(`\b` + monthRE + `\s+([0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)[0-9]{2})\b)?`)
)

// FromName finds a date written YYYY-MM-DD (or YYYYMMDD, with _ or .) in a
// file name.
func FromName(name string) (Date, bool) {
	m := isoRE.FindStringSubmatch(name)
	if m == nil {
		return Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	date := Date{y, mo, d}
	return date, valid(date)
}

// Dateline finds the article's date in its first lines: a dateline
// ("LONDON, Feb 26 -", "WASHINGTON, March 2 (Reuters) -") or a date on a
// line of its own near the top ("Nov 19, 2019"). A date written without a
// year takes year, when year is not 0; otherwise it is no date.
func Dateline(text string, year int) (Date, bool) {
	head := text
	lines := 0
	for i, r := range text {
		if r == '\n' {
			lines++
			if lines == 4 {
				head = text[:i]
				break
			}
		}
		if i > 400 {
			head = text[:i]
			break
		}
	}
	// the cheap scans skip the regexps where they cannot match
	if mayHoldISO(head) {
		if m := isoRE.FindStringSubmatch(head); m != nil {
			if d, ok := FromName(m[0]); ok {
				return d, true
			}
		}
	}
	if !mayHoldMonthDay(head) {
		return Date{}, false
	}
	m := mdyRE.FindStringSubmatchIndex(head)
	if m == nil {
		return Date{}, false
	}
	// a dateline date follows a place and a comma, or stands at the start
	// of a line; a date inside the first sentence is an event's date
	before := strings.TrimRight(head[:m[0]], " \t")
	if before != "" && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, "\n") {
		return Date{}, false
	}
	mo := months[strings.ToLower(strings.TrimSuffix(head[m[2]:m[3]], "."))]
	day, _ := strconv.Atoi(head[m[4]:m[5]])
	y := year
	if m[6] >= 0 {
		y, _ = strconv.Atoi(head[m[6]:m[7]])
	}
	d := Date{y, mo, day}
	if y == 0 || !valid(d) {
		return Date{}, false
	}
	return d, true
}

// Article returns an article's date: from its dateline, else given (the
// user's), else from its file's name. A dateline without a year takes the
// year of given or of the name.
func Article(text, name string, given Date) Date {
	fromName, _ := FromName(name)
	year := given.Year
	if year == 0 {
		year = fromName.Year
	}
	if d, ok := Dateline(text, year); ok {
		return d
	}
	if given.Known() {
		return given
	}
	return fromName
}
