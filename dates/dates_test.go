package dates

import "testing"

func TestArticle(t *testing.T) {
	tests := []struct {
		name, text, file, given, want string
	}{
		{"dateline without year takes the given year", "TITLE\n\nOSLO, Feb 26 - A minister spoke.", "a.txt", "1987-01-01", "1987-02-26"},
		{"dateline with agency", "PARIS, March 2 (Reuters) - Talks began.", "2019-05-01-x.txt", "", "2019-03-02"},
		{"first line date", "Nov 19, 2019\nThe council met.", "a.txt", "", "2019-11-19"},
		{"no year anywhere", "ROME, June 4 - Talks began.", "a.txt", "", ""},
		{"given", "The council met on Monday.", "a.txt", "2020-02-03", "2020-02-03"},
		{"file name", "The council met.", "news/2019-11-19-council.txt", "", "2019-11-19"},
		{"date inside a sentence is no dateline", "The council said on June 4, 2001 it would meet.", "a.txt", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g Date
			if tt.given != "" {
				var err error
				if g, err = Parse(tt.given); err != nil {
					t.Fatal(err)
				}
			}
			if got := Article(tt.text, tt.file, g).String(); got != tt.want {
				t.Errorf("Article = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	ref := Date{2019, 11, 20} // a Wednesday
	tests := []struct{ sentence, want string }{
		{"The envoy arrived on Monday.", "2019-11-18"},
		{"The envoy arrived last Friday.", "2019-11-15"},
		{"The envoy arrives next Monday.", "2019-11-25"},
		{"The envoy spoke on Wednesday.", "2019-11-20"},
		{"The envoy spoke yesterday.", "2019-11-19"},
		{"The pact was signed in April 2023.", "2023-04"},
		{"The pact was signed in April.", "2019-04"},
		{"The pact was signed on March 3, 2001.", "2001-03-03"},
		{"The pact was signed on 3 March 2001.", "2001-03-03"},
		{"The pact was signed two years ago.", "2017"},
		{"The pact was signed 3 days ago.", "2019-11-17"},
		{"The pact was signed last year.", "2018"},
		{"The pact was signed last month.", "2019-10"},
		{"The pact was signed in 1998.", "1998"},
		{"The pact was signed.", "2019-11-20"},
		{"A 2,000-strong force moved in 20 minutes.", "2019-11-20"},
	}
	for _, tt := range tests {
		if got := Resolve(tt.sentence, ref).String(); got != tt.want {
			t.Errorf("Resolve(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
	// relative expressions need a reference day
	if got := Resolve("They met on Monday.", Date{2019, 0, 0}).String(); got != "2019" {
		t.Errorf("Resolve with a year only = %q, want 2019", got)
	}
	if got := Resolve("They met in May 2001.", Date{}).String(); got != "2001-05" {
		t.Errorf("Resolve without a reference = %q, want 2001-05", got)
	}
}

func TestParse(t *testing.T) {
	for _, s := range []string{"2019", "2019-11", "2019-11-19"} {
		if d, err := Parse(s); err != nil || d.String() != s {
			t.Errorf("Parse(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"", "19", "2019-13", "2019-02-30", "2019-1-1", "x"} {
		if _, err := Parse(s); err == nil {
			t.Errorf("Parse(%q) succeeded", s)
		}
	}
}

// TestResolveFilter checks that skipping the patterns a sentence holds no
// needed word of changes no date: every sentence resolves as it does when
// every pattern is tried, in any case, the Kelvin sign and the long s
// (which the patterns fold into k and s) included.
func TestResolveFilter(t *testing.T) {
	ref := Date{2019, 11, 20}
	sentences := []string{
		"The envoy arrived on Monday.", "THE ENVOY ARRIVED LAST FRIDAY.", "the envoy arrives next monday.",
		"Talks ended Yesterday.", "Talks end TONIGHT.", "Talks resume this Evening.",
		"Signed in APRIL 2023.", "Signed in Sept. 2001.", "Signed on dec 3rd, 1999.", "Signed on 3 Jun 2001.",
		"Signed mid-May.", "Signed Two Years Ago.", "Signed 3 DAYS AGO.", "Signed Last Year.", "Signed this week.",
		"Signed during 1998.", "Signed by 2030.", "Nothing was said.", "A 2,000-strong force moved in 20 minutes.",
		"Weekdays and holidays differ.", "Mayors marched.", "Decades ago, a year went by.",
		"Talks end tonight \u212a.", "Signed \u017fince 1998.", "Signed la\u017ft \u212ainter.", "Se\u017f tomorrow.",
	}
	for _, s := range sentences {
		if got, want := resolve(s, ref, true), resolve(s, ref, false); got != want {
			t.Errorf("resolve(%q) = %v with the filter, %v without", s, got, want)
		}
	}
	// the filter must not hide the expressions that are there
	if got := Resolve("Signed DURING 1998.", ref).String(); got != "1998" {
		t.Errorf("Resolve in capitals = %q, want 1998", got)
	}
}

func TestIsMonth(t *testing.T) {
	for w, want := range map[string]bool{
		"march": true, "sept.": true, "dec": true, "may": true,
		"monday": false, "marches": false, "": false, "March": false,
	} {
		if got := IsMonth(w); got != want {
			t.Errorf("IsMonth(%q) = %v, want %v", w, got, want)
		}
	}
}
