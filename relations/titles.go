package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/dates"
	"github.com/actorgraph/actorgraph/entities"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/institutions"
	"github.com/actorgraph/actorgraph/relations/pairs"
	"github.com/actorgraph/actorgraph/relations/parties"
)

// heldRole is a role that a title or an apposition gives a person, with
// whom it is a role of: the owners written before the role ("Russian",
// "Russia's", "the Kremlin") and the complements after it ("to the United
// States", "for Ukraine").
type heldRole struct {
	rs      roleSpan
	owners  []graph.ActorID
	comps   []complement
	parties []graph.ActorID // "Republican Senator", "Ann Reed, a Democrat"
	former  bool            // "former President", "the late Shah"
	// body is set when a common noun before the role names what it is a
	// role of ("central bank president"): no state's office then
	body bool
}

// complement is an actor linked to a role by a preposition: "ambassador
// to France".
type complement struct {
	prep  string
	actor graph.ActorID
	start int // its first token
}

// titles reads the roles of every person named in the sentence from the
// title before the name and the apposition after it.
//
// A list of names shares a plural title ("Senators Ann Reed and Tom
// Hale") and a plural apposition after it; an apposition of as many
// coordinated roles as names gives them in order ("Reed and Hale, the
// panel's chairman and its top Democrat").
func (r *reader) titles() {
	for _, list := range r.nameLists() {
		first, last := list[0], list[len(list)-1]
		for _, h := range r.titleBefore(first, 0) {
			for _, sp := range list {
				switch {
				case sp.Actor == first.Actor:
					r.holds(sp.Actor, h)
				case r.pluralRole(h.rs):
					// "Governors Ann Reed of Iowa and Tom Hale of Ohio":
					// each holds the office of the place after the name
					if r.t.Lower(sp.End) == "of" {
						own := []heldRole{h}
						own[0].owners = nil
						r.placeAfterName(sp, own)
						h = own[0]
					}
					r.holds(sp.Actor, h)
				}
			}
		}
		after := r.titleAfter(last)
		switch {
		case len(list) > 1 && len(after) == 1 && r.plural(after[0].rs.head):
			for _, sp := range list {
				r.holds(sp.Actor, after[0]) // "Reed and Hale, both senators"
			}
		case len(list) > 1 && len(after) == len(list):
			for i, sp := range list {
				r.holds(sp.Actor, after[i]) // "respectively"
			}
		default:
			for _, h := range after {
				if r.plural(h.rs.head) {
					// "Reed, aides and ministers": a list that goes on,
					// not Reed's roles
					continue
				}
				r.holds(last.Actor, h) // "Reed and Hale, a senator": Hale
			}
		}
	}
}

// nameLists returns the persons named in the sentence, those named in a
// list ("Reed, Hale and Ortiz") together.
func (r *reader) nameLists() [][]entities.Span {
	f := r.a.found
	t := r.t
	var out [][]entities.Span
	prevEnd := -1
	for _, sp := range f.InSentence(r.si) {
		if prevEnd >= 0 && sp.Start < prevEnd {
			continue // the place after a name: "Reed of Iowa"
		}
		if sp.Kind != entities.NameSpan || !r.personal(sp) {
			prevEnd = -1
			continue
		}
		// "Reed, Hale and Ortiz"; not "Reed, Hale's adviser"
		joined := prevEnd >= 0 && sp.Start > prevEnd && !r.possessive(sp.End)
		for k := prevEnd; joined && k < sp.Start; k++ {
			w := t.Lower(k)
			joined = w == "," || w == "and" || w == "or"
		}
		if joined {
			out[len(out)-1] = append(out[len(out)-1], sp)
		} else {
			out = append(out, []entities.Span{sp})
		}
		prevEnd = sp.End
		if place, ok := r.placeAfter(sp); ok {
			prevEnd = place.End // "Reed of Iowa, Hale of Ohio"
		}
	}
	return out
}

// personal reports whether span sp names a person: an actor typed so, or
// one that a capitalised title stands right before ("Energy Secretary
// Ann Reed" typed a place by mistake still names a person).
func (r *reader) personal(sp entities.Span) bool {
	switch r.a.found.Actor(sp.Actor).Type {
	case graph.Person:
		return true
	case graph.Country:
		return false
	}
	k := sp.Start - 1
	if k < 0 || sp.End-sp.Start < 2 || !startsUpper(r.t.Toks[k].Form) {
		return false
	}
	rs, ok := r.roleAt(k)
	return ok && rs.end == sp.Start
}

// pluralRole reports whether role span rs is written in the plural, also
// when the tagger took a capitalised title for a singular name
// ("Governors" tagged NNP).
func (r *reader) pluralRole(rs roleSpan) bool {
	if r.plural(rs.head) {
		return true
	}
	w := r.t.Lower(rs.head)
	noun := rs.role.Noun[strings.LastIndexByte(rs.role.Noun, ' ')+1:]
	return w == noun+"s" || w == noun+"es"
}

// plural reports whether token k is a plural noun: "Senators", "leaders".
func (r *reader) plural(k int) bool {
	x := r.t.Toks[k].XPOS
	return x == "NNS" || x == "NNPS"
}

// serves reports whether a role's complements name whom it serves, a body
// or a person: "attorney for Velmar Corp", "economist at Harwick Bank". A
// state or place before such a role says where the holder works, or
// whence; not before "to", whither a state sends its envoys ("the U.S.
// envoy to the United Nations").
func (r *reader) serves(comps []complement) bool {
	for _, c := range comps {
		switch c.prep {
		case "for", "at", "with":
		default:
			continue
		}
		if typ := r.a.found.Actor(c.actor).Type; typ == graph.Organization || typ == graph.Person {
			return true
		}
	}
	return false
}

