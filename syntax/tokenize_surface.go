package syntax

import "strings"

// surface is one surface token of a sentence: a word, or a multiword token
// standing for the words Tokens[first..last].
type surface struct {
	form        string
	first, last int // indices into Sentence.Tokens
	spaceAfter  bool
}

// surfaceTokens lists the surface tokens of s in order.
func surfaceTokens(s *Sentence) []surface {
	out := make([]surface, 0, len(s.Tokens))
	mw := 0
	for i := 0; i < len(s.Tokens); i++ {
		t := &s.Tokens[i]
		for mw < len(s.Multiwords) && s.Multiwords[mw].Last < t.ID {
			mw++
		}
		if mw < len(s.Multiwords) && s.Multiwords[mw].First == t.ID {
			m := s.Multiwords[mw]
			last := i + m.Last - m.First
			if last >= len(s.Tokens) {
				last = len(s.Tokens) - 1
			}
			out = append(out, surface{form: m.Form, first: i, last: last, spaceAfter: SpaceAfter(m.Misc)})
			i = last
			mw++
			continue
		}
		out = append(out, surface{form: t.Form, first: i, last: i, spaceAfter: SpaceAfter(t.Misc)})
	}
	return out
}

// startsParagraph reports whether a treebank sentence opens a paragraph or
// a document ("# newpar", "# newdoc").
func startsParagraph(s *Sentence) bool {
	for _, c := range s.Comments {
		if c == "newpar" || strings.HasPrefix(c, "newpar ") || strings.HasPrefix(c, "newpar=") ||
			strings.HasPrefix(c, "newdoc") {
			return true
		}
	}
	return false
}
