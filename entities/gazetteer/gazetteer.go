package gazetteer

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/graph"
)

// Kind says how a surface form names its actor.
type Kind uint8

// The kinds of surface forms, from the strongest claim on a form to the
// weakest: when two actors of the same source (see Load and
// Gazetteer.With) claim one form, a Name beats an Alias, which beats a
// Demonym, a Capital and a Seat.
const (
	// Name is the canonical name: "United States", "NATO".
	Name Kind = iota + 1
	// Alias is another name of the actor: "U.S.", "Russian Federation",
	// "North Atlantic Treaty Organization", "Burma".
	Alias
	// Demonym is an adjective of nationality: "Russian", "American".
	Demonym
	// Capital is a capital city standing for its state: "Moscow".
	Capital
	// Seat is a seat of government standing for its state: "Kremlin",
	// "White House", "Downing Street".
	Seat
)

var gazKindNames = [...]string{"Unknown", "Name", "Alias", "Demonym", "Capital", "Seat"}

// String returns the kind's name: "Name", "Alias", "Demonym", "Capital" or
// "Seat".
func (k Kind) String() string {
	if int(k) < len(gazKindNames) {
		return gazKindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Entry is what the gazetteer knows of one surface form.
type Entry struct {
	// Canonical is the actor's canonical name, its node label.
	Canonical string
	// Type is the actor's type; a Capital or Seat has its state's type.
	// It is graph.Unknown for a known name that is not an actor but
	// contains one ("Paris Agreement", "Minsk agreements", "Cold War"): a
	// caller should take the span and draw no actor from it, rather than
	// find France in "Paris". (A newspaper such as "The Washington Post"
	// is an Organization.)
	Type graph.ActorType
	// Kind says how the form names the actor.
	Kind Kind
	// Ambiguous is set on forms that have another common reading
	// ("Turkey", "Chad", "Jordan", "Georgia", "WHO"): the extractor should
	// ask for context before taking them as the actor.
	Ambiguous bool
}

// IsActor reports whether the entry names an actor: false for a known name
// that is not one ("Paris Agreement"; see Type).
func (e Entry) IsActor() bool { return e.Type != graph.Unknown }

// Gazetteer maps the surface forms of known actors to their entries. It is
// immutable and safe for concurrent use.
//
// Forms are matched case-sensitively as written in the data ("US" is the
// United States, "us" nothing), after folding diacritics ("Turkiye" finds
// "Türkiye"), typographic apostrophes and dashes, and ignoring a leading
// "the" and a trailing possessive. Two extensions of case: an all-capital
// acronym of four letters or more also matches in title case ("Nato",
// "Opec"), and a name or alias of five letters or more that has lower-case
// letters also matches in capitals ("RUSSIA" in a headline is Russia; but
// "KABUL" in a dateline is not Afghanistan, nor "SIAM" Thailand).
type Gazetteer struct {
	actors []*gazActor // in file order, then the user's
	exact  map[string]Entry
	upper  map[string]Entry          // all-capital spellings of keys with lower-case letters
	first  map[string][]gazCandidate // by gazAtom of the key, longest key first
	// starts[b] is set when some atom of first starts with the byte b:
	// most tokens ("the", "said") are rejected without a map lookup.
	starts    [256]bool
	demonyms  map[string]string
	ambiguous map[string]bool // keys of ambiguous forms
}

// Lookup returns the entry of a surface form: a name, alias, demonym,
// capital or seat, possibly of several words ("United Nations General
// Assembly"). It folds diacritics and ignores a leading "the" and a trailing
// possessive ("the Kremlin's" finds "Kremlin"), but not case, except as
// described on Gazetteer.
func (g *Gazetteer) Lookup(surface string) (Entry, bool) {
	if g == nil {
		return Entry{}, false
	}
	key := gazKey(surface)
	if e, ok := g.lookupKey(key); ok {
		return e, true
	}
	if p := gazStripPossessive(key); len(p) < len(key) {
		return g.lookupKey(p)
	}
	return Entry{}, false
}

func (g *Gazetteer) lookupKey(key string) (Entry, bool) {
	if e, ok := g.exact[key]; ok {
		return e, true
	}
	if gazHasUpperOnly(key) {
		if e, ok := g.upper[key]; ok {
			return e, true
		}
	}
	return Entry{}, false
}

// Match finds the longest form that starts at words[i], a sequence of
// tokens as a UD tokenizer gives them ("U.S.", "Guinea", "-", "Bissau",
// "People", "'s"). It returns the number n of tokens it covers and their
// entry. A possessive is covered only when written in the last token
// ("Russia's"); a separate "'s" token is not, unless it belongs to the name
// ("St. George's", the capital of Grenada). Match does not
// skip a leading "the": a caller scanning every i finds "Kremlin" at the
// next token.
//
// Match does not allocate for ASCII tokens and punctuation.
func (g *Gazetteer) Match(words []string, i int) (n int, e Entry, ok bool) {
	if g == nil || i < 0 || i >= len(words) {
		return 0, Entry{}, false
	}
	w := words[i]
	if w == "" || (w[0] < utf8.RuneSelf && !g.starts[w[0]]) {
		return 0, Entry{}, false
	}
	// Every form starts with a letter or digit: skip punctuation ("’s",
	// "—", "“") before folding, which allocates for non-ASCII tokens.
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, Entry{}, false
	}
	var cands []gazCandidate
	if atom, ok := gazASCIIAtom(words[i]); ok {
		// Most tokens: no folding needed to find the candidates.
		if cands = g.first[atom]; len(cands) == 0 {
			return 0, Entry{}, false
		}
	}
	toks := gazTokens{words: words[i:]}
	t0 := toks.at(0)
	if cands == nil {
		cands = g.first[gazAtom(t0)]
	}
	for k := range cands {
		if n := toks.match(cands[k].key); n > 0 {
			return n, cands[k].entry, true
		}
	}
	return 0, Entry{}, false
}

// gazTokens folds the tokens of a Match once, however many candidates are
// tried; the first few are kept in an array, so that Match does not allocate.
type gazTokens struct {
	words  []string
	folded [8]string
	done   int // folded[:done] are set
}

// at returns the folded token j, without white space.
func (t *gazTokens) at(j int) string {
	if j < t.done {
		return t.folded[j]
	}
	tok := gazFold(t.words[j])
	if strings.ContainsFunc(tok, gazIsSpace) {
		tok = strings.Join(strings.Fields(tok), "")
	}
	if j == t.done && j < len(t.folded) {
		t.folded[j] = tok
		t.done++
	}
	return tok
}

// match returns how many tokens concatenate to key, or 0. The last token
// may carry a possessive that key lacks ("Russia's").
func (t *gazTokens) match(key string) int {
	off := 0
	for j := range t.words {
		tok := t.at(j)
		if tok == "" {
			return 0
		}
		rest := key[off:]
		if strings.HasPrefix(rest, tok) {
			off += len(tok)
			if off == len(key) {
				return j + 1
			}
			continue
		}
		if last := tok[len(tok)-1]; last == 's' || last == 'S' || last == '\'' {
			if p := gazStripPossessive(tok); len(p) < len(tok) && p == rest {
				return j + 1
			}
		}
		return 0
	}
	return 0
}

// gazASCIIAtom returns the gazAtom of a token whose first run of letters and
// digits is ASCII and followed by ASCII or by a rune that is neither letter
// nor digit ("Russia’s"), without folding it; ok is false for other tokens.
func gazASCIIAtom(w string) (atom string, ok bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case c < utf8.RuneSelf:
			return w[:i], i > 0
		}
		r, _ := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			return "", false
		}
		return w[:i], i > 0
	}
	return w, w != ""
}

func gazIsSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' }

// Demonym returns the canonical name of the country an adjective of
// nationality stands for: "Russian" -> "Russia", "Ukrainian" -> "Ukraine",
// "U.S." -> "United States". Case matters as in Lookup. Adjectives of
// places that are not countries ("Scottish", "Tibetan", "Latin American")
// are not demonyms here; Match and Lookup find them, with their Location.
func (g *Gazetteer) Demonym(adj string) (country string, ok bool) {
	if g == nil {
		return "", false
	}
	key := gazKey(adj)
	if country, ok = g.demonyms[key]; !ok {
		country, ok = g.demonyms[gazStripPossessive(key)]
	}
	return country, ok
}

// Actors returns every actor of the gazetteer, sorted by name, with its
// aliases (not its demonyms, capitals or seats); names of type Other (see
// Entry.Type) are left out.
func (g *Gazetteer) Actors() []graph.Actor {
	if g == nil {
		return nil
	}
	out := make([]graph.Actor, 0, len(g.actors))
	sorted := slices.Clone(g.actors)
	slices.SortFunc(sorted, func(a, b *gazActor) int { return strings.Compare(a.name, b.name) })
	for _, a := range sorted {
		if a.typ == graph.Unknown {
			continue
		}
		var aliases []string
		for _, f := range a.forms {
			if f.kind == Alias {
				aliases = append(aliases, f.text)
			}
		}
		out = append(out, graph.Actor{Name: a.name, Type: a.typ, Aliases: gazCleanList(aliases, a.name)})
	}
	return out
}

// With returns a gazetteer in which a user's actors (read with
// ReadActorList) extend or override the built-in ones: an actor with the
// name of a built-in one gets the user's type (unless Unknown) and the
// user's aliases besides its own, and a name or alias of the user's wins
// over any built-in claim on the same form. Among the user's actors, a later
// one wins. g is unchanged.
func (g *Gazetteer) With(actors []graph.Actor) *Gazetteer {
	if len(actors) == 0 {
		return g
	}
	if g == nil {
		g = &Gazetteer{}
	}
	byName := make(map[string]*gazActor, len(g.actors))
	all := make([]*gazActor, 0, len(g.actors)+len(actors))
	for _, a := range g.actors {
		all = append(all, a)
		byName[a.name] = a
	}
	for _, ua := range actors {
		name := strings.TrimSpace(ua.Name)
		if name == "" {
			continue
		}
		old := byName[name]
		a := &gazActor{name: name, typ: ua.Type}
		if old != nil {
			// A copy: g's actors are shared with g.
			a.forms = slices.Clone(old.forms)
			if ua.Type == graph.Unknown {
				a.typ = old.typ
			}
			all[slices.Index(all, old)] = a
		} else {
			all = append(all, a)
		}
		byName[name] = a
		a.forms = append(a.forms, gazForm{text: name, kind: Name, tier: tierUser, file: "user"})
		for _, alias := range ua.Aliases {
			if alias = strings.TrimSpace(alias); alias != "" {
				a.forms = append(a.forms, gazForm{text: alias, kind: Alias, tier: tierUser, file: "user"})
			}
		}
	}
	w, _, _ := newGazetteer(all, g.ambiguous)
	return w
}
