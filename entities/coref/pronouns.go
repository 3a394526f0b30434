package coref

import (
	"bufio"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// The pronoun resolver ranks, for each third-person singular pronoun ("he",
// "his", "she", "her", "it", "its"), every noun phrase before it in a window
// of sentences, and the latest mention of every actor further back, against
// the choice of none: a linear model over features of agreement (gender,
// number, type), distance, syntax (subjects, co-arguments, parallel roles)
// and salience (how often the article has mentioned the candidate). The
// pronoun refers to an actor when the best candidate is a mention of one; a
// common noun that wins ("the bill ... it") keeps the pronoun from any
// actor. The weights are learned from GUM's coreference chains
// (pronouns.model, see TestTrainPronouns). Three rules of syntax override
// them: a possessive refers to the subject of its clause, to the object
// that controls its infinitive clause, or to the object of the verb whose
// reason its phrase gives, when that is an actor of its kind and no other
// stands nearer or above ("Kenya objected, and Uganda sent its troops";
// "Kenya urged Uganda to recall its troops"; "Kenya thanked Uganda for its
// help"); an "it" that undergoes its verb, in a clause
// coordinated after one whose subject or object is a thing nearer than any
// actor, refers to no actor ("Congress passed a bill, but it was vetoed");
// and "he" or "she" opening a sentence as its subject refers to what it
// could refer to highest in grammatical role in the sentence before, when
// that is an actor ("Gomez criticized Baker. He responded": Baker, not a
// man the sentences before had as their subject).

//go:embed pronouns.model
var pronounsModel string

// pronounWindow is how many sentences back a pronoun's candidates are
// gathered from; actors mentioned before that are candidates through their
// latest mention.
const pronounWindow = 3

// pronounModel holds the weights of the ranker's features.
type pronounModel struct {
	w map[string]float64
}

// defaultPronounModel returns the embedded model, parsed once.
var defaultPronounModel = sync.OnceValues(func() (*pronounModel, error) {
	return parsePronounModel(pronounsModel)
})

// parsePronounModel reads lines "feature <TAB> weight".
func parsePronounModel(s string) (*pronounModel, error) {
	m := &pronounModel{w: map[string]float64{}}
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("pronoun model line %d: no tab", n)
		}
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return nil, fmt.Errorf("pronoun model line %d: %w", n, err)
		}
		m.w[k] = x
	}
	return m, sc.Err()
}

func (m *pronounModel) score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += m.w[f]
	}
	return s
}

// npKind is what a noun phrase candidate is.
type npKind uint8

const (
	npName    npKind = iota // a name span of an actor
	npNoun                  // a common noun heading a phrase
	npPronoun               // a personal pronoun
	npDescr                 // a description resolved to an actor
)

// np is a noun phrase of the article, a candidate antecedent.
type np struct {
	sent, tok int // its head token
	kind      npKind
	actor     graph.ActorID   // -1 when it refers to no actor
	entity    int             // the referent: phrases with one entity corefer
	cls       string          // feature class: "per", "act", "nom", "role", "he", "she", "it", "they"
	typ       graph.ActorType // the type of its actor
	gender    Gender
	plural    bool
	subject   bool
	deprel    string
	head      int // the token index of its syntactic head, -1 for the root
	// kinOwner is, for a possessive before a family noun in a list of
	// relatives, the token of the possessor the list's first relative
	// has (parallelOwner), else -1
	kinOwner int
}

// pronounClass returns the class of a pronoun the ranker resolves ("he",
// "she", "it"), or "".
func pronounClass(form string) string {
	switch strings.ToLower(form) {
	case "he", "him", "his":
		return "he"
	case "she", "her", "hers":
		return "she"
	case "it", "its":
		return "it"
	}
	return ""
}

// coarseDeprel folds a dependency relation into the roles the ranker tells
// apart.
func coarseDeprel(d string) string {
	switch {
	case strings.HasPrefix(d, "nsubj"):
		return "subj"
	case d == "obj" || d == "iobj":
		return "obj"
	case d == "nmod:poss":
		return "poss"
	case strings.HasPrefix(d, "obl") || strings.HasPrefix(d, "nmod"):
		return "obl"
	case d == "conj" || d == "appos":
		return d
	}
	return "other"
}

// personNouns are common nouns that name people ("the official", "the
// man"); besides them the role nouns and gendered words.
var personNouns = words.Set(`
	official person spokesperson lawyer judge officer soldier journalist reporter
	student doctor author writer analyst expert activist politician candidate senator
	friend colleague citizen resident worker teacher artist player child victim suspect
`)

