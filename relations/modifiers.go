package relations

import (
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
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
		pre, post, hyphen := strings.Cut(tok.Form, "-")
		if a, ok := modifier[i]; ok && hyphen {
			subj, part, head = a, strings.ToLower(post), t.Head(i)
		} else if a, ok := r.party.Prefix(i, pre); ok && hyphen && hyphenParticiple(post) {
			// "the Democratic-controlled House": a party word
			subj, part, head = a, strings.ToLower(post), t.Head(i)
		} else if i+2 < len(t.Toks) && t.Toks[i+1].Form == "-" && hyphenParticiple(t.Toks[i+2].Form) {
			if a, ok := r.spanActor(i); ok {
				subj = a
			} else if a, _, ok := r.party.At(i); ok && a >= 0 {
				subj = a // "the Democratic - controlled House": a party word
			}
			part, head = strings.ToLower(t.Toks[i+2].Form), t.Head(i+2)
			if i+3 < len(t.Toks) {
				// "Turkey - backed Ahmad al-Sharaa": the name that follows;
				// but in "the London - based Swedish financier Erik Lund"
				// the state's adjective is a modifier beside the hyphen's,
				// unless the noun is the state's government ("the Cuba -
				// backed Angolan government")
				if sp, ok := r.a.found.At(r.si, i+3); ok && (sp.Kind != entities.DemonymSpan || r.ruled(head)) {
					head = i + 3
				}
			}
			if head == i {
				head = t.Head(i)
			}
		}
		if subj < 0 || head < 0 {
			continue
		}
		if sp, _ := r.a.found.At(r.si, i); part == "born" && sp.Kind == entities.DemonymSpan {
			// "the Chilean-born writer": a nationality's adjective,
			// which names the state only when it acts
			continue
		}
		// "the London-based Swedish financier Erik Lund": a state or a
		// place beside the noun is another modifier of it, not what is
		// based in the place; the search goes on to the name
		fits := func(a graph.ActorID, ok bool) (graph.ActorID, bool) {
			return a, ok && !(locative[part] != "" && r.a.place(a))
		}
		if parties := r.betweenParties(head); len(parties) > 1 && locative[part] == "" {
			// "the U.S.-brokered truce between Israel and Hamas": the
			// third party acts on each party the event is between
			for _, a := range parties {
				r.a.add(r.si, subj, predicate(part), a)
			}
			continue
		}
		o, ok := fits(r.actorAt(head))
		if !ok && r.roleWord(head) != "" {
			// "the Russia-backed leader Viktor Yanukovych"; not past a
			// complement, "a London-based representative of the
			// Velmar Group", whom the role is of
			for k := head + 1; k < len(t.Toks) && k <= head+3 && !ok && !isFunctionWord(t.Toks[k].UPOS); k++ {
				o, ok = fits(r.spanActor(k))
			}
		}
		if !ok {
			// "the U.S.-led NATO alliance": the name that the noun heads
			// (a state's adjective there, "the Brazil-backed Bolivian
			// party", modifies the noun beside the hyphen's word)
			for c := range t.Dependents(head, "compound") {
				if sp, found := r.a.found.At(r.si, c); found && c > i && !ok && (sp.Kind != entities.DemonymSpan || r.ruled(head)) {
					o, ok = fits(sp.Actor, true)
				}
			}
		}
		if !ok && head >= 0 && t.Rel(head) == "appos" {
			// "Tarvex, a Mumbai-based conglomerate": the apposition's actor
			o, ok = fits(r.actorAt(t.Head(head)))
		}
		if !ok && head >= 0 && t.Has(head, "cop") && t.Asserted(r.a.x.lex, head) {
			// "Tarvex is a Mumbai-based conglomerate": the copula's subject
			for c := range t.Dependents(head, "nsubj") {
				if !ok {
					o, ok = fits(r.actorAt(c))
				}
			}
		}
		if !ok && head >= 0 {
			// "the Mumbai-based conglomerate Tarvex": the name in
			// apposition to the noun
			for c := range t.Dependents(head, "appos") {
				if c > i && !ok {
					o, ok = fits(r.actorAt(c))
				}
			}
		}
		if !ok && head >= 0 && head+1 < len(t.Toks) && t.Toks[head].UPOS == "NOUN" {
			// "London-based sugar trader Kaines Ltd": the name right
			// after the noun, however the parser hung it
			if sp, found := r.nameAt(head + 1); found && sp.Start == head+1 && sp.Kind == entities.NameSpan {
				o, ok = fits(sp.Actor, true)
			}
		}
		switch {
		case !ok:
		case locative[part] != "":
			// "the Geneva-based Red Cross": the body is based in the
			// place; "the Chilean-born banker Ann Reed" was born there
			r.a.add(r.si, o, predicate(locative[part], "in"), subj)
		default:
			r.a.add(r.si, subj, predicate(part), o)
		}
	}
}

