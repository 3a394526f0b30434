package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// render shows segmented text compactly: words separated by spaces, the
// words of a multiword token joined by "_", sentences by " || ".
func render(sents []ud.Sentence) string {
	var b strings.Builder
	for si, s := range sents {
		if si > 0 {
			b.WriteString(" || ")
		}
		mw := 0
		for i, t := range s.Tokens {
			if i > 0 {
				if mw > 0 && s.Multiwords[mw-1].Last >= t.ID {
					b.WriteByte('_')
				} else {
					b.WriteByte(' ')
				}
			}
			for mw < len(s.Multiwords) && s.Multiwords[mw].First <= t.ID {
				mw++
			}
			b.WriteString(t.Form)
		}
	}
	return b.String()
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"abbreviations", "Mr. Smith went to Washington. He arrived on Feb. 3 with Gen. Lee.",
			"Mr. Smith went to Washington . || He arrived on Feb. 3 with Gen. Lee ."},
		{"initials and possessive", "U.S. President Donald Trump’s rhetoric",
			"U.S. President Donald Trump_’s rhetoric"},
		{"negation", "I can't go and won't stay.", "I ca_n't go and wo_n't stay ."},
		{"learned contraction", "You cannot be serious, I'm gonna go.", "You can_not be serious , I_'m gon_na go ."},
		{"curly quotes", "“Well, not all the time,” he remarked.", "“ Well , not all the time , ” he remarked ."},
		{"quotes after period", "He said: “Ukraine can win.” “Russia doesn’t look impressive.”",
			"He said : “ Ukraine can win . ” || “ Russia does_n’t look impressive . ”"},
		{"straight quotes after period", `He said "yes." Then he left.`, `He said " yes . " || Then he left .`},
		{"hyphens", "the U.S.-Russia talks, an e-mail, a non-profit, a long-range strike",
			"the U.S. - Russia talks , an e-mail , a non-profit , a long - range strike"},
		{"numbers", "It cost $5.5 billion, 3.5% of 1,000 on 9/11 at 10:30.",
			"It cost $ 5.5 billion , 3.5 % of 1,000 on 9/11 at 10:30 ."},
		{"phone number", "Call 713-853-3989 now.", "Call 713-853-3989 now ."},
		{"url and email", "See https://example.com/a?b=c. Or write to bob@example.com!",
			"See https://example.com/a?b=c . || Or write to bob@example.com !"},
		{"url in brackets", "(see http://en.wikipedia.org/wiki/Foo_(bar))",
			"( see http://en.wikipedia.org/wiki/Foo_(bar) )"},
		{"emoticon", "Great place :) Go there!", "Great place :) Go there !"},
		{"dashes", "war—and peace – now", "war — and peace – now"},
		{"plural possessive", "the parents' house", "the parents_' house"},
		{"single quotes", "he said 'hello' to them", "he said ' hello ' to them"},
		{"ellipsis and repeated marks", "Wait... what?! No!!! Really",
			"Wait ... what ?! || No !!! || Really"},
		{"question then lower case", "are you coming? there will be food", "are you coming ? || there will be food"},
		{"brackets after period", "(Applause.) Then silence.", "( Applause . ) || Then silence ."},
		{"paragraphs", "Trump and Putin: From Love to Hate\n\nNews:\n\nPutin has threatened Trump.",
			"Trump and Putin : From Love to Hate || News : || Putin has threatened Trump ."},
		{"headline line", "Trump Meets Putin\nThe two leaders met on Friday.",
			"Trump Meets Putin || The two leaders met on Friday ."},
		{"line continues", "The senator said that the\nbill would pass,\nand it did.",
			"The senator said that the bill would pass , and it did ."},
		{"byline", "By John Smith\nMOSCOW — Officials said so.", "By John Smith || MOSCOW — Officials said so ."},
		{"news titles", "Sen. Warren met Sgt. Lee on Pennsylvania Ave. The talks ended.",
			"Sen. Warren met Sgt. Lee on Pennsylvania Ave. || The talks ended ."},
		{"lower case after abbreviation", "He works for Acme Inc. and lives in St. Louis.",
			"He works for Acme Inc. and lives in St. Louis ."},
		{"legal form ends a sentence", "The list named Velmar Corp and Kestrel Inc. Marlow filed a motion.",
			"The list named Velmar Corp and Kestrel Inc. || Marlow filed a motion ."},
		{"number sign", "The No. 2 Senate Democrat spoke. He said no. 3 votes went.",
			"The No . 2 Senate Democrat spoke . || He said no . || 3 votes went ."},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Segment(tt.text)
			if r := render(got); r != tt.want {
				t.Errorf("Segment(%q)\n got %s\nwant %s", tt.text, r, tt.want)
			}
			checkSegments(t, tt.text, got)
		})
	}
}