// holds records the relations of a role that person holds; a national
// office with neither owner nor complement ("President Lee") waits for
// the end of the article, which says whose office it is.
func (r *reader) holds(person graph.ActorID, h heldRole) {
	if r.roleDenied(h.rs.head) {
		return
	}
	if k, ok := r.deputyBefore(h.rs); ok {
		// "Deputy Foreign Minister Ana Soto" is no foreign minister;
		// "Vice Chairman Lee"
		h.rs.role.Noun = r.t.Lower(k) + "-" + h.rs.role.Noun
	}
	if h.rs.role.Noun == "counterpart" {
		r.counterpart(person, h)
		return
	}
	if h.former {
		r.a.pastHolders[person] = true // no office of a state's body to read from it (addStateOffices)
	}
	for _, p := range h.parties {
		r.a.add(r.si, person, predicate("member", "of"), p)
	}
	party := h.rs.role.Noun == parties.MemberRole.Noun
	for _, o := range h.owners {
		if party {
			if typ := r.a.found.Actor(o).Type; typ == graph.Location || typ == graph.Country {
				continue // "a Texas Republican" is from Texas, no member of it
			}
		}
		if h.rs.role.Kin && r.a.found.Actor(o).Type != graph.Person {
			continue // "his Chilean wife" is Chilean, no wife of Chile
		}
		if typ := r.a.found.Actor(o).Type; (typ == graph.Location || typ == graph.Country) && r.serves(h.comps) {
			continue // "a Texas attorney for Velmar Corp" works in Texas for Velmar
		}
		r.a.add(r.si, person, r.ownerPredicate(h.rs.role, o), o)
	}
	for _, c := range h.comps {
		if party {
			// "the ranking Democrat on the panel" sits on it; "a
			// Republican from Utah" is no member of Utah
			if r.a.found.Actor(c.actor).Type == graph.Organization && c.prep != "from" {
				r.a.add(r.si, person, predicate("member", "of"), c.actor)
			}
			continue
		}
		owned := slices.ContainsFunc(h.comps, func(d complement) bool { return d != c && ownerPrep(d.prep) }) ||
			slices.ContainsFunc(r.t.Children(h.rs.head, "nmod"), func(d int) bool { return ownerPrep(r.t.Prep(d)) })
		if r.heldIn(h.rs.role, c.prep, c.actor, owned) {
			continue // "an analyst at Lund Capital in Oslo"
		}
		if c.prep == "with" && r.a.found.Actor(c.actor).Type != graph.Organization {
			continue // "an analyst with Lund Capital" works there; "with" a state or a person says nothing of the kind
		}
		if h.rs.role.Kin && r.a.found.Actor(c.actor).Type != graph.Person {
			continue // "wife of a retired chairman of the Senate": kin of a person, not of a body
		}
		prep := c.prep
		if at, _ := h.rs.role.OwnerPrep(graph.Organization); prep == "of" && at == "at" && r.a.found.Actor(c.actor).Type == graph.Organization {
			prep = at // "an economist of the World Bank" works at it, as "the World Bank economist" does
		}
		r.a.add(r.si, person, predicate(r.ownedRoleNoun(h.rs.role, c.actor), prep), c.actor)
	}
	if len(h.comps) > 0 {
		return
	}
	if len(h.owners) == 0 && h.rs.role.National && !h.body && !r.corporateTitle(h.rs) {
		r.bareTitle(person, h.rs.role, h.former, r.bodyTitle(h.rs))
	}
	// "Senator Ann Reed", "U.S. Senator Ann Reed": a member of the Senate
	for _, o := range h.owners {
		if r.a.found.Actor(o).Type == graph.Organization {
			return
		}
	}
	if b, ok := parties.Body(r.a.found, h.rs.role, r.a.x.officials.IsStateName); ok {
		r.a.add(r.si, person, predicate("member", "of"), b)
	}
}

// titleBefore reads the title written before a person's name, right to
// left from the name: "Peruvian Ambassador to the United States Ana
// Ruiz" (ambassador-of Peru, ambassador-to United States), "U.N.
// press secretary Ana Ruiz", "Secretary of State for Trade Kemi Okoro",
// "President Lula's chief of staff Rui Costa" (chief-of-staff-to Lula),
// "Vice President and Foreign Minister Ali Reza" (two roles), and the
// inverted apposition "Iran's foreign minister, Ali Velayati".
//
// depth is 0 but when titleBefore reads the title of the first of two
// coordinated titled names.
func (r *reader) titleBefore(sp entities.Span, depth int) []heldRole {
	t := r.t
	k := sp.Start - 1
	if k > 1 && t.Toks[k-1].Form == "," && startsUpper(t.Toks[k].Form) && (ranks[t.Lower(k)] || honorifics[t.Lower(k)] || r.a.x.roles.IsTitle(t.Toks[k].Form) && r.roleWord(k) == "") {
		// "Kuwait's emir, Sheikh Jaber", "the army chief, General
		// Lee": the honorific or the rank is the name's, the role the
		// apposition's; not an office's title ("the panel's chairman,
		// Rep. Ann Reed")
		k--
	}
	if k > 0 && t.Toks[k].Form == "," {
		// "Iran's foreign minister, Ali Velayati", "the president of
		// Peru, Luis Arce" (the name in apposition to the role); not
		// "talks with Korean leaders, Lee said"
		rs, ok := r.roleAt(k - 1)
		if ok && slices.ContainsFunc(t.Children(rs.head, "case"), func(c int) bool { return t.Lower(c) == "as" }) {
			return nil // "as he begins his term as U.S. President, Lee said": the clause's subject's
		}
		if ok && t.Rel(rs.head) == "appos" && r.apposedBefore(rs) {
			return nil // "a note to Senator Hale, the committee's chairman, Reed asked": Hale's
		}
		if !ok {
			h, found := r.roleBefore(k-1, sp.Actor)
			ok = found && len(h.comps) > 0 && r.apposedTo(sp, h.rs.head)
			rs = h.rs
		}
		if !ok || r.plural(rs.head) {
			return nil
		}
		k--
	}
	if k >= 0 && t.Toks[k].UPOS == "ADP" {
		return nil // "a vice president with Lund Capital", "the lawyer for Ann Reed": the role's complement, not its holder
	}
	first, ok := r.roleBefore(k, sp.Actor)
	if !ok {
		return nil
	}
	held, owners, parties := r.ownersBefore(first.rs, sp.Actor, depth)
	held[0].comps, held[0].parties = first.comps, first.parties
	for i := range held {
		held[i].owners = owners
		held[i].parties = append(held[i].parties, parties...)
	}
	r.placeAfterName(sp, held)
	return held
}