// articleNPs lists the noun phrases of an article in text order: the
// heads of name spans, common nouns heading phrases, and personal
// pronouns. genders are the persons' genders (personGenders).
func (x *resolver) articleNPs(f *found.Found, sents []ud.Sentence, bodies []int, genders []Gender) []np {
	return x.appendNPs(nil, f, sents, bodies, genders)
}

// appendNPs is articleNPs appending the phrases to out.
func (x *resolver) appendNPs(out []np, f *found.Found, sents []ud.Sentence, bodies []int, genders []Gender) []np {
	next := len(f.Actors)
	for si := range sents {
		toks := sents[si].Tokens
		body := 0
		if si < len(bodies) {
			body = bodies[si]
		}
		for ti, t := range toks {
			if ti < body {
				continue // "LONDON (Reuters) -" is where the story was filed, no phrase of it
			}
			n := np{sent: si, tok: ti, actor: -1, deprel: coarseDeprel(t.Deprel), head: t.Head - 1, kinOwner: -1}
			n.subject = n.deprel == "subj"
			if sp, ok := f.At(si, ti); ok {
				if ti != sp.Head || (sp.Kind != found.NameSpan && sp.Kind != found.DescriptionSpan && sp.Kind != found.PronounSpan) {
					continue
				}
				n.actor, n.entity = sp.Actor, int(sp.Actor)
				if r := titleHead(toks, sp); r >= 0 {
					n.deprel, n.head = coarseDeprel(toks[r].Deprel), toks[r].Head-1
					n.subject = n.deprel == "subj"
				}
				switch sp.Kind {
				case found.NameSpan:
					n.kind = npName
				case found.PronounSpan:
					n.kind = npPronoun
				default:
					n.kind = npDescr
				}
				n.typ = f.Actors[sp.Actor].Type
				n.cls = typeClass(n.typ)
				if int(sp.Actor) < len(genders) {
					n.gender = genders[sp.Actor]
				}
				if sp.Kind == found.PronounSpan {
					n.cls = pronounClass(t.Form)
					n.gender = pronounGender(t.Form)
				}
				out = append(out, n)
				continue
			}
			if t.UPOS != "PRON" && t.UPOS != "NOUN" && t.UPOS != "PROPN" {
				continue // only pronouns and nouns head the phrases
			}
			lower := strings.ToLower(t.Form)
			switch {
			case t.UPOS == "PRON" && (pronounClass(lower) != "" || lower == "they" || lower == "them" || lower == "their"):
				n.kind = npPronoun
				n.cls = pronounClass(lower)
				if n.cls == "" {
					n.cls, n.plural = "they", true
				}
				n.gender = pronounGender(lower)
				if t.XPOS == "PRP$" {
					n.kinOwner = x.parallelOwner(toks, ti)
				}
			case (t.UPOS == "NOUN" || t.UPOS == "PROPN") && !strings.HasPrefix(t.Deprel, "compound") && t.Deprel != "flat" && t.Deprel != "fixed" && !titleOfName(f, si, toks, ti):
				n.kind = npNoun
				n.cls = "nom"
				n.plural = t.XPOS == "NNS" || t.XPOS == "NNPS"
				if g, ok := genderedWords[lower]; ok {
					n.cls, n.gender = "role", g
				} else if x.roles.Role(lower) != "" || personNouns[t.Lemma] {
					n.cls = "role"
				}
			default:
				continue
			}
			n.entity = next
			next++
			out = append(out, n)
		}
	}
	return out
}

// typeClass is the feature class of an actor type: people apart, and the
// other actors together, since GUM, which the weights are learned from,
// has fewer countries and organisations than the news.
// titleOfName reports whether the noun at i is part of a name's title:
// attached to a name, or right before one ("President" in "Russian
// President Vladimir Putin").
func titleOfName(f *found.Found, si int, toks []ud.Token, i int) bool {
	if _, ok := f.At(si, toks[i].Head-1); ok && toks[i].Head > 0 {
		return true
	}
	sp, ok := f.At(si, i+1)
	return ok && sp.Kind == found.NameSpan
}

// titleHead returns the title noun right before the name span sp that the
// parser made the head of the phrase, the name in apposition to it
// ("Senate leader Tom Hale said": "leader" is the subject, not "Tom"),
// or -1: the name plays the title's role in its clause.
func titleHead(toks []ud.Token, sp found.Span) int {
	h := toks[sp.Head].Head - 1
	if toks[sp.Head].Deprel != "appos" || h != sp.Start-1 || h < 0 || toks[h].UPOS != "NOUN" {
		return -1
	}
	return h
}

