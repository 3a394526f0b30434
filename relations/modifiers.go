package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
)

// hyphenModifiers reads "Turkey-backed Ahmad al-Sharaa" as (Turkey, backed,
// Ahmad al-Sharaa): an actor joined by a hyphen to a past participle that
// modifies another actor, written as one word (a ModifierSpan of the
// entities) or as three ("Turkey - backed").
func (r *reader) hyphenModifiers() {
	t := r.t
	modifier := map[int]graph.ActorID{}
	for _, sp := range r.a.found.ModifiersIn(r.si) {
		modifier[sp.Start] = sp.Actor
	}
	for i, tok := range t.toks {
		var subj graph.ActorID = -1
		var part string
		head := -1
		if a, ok := modifier[i]; ok {
			_, post, _ := strings.Cut(tok.Form, "-")
			subj, part, head = a, strings.ToLower(post), t.head(i)
		} else if i+2 < len(t.toks) && t.toks[i+1].Form == "-" && entities.IsParticiple(t.toks[i+2].Form) {
			if a, ok := r.spanActor(i); ok {
				subj = a
			}
			part, head = strings.ToLower(t.toks[i+2].Form), t.head(i+2)
			if i+3 < len(t.toks) {
				if _, ok := r.spanActor(i + 3); ok {
					head = i + 3 // "Turkey - backed Ahmad al-Sharaa": the name that follows
				}
			}
			if head == i {
				head = t.head(i)
			}
		}
		if subj < 0 || head < 0 {
			continue
		}
		o, ok := r.actorAt(head)
		if !ok && r.roleWord(head) != "" {
			// "the Russia-backed leader Viktor Yanukovych"
			for k := head + 1; k < len(t.toks) && k <= head+3 && !ok; k++ {
				o, ok = r.spanActor(k)
			}
		}
		if ok {
			r.a.add(r.si, subj, predicate(part), o)
		}
	}
}