// apposedBefore reports whether role rs, parsed in apposition, stands in
// apposition to a phrase before it with nothing but a comma between
// ("Senator Hale, the panel's chairman"), not after a conjunction ("Lee,
// the party's secretary, or the party's president, Park").
func (r *reader) apposedBefore(rs roleSpan) bool {
	t := r.t
	h := t.Head(rs.head)
	if h < 0 || h >= rs.start {
		return false
	}
	for k := h + 1; k < rs.start; k++ {
		if t.Toks[k].UPOS == "CCONJ" {
			return false
		}
	}
	return true
}

// apposedTo reports whether the name sp is parsed in apposition to role
// head n ("the president of Peru, Luis Arce"), or to the last word of its
// complement, as an apposition or a conjunct with no conjunction ("the
// head of the World Bank, Ana Soto"). A name the parser ran on across
// the comma, as a flat part of the word before it or of the comma, is
// in apposition too ("the ambassador to Peru, Ana Soto").
func (r *reader) apposedTo(sp entities.Span, n int) bool {
	t := r.t
	if sp.End < len(t.Toks) && t.Toks[sp.End].UPOS == "CCONJ" {
		return false // "the leader of Chile, Ana Soto and Luis Arce": a list
	}
	for k := sp.Start; k < sp.End; k++ {
		h := t.Head(k)
		if h >= sp.Start && h < sp.End {
			continue
		}
		rel := t.Rel(k)
		if rel == "flat" && h == sp.Start-1 && t.Toks[h].Form == "," {
			h, rel = t.Head(h), "appos"
		}
		if c, ok := r.a.found.At(r.si, sp.Start-2); ok && h >= c.Start && h < c.End && h > n {
			h = sp.Start - 2 // the complement's name of several words: "a spokesman for Velmar Corp, Tom Vale"
		}
		switch {
		case h == n:
			return rel == "appos" || rel == "flat"
		case h == sp.Start-2 && h > n:
			return rel == "appos" || rel == "flat" || rel == "conj" && !t.Has(k, "cc")
		}
		return false
	}
	return false
}

// roleBefore reads right to left from token k over the complements of a
// role ("to the United States", "for International Development") to the
// role itself, and returns it with the complements that name an actor. A
// party word is a role, membership: "Senate Republican Ann Reed".
func (r *reader) roleBefore(k int, self graph.ActorID) (heldRole, bool) {
	t := r.t
	var (
		comps []complement
		poss  bool // a possessive marker was just passed
	)
	for lowest := k - 15; k >= 0 && k > lowest; k-- {
		tok := t.Toks[k]
		if s, ok := r.nameAt(k); ok && !r.party.Is(k) {
			if s.Actor == self {
				break
			}
			// "to the United States"; not the possessor in "of Ukraine's
			// Security Council", nor the adjective that modifies the next
			// name, "of the Swedish Foreign Ministry"
			modifies := s.Kind == entities.DemonymSpan && len(comps) > 0 && comps[len(comps)-1].start == s.End
			if !poss && !modifies {
				comps = append(comps, complement{actor: s.Actor, start: s.Start})
			}
			k, poss = s.Start, false
			continue
		}
		if party, start, ok := r.party.EndingAt(k); ok && len(comps) == 0 {
			h := heldRole{rs: roleSpan{start: start, end: k + 1, head: start, role: parties.MemberRole}}
			if party >= 0 {
				h.parties = []graph.ActorID{party}
			}
			return h, true
		}
		if rs, ok := r.roleAt(k); ok {
			if rs.start == k && rs.end == k+1 && len(comps) == 0 && (r.a.x.roles.IsTitle(tok.Form) || ranks[t.Lower(k)] && startsUpper(tok.Form)) && k > 0 {
				if _, ok := r.roleAt(k - 1); ok {
					// "Foreign Minister Sheikh Salim", "army chief
					// General Tom Vale": the honorific or the rank is
					// the name's, the office before it
					continue
				}
			}
			// a complement inside the role phrase is part of it: "of State"
			var kept []complement
			for _, c := range comps {
				if c.prep != "" && c.start >= rs.end {
					kept = append(kept, c)
				}
			}
			return heldRole{rs: rs, comps: kept}, true
		}
		if r.possessive(k) {
			poss = true
			continue
		}
		w := t.Lower(k)
		switch {
		case poss:
		case tok.UPOS == "ADP":
			if n := len(comps); n > 0 && comps[n-1].prep == "" && rolePreps[w] {
				comps[n-1].prep = w
			}
			continue
		case tok.UPOS == "DET" || w == "-":
			continue
		case startsUpper(tok.Form) && tok.UPOS != "PRON" && tok.UPOS != "CCONJ":
			continue // "International Development", "State"
		}
		break
	}
	return heldRole{}, false
}

