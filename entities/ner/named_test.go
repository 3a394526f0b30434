package ner

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/entities/gum/gumtest"
)

func TestNamedMentions(t *testing.T) {
	docs := gumtest.SampleDocuments(t)
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
					g = append(g, m.Type.String()+":"+gumtest.Words(&d.Sentences[si], m.Start, m.End))
				}
				if strings.Join(g, "|") != strings.Join(tt.want[si], "|") {
					t.Errorf("sentence %d: %q, want %q", si, g, tt.want[si])
				}
			}
		})
	}
}