// betweenParties returns the actors that the "between" or "among"
// phrase of event noun n names: "a truce between Israel and Hamas".
func (r *reader) betweenParties(n int) []graph.ActorID {
	if n < 0 {
		return nil
	}
	if _, ok := r.eventNoun(n); !ok {
		return nil
	}
	var out []graph.ActorID
	for c := range r.t.Dependents(n, "nmod") {
		if p := r.t.Prep(c); p == "between" || p == "among" {
			out = append(out, r.actorsOf(c)...)
		}
	}
	return out
}

// ruled reports whether token n is a noun for a state's government, which a
// state's adjective before it stands for: "the Angolan government".
func (r *reader) ruled(n int) bool {
	return n >= 0 && (governments[r.t.Lemma(n)] || ruledBodies[r.t.Lemma(n)])
}

// hyphenParticiple reports whether w is a participle after a hyphen:
// "Turkey-backed", and the short "U.S.-led" and "Peru-born".
func hyphenParticiple(w string) bool {
	return entities.IsParticiple(w) || strings.EqualFold(w, "led") || strings.EqualFold(w, "born")
}

// locative are the participles after which a hyphenated actor is where the
// modified one sits or was born, not what acted on it, each with the
// verb of its predicate (with "in").
var locative = map[string]string{"based": "based", "headquartered": "based", "born": "born"}

// ruledBodies are the nouns a party that holds power in a state
// modifies: "Norway's Labour government", "the Fidesz regime of Hungary".
var ruledBodies = words.Set("government regime cabinet")

// governingParties reads "Sweden's Social Democratic government" as
// (Social Democratic Party, governs, Sweden) and "Sri Lanka's ruling
// Freedom Party" as (Freedom Party, rules, Sri Lanka): a party
// written before a state's government, or after the word "ruling", in a
// phrase a state owns. The phrase is read word by word, not off the
// parse, which often makes "minority" or a verb after the party its head.
func (r *reader) governingParties() {
	t := r.t
	governs, rules := predicate("governs"), predicate("rules") // made once, not for every token
	for i := range t.Toks {
		var (
			party graph.ActorID = -1
			pred                = governs
			open                = i // the first word of the phrase before the owner
		)
		switch {
		case ruledBodies[t.Lemma(i)] && t.Toks[i].UPOS == "NOUN":
			for k := i - 1; k >= 0 && k >= i-6 && modifierWord(t.Toks[k].UPOS); k-- {
				if a, ok := r.partyAt(k); ok {
					party = a
				}
				open = k
			}
		case t.Lower(i) == "ruling" && i+1 < len(t.Toks):
			party, _ = r.partyAt(i + 1)
			pred = rules
		}
		if party < 0 {
			continue
		}
		if state, ok := r.stateOwner(open, i); ok && state != party {
			r.a.add(r.si, party, pred, state)
		}
	}
}

// modifierWord reports whether a word of the tag upos may stand between a
// noun and its owner: "Norway's [minority Labour] government".
func modifierWord(upos string) bool {
	return upos == "PROPN" || upos == "ADJ" || upos == "NOUN" || upos == "PUNCT"
}

// stateOwner returns the state that owns the phrase from token open to
// noun n: written before it with a possessive ("Norway's"), or after the
// noun with "of" ("the government of Norway").
func (r *reader) stateOwner(open, n int) (graph.ActorID, bool) {
	t := r.t
	var cands []int
	if open >= 4 && t.Lower(open-1) == "and" && t.Toks[open-2].UPOS == "NOUN" {
		open -= 2 // "Cuba's cabinet and ruling Communist Party": the owner of both
	}
	if open >= 2 && t.Toks[open-1].XPOS == "POS" {
		cands = append(cands, open-2)
	}
	if n+2 < len(t.Toks) && t.Lower(n+1) == "of" {
		cands = append(cands, n+2)
	}
	for _, k := range cands {
		if a, ok := r.spanActor(k); ok && r.a.found.Actor(a).Type == graph.Country {
			return a, true
		}
	}
	return -1, false
}

// partyAt returns the party that token k names: a party word the article
// has an actor for ("Labour"), or an organisation.
func (r *reader) partyAt(k int) (graph.ActorID, bool) {
	if a, _, ok := r.party.At(k); ok && a >= 0 {
		return a, true
	}
	a, ok := r.spanActor(k)
	if !ok || r.a.found.Actor(a).Type != graph.Organization {
		return -1, false
	}
	return a, true
}