// honorifics are the role words that are only a person's honorific
// before a name, which an office may come before: "Emir Sheikh Jaber".
var honorifics = words.Set("sheikh")

// ranks are the military ranks written as a title before a name, which
// an office may come before ("army chief General Tom Vale",
// "Defence Minister Lieutenant General Tom Vale").
var ranks = words.Set("general colonel captain lieutenant major admiral brigadier marshal")

// ownersBefore reads right to left from the words before role rs: the
// actors it is a role of ("Russian", "Russia's", "the Kremlin", "his",
// "President Lula's"), its qualifiers ("former", "Finance", "press") and
// roles coordinated with it ("Vice President and Foreign Minister"). It
// returns the roles, rs first, their owners and the parties named before
// them ("Republican Senator"). holder is the person the title is
// written before.
func (r *reader) ownersBefore(rs roleSpan, holder graph.ActorID, depth int) ([]heldRole, []graph.ActorID, []graph.ActorID) {
	t := r.t
	f := r.a.found
	held := []heldRole{{rs: rs}}
	var (
		owners  []graph.ActorID
		parties []graph.ActorID
		poss    bool // a possessive marker was just passed
		and     bool // "and" was just passed
		former  bool // "former", "the late"
		body    bool // a common noun names what the role is of
		// bodyAt is the first token of the last owner read when it is a
		// body: a state right before it ("Polish National Bank head")
		// says whose the body is, not whose the role is
		bodyAt = -1
	)
	for k, lowest := rs.start-1, rs.start-12; k >= 0 && k > lowest; k-- {
		tok := t.Toks[k]
		if party, start, ok := r.party.EndingAt(k); ok && !poss {
			if party >= 0 {
				parties = append(parties, party) // "Republican Senator"
			}
			k, and = start, false
			continue
		}
		if s, ok := r.nameAt(k); ok && !(s.End-s.Start == 1 && portfolios[r.key(s.Start)]) {
			if r.possessivePronoun(s) {
				poss = true // "his national security adviser"
			}
			if s.End < len(t.Toks) && t.Toks[s.End].Form == "-" {
				break // "the Russia-backed leader": who backs him
			}
			if f.Actor(s.Actor).Type == graph.Person && !poss {
				// another person's name: "President Lee Minister Park"; in
				// "Kenyan President Ruto and Finance Minister Mbadi" the
				// second title shares the first one's state, unless its
				// holder is known as another state's official ("Japanese
				// Prime Minister Sato and President Reagan")
				if and && depth == 0 && len(owners) == 0 {
					for _, h := range r.titleBefore(s, 1) {
						for _, o := range h.owners {
							if f.Actor(o).Type == graph.Country && !slices.Contains(owners, o) && !r.officialElsewhere(holder, o) {
								owners = append(owners, o)
							}
						}
					}
				}
				break
			}
			if and && !poss {
				break // "pressure from Chile and President Lee": two parties, not Chile's president
			}
			if r.verbArgument(s, rs) {
				break // "Lee told Reuters Finance Secretary Ana Soto had ...": whom Lee told, not Soto's employer
			}
			if bodyAt >= 0 && f.Actor(s.Actor).Type == graph.Country && (s.End == bodyAt || poss && s.End+1 == bodyAt) {
				// "Swiss National Bank president", "Poland's National
				// Bank head": the bank's state, the bank's president
				k, poss = s.Start, false
				continue
			}
			if r.FirmsState(rs.start, s.Start, s.End) {
				break // "American Honda president": the firm's state, the firm's president
			}
			bodyAt = -1
			if pairs.HeadsBody(rs.role.Noun) && r.namedAfterState(s) {
				bodyAt = s.Start
			}
			owners = append(owners, s.Actor)
			if f.Actor(s.Actor).Type == graph.Person {
				break // "President Lula's": the words before are his
			}
			k, poss, and = s.Start, false, false
			continue
		}
		if rs, ok := r.roleAt(k); ok {
			if and {
				held = append(held, heldRole{rs: rs}) // "Vice President and Foreign Minister"
			} // else a qualifier: "senior adviser", "Deputy Foreign Minister"
			k, poss, and = min(k, rs.start), false, false
			continue
		}
		w := t.Lower(k)
		switch {
		case r.possessive(k):
			poss = true
			continue
		case poss:
			// a possessor that is no actor: "the company's chairman"
		case w == "and" || w == "&":
			// "Trade and Industry Secretary", "President and Prime
			// Minister"; not "Putin and Chinese Premier Li", where the
			// owner comes first
			if k > 0 && len(owners) == 0 && (startsUpper(t.Toks[k-1].Form) || r.isRoleWord(k-1)) {
				and = true
				continue
			}
		case w == "-" || tok.UPOS == "PART" && w != "not":
			continue
		case startsUpper(tok.Form) && tok.UPOS != "PRON" && tok.UPOS != "DET" && tok.UPOS != "ADP":
			and = false
			if pastWords[w] {
				former = true
			}
			if r.unreadBody(k) {
				body = true // "Banque Lorraine President": a body the finder did not read
			}
			continue // "Finance", "Former"
		case (tok.XPOS == "VBG" || tok.XPOS == "VBN") && t.Head(k) < k:
			// a verb of its own: "a court sentenced former commander Lee"
		case tok.UPOS == "ADJ" || tok.UPOS == "NOUN" || tok.XPOS == "VBG" || tok.XPOS == "VBN":
			and = false
			if pastWords[w] {
				former = true
			}
			if r.bodyNoun(k, rs) {
				body = true // "central bank president", "party leader"
			}
			continue // "former", "senior", "press", "commercial", "incoming"
		}
		break
	}
	for i := range held {
		held[i].former, held[i].body = former, body
	}
	return held, owners, parties
}