func typeClass(t graph.ActorType) string {
	if t == graph.Person {
		return "per"
	}
	return "act"
}

// pronounCandidate is one choice for a pronoun: a noun phrase, or none
// (n nil).
type pronounCandidate struct {
	n     *np
	feats []string
	// barred is a candidate binding rules out, whatever its score: the
	// ranker learns from all candidates, and best skips these.
	barred bool
}

// candidateRoom is the room of pronounCandidates, which the pronouns of
// an article take in turn. The candidates' features are written end to end
// in buf, each ending at its element of ends, and cut from one string once
// all are written: one allocation for them all rather than two a
// candidate. The features of the candidate after the null choice k start
// at ends[firsts[k]]. seen marks the entities of the window's phrases.
// cands and feats are the room of the list of candidates and of the list
// of their features, reused by the next pronoun: choose reads a
// pronoun's candidates only while it is called.
type candidateRoom struct {
	buf    []byte
	ends   []int
	firsts []int
	seen   []bool
	cands  []pronounCandidate
	feats  []string
}

// salience tracks, while the pronouns of an article are resolved in text
// order, how often each entity has been mentioned so far, the most
// mentions of any actor and of any other entity (topKey), and each actor's
// latest mention. Entities and actors are small numbers, which index its
// slices.
type salience struct {
	mentions []int           // by entity
	top      [2]int          // by topKey
	latest   []int           // by actor: index in the article's phrases, -1 before its first
	actors   []graph.ActorID // in order of first mention
}

// newSalience returns the salience of no phrase yet of nps, whose
// resolution only gives a phrase the entity and actor of another.
func newSalience(nps []np) *salience {
	entities, actors := 0, 0
	for i := range nps {
		entities, actors = max(entities, nps[i].entity+1), max(actors, int(nps[i].actor)+1)
	}
	s := &salience{mentions: make([]int, entities), latest: make([]int, actors)}
	for a := range s.latest {
		s.latest[a] = -1
	}
	return s
}

// see records the phrase nps[i] as mentioned.
func (s *salience) see(nps []np, i int) {
	n := &nps[i]
	s.mentions[n.entity]++
	if c := s.mentions[n.entity]; c > s.top[topKey(n)] {
		s.top[topKey(n)] = c
	}
	if n.actor >= 0 {
		if s.latest[n.actor] < 0 {
			s.actors = append(s.actors, n.actor)
		}
		s.latest[n.actor] = i
	}
}

// fronted reports whether a comma stands between the pronoun at p and the
// subject at subj: the pronoun is in a phrase before the main clause.
func fronted(toks []ud.Token, p, subj int) bool {
	for k := p + 1; k < subj; k++ {
		if toks[k].Form == "," {
			return true
		}
	}
	return false
}

// topKey says whose most mentions a phrase's entity is compared with:
// actors' (0) or other entities' (1).
func topKey(n *np) int {
	if n.actor >= 0 {
		return 0
	}
	return 1
}

