package ud

import "strings"

// A treebank is a sequence of documents of paragraphs of sentences, which
// comments on a document's or a paragraph's first sentence mark.

// StartsParagraph reports whether a treebank sentence opens a paragraph or
// a document ("# newpar", "# newdoc").
func (s *Sentence) StartsParagraph() bool {
	for _, c := range s.Comments {
		if c == "newpar" || strings.HasPrefix(c, "newpar ") || strings.HasPrefix(c, "newpar=") ||
			strings.HasPrefix(c, "newdoc") {
			return true
		}
	}
	return false
}

// Documents returns the sentences of the documents whose "# newdoc id"
// starts with prefix (GUM_news_ for GUM's news).
func Documents(gold []Sentence, prefix string) []Sentence {
	var out []Sentence
	in := false
	for i := range gold {
		for _, c := range gold[i].Comments {
			if id, ok := strings.CutPrefix(c, "newdoc id ="); ok {
				in = strings.HasPrefix(strings.TrimSpace(id), prefix)
			}
		}
		if in {
			out = append(out, gold[i])
		}
	}
	return out
}
