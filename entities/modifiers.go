package entities

import (
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// findModifiers finds the actors named as the first part of a hyphenated
// participle: "Turkey-backed", "Iranian-sponsored". The name
// before the hyphen must be one the gazetteer knows (a name or a demonym):
// a hyphenated word hides the capital letters and tags that tell a name
// from a word. Each becomes a ModifierSpan of the whole word; an actor the
// article names nowhere else is added as unnamed.
func (x *Finder) findModifiers(f *Found, sents []ud.Sentence) {
	for si := range sents {
		for ti, tok := range sents[si].Tokens {
			pre, post, ok := strings.Cut(tok.Form, "-")
			if !ok || pre == "" || !IsParticiple(post) {
				continue
			}
			var id graph.ActorID
			if n, e, ok := x.gaz.Match([]string{pre}, 0); ok && n == 1 && e.Type != graph.Unknown {
				id = f.ActorNamed(e.Canonical, e.Type)
			} else if c, ok := x.gaz.Demonym(pre); ok {
				id = f.ActorNamed(c, graph.Country)
			} else {
				continue
			}
			f.Modifiers = append(f.Modifiers, Span{Sentence: si, Start: ti, End: ti + 1, Head: ti, Actor: id, Kind: ModifierSpan})
		}
	}
}

// IsParticiple reports whether w looks like a past participle used as a
// modifier ("backed", "led", "sponsored", "held").
func IsParticiple(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || w == "held" || w == "run" || w == "built" || w == "won")
}
