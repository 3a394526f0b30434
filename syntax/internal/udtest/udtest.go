// Package udtest builds the ud sentences of tests from words written
// compactly, their fields joined by slashes: "can/AUX/MD".
package udtest

import (
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Sentences returns a sentence for each line, with a word for each
// space-separated part of the line. The slash-separated fields of a word
// set, in order, those that layout names: with layout "form/upos/xpos",
// "can/AUX/MD" is the form "can" tagged AUX and MD. The names are form,
// lemma, upos, xpos and deprel. Words are numbered from 1 and carry no
// head and no offsets (-1).
func Sentences(t testing.TB, layout string, lines ...string) []ud.Sentence {
	t.Helper()
	names := strings.Split(layout, "/")
	var out []ud.Sentence
	for _, l := range lines {
		var s ud.Sentence
		for i, w := range strings.Fields(l) {
			f := strings.Split(w, "/")
			if len(f) != len(names) {
				t.Fatalf("word %q has %d fields, want %s", w, len(f), layout)
			}
			tok := ud.Token{ID: i + 1, Head: -1, Start: -1, End: -1}
			for k, name := range names {
				switch name {
				case "form":
					tok.Form = f[k]
				case "lemma":
					tok.Lemma = f[k]
				case "upos":
					tok.UPOS = f[k]
				case "xpos":
					tok.XPOS = f[k]
				case "deprel":
					tok.Deprel = f[k]
				default:
					t.Fatalf("layout %q names an unknown field %q", layout, name)
				}
			}
			s.Tokens = append(s.Tokens, tok)
		}
		out = append(out, s)
	}
	return out
}

// Tagged returns the sentences of lines whose words are written
// "form/UPOS/XPOS", as the tagger's tests write them.
func Tagged(t testing.TB, lines ...string) []ud.Sentence {
	t.Helper()
	return Sentences(t, "form/upos/xpos", lines...)
}

// Lemmatized returns the sentences of lines whose words are written
// "form/lemma/UPOS/XPOS", as the lemmatizer's tests write them.
func Lemmatized(t testing.TB, lines ...string) []ud.Sentence {
	t.Helper()
	return Sentences(t, "form/lemma/upos/xpos", lines...)
}