// pronounCandidates returns the choices for the pronoun nps[pi] with their
// features: none, every phrase before it in the window, and the latest
// mention of every actor mentioned before the window. It works in room,
// which the article's pronouns share.
func pronounCandidates(nps []np, pi int, sents []ud.Sentence, sal *salience, room *candidateRoom) []pronounCandidate {
	toks := sents[nps[pi].sent].Tokens
	p := &nps[pi]
	pc := pronounClass(toks[p.tok].Form)
	poss := toks[p.tok].XPOS == "PRP$" || p.deprel == "poss"
	pd := p.deprel
	// the null choice
	null := []string{"null", "null|" + pc, "null|" + pc + "|" + pd}
	if pc == "it" && expletive(toks, p.tok) {
		null = append(null, "null|expl")
	}
	if p.head >= 0 && p.head < len(toks) && pd == "subj" {
		null = append(null, "null|"+pc+"|h="+toks[p.head].Lemma)
	}
	// the entities of the candidates in the window
	if n := max(len(sal.mentions), len(sal.latest)); cap(room.seen) < n {
		room.seen = make([]bool, n)
	}
	seen := room.seen[:max(len(sal.mentions), len(sal.latest))]
	clear(seen)
	window := 0
	for k := pi - 1; k >= 0 && p.sent-nps[k].sent <= pronounWindow; k-- {
		seen[nps[k].entity] = true
		window++
	}
	// room for every choice: none, the phrases in the window, the subject
	// after the pronoun and the actors mentioned only before the window
	before := 0
	for _, a := range sal.actors {
		if !seen[int(a)] {
			before++
		}
	}
	out := slices.Grow(room.cands[:0], 2+window+before)[:1]
	out[0] = pronounCandidate{n: nil, feats: null}
	rank := map[string]int{} // candidates of each class seen so far, nearest first
	buf, ends, firsts := room.buf[:0], room.ends[:0], room.firsts[:0]
	candidate := func(c *np, r int) {
		dist := p.sent - c.sent
		firsts = append(firsts, len(ends))
		cls := c.cls
		if c.kind == npDescr {
			cls = "d" + cls
		}
		ck := coarseKind(c)
		// features are the pronoun's class and up to three parts, joined
		// by "|"
		add := func(a string, more ...string) {
			buf = append(append(append(buf, pc...), '|'), a...)
			for _, m := range more[:min(len(more), 2)] {
				buf = append(append(buf, '|'), m...)
			}
			ends = append(ends, len(buf))
		}
		add("c", cls)
		if c.plural {
			add("pl", cls)
		}
		switch {
		case pc == "it":
		case c.gender == UnknownGender:
			add("g?", cls)
		case (pc == "he") == (c.gender == Male):
			add("g=", cls)
		default:
			add("g!", cls)
		}
		d := min(dist, 4)
		if dist > pronounWindow {
			d = 5
		}
		add("d", strconv.Itoa(d), ck)
		add("r", strconv.Itoa(min(r, 3)), cls)
		if c.subject {
			add("subj", strconv.Itoa(min(d, 2)))
		}
		if c.deprel == pd {
			add("par", pd)
		}
		if dist == 0 && c.head == p.head && c.head >= 0 && !poss {
			add("coarg") // "Putin greeted him" is not Putin
		}
		if dist == 0 && poss && c.head == p.head && c.head >= 0 {
			add("cop") // "Russia and its allies": a conjunct of the possessed
		}
		if dist == 0 && p.head >= 0 && p.head == c.tok {
			add("ownhead") // "its" inside the phrase it would refer to
		}
		if dist == 0 && p.head >= 0 && p.head < len(toks) && toks[p.head].Head-1 == c.tok {
			add("phead", coarseDeprel(toks[p.head].Deprel)) // "Russia and its allies"
		}
		if c.sent == p.sent && poss && c.tok == p.tok-2 && (strings.EqualFold(toks[p.tok-1].Form, "and") || toks[p.tok-1].Form == ",") {
			add("andposs") // "Russia and its invasion", whatever the parse
		}
		if c.sent == p.sent && c.tok > p.tok {
			add("cata", ck) // "In his speech, Trump said"
		}
		m := sal.mentions[c.entity]
		switch {
		case m >= 5:
			add("m", "5", ck)
		case m >= 3:
			add("m", "3", ck)
		default:
			add("m", strconv.Itoa(m), ck)
		}
		if m > 0 && m == sal.top[topKey(c)] {
			add("top", cls)
		}
		if c.kind == npPronoun && c.cls == pc {
			add("samepron")
		}
		if p.head >= 0 && p.head < len(toks) && pd == "subj" && pc == "it" {
			add("h", toks[p.head].Lemma, ck)
		}
		out = append(out, pronounCandidate{n: c})
	}
	// the subject of the verb whose object the pronoun is cannot be its
	// referent, in any of its mentions: "Alvarez thanked him"
	barred := -1
	if pd == "obj" {
		for k := pi - 1; k >= 0 && nps[k].sent == p.sent; k-- {
			if nps[k].subject && nps[k].head == p.head && p.head >= 0 {
				barred = nps[k].entity
			}
		}
	}
	for k := pi - 1; k >= 0 && p.sent-nps[k].sent <= pronounWindow; k-- {
		c := &nps[k]
		candidate(c, rank[c.cls])
		rank[c.cls]++
	}
	// the subject of the main clause after a pronoun that opens the
	// sentence: "During his visit, Trump said"
	for k := pi + 1; k < len(nps) && nps[k].sent == p.sent; k++ {
		c := &nps[k]
		if c.subject && c.head >= 0 && c.head < len(toks) && toks[c.head].Deprel == "root" {
			if poss && c.head > p.tok && fronted(toks, p.tok, c.tok) {
				candidate(c, 0)
			}
			break
		}
	}
	// actors mentioned only before the window, through their latest mention
	for _, a := range sal.actors {
		if seen[int(a)] {
			continue
		}
		c := &nps[sal.latest[a]]
		candidate(c, rank[c.cls])
	}
	room.buf, room.ends, room.firsts = buf, ends, firsts
	all, start := string(buf), 0
	feats := slices.Grow(room.feats[:0], len(ends))[:len(ends)]
	for k, end := range ends {
		feats[k], start = all[start:end], end
	}
	for k, first := range firsts {
		last := len(feats)
		if k+1 < len(firsts) {
			last = firsts[k+1]
		}
		out[k+1].feats = feats[first:last:last]
	}
	// a possessive bound by the subject of its clause refers to it
	// ("Kenya objected, and Uganda sent its troops"): every other choice is
	// barred
	bound := -1
	if poss {
		s, coordinated := binder(toks, p.tok)
		if s >= 0 {
			for k := range out {
				c := out[k].n
				if c == nil || c.sent != p.sent {
					continue
				}
				// or the name of the title the phrase is coordinated
				// with: "Premier Wu and his wife"
				if c.tok == s || coordinated && toks[c.tok].Head-1 == s && toks[c.tok].Deprel == "flat" {
					bound = k
				}
			}
		}
		// a name the possessed phrase is coordinated with binds it
		// whatever the clause's subject ("Lee met Wu and his wife": Wu's)
		if bound > 0 && (!binds(pc, out[bound].n) || rivalBetween(out, pc, out[bound].n, p) || !coordinated && rivalAbove(out, pc, out[bound].n, toks)) {
			bound = -1
		}
		// in a list of relatives, the first one's possessor owns the
		// next ("Lee's son, Wu, his son-in-law, Park"): not Wu's
		if p.kinOwner >= 0 {
			for k := range out {
				if c := out[k].n; c != nil && c.sent == p.sent && c.tok == p.kinOwner && binds(pc, c) {
					bound = k
				}
			}
		}
	}
	// an "it" that undergoes its verb, coordinated after a clause with a
	// thing nearer than any actor, is no actor: "Congress passed a bill,
	// but it was vetoed"
	thing := pc == "it" && !poss && patientOf(toks, p.tok) && nearestIsThing(nps, pi, barred, toks)
	// a person's pronoun opening its sentence as the subject continues
	// the center of the sentence before: of the phrases there it could
	// refer to, the highest in grammatical role ("Gomez criticized Baker.
	// He responded", Baker)
	center := -1
	if (pc == "he" || pc == "she") && pd == "subj" && (pi == 0 || nps[pi-1].sent != p.sent) && p.sent > 0 {
		if c := preferredCenter(nps, pi, pc, sents); c != nil && c.actor >= 0 {
			for k := range out {
				if out[k].n == c {
					center = k
				}
			}
		}
	}
	for k := range out {
		c := out[k].n
		if center > 0 {
			out[k].barred = k != center
			continue
		}
		if thing && c != nil && c.actor >= 0 {
			out[k].barred = true
			continue
		}
		if bound > 0 {
			out[k].barred = k != bound
			continue
		}
		// "he" and "she" name people: a state or an organisation before
		// them is no referent, however salient ("Congo is the last stop
		// of her tour, where she met ...")
		out[k].barred = c != nil && (c.entity == barred || ((pc == "he" || pc == "she") && c.cls == "act"))
	}
	room.cands, room.feats = out, feats
	return out
}