// adjective reads an adjective of a standing relation or an attitude
// (lexicon.txt's [adjective]) said of its subject: "Lee is close to Park"
// (close-to), "Peru remained critical of Chile" (critical-of); a
// comparative is looked up by its base but keeps its form in the
// predicate ("grew closer to" is closer-to).
func (r *reader) adjective(a int) {
	t := r.t
	lx := r.a.x.lex
	switch {
	case t.Has(a, "cop"):
		if !t.Asserted(lx, a) {
			return
		}
	case t.Rel(a) == "xcomp":
		// "remained friendly to Russia", "grew closer to Iran"
		if h := t.Head(a); !linkingVerbs[t.Lemma(h)] || !t.Asserted(lx, h) {
			return
		}
	default:
		return
	}
	base, word := t.Lemma(a), t.Lemma(a)
	if w := t.Lower(a); strings.HasSuffix(w, "er") && t.Toks[a].XPOS == "JJR" {
		word = w // the predicate keeps the comparative: "grew closer to" is closer-to
		if base == w {
			base = strings.TrimSuffix(w, "er") // "closer", when the lemmatizer keeps it
			if strings.HasSuffix(base, "i") {
				base = strings.TrimSuffix(base, "i") + "y" // "friendlier"
			}
		}
	}
	for c := range t.Dependents(a, "obl", "nmod") {
		p := t.Prep(c)
		if !lx.Adjectives[base+" "+p] {
			continue
		}
		objs := r.actorsOf(c)
		if len(objs) == 0 {
			continue
		}
		for _, s := range r.subjects(a, 0) {
			for _, o := range objs {
				r.a.add(r.si, s, predicate(word, p), o)
			}
		}
	}
}

// linkingVerbs say what their subject is, or becomes, as a copula does.
var linkingVerbs = words.Set("remain stay become grow seem appear prove")

// stateHeld are the participles that, after "state-" or "government-",
// say what a state does with a body it holds, and the predicate.
var stateHeld = map[string]string{"owned": "owns", "run": "runs", "controlled": "controls"}

// stateOwned reads "Kenya's state-owned Kenya Power Corp" and
// "Chinese state-run Xinhua" as (Kenya, owns, Kenya Power Corp)
// and (China, runs, Xinhua): a state written before "state-owned" (or
// "government-run" ...) holds the organisation named after it. The
// phrase is read word by word: the parser seldom makes one of it.
func (r *reader) stateOwned() {
	t := r.t
	f := r.a.found
	for i := 1; i+2 < len(t.Toks); i++ {
		if w := t.Lower(i); (w != "state" && w != "government") || t.Toks[i+1].Form != "-" {
			continue
		}
		held, ok := stateHeld[t.Lower(i+2)]
		if !ok {
			continue
		}
		owner := i - 1 // "Chinese state-run"
		if owner >= 1 && t.Toks[owner].XPOS == "POS" {
			owner-- // "Taiwan's state-owned"
		}
		state, ok := r.spanActor(owner)
		if !ok || f.Actor(state).Type != graph.Country {
			continue
		}
		for k := i + 3; k < len(t.Toks) && k <= i+5; k++ {
			if o, ok := r.spanActor(k); ok {
				if typ := f.Actor(o).Type; typ == graph.Organization && o != state {
					r.a.add(r.si, state, predicate(held), o)
				}
				break
			}
		}
	}
}

// nationalFirms reads "the Japanese carmaker Toyota" and "U.S. chip maker
// Velmar Corp" as (Toyota, based-in, Japan): a state, or its adjective,
// written before the common nouns that say what an organisation named
// right after them is places it there. The phrase is read word by word:
// the parser often makes the nouns and the name two subjects. A role
// ("the Japanese Foreign Minister") or a noun of kin ends it; a party, a
// state's own institution (which the table of officials knows) is no
// firm there.
func (r *reader) nationalFirms() {
	t := r.t
	f := r.a.found
	for _, sp := range f.InSentence(r.si) {
		if sp.Start < r.body || f.Actor(sp.Actor).Type != graph.Country || sp.End >= len(t.Toks) {
			continue
		}
		if sp.Kind != entities.NameSpan && sp.Kind != entities.DemonymSpan {
			continue // "its press office", "the partner's"
		}
		k := sp.End
		for k < len(t.Toks) && k-sp.End < 4 && commonWord(t.Toks[k]) && r.roleWord(k) == "" {
			k++
		}
		if k == sp.End || k >= len(t.Toks) || t.Toks[k-1].UPOS == "ADJ" {
			continue // "the Japanese Toyota", "U.S. big Velmar"
		}
		os, ok := f.At(r.si, k)
		if !ok || os.Start != k || os.Kind != entities.NameSpan || f.Actor(os.Actor).Type != graph.Organization || r.Party(os.Actor) {
			continue
		}
		if os.End < len(t.Toks) && commonWord(t.Toks[os.End]) {
			continue // "the U.S. press office Velmar account": the name only qualifies
		}
		o := os.Actor
		if _, ok := r.a.x.officials.StateOf(f.Actor(o).Name); ok {
			continue // "the U.S. agency FEMA" is part of the state
		}
		r.a.add(r.si, o, predicate("based", "in"), sp.Actor)
	}
}

// commonWord reports whether tok is a lower-case noun or adjective: a word
// of the description between a state and a firm's name ("carmaker",
// "state oil", "aircraft maker").
func commonWord(tok ud.Token) bool {
	if tok.Form == "" || !unicode.IsLower([]rune(tok.Form)[0]) {
		return false
	}
	switch tok.UPOS {
	case "NOUN", "ADJ", "PROPN":
		return true
	}
	return false
}