// FirmsState reports whether the state named at tokens [start, end) is
// written before the name of an organisation that ends before the role
// at token n and that the state is only where it is from, not whose the
// role is: a firm or an association, by its name ("Norland Growers
// Association president"), or after "American", which the United States'
// own bodies are not written with ("American Honda president"), or a
// body a common noun before its name says is one ("Japanese carmaker
// Toyota president"). A state's institution, a body named after the
// state, a party and a body of states keep the state ("Iraqi Oil
// Ministry official", "U.S. Democratic Senator", "Malaysian U.N.
// Ambassador").
func (r *reader) FirmsState(n, start, end int) bool {
	t := r.t
	s, ok := r.nameAt(start)
	if !ok || s.End != end || r.a.found.Actor(s.Actor).Type != graph.Country {
		return false
	}
	noun := false // a common noun between: "carmaker"
	for k := end; k < n; k++ {
		if o, ok := r.nameAt(k); ok && o.Start == k {
			a := r.a.found.Actor(o.Actor)
			if o.End > n || a.Type != graph.Organization || institutions.StateBody(a.Name) || pairs.NamedAfterState(a, t, start, end) || r.a.x.roles.IsParty(a.Name) {
				return false
			}
			return noun || institutions.PrivateBody(a.Name) || end == start+1 && t.Lower(start) == "american"
		}
		switch u := t.Toks[k].UPOS; {
		case startsUpper(t.Toks[k].Form):
			return false
		case u == "NOUN":
			noun = true
		case u != "ADJ":
			return false
		}
	}
	return false
}

// namedAfterState reports whether body s follows the name of a state its
// own name begins with ("Polish" before "Polish National Bank", parsed
// as the name's modifier, or "Poland's" before "Poland's National Bank").
func (r *reader) namedAfterState(s entities.Span) bool {
	k := s.Start - 1
	if k > 0 && r.possessive(k) {
		k--
	}
	st, ok := r.nameAt(k)
	return k >= 0 && ok && r.a.found.Actor(st.Actor).Type == graph.Country && pairs.NamedAfterState(r.a.found.Actor(s.Actor), r.t, st.Start, st.End)
}

// verbArgument reports whether name s, read before role rs, is an
// object of a verb whose clausal complement the role's phrase is in: in
// "Lee told Reuters Finance Secretary Ana Soto had resigned" the agency
// is whom Lee told, and the title after it, the subject of what he told,
// has no owner.
func (r *reader) verbArgument(s entities.Span, rs roleSpan) bool {
	t := r.t
	if s.Kind == entities.DemonymSpan {
		return false // "added French Farm Minister Marc Roux had ...": a state's adjective is whose the title is, however parsed
	}
	v := -1
	switch d := t.Rel(s.Head); {
	case d == "obj" || d == "iobj":
		v = t.Head(s.Head)
	case s.Start > 0 && pairs.Addressed(t, s.Start):
		v = s.Start - 1 // "told Reuters Finance Secretary Ana Soto had", the agency parsed into the name: whom was told
	}
	if v < 0 || v > s.Start || t.Toks[v].UPOS != "VERB" {
		return false
	}
	for n, step := rs.head, 0; n >= 0 && step < 8; n, step = t.Head(n), step+1 {
		if t.Head(n) == v {
			rel := t.Rel(n)
			return rel == "ccomp" || rel == "parataxis"
		}
	}
	return false
}

// bodyNoun reports whether token k, before role rs, is a common noun
// that says what the role is of: "bank" in "central bank president", a
// compound of the role's head (not "briefs" in "briefs President Lee",
// nor a gerund, "misleading Vice President Lee", parsed as one).
func (r *reader) bodyNoun(k int, rs roleSpan) bool {
	tok := r.t.Toks[k]
	w := r.key(k)
	if tok.UPOS != "NOUN" || portfolios[w] || strings.HasSuffix(w, "ing") || !strings.HasPrefix(tok.Deprel, "compound") {
		return false
	}
	h := r.t.Head(k)
	return h >= rs.start && h < rs.end
}

// pastWords say that a title's holder held it before: "former President
// Lee", "the late Shah", "a retired general".
var pastWords = map[string]bool{"former": true, "late": true, "onetime": true, "one-time": true, "erstwhile": true, "then": true, "retired": true}

// unreadBody reports whether the capitalised word at k ends a run of two
// proper nouns or more, right before a title, that no actor covers and
// that name no office's field ("Banque Lorraine President Marc Vidal"):
// the name of a body the finder did not read, whose officer the title
// names, not the state's.
func (r *reader) unreadBody(k int) bool {
	t := r.t
	if k+1 >= len(t.Toks) || startsUpper(t.Toks[k+1].Form) && !r.isRoleWord(k+1) {
		return false // only the run's last word, right before the title
	}
	n := 0
	for j := k; j >= 0 && t.Toks[j].UPOS == "PROPN" && startsUpper(t.Toks[j].Form); j-- {
		if _, ok := r.nameAt(j); ok || portfolios[t.Lower(j)] || officeFields[t.Lower(j)] || pastWords[t.Lower(j)] {
			return false
		}
		n++
	}
	return n >= 2
}