// preferredCenter returns the phrase of the sentence before the pronoun
// nps[pi] that a person's pronoun of class pc could refer to and that is
// highest in grammatical role: the main clause's subject, then its
// object, then any subject, any object, then the first other; or nil.
func preferredCenter(nps []np, pi int, pc string, sents []ud.Sentence) *np {
	p := &nps[pi]
	var best *np
	bestRank := 5
	for k := pi - 1; k >= 0 && nps[k].sent >= p.sent-1; k-- {
		c := &nps[k]
		if c.sent != p.sent-1 || c.plural {
			continue
		}
		switch {
		case c.cls == "act" || c.cls == "it" || c.cls == "they" || c.cls == "nom":
			continue
		case c.kind == npPronoun && c.cls != pc:
			continue
		case pc == "he" && c.gender == Female, pc == "she" && c.gender == Male:
			continue
		}
		toks := sents[c.sent].Tokens
		main := c.head >= 0 && c.head < len(toks) && toks[c.head].Deprel == "root"
		r := 4
		switch {
		case c.deprel == "subj" && main:
			r = 0
		case c.deprel == "obj" && main:
			r = 1
		case c.deprel == "subj":
			r = 2
		case c.deprel == "obj":
			r = 3
		}
		if r <= bestRank {
			best, bestRank = c, r
		}
	}
	return best
}

