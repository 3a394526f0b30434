package extract_test

import (
	"context"
	"testing"
	"unicode/utf8"
)

// FuzzArticle runs the whole pipeline on arbitrary text: it must return,
// never panic or recurse without end, and every relation it gives must
// link two of the article's actors. The seeds are constructions whose
// readings call one another (reciprocals, relative clauses, reported
// speech, appositions).
func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"Chile and Peru accused each other of violating the ceasefire.",
		"Chile and Peru said each other was to blame.",
		"Each other blamed one another, and one another each other.",
		"Kenya, whose president met Uganda's, said Tanzania was to blame for it.",
		"The minister of Ghana, Ama Owusu, who Togo's leader praised, visited Benin.",
		"",
		"\x00\xff, , ,",
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return // the command replaces bad bytes and caps article sizes before this
		}
		art, err := p.Article(context.Background(), "fuzz.txt", []byte(text))
		if err != nil {
			return
		}
		for _, r := range art.Relations {
			_, sok := art.Actor(r.Subject)
			_, ook := art.Actor(r.Object)
			if !sok || !ook {
				t.Fatalf("%q: relation %+v links no actor of %d", text, r, len(art.Actors))
			}
		}
	})
}