// corporateTitle reports whether a president's or vice president's title
// rs is written with a firm's officer title joined to it ("chairman and
// president", "executive vice president", "president and chief executive
// officer"): a company's officer, no bare office of the article's state.
func (r *reader) corporateTitle(rs roleSpan) bool {
	if n := rs.role.Noun; n != "president" && n != "vice-president" {
		return false
	}
	t := r.t
	officer := func(k int) bool { return k >= 0 && k < len(t.Toks) && officerWords[t.Lower(k)] }
	and := func(k int) bool { return k >= 0 && k < len(t.Toks) && t.Lower(k) == "and" }
	return officer(rs.start-1) || and(rs.start-1) && officer(rs.start-2) ||
		and(rs.end) && (officer(rs.end+1) || officer(rs.end+2))
}

// bodyTitle reports whether a president's title with no state may be a
// body's: written in lower case before a name ("said president Ann
// Reed", as a firm's often is), or after a name that is no state's,
// party's or person's ("Velmar president Ann Reed", "the Farm Bureau
// President Tom Hale"). Only the table of officials then says that the
// office is a state's ("president Reagan").
func (r *reader) bodyTitle(rs roleSpan) bool {
	t := r.t
	if n := rs.role.Noun; n != "president" && n != "vice-president" {
		return false
	}
	if w := t.Toks[rs.start].Form; w != "" && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	k := rs.start - 1
	if k < r.body || k < 0 || t.Toks[k].UPOS != "PROPN" || titleQualifiers[t.Lower(k)] || officeFields[t.Lower(k)] || dates.IsMonth(t.Lower(k)) {
		return false
	}
	if _, _, ok := r.party.At(k); ok {
		return false // "Republican President Lee"
	}
	if a, ok := r.spanActor(k); ok {
		return r.a.found.Actor(a).Type == graph.Organization // "IMF President Lee" is the IMF's; "Peru President Lee" is Peru's
	}
	return true
}

// officerWords are the words of a company officer's titles that no state's
// president holds: "chairman", "chief executive officer", "senior vice
// president".
var officerWords = words.Set("chairman executive senior founder operating ceo treasurer")

// stateNouns name a state in the complement of its office: "President
// of the Republic", "Minister of State".
var stateNouns = words.Set("state republic kingdom union federation commonwealth government nation confederation")

// officeFields are the other words of a minister's field in a title:
// "Foreign Affairs Minister", "Home Secretary", "Public Works Minister".
var officeFields = words.Set(`
	foreign affairs home economic external internal public works security national
	state planning information communications tourism mines petroleum oil fisheries
	social welfare labour employment housing transportation development international
	acting interim deputy vice
`)

// portfolios are the words that name a minister's field in a title
// ("Trade and Industry Secretary", "Finance Minister"): found as a name by
// mistake, they are still no owner of the role.
var portfolios = words.Set(`
	trade industry finance commerce energy defense defence interior justice health
	education agriculture economy transport environment culture treasury research labor
`)

// nameAt returns the actor span at token k, passing over a description
// that is a role word ("the leader" resolved to the person it names): in
// a title, it is the role.
func (r *reader) nameAt(k int) (entities.Span, bool) {
	s, ok := r.a.found.At(r.si, k)
	if ok && s.Kind == entities.DescriptionSpan && r.a.x.roles.InPhrase(r.t.Toks[k].Form) {
		return entities.Span{}, false
	}
	return s, ok
}

// placeAfterName reads a place written after a titled name: "Senator Jeff
// Flake of Arizona", "Governor Kim Reynolds of Iowa".
func (r *reader) placeAfterName(sp entities.Span, held []heldRole) {
	if len(held) == 0 || len(held[0].owners) > 0 {
		return
	}
	if s, ok := r.placeAfter(sp); ok {
		held[0].owners = []graph.ActorID{s.Actor}
	}
}

// placeAfter returns the actor, no person, that "of" links to the name
// sp: "Jeff Flake of Arizona".
func (r *reader) placeAfter(sp entities.Span) (entities.Span, bool) {
	t := r.t
	if sp.End+1 >= len(t.Toks) || t.Lower(sp.End) != "of" {
		return entities.Span{}, false
	}
	k := sp.End + 1
	if t.Toks[k].UPOS == "DET" && k+1 < len(t.Toks) {
		k++
	}
	s, ok := r.a.found.At(r.si, k)
	if !ok || s.Start != k || r.a.found.Actor(s.Actor).Type == graph.Person {
		return entities.Span{}, false
	}
	return s, true
}

// isRoleWord reports whether token k is a word of a role phrase.
func (r *reader) isRoleWord(k int) bool {
	_, ok := r.roleAt(k)
	return ok
}

