package relations

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
)

// speakingVerbs are the verbs whose subject speaks for the body it is
// introduced with (see speakerBodies).
var speakingVerbs = words.Set("say tell add note warn argue insist explain comment")

// speakerBodies reads the body that a speaker is introduced with, with no
// role between them, as the body the speaker works for: "Ann Reed of
// Amnesty International said", "Amnesty International's Ann Reed told
// reporters", "said Ann Reed from the Velmar Institute" (a party's
// speaker is its member). One who speaks in a news story is named with
// the body that makes the words count; a place ("Tom Hale of Ohio"), a
// state or a name that opens with no given name (a firm the recogniser
// took for a person) gives nothing, and neither does a body the article
// relates the speaker to otherwise, in any sentence ("Velmar chairman Ann
// Reed", "Reed, an analyst at Velmar"): the speakers' bodies are added
// once the article is read (addSpeakers). A name of one word ("Helen of
// Velmar Corp") may be the start of the body's own.
func (r *reader) speakerBodies() {
	f := r.a.found
	for _, sp := range f.InSentence(r.si) {
		name := f.Actor(sp.Actor).Name
		if sp.Kind != entities.NameSpan || f.Actor(sp.Actor).Type != graph.Person || !givenNamed(name) || !strings.Contains(name, " ") {
			continue
		}
		h := sp.Head
		for k := sp.Start; k < sp.End; k++ {
			if p := r.t.Head(k); p < sp.Start || p >= sp.End {
				h = k // the name's top, which the parser may make its first word
				break
			}
		}
		v := r.t.Head(h)
		if v < 0 || r.t.Rel(h) != "nsubj" || !speakingVerbs[r.t.Lemma(v)] {
			continue
		}
		bodies := r.t.Kids[h]
		if p := sp.Start - 1; p > 0 && r.t.Toks[p].UPOS == "PART" && r.t.Rel(p) == "case" {
			// "Amnesty's Ann Reed said", with the possessor hung on
			// the verb as its possessive or a second subject
			if b := r.t.Head(p); b >= 0 && (r.t.Toks[b].Deprel == "nmod:poss" || r.t.Toks[b].Deprel == "nsubj") && r.t.Head(b) == v {
				bodies = append(bodies[:len(bodies):len(bodies)], b)
			}
		}
		for _, k := range bodies {
			switch rel := r.t.Toks[k].Deprel; {
			case (rel == "nmod:poss" || rel == "nsubj") && k < sp.Start && r.t.Head(k) == v || rel == "nmod:poss" && r.t.Head(k) == h:
			case rel == "nmod" && k >= sp.End && (r.t.Prep(k) == "of" || r.t.Prep(k) == "from"):
			default:
				continue
			}
			o, ok := f.At(r.si, k)
			if !ok || o.Head != k || o.Actor == sp.Actor || f.Actor(o.Actor).Type != graph.Organization {
				continue
			}
			pred := worksFor
			if r.a.x.roles.IsParty(f.Actor(o.Actor).Name) {
				pred = "member-of"
			}
			r.a.speakers = append(r.a.speakers, speakerRel{r.si, reportedRel{sp.Actor, pred, o.Actor}})
		}
	}
}

// speakerRel is a speaker's body (see speakerBodies) and the sentence
// that introduced it.
type speakerRel struct {
	si int
	reportedRel
}

// addSpeakers adds the bodies of the article's speakers (speakerBodies)
// that nothing else relates them to.
func (a *article) addSpeakers() {
	for _, u := range a.speakers {
		if !a.related(u.s, u.o) && !a.related(u.o, u.s) {
			a.add(u.si, u.s, u.pred, u.o)
		}
	}
}
