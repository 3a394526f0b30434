package dates

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// checkCandidates fails when an expression matches s although candidates
// leaves its bit out or says its first match starts later, or isoRE or
// mdyRE matches where the scan that comes before it says it cannot.
func checkCandidates(t *testing.T, s string) {
	t.Helper()
	bits, from := candidates(s)
	for k, e := range expressions {
		loc := e.re.FindStringIndex(s)
		if loc == nil {
			continue
		}
		if bits&e.bit == 0 {
			t.Errorf("candidates(%q) = %b leaves out %s, which matches", s, bits, e.kind)
		} else if loc[0] < from[k] {
			t.Errorf("candidates(%q) says %s starts at %d or later, but it matches at %d", s, e.kind, from[k], loc[0])
		}
	}
	if !mayHoldISO(s) && isoRE.MatchString(s) {
		t.Errorf("mayHoldISO(%q) = false, but isoRE matches", s)
	}
	if !mayHoldMonthDay(s) && mdyRE.MatchString(s) {
		t.Errorf("mayHoldMonthDay(%q) = false, but mdyRE matches", s)
	}
}

// TestCandidates checks on sentences made of the patterns' own words, in
// any case, between every kind of gap, that no expression a sentence
// matches is left out, and that most sentences without a time expression
// try none.
func TestCandidates(t *testing.T) {
	words := []string{
		"January", "may", "Sept", "sep", "Dec", "mar", "Marches", "june", "Jun", "MAY",
		"Monday", "friday", "weekday", "today", "Tonight", "tomorrow", "yesterday", "this", "THIS",
		"morning", "evening", "week", "month", "Year", "years", "day", "Days", "ago", "AGO",
		"in", "since", "during", "by", "until", "last", "early", "late", "mid", "of", "next", "on",
		"two", "a", "3", "3rd", "21st", "12", "2001", "1998", "2030", "19", "20999", "1850",
		"the", "envoy", "signed", "_", "x1", "a day", "two Days", "this week", "2019-11-20", "20191120", "x2019_11_20", "12019-11-20", "1998.03.04", "1987",
	}
	gaps := []string{" ", "  ", ".", ". ", ", ", ".,\t", ",", "-", "- ", "\n", "'", "\u00a0", " \u2014 ", "", "_"}
	rng := rand.New(rand.NewPCG(19, 6))
	for range 20000 {
		var b strings.Builder
		for n := 1 + rng.IntN(6); n > 0; n-- {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(gaps[rng.IntN(len(gaps))])
		}
		checkCandidates(t, b.String())
		if t.Failed() {
			return
		}
	}
	plain := []string{
		"The council met and the ministers spoke at length.",
		"Markets may fall, officials said in a statement.",
		"In 20 minutes a 2,000-strong force moved.",
		"This is the decision of the day.",
	}
	for _, s := range plain {
		if bits, _ := candidates(s); bits != 0 {
			t.Errorf("candidates(%q) = %b, want none", s, bits)
		}
	}
}

// FuzzCandidates checks that candidates leaves out no expression that
// matches.
func FuzzCandidates(f *testing.F) {
	for _, s := range []string{
		"The envoy arrived on Monday.", "Signed on dec 3rd, 1999.", "Signed mid- May.",
		"Signed 3 DAYS AGO.", "Talks resume this evening.", "Signed in Sept., 2001",
		"Signed la\u017ft \u212ainter.", "Se\u017f tomorrow.", "In 20 minutes.",
		"OSLO, Feb. 26 - ", "news/2019-11-19-council.txt",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkCandidates(t, s) })
}