// titleAfter reads the role phrase in apposition after a person's name,
// left to right: "Ana Ruiz, the delegate of Chile", "Ana Ruiz, Chile's
// ambassador to Peru", "Ana Ruiz, 52, a spokeswoman for the ministry",
// "Ana Ruiz, vice-president of the bank and former ambassador to Peru".
func (r *reader) titleAfter(sp entities.Span) []heldRole {
	t := r.t
	f := r.a.found
	k := sp.End
	if k+1 < len(t.Toks) && t.Lower(k) == "of" {
		// "Representative Ann Reed of Ohio, the top Democrat on the
		// panel": the place a lawmaker is of comes before the apposition
		if s, ok := r.nameAt(k + 1); ok && s.Start == k+1 && (f.Actor(s.Actor).Type == graph.Location || f.Actor(s.Actor).Type == graph.Country) {
			k = s.End
		}
	}
	if k >= len(t.Toks) || t.Toks[k].Form != "," {
		return nil
	}
	k++
	if k+1 < len(t.Toks) && t.Toks[k].UPOS == "NUM" && t.Toks[k+1].Form == "," {
		k += 2 // an age: "Ana Ruiz, 52, ..."
	}
	if k < len(t.Toks) && (t.Lower(k) == "and" || t.Lower(k) == "or") {
		return nil // "Lee, and the head of the bank, Park": a list
	}
	opensPossessive := k < len(t.Toks) && t.Toks[k].XPOS == "PRP$"
	var (
		held   []heldRole
		owners []graph.ActorID
		prep   string
		since  bool // a word that ends the current role was passed
		former bool // "a former ambassador"
		body   bool // "the bank's president"
		unit   bool // the role is of a body's part: "head of the research unit at"
	)
	for end := min(len(t.Toks), k+16); k < end; k++ {
		tok := t.Toks[k]
		if a, next, ok := r.party.At(k); ok && prep == "" {
			// "a Republican", "the ranking Democrat on the panel", and
			// with the role after it, "the Republican chairman"
			h := heldRole{rs: roleSpan{start: k, end: next, head: k, role: parties.MemberRole}, owners: owners}
			if a >= 0 {
				h.parties = []graph.ActorID{a}
			}
			held, owners = append(held, h), nil
			k, since = next-1, false
			continue
		}
		if s, ok := r.nameAt(k); ok {
			if s.Actor == sp.Actor {
				break
			}
			cur := len(held) - 1
			if cur >= 0 && prep != "" {
				if last := r.lastSpanOfPhrase(k); last.Start != s.Start || unit && ownerPrep(prep) {
					k = s.End - 1 // "aide to Russian President Putin"
					continue
				}
				held[cur].comps = append(held[cur].comps, complement{prep: prep, actor: s.Actor, start: s.Start})
				k, since = s.End-1, true
				continue
			}
			if cur >= 0 && !since {
				// a name right after the role is its holder: "Xi, Russian
				// President Putin" is a list, not an apposition
				if f.Actor(s.Actor).Type == graph.Person {
					return nil
				}
				break
			}
			if s.End+1 < len(t.Toks) && t.Toks[s.End].Form == "-" && hyphenParticiple(t.Toks[s.End+1].Form) {
				k = s.End // "a London-based representative": where the holder is, or who backs them
				continue
			}
			// before a role, or another one: "the bank's president and
			// the IMF's managing director"
			if f.Actor(s.Actor).Type == graph.Person && !r.possessive(s.End) && !r.possessivePronoun(s) {
				return nil // a list of names: "Lee, Park and Moon"
			}
			owners = append(owners, s.Actor)
			k = s.End - 1
			continue
		}
		if rs, ok := r.roleAt(k); ok {
			if prep != "" {
				k = rs.end - 1 // the complement's own title: "for President Lee"
				continue
			}
			if r.possessive(rs.end) {
				k = rs.end - 1 // a possessor: "the president's adviser" is no president
				continue
			}
			if cur := len(held) - 1; cur >= 0 && !since {
				held[cur].rs.role, held[cur].rs.head, held[cur].rs.end = rs.role, rs.head, rs.end // "chief negotiator"
				held[cur].former = held[cur].former || former
				held[cur].body = held[cur].body || body
			} else {
				held = append(held, heldRole{rs: rs, owners: owners, former: former, body: body})
				owners = nil
			}
			former, body, unit = false, false, false
			k, prep, since = rs.end-1, "", false
			continue
		}
		w := t.Lower(k)
		switch {
		case tok.UPOS == "ADP" && len(held) > 0 && rolePreps[w]:
			prep, since = w, true
			continue
		case w == "and" || w == "or":
			if prep == "" || k+1 >= len(t.Toks) || !r.spanStarts(k+1) {
				prep = "" // "... and former ambassador"; kept for "to Peru and Chile"
			}
			since = true
			continue
		case w == "'s" || w == "’s" || w == "'" || w == "’" || tok.XPOS == "POS" || w == "-":
			continue
		case tok.UPOS == "DET" || tok.UPOS == "ADJ" || tok.UPOS == "NOUN" || tok.UPOS == "PROPN" || tok.XPOS == "VBN" || tok.XPOS == "VBG" || tok.UPOS == "ADV" && w != "not":
			if len(held) > 0 && prep == "" && tok.UPOS != "ADV" && !r.modifiesLater(k) {
				since = true
			}
			former = former || pastWords[w]
			if prep == "of" && tok.UPOS == "NOUN" && unitNouns[w] {
				_, named := r.nameAt(k + 1)
				unit = unit || !named // not "the rights group Liberty"
			}
			if prep == "" && tok.UPOS == "NOUN" && tok.XPOS == "NN" && !portfolios[w] && r.possessive(k+1) {
				body = true // "the bank's president"
			}
			if prep == "of" && len(held) > 0 && tok.UPOS == "PROPN" && startsUpper(tok.Form) && !portfolios[w] && !officeFields[w] && !stateNouns[w] {
				// "Ann Reed, president of Reed and Vell": a body the
				// finder did not read, no state's office
				held[len(held)-1].body = true
			}
			continue
		}
		break
	}
	if opensPossessive && k+1 < len(t.Toks) && t.Toks[k].Form == "," {
		if s, ok := r.nameAt(k + 1); ok && s.Start == k+1 && s.Kind == entities.NameSpan && f.Actor(s.Actor).Type == graph.Person {
			return nil // "Lee, his son-in-law and aide, Park, and ...": a list, the role Park's
		}
	}
	r.shareComplements(held)
	return held
}

