package ud

// Surface is one surface token of a sentence, as written in the text: a
// word, or a multiword token ("don't") standing for the words
// Tokens[First..Last] ("do", "n't").
type Surface struct {
	Form        string
	First, Last int // indices into Sentence.Tokens
	SpaceAfter  bool
}

// Surface lists the surface tokens of s in order.
func (s *Sentence) Surface() []Surface {
	out := make([]Surface, 0, len(s.Tokens))
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
			out = append(out, Surface{Form: m.Form, First: i, Last: last, SpaceAfter: SpaceAfter(m.Misc)})
			i = last
			mw++
			continue
		}
		out = append(out, Surface{Form: t.Form, First: i, Last: i, SpaceAfter: SpaceAfter(t.Misc)})
	}
	return out
}