// patientOf reports whether the pronoun at i undergoes what its verb
// says: it is its object or its passive subject.
func patientOf(toks []ud.Token, i int) bool {
	d := toks[i].Deprel
	if h := toks[i].Head - 1; h < 0 || h >= len(toks) || toks[h].UPOS != "VERB" {
		return false
	}
	return d == "obj" || strings.HasPrefix(d, "nsubj:pass")
}

// nearestIsThing reports whether the nearest phrase before the pronoun
// nps[pi] in its sentence that could be its referent, among actors and the
// subjects and objects of verbs, is a single thing rather than an actor
// ("a bill"), in a clause the pronoun's is coordinated with. barred is the
// entity binding rules out.
func nearestIsThing(nps []np, pi, barred int, toks []ud.Token) bool {
	p := &nps[pi]
	for k := pi - 1; k >= 0 && nps[k].sent == p.sent; k-- {
		c := &nps[k]
		if c.entity == barred || c.plural || c.kind == npPronoun {
			continue
		}
		if c.actor >= 0 && c.typ == graph.Person {
			continue // a person is no referent of "it"
		}
		if c.actor >= 0 {
			return false
		}
		if c.cls != "nom" || (c.deprel != "subj" && c.deprel != "obj") {
			continue
		}
		return coordinated(toks, p.tok, c)
	}
	return false
}

// coordinated reports whether the pronoun at i is in a clause
// coordinated with the clause of the thing c, which comes first ("passed a
// bill, but it was vetoed"); in c's own clause the two are co-arguments,
// and a pronoun in a clause below c's ("had hopes that it would win", "a
// missile that it built") rather refers to the subject above it.
func coordinated(toks []ud.Token, i int, c *np) bool {
	i = toks[i].Head - 1
	for n := 0; i >= 0 && i < len(toks) && n < len(toks) && toks[i].Deprel == "conj"; n++ {
		i = toks[i].Head - 1
		if i == c.head {
			return true
		}
	}
	return false
}

// binder returns the subject of the clause the possessive pronoun at i is
// in, or -1: the subject of the nearest head up from it that has one, when
// the pronoun is not itself within a subject ("its army", "the head of its
// army") on the way. An infinitive clause with no subject of its own is
// its controller's: the object of the verb it completes, when that has one
// ("Peru urged Chile to close its border": Chile), else that verb's
// subject ("Peru agreed to close its border"). coordinated reports that
// the binder is instead a name the possessed phrase is coordinated with
// ("met Wu and his wife").
func binder(toks []ud.Token, i int) (k int, coordinated bool) {
	for n := 0; n < len(toks); n++ {
		d, h := toks[i].Deprel, toks[i].Head-1
		if h < 0 || h >= len(toks) || strings.HasPrefix(d, "nsubj") || strings.HasPrefix(d, "csubj") {
			return -1, false
		}
		if d == "conj" && toks[h].UPOS == "PROPN" {
			// "met Wu and his wife", "Russia and its allies": the name
			// the phrase is coordinated with, not the clause's subject
			return h, true
		}
		if d == "conj" && toks[h].UPOS == "NOUN" {
			// "Lee's campaign manager Wu and his wife": the name of the
			// common noun the phrase is coordinated with
			if k := nameOfNoun(toks, h, i); k >= 0 {
				return k, true
			}
		}
		if (d == "xcomp" || d == "advcl") && toks[h].UPOS == "VERB" && infinitive(toks, i) {
			if k := controller(toks, h, i, d); k >= 0 {
				return k, false
			}
		}
		if d == "obl" && toks[h].UPOS == "VERB" && reasonPreps[prepOf(toks, i)] {
			if k := judged(toks, h); k >= 0 {
				return k, false
			}
		}
		for k, t := range toks {
			if t.Head-1 == h && strings.HasPrefix(t.Deprel, "nsubj") {
				if toks[h].UPOS != "VERB" && toks[h].UPOS != "AUX" {
					return -1, false // "France is its ally": a predicate noun's subject binds nothing
				}
				return k, false
			}
		}
		i = h
	}
	return -1, false
}

// reasonPreps introduce the reason a verb gives for what it does to its
// object: "condemned Chile for its raids", "sanctions on Chile over its
// raids".
var reasonPreps = map[string]bool{"for": true, "over": true}

