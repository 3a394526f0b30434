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
	for i, tok := range t.Toks {
		var subj graph.ActorID = -1
		var part string
		head := -1
		if a, ok := modifier[i]; ok && strings.Contains(tok.Form, "-") {
			_, post, _ := strings.Cut(tok.Form, "-")
			subj, part, head = a, strings.ToLower(post), t.Head(i)
		} else if i+2 < len(t.Toks) && t.Toks[i+1].Form == "-" && hyphenParticiple(t.Toks[i+2].Form) {
			if a, ok := r.spanActor(i); ok {
				subj = a
			}
			part, head = strings.ToLower(t.Toks[i+2].Form), t.Head(i+2)
			if i+3 < len(t.Toks) {
				if _, ok := r.spanActor(i + 3); ok {
					head = i + 3 // "Turkey - backed Ahmad al-Sharaa": the name that follows
				}
			}
			if head == i {
				head = t.Head(i)
			}
		}
		if subj < 0 || head < 0 {
			continue
		}
		o, ok := r.actorAt(head)
		if !ok && r.roleWord(head) != "" {
			// "the Russia-backed leader Viktor Yanukovych"
			for k := head + 1; k < len(t.Toks) && k <= head+3 && !ok; k++ {
				o, ok = r.spanActor(k)
			}
		}
		if !ok {
			// "the U.S.-led NATO alliance": the name that the noun heads
			for _, c := range t.Children(head, "compound") {
				if c > i && !ok {
					o, ok = r.spanActor(c)
				}
			}
		}
		if !ok && head >= 0 && t.Rel(head) == "appos" {
			// "Tarvex, a Mumbai-based conglomerate": the apposition's actor
			o, ok = r.actorAt(t.Head(head))
		}
		switch {
		case !ok:
		case locative[part]:
			// "the Geneva-based Red Cross": the body is based in the place
			r.a.add(r.si, o, predicate("based", "in"), subj)
		default:
			r.a.add(r.si, subj, predicate(part), o)
		}
	}
}

// hyphenParticiple reports whether w is a participle after a hyphen:
// "Turkey-backed", and the short "U.S.-led".
func hyphenParticiple(w string) bool {
	return entities.IsParticiple(w) || strings.EqualFold(w, "led")
}

// locative are the participles after which a hyphenated actor is where the
// modified one sits, not what acted on it.
var locative = map[string]bool{"based": true, "headquartered": true}