func TestSegmentFields(t *testing.T) {
	text := "  Ushakov didn't agree.\n\nHe left. "
	got := Segment(text)
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2", len(got))
	}
	s := got[0]
	if s.Text != "Ushakov didn't agree." || s.Start != 2 || s.End != 23 {
		t.Errorf("sentence 1 = %q [%d:%d]", s.Text, s.Start, s.End)
	}
	want := []ud.Token{
		{ID: 1, Form: "Ushakov", Head: -1, Start: 2, End: 9},
		{ID: 2, Form: "did", Head: -1, Start: 10, End: 13},
		{ID: 3, Form: "n't", Head: -1, Start: 13, End: 16},
		{ID: 4, Form: "agree", Head: -1, Start: 17, End: 22, Misc: "SpaceAfter=No"},
		{ID: 5, Form: ".", Head: -1, Start: 22, End: 23},
	}
	if len(s.Tokens) != len(want) {
		t.Fatalf("tokens = %+v", s.Tokens)
	}
	for i := range want {
		if s.Tokens[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, s.Tokens[i], want[i])
		}
	}
	if len(s.Multiwords) != 1 || s.Multiwords[0] != (ud.Multiword{First: 2, Last: 3, Form: "didn't"}) {
		t.Errorf("multiwords = %+v", s.Multiwords)
	}
	if got[1].Tokens[0].ID != 1 || got[1].Text != "He left." {
		t.Errorf("sentence 2 = %+v", got[1])
	}
}

// checkSegments asserts Segment's invariants: offsets point at the forms,
// tokens and sentences are in order and do not overlap, every non-space
// character is in a token, IDs and multiword ranges are consistent.
func checkSegments(t *testing.T, text string, sents []ud.Sentence) {
	t.Helper()
	covered := make([]bool, len(text))
	prevEnd := 0
	for si, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d is empty", si)
		}
		if s.Start < prevEnd || s.End < s.Start || s.End > len(text) || s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d: bad span %d:%d (previous end %d) text %q", si, s.Start, s.End, prevEnd, s.Text)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			t.Fatalf("sentence %d: span %d:%d is not its tokens'", si, s.Start, s.End)
		}
		for i, tok := range s.Tokens {
			if tok.ID != i+1 || tok.Head != -1 {
				t.Fatalf("sentence %d token %d: ID %d head %d", si, i, tok.ID, tok.Head)
			}
			if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(text) || text[tok.Start:tok.End] != tok.Form {
				t.Fatalf("sentence %d token %d: %q at %d:%d (previous end %d)", si, i, tok.Form, tok.Start, tok.End, prevEnd)
			}
			for k := tok.Start; k < tok.End; k++ {
				covered[k] = true
			}
			prevEnd = tok.End
		}
		for _, m := range s.Multiwords {
			if m.First < 1 || m.Last <= m.First || m.Last > len(s.Tokens) {
				t.Fatalf("sentence %d: multiword %+v out of range", si, m)
			}
			if m.Form != text[s.Tokens[m.First-1].Start:s.Tokens[m.Last-1].End] {
				t.Fatalf("sentence %d: multiword %+v does not spell its words", si, m)
			}
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("byte %d (%q) of %q is in no token", i, text[i:i+n], text)
		}
		i += n
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith's parents' house.\n\n“No!” he said.", "U.S.-Russia e-mail 713-853-3989 $5.5",
		"http://x.y/(a)). bob@x.org", "''''...!!!???", "can't won't gonna cannot", "a\u00a0b\u2009c —–",
		"\xff\xfe'\x80s", ":) ;-) <3", "(((\"", "’s 's", "a-", "-a-", "..",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSegments(t, text, Segment(text))
	})
}
