package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

func readSample(t *testing.T) []GUMDocument {
	t.Helper()
	f, err := os.Open("testdata/ner/gum_sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadGUM(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// words returns the forms of tokens [i, j) of a sentence.
func words(s *ud.Sentence, i, j int) string {
	var w []string
	for _, t := range s.Tokens[i:j] {
		w = append(w, t.Form)
	}
	return strings.Join(w, " ")
}

func TestReadGUMMentions(t *testing.T) {
	docs := readSample(t)
	if len(docs) != 2 || docs[0].ID != "GUM_news_sample" || docs[1].ID != "GUM_bio_other" {
		t.Fatalf("documents %d, want GUM_news_sample and GUM_bio_other", len(docs))
	}
	type want struct {
		sent          int
		span, name    string // name "" when not named
		entity, etype string
		identity      string
	}
	tests := []struct {
		name string
		want want
	}{
		{"title and nested place", want{0, "U.S. President Donald Trump", "President Donald Trump", "1", "person", "Donald_Trump"}},
		{"nested single token", want{0, "U.S.", "U.S.", "2", "place", "United_States"}},
		{"apposition with common noun", want{0, "co-star Jensen Ackles", "Jensen Ackles", "3", "person", "Jensen_Ackles"}},
		{"modifier outside the name", want{0, "contemporary America", "America", "2", "place", "United_States"}},
		{"pronoun is not named", want{1, "He", "", "1", "person", "Donald_Trump"}},
		{"name with connectors", want{1, "the Royal Library of the Netherlands", "Royal Library of the Netherlands", "4", "organization", "Royal_Library_of_the_Netherlands"}},
		{"closing brackets stacked", want{1, "the Netherlands", "Netherlands", "5", "place", "Netherlands"}},
		{"head is a common noun", want{1, "the Obama administration", "", "6", "organization", "Presidency_of_Barack_Obama"}},
		{"name inside a common-noun mention", want{1, "Obama", "Obama", "7", "person", "Barack_Obama"}},
	}
	d := &docs[0]
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range d.Mentions {
				s := &d.Sentences[m.Sentence]
				if m.Sentence != tt.want.sent || words(s, m.Start, m.End) != tt.want.span {
					continue
				}
				name := ""
				if m.Named {
					name = words(s, m.NameStart, m.NameEnd)
				}
				got := want{m.Sentence, words(s, m.Start, m.End), name, m.Entity, m.EType, m.Identity}
				if got != tt.want {
					t.Errorf("mention %+v, want %+v", got, tt.want)
				}
				return
			}
			t.Errorf("no mention %q in sentence %d", tt.want.span, tt.want.sent)
		})
	}
	if len(d.Mentions) != 9 {
		t.Errorf("%d mentions, want 9", len(d.Mentions))
	}
}

func TestGUMChains(t *testing.T) {
	d := readSample(t)[0]
	tests := []struct {
		name   string
		entity string
		want   []string // mention spans in order
	}{
		{"name then pronoun across sentences", "1", []string{"U.S. President Donald Trump", "He"}},
		{"two mentions in one sentence", "2", []string{"U.S.", "contemporary America"}},
		{"singleton", "4", []string{"the Royal Library of the Netherlands"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := d.Chain(tt.entity)
			if !ok {
				t.Fatalf("no chain %s", tt.entity)
			}
			var got []string
			for _, m := range c.Mentions {
				got = append(got, words(&d.Sentences[m.Sentence], m.Start, m.End))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("chain %s = %q, want %q", tt.entity, got, tt.want)
			}
		})
	}
	var order []string
	for _, c := range d.Chains {
		order = append(order, c.Entity)
	}
	if got := strings.Join(order, " "); got != "1 2 3 4 5 6 7" {
		t.Errorf("chains in order %s, want 1 2 3 4 5 6 7", got)
	}
	if _, ok := d.Chain("99"); ok {
		t.Error("Chain(99) found a chain")
	}
}

func TestNamedMentions(t *testing.T) {
	docs := readSample(t)
	tests := []struct {
		name string
		doc  int
		want [][]string
	}{
		{"nested names, longest kept", 0, [][]string{
			{"Location:U.S.", "Person:President Donald Trump", "Person:Jensen Ackles", "Location:America"},
			{"Organization:Royal Library of the Netherlands", "Person:Obama"},
		}},
		{"and ends names", 1, [][]string{{"Person:Kim"}, {"Location:Sweden", "Location:Norway", "Location:National Air"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &docs[tt.doc]
			got := d.NamedMentions()
			if len(got) != len(tt.want) {
				t.Fatalf("%d sentences, want %d", len(got), len(tt.want))
			}
			for si, ms := range got {
				var g []string
				for _, m := range ms {
					g = append(g, m.Type.String()+":"+words(&d.Sentences[si], m.Start, m.End))
				}
				if strings.Join(g, "|") != strings.Join(tt.want[si], "|") {
					t.Errorf("sentence %d: %q, want %q", si, g, tt.want[si])
				}
			}
		})
	}
}

func TestReadGUMErrors(t *testing.T) {
	line := func(id int, form, misc string) string {
		return strings.Join([]string{itoa(id), form, form, "X", "X", "_", "0", "root", "_", misc}, "\t")
	}
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"unclosed mention", []string{line(1, "a", "Entity=(1-person-new"), line(2, "b", "_")}, "not closed"},
		{"closing without opening", []string{line(1, "a", "Entity=2)")}, "no open mention"},
		{"minspan outside the span", []string{line(1, "a", "Entity=(1-person-new-nnnnn-cf1-3-sgl)")}, "minspan"},
		{"malformed bracket", []string{line(1, "a", "Entity=(1)")}, "bad entity opening"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "# newdoc id = d\n# sent_id = d-1\n" + strings.Join(tt.lines, "\n") + "\n\n"
			_, err := ReadGUM(strings.NewReader(src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func itoa(i int) string { return string(rune('0' + i)) }

func TestActorType(t *testing.T) {
	tests := []struct {
		etype string
		want  graph.ActorType
	}{
		{"person", graph.Person}, {"organization", graph.Organization}, {"place", graph.Location},
		{"abstract", graph.Unknown}, {"time", graph.Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.etype, func(t *testing.T) {
			if got := (GUMMention{EType: tt.etype}).ActorType(); got != tt.want {
				t.Errorf("ActorType() = %v, want %v", got, tt.want)
			}
		})
	}
}