// judged returns the actor the verb at h acts on, whom a possessive in the
// phrase of the verb's reason refers to rather than to the verb's subject
// ("Peru condemned Chile for its raids", "Peru thanked Chile for its
// help"): the verb's object when it is a name, else the party of the
// object's noun or of the verb with "on" or "against", else the object's
// possessor ("imposed sanctions on Chile over its raids", "expelled
// Chile's envoys over its raids"). It returns -1 when
// the verb has no object; the caller binds the pronoun to the token only
// when an actor's mention is there.
func judged(toks []ud.Token, h int) int {
	obj := -1
	for k, t := range toks {
		if t.Head-1 == h && t.Deprel == "obj" {
			obj = k
		}
	}
	if obj < 0 || toks[obj].UPOS == "PROPN" {
		return obj
	}
	poss := -1
	for k, t := range toks {
		if t.Head-1 != obj {
			continue
		}
		switch {
		case t.Deprel == "nmod" && (prepOf(toks, k) == "on" || prepOf(toks, k) == "against"):
			return k
		case t.Deprel == "nmod:poss" && t.UPOS == "PROPN":
			poss = k
		}
	}
	for k, t := range toks {
		// "imposed sanctions on Chile" with the phrase the verb's
		if t.Head-1 == h && t.Deprel == "obl" && (prepOf(toks, k) == "on" || prepOf(toks, k) == "against") {
			return k
		}
	}
	if poss >= 0 {
		return poss
	}
	return obj
}

