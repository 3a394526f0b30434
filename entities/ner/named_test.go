package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum"
	"github.com/actorgraph/actorgraph/syntax"
)

func readSample(t *testing.T) []gum.Document {
	t.Helper()
	f, err := os.Open("../gum/testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := gum.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// words returns the forms of tokens [i, j) of a sentence.
func words(s *syntax.Sentence, i, j int) string {
	var w []string
	for _, t := range s.Tokens[i:j] {
		w = append(w, t.Form)
	}
	return strings.Join(w, " ")
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
			got := NamedMentions(d)
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