// modifiesLater reports whether word k is a modifier of a noun after it,
// which a role before it may still head: "trade" in "chief trade
// negotiator" ends no role, the role is the negotiator's.
func (r *reader) modifiesLater(k int) bool {
	rel := r.t.Rel(k)
	return r.t.Head(k) > k && (rel == "compound" || rel == "amod")
}

// rolePreps link a role to whom or where it is held: "ambassador to",
// "head of", "spokesman for", "professor at", "the top Democrat on".
var rolePreps = map[string]bool{"of": true, "to": true, "for": true, "at": true, "in": true, "on": true, "from": true, "with": true}

// lastSpanOfPhrase returns the actor span that ends the noun phrase that
// starts at token k, which heads it: Putin in "Russian President Vladimir
// Putin", the council in "Taiwan's Mainland Affairs Council"; Start is -1
// when other words end it ("the Russian delegation").
func (r *reader) lastSpanOfPhrase(k int) entities.Span {
	t := r.t
	var last entities.Span
	after := false // words of the phrase after the last span
	for ; k < len(t.Toks); k++ {
		if s, ok := r.nameAt(k); ok {
			last, k, after = s, s.End-1, false
			continue
		}
		switch u := t.Toks[k].UPOS; {
		case u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "NUM" || r.possessive(k) || t.Toks[k].Form == "-":
			after = after || !r.possessive(k)
			continue
		}
		break
	}
	if after {
		return entities.Span{Start: -1} // "of the Russian delegation": no actor heads it
	}
	return last
}

// possessivePronoun reports whether span s is a possessive pronoun: "his"
// in "his national security adviser".
func (r *reader) possessivePronoun(s entities.Span) bool {
	return s.Kind == entities.PronounSpan && r.t.Toks[s.Start].XPOS == "PRP$"
}

// possessive reports whether token k is a possessive marker.
func (r *reader) possessive(k int) bool {
	if k >= len(r.t.Toks) {
		return false
	}
	w := r.t.Toks[k].Form
	return w == "'s" || w == "’s" || w == "'" || w == "’" || r.t.Toks[k].XPOS == "POS"
}

// spanStarts reports whether an actor's span starts at token k.
func (r *reader) spanStarts(k int) bool {
	s, ok := r.a.found.At(r.si, k)
	return ok && s.Start == k
}

// deputyBefore returns the word that makes the holder of role rs its
// deputy, written right before it, joined to it by a hyphen
// ("vice-premier") or before the words of its portfolio ("deputy foreign
// trade minister").
func (r *reader) deputyBefore(rs roleSpan) (int, bool) {
	t := r.t
	for k := rs.start - 1; k >= 0 && k >= rs.start-3; k-- {
		if deputies[t.Lower(k)] {
			return k, true
		}
		if t.Toks[k].Form == "-" && k == rs.start-1 {
			continue // "vice-premier": the hyphen joins the word to the role
		}
		if r.spanStarts(k) && k > 0 && deputies[t.Lower(k-1)] {
			return k - 1, true // "Deputy" + "Central Bank" + "Governor": the body's name between
		}
		if u := t.Toks[k].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" || r.spanStarts(k) {
			break
		}
	}
	return -1, false
}

// deputies are the words before a role that make its holder the deputy
// of the office.
var deputies = words.Set("deputy vice")

// officialElsewhere reports whether the table of officials knows person
// as an official of a state other than state, by full name or, for a
// person named by one word, by a surname that officials of one state
// alone bear ("President Reagan").
func (r *reader) officialElsewhere(person, state graph.ActorID) bool {
	off := r.a.x.officials
	p := r.a.found.Actor(person)
	code, ok := off.StateOf(p.Name)
	if !ok && !strings.Contains(p.Name, " ") {
		code, ok = off.StateOfSurname(p.Name)
	}
	if !ok {
		return false
	}
	st := r.a.found.Actor(state)
	if off.Names(code, st.Name) {
		return false
	}
	for _, a := range st.Aliases {
		if off.Names(code, a) {
			return false
		}
	}
	return true
}

// shareComplements gives a role of held that has neither owner nor
// complement the owner complements ("of", "for", "at") of the role
// coordinated right after it: "president and chief executive of Velmar
// Corp" is president of Velmar too, no bare office of a state. Only
// "and", "or", commas and lower-case qualifiers may stand between the
// two: a determiner starts a role of its own ("a senator and an ally of
// Lee").
func (r *reader) shareComplements(held []heldRole) {
	t := r.t
	for i := len(held) - 2; i >= 0; i-- {
		h, next := &held[i], held[i+1]
		if len(h.comps) > 0 || len(h.owners) > 0 || len(next.owners) > 0 || h.rs.role.Noun == parties.MemberRole.Noun || next.rs.role.Noun == parties.MemberRole.Noun {
			continue
		}
		joined, and := true, false
		for k := h.rs.end; k < next.rs.start && joined; k++ {
			switch w := t.Lower(k); {
			case w == "and" || w == "or" || w == "&":
				and = true
			case w == ",":
			case t.Toks[k].UPOS == "ADJ" && !startsUpper(t.Toks[k].Form):
			default:
				joined = false
			}
		}
		if !joined || !and {
			continue
		}
		for _, c := range next.comps {
			if ownerPrep(c.prep) {
				h.comps = append(h.comps, c)
			}
		}
	}
}