// parallelOwner returns, for the possessive pronoun at i before a family
// noun that is no spouse's, in a list right after a relative named with
// another possessor ("Lee's son, Wu, his son-in-law, Park"; "Lee's son
// Wu and his daughter Mei"), the token of that possessor, or -1. A spouse
// is the nearest person's: "Lee's son Wu and his wife" is Wu's wife.
func (x *resolver) parallelOwner(toks []ud.Token, i int) int {
	n2 := toks[i].Head - 1
	if n2 < 0 || n2 >= len(toks) || !x.roles.Kin(toks[n2].Form) || spouseNouns[strings.ToLower(toks[n2].Lemma)] {
		return -1
	}
	if d := toks[n2].Deprel; d != "conj" && d != "appos" {
		return -1
	}
	n1 := toks[n2].Head - 1
	if n1 < 0 || n1 >= n2 {
		return -1
	}
	if toks[n1].UPOS == "PROPN" && toks[n1].Deprel == "appos" {
		n1 = toks[n1].Head - 1 // "Lee's son, Wu; his son-in-law": the relative's name, in apposition
	}
	if n1 < 0 || toks[n1].UPOS != "NOUN" || !x.roles.Kin(toks[n1].Form) {
		return -1
	}
	for k := range n1 {
		if toks[k].Head-1 == n1 && toks[k].Deprel == "nmod:poss" && toks[k].UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// spouseNouns are the family nouns of a spouse, whom a possessive in a
// list gives the person right before it.
var spouseNouns = words.Set("wife husband spouse widow widower fiance fiancee partner")

// nameOfNoun returns the name in apposition to the common noun at h, right
// after it and before the token at i ("manager" in "campaign manager Wu
// and his wife"), or -1.
func nameOfNoun(toks []ud.Token, h, i int) int {
	for k := h + 1; k < i && k < len(toks); k++ {
		if toks[k].Head-1 == h && toks[k].Deprel == "appos" && toks[k].UPOS == "PROPN" {
			return k
		}
	}
	return -1
}

// binds reports whether the phrase c may bind a pronoun of class pc: a
// single state or organisation for "its", a person of no other gender for
// "his" and "her", or a pronoun of the same class resolved to one.
func binds(pc string, c *np) bool {
	if c.actor < 0 || c.plural {
		return false
	}
	if c.kind == npPronoun {
		return c.cls == pc
	}
	switch pc {
	case "it":
		return c.typ == graph.Country || c.typ == graph.Organization
	case "he":
		return c.typ == graph.Person && c.gender != Female
	case "she":
		return c.typ == graph.Person && c.gender != Male
	}
	return false
}

// rival reports whether the phrase c could be what a pronoun of class pc
// refers to instead of its binder: binds, but of any type of actor other
// than a person for "its", since the types of names are guesses.
func rival(pc string, c *np) bool {
	if pc == "it" && c.kind != npPronoun {
		return c.actor >= 0 && !c.plural && c.typ != graph.Person
	}
	return binds(pc, c)
}

// rivalBetween reports whether another actor that a pronoun of class pc
// could refer to stands between the binder b and the pronoun p ("Canada
// thanked Germany for its support" may be Germany's support).
func rivalBetween(cands []pronounCandidate, pc string, b, p *np) bool {
	for _, o := range cands {
		c := o.n
		if c != nil && c.sent == p.sent && c.tok > b.tok && c.tok < p.tok && c.actor != b.actor && rival(pc, c) {
			return true
		}
	}
	return false
}

// rivalAbove reports whether an actor that a pronoun of class pc could
// refer to is the subject of a clause above the binder b's, other than
// one b's clause is coordinated with: in "Lithuania said Belarus
// threatened its guards" the guards may be Lithuania's.
func rivalAbove(cands []pronounCandidate, pc string, b *np, toks []ud.Token) bool {
	i := b.head
	for n := 0; n < len(toks) && i >= 0 && i < len(toks); n++ {
		up := toks[i].Head - 1
		if up < 0 || up >= len(toks) {
			return false
		}
		if toks[i].Deprel != "conj" {
			for _, o := range cands {
				if c := o.n; c != nil && c.sent == b.sent && c.head == up && c.subject && c.actor != b.actor && rival(pc, c) {
					return true
				}
			}
		}
		i = up
	}
	return false
}

// resolvePronouns resolves the pronouns among nps, in text order, with
// choose picking a candidate index for each; it returns the spans of the
// pronouns resolved to actors.
func resolvePronouns(nps []np, sents []ud.Sentence, choose func(pi int, cands []pronounCandidate) int) []found.Span {
	var spans []found.Span
	sal := newSalience(nps)
	var room candidateRoom
	for i := range nps {
		n := &nps[i]
		toks := sents[n.sent].Tokens
		if n.kind == npPronoun && n.actor < 0 && pronounClass(toks[n.tok].Form) != "" {
			cands := pronounCandidates(nps, i, sents, sal, &room)
			if k := choose(i, cands); k > 0 && k < len(cands) {
				c := cands[k].n
				n.entity, n.actor, n.typ = c.entity, c.actor, c.typ
				if c.actor >= 0 {
					spans = append(spans, found.Span{Sentence: n.sent, Start: n.tok, End: n.tok + 1, Head: n.tok, Actor: c.actor, Kind: found.PronounSpan})
				}
			}
		}
		sal.see(nps, i)
	}
	return spans
}

// coarseKind folds a candidate's class into person, other actor, role
// noun, other noun or pronoun.
func coarseKind(c *np) string {
	switch {
	case c.kind == npPronoun:
		return "prn"
	case c.actor >= 0:
		return "act"
	case c.cls == "role":
		return "role"
	}
	return "nom"
}

// bestPronounCandidate returns the index of the best-scored candidate.
func (m *pronounModel) best(cands []pronounCandidate) int {
	best, bestScore := 0, math.Inf(-1)
	for k, c := range cands {
		if c.barred {
			continue
		}
		if s := m.score(c.feats); s > bestScore {
			best, bestScore = k, s
		}
	}
	return best
}

// controller returns the object of the verb at h that controls the
// infinitive at i, its deprel d, or -1: an object for a complement ("urged
// Chile to close"), and for a complement or an adjunct of a verb with no
// object, a phrase with "on" or "for" before the infinitive ("called on
// Chile to close", "pressed for Chile to close") or "to" after "appeal"
// ("appealed to Chile to close"); a phrase with "to" after another verb is
// where the subject went ("went to Chile to sign").
func controller(toks []ud.Token, h, i int, d string) int {
	obl := -1
	for k, t := range toks {
		if t.Head-1 != h {
			continue
		}
		switch {
		case t.Deprel == "obj" || t.Deprel == "iobj":
			if d == "xcomp" {
				return k
			}
			return -1
		case t.Deprel == "obl" && k < i && obl < 0:
			switch prepOf(toks, k) {
			case "on", "for":
				obl = k
			case "to":
				if toks[h].Lemma == "appeal" {
					obl = k
				}
			}
		}
	}
	return obl
}

// infinitive reports whether the verb at i heads an infinitive with "to"
// ("to close its border").
func infinitive(toks []ud.Token, i int) bool {
	if toks[i].UPOS != "VERB" {
		return false
	}
	for _, t := range toks {
		if t.Head-1 == i && t.Deprel == "mark" && strings.EqualFold(t.Form, "to") {
			return true
		}
	}
	return false
}
