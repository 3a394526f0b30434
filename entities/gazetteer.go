package entities

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/data"
	"github.com/actorgraph/actorgraph/graph"
)

// Kind says how a surface form names its actor.
type Kind uint8

// The kinds of surface forms, from the strongest claim on a form to the
// weakest: when two actors of the same source (see LoadGazetteer and
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

var kindNames = [...]string{"Unknown", "Name", "Alias", "Demonym", "Capital", "Seat"}

// String returns the kind's name: "Name", "Alias", "Demonym", "Capital" or
// "Seat".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Entry is what the gazetteer knows of one surface form.
type Entry struct {
	// Canonical is the actor's canonical name, its node label.
	Canonical string
	// Type is the actor's type; a Capital or Seat has its state's type.
	// It is graph.Unknown for a known name that is not an actor but
	// contains one ("Paris Agreement", "Washington Post" is an
	// Organization): a caller should take the span and draw no actor from
	// it, rather than find "Paris" or "Washington" in it.
	Type graph.ActorType
	// Kind says how the form names the actor.
	Kind Kind
	// Ambiguous is set on forms that have another common reading
	// ("Turkey", "Chad", "Jordan", "Georgia", "WHO"): the extractor should
	// ask for context before taking them as the actor.
	Ambiguous bool
}

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
	actors    []*gazActor // in file order, then the user's
	exact     map[string]Entry
	upper     map[string]Entry          // all-capital spellings of keys with lower-case letters
	first     map[string][]gazCandidate // by gazAtom of the key, longest key first
	demonyms  map[string]string
	ambiguous map[string]bool // keys of ambiguous forms
}

// gazActor is one actor with every form that names it.
type gazActor struct {
	name  string
	typ   graph.ActorType
	forms []gazForm
}

// gazForm is one surface form of an actor and where it comes from.
type gazForm struct {
	text string
	kind Kind
	tier gazTier
	file string
	line int
}

// gazTier orders the sources of forms: a later tier overrides an earlier one.
type gazTier uint8

const (
	tierGenerated gazTier = iota // *.gen.tsv
	tierCurated                  // the other built-in *.tsv files
	tierUser                     // Gazetteer.With
)

// gazCandidate is one form indexed for Match.
type gazCandidate struct {
	key   string
	entry Entry
}

// gazClaim is one actor's claim on a key.
type gazClaim struct {
	actor *gazActor
	form  gazForm
}

// gazetteerColumns are the list columns of a gazetteer file after name and
// type, in order; their index is the Kind of their forms less Alias.
func gazetteerColumns() []string {
	return []string{"aliases", "demonyms", "capitals", "seats"}
}

// LoadGazetteer reads a gazetteer from the files at the root of fsys:
// generated files named *.gen.tsv first, then the other *.tsv files, each in
// name order, then ambiguous.txt if present.
//
// A .tsv file has one actor a line (blank lines and "#" comments skipped):
//
//	name <TAB> type <TAB> aliases <TAB> demonyms <TAB> capitals <TAB> seats
//
// where type is one of graph.ParseActorType's or "Other" for a name that is
// not an actor (see Entry.Type), with "|" between the items of a list;
// trailing columns may be left out. A row whose name is already known
// extends that actor and must give the same type. A form claimed by two
// actors goes to the claim from a curated file over one from a generated
// file, and between claims from the same kind of file to the stronger Kind
// (see Kind); two equally strong claims are an error naming both lines.
// ambiguous.txt lists forms, one a line, to be marked Ambiguous; each must
// be in the gazetteer.
//
// The error, if any, is a LineErrors naming file and line of every problem,
// or an error reading fsys.
func LoadGazetteer(fsys fs.FS) (*Gazetteer, error) {
	if fsys == nil {
		return nil, errors.New("gazetteer: nil file system")
	}
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	if len(names) == 0 {
		return nil, errors.New("gazetteer: no *.tsv files")
	}
	// Generated files first: curated files extend and override them.
	slices.SortStableFunc(names, func(a, b string) int {
		ga, gb := strings.HasSuffix(a, ".gen.tsv"), strings.HasSuffix(b, ".gen.tsv")
		switch {
		case ga && !gb:
			return -1
		case gb && !ga:
			return 1
		}
		return strings.Compare(a, b)
	})
	byName := map[string]*gazActor{}
	where := map[*gazActor]string{} // file:line of each actor's first row
	var actors []*gazActor
	var errs LineErrors
	for _, name := range names {
		tier := tierCurated
		if strings.HasSuffix(name, ".gen.tsv") {
			tier = tierGenerated
		}
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		cols := gazetteerColumns()
		err = gazScanLines(f, func(line int, text string) {
			row, lerr := gazParseRowTypes(text, true, cols...)
			if lerr != nil {
				lerr.File, lerr.Line = name, line
				errs = append(errs, lerr)
				return
			}
			a := byName[row.name]
			if a == nil {
				a = &gazActor{name: row.name, typ: row.typ}
				byName[row.name] = a
				where[a] = fmt.Sprintf("%s:%d", name, line)
				actors = append(actors, a)
				a.forms = append(a.forms, gazForm{text: row.name, kind: Name, tier: tier, file: name, line: line})
			} else if a.typ != row.typ {
				errs = append(errs, &LineError{File: name, Line: line, Field: "type",
					Err: fmt.Errorf("%s, but %q is a %s at %s", row.typ, row.name, a.typ, where[a])})
				return
			}
			for i, list := range row.lists {
				for _, text := range list {
					a.forms = append(a.forms, gazForm{text: text, kind: Alias + Kind(i), tier: tier, file: name, line: line})
				}
			}
		})
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	ambiguous, err := readAmbiguous(fsys, &errs)
	if err != nil {
		return nil, err
	}
	g, forms, dems := newGazetteer(actors, ambiguous.keys)
	errs = append(errs, gazConflicts(forms, dems)...)
	for _, f := range ambiguous.forms {
		if _, ok := g.Lookup(f.text); !ok {
			errs = append(errs, &LineError{File: f.file, Line: f.line, Err: fmt.Errorf("%q is not in the gazetteer", f.text)})
		}
	}
	if len(errs) > 0 {
		slices.SortStableFunc(errs, func(a, b *LineError) int {
			return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
		})
		return nil, errs
	}
	return g, nil
}

// gazAmbiguous is the content of ambiguous.txt.
type gazAmbiguous struct {
	keys  map[string]bool
	forms []gazForm
}

// readAmbiguous reads ambiguous.txt from fsys, if it is there.
func readAmbiguous(fsys fs.FS, errs *LineErrors) (gazAmbiguous, error) {
	const name = "ambiguous.txt"
	amb := gazAmbiguous{keys: map[string]bool{}}
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return amb, nil
	}
	if err != nil {
		return amb, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	err = gazScanLines(f, func(line int, text string) {
		text = strings.TrimSpace(text)
		if strings.Contains(text, "\t") {
			*errs = append(*errs, &LineError{File: name, Line: line, Err: fmt.Errorf("a tab in %q: want one form a line", text)})
			return
		}
		amb.keys[gazKey(text)] = true
		amb.forms = append(amb.forms, gazForm{text: text, file: name, line: line})
	})
	if err != nil {
		return amb, fmt.Errorf("read %s: %w", name, err)
	}
	return amb, nil
}

// DefaultGazetteer returns the built-in gazetteer (data.Gazetteer), loaded
// on first use.
func DefaultGazetteer() (*Gazetteer, error) { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	return LoadGazetteer(data.Gazetteer())
})

// newGazetteer indexes actors. It never fails: a form claimed by several
// actors goes to the strongest claim (see gazBetter), ties to the last one;
// gazConflicts reports the ties a built-in gazetteer must not have.
//
// It also returns the claims on every key (see claims), for gazConflicts.
func newGazetteer(actors []*gazActor, ambiguous map[string]bool) (g *Gazetteer, forms, dems map[string][]gazClaim) {
	g = &Gazetteer{actors: actors, ambiguous: ambiguous}
	forms, dems, atoms := g.claims()
	g.exact = make(map[string]Entry, len(forms)*5/4)
	g.upper = make(map[string]Entry, len(forms))
	g.first = make(map[string][]gazCandidate, len(forms)*2)
	g.demonyms = make(map[string]string, len(dems))
	for key, cs := range forms {
		best := cs[0]
		for _, c := range cs[1:] {
			if !gazBetter(best.form, c.form) {
				best = c
			}
		}
		g.exact[key] = Entry{Canonical: best.actor.name, Type: best.actor.typ, Kind: best.form.kind, Ambiguous: ambiguous[key]}
	}
	for key, cs := range dems {
		best := cs[0]
		for _, c := range cs[1:] {
			if c.form.tier >= best.form.tier {
				best = c
			}
		}
		if best.actor.typ == graph.Country {
			g.demonyms[key] = best.actor.name
		}
	}
	// Derived spellings: "Nato" for "NATO"; "RUSSIA" for "Russia".
	keys := make([]string, 0, len(g.exact))
	for k := range g.exact {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e := g.exact[k]
		if t := gazTitleAcronym(k); t != "" {
			if _, taken := g.exact[t]; !taken {
				g.exact[t] = e
				atoms[t] = []string{t}
			}
		}
	}
	upperAtoms := map[string][]string{}
	keys = keys[:0]
	for k := range g.exact {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		e := g.exact[k]
		for _, a := range atoms[k] {
			g.first[a] = append(g.first[a], gazCandidate{key: k, entry: e})
		}
		// Only names and aliases of five letters or more: not a capital
		// in a dateline ("KABUL (AFP) -"), nor an acronym that happens to
		// spell a short name ("SIAM", "CHAD").
		if !gazHasLower(k) || utf8.RuneCountInString(k) < 5 || (e.Kind != Name && e.Kind != Alias) {
			continue
		}
		u := strings.ToUpper(k)
		if _, taken := g.exact[u]; taken {
			continue
		}
		if old, taken := g.upper[u]; taken && old.Kind <= e.Kind {
			continue
		}
		g.upper[u] = e
		for _, a := range atoms[k] {
			upperAtoms[u] = append(upperAtoms[u], strings.ToUpper(a))
		}
	}
	for _, u := range gazSortedKeys(g.upper) {
		for _, a := range upperAtoms[u] {
			g.first[a] = append(g.first[a], gazCandidate{key: u, entry: g.upper[u]})
		}
	}
	for a, cs := range g.first {
		slices.SortStableFunc(cs, func(x, y gazCandidate) int {
			return cmp.Or(cmp.Compare(len(y.key), len(x.key)), strings.Compare(x.key, y.key))
		})
		g.first[a] = slices.CompactFunc(cs, func(x, y gazCandidate) bool { return x.key == y.key })
	}
	return g, forms, dems
}

// claims returns, for every key, the claims on it as a name (any kind) and
// as a demonym, in actor and form order, and the atoms of its forms. An
// actor claims a key once, with its strongest form.
func (g *Gazetteer) claims() (forms, demonyms map[string][]gazClaim, atoms map[string][]string) {
	n := 0
	for _, a := range g.actors {
		n += len(a.forms)
	}
	forms, demonyms, atoms = make(map[string][]gazClaim, n), map[string][]gazClaim{}, make(map[string][]string, n)
	mine := map[string]int{}  // key -> index in forms[key], for one actor
	mineD := map[string]int{} // key -> index in demonyms[key], for one actor
	for _, a := range g.actors {
		clear(mine)
		clear(mineD)
		for _, f := range a.forms {
			key, atom := gazKeyAtom(f.text)
			if key == "" {
				continue
			}
			if !slices.Contains(atoms[key], atom) {
				atoms[key] = append(atoms[key], atom)
			}
			c := gazClaim{actor: a, form: f}
			if i, ok := mine[key]; ok {
				// One actor's own forms: the stronger kind, then the
				// later tier ("DR Congo" is a Name even if a curated
				// file also lists it as an alias).
				if old := forms[key][i].form; f.kind < old.kind || (f.kind == old.kind && f.tier > old.tier) {
					forms[key][i] = c
				}
			} else {
				mine[key] = len(forms[key])
				forms[key] = append(forms[key], c)
			}
			if f.kind != Demonym {
				continue
			}
			if i, ok := mineD[key]; ok {
				if f.tier > demonyms[key][i].form.tier {
					demonyms[key][i] = c
				}
			} else {
				mineD[key] = len(demonyms[key])
				demonyms[key] = append(demonyms[key], c)
			}
		}
	}
	return forms, demonyms, atoms
}

// gazBetter reports whether form a is a stronger claim than b: a later tier,
// or the same tier and a stronger kind.
func gazBetter(a, b gazForm) bool {
	if a.tier != b.tier {
		return a.tier > b.tier
	}
	return a.kind < b.kind
}

// gazConflicts reports the forms that two actors claim equally strongly
// from built-in files: the winner would depend on file order.
func gazConflicts(forms, dems map[string][]gazClaim) LineErrors {
	var errs LineErrors
	report := func(key string, cs []gazClaim, what string, better func(a, b gazForm) bool) {
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				if a.form.tier == tierUser || better(a.form, b.form) || better(b.form, a.form) {
					continue
				}
				x, y := a, b
				if y.form.file < x.form.file || (y.form.file == x.form.file && y.form.line < x.form.line) {
					x, y = y, x
				}
				errs = append(errs, &LineError{File: y.form.file, Line: y.form.line, Field: strings.ToLower(y.form.kind.String()),
					Err: fmt.Errorf("%s %q of %s is also %s of %s (%s:%d)", what, y.form.text, y.actor.name, x.form.kind, x.actor.name, x.form.file, x.form.line)})
			}
		}
	}
	for _, key := range gazSortedKeys(forms) {
		report(key, forms[key], "form", gazBetter)
	}
	for _, key := range gazSortedKeys(dems) {
		report(key, dems[key], "demonym", func(a, b gazForm) bool { return a.tier > b.tier })
	}
	return errs
}

func gazSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// gazTitleAcronym returns the title-case spelling of an all-capital acronym
// of four letters or more ("NATO" -> "Nato"), or "".
func gazTitleAcronym(k string) string {
	if len(k) < 4 {
		return ""
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 'A' || k[i] > 'Z' {
			return ""
		}
	}
	return k[:1] + strings.ToLower(k[1:])
}

// Lookup returns the entry of a surface form: a name, alias, demonym,
// capital or seat, possibly of several words ("United Nations General
// Assembly"). It folds diacritics and ignores a leading "the" and a trailing
// possessive ("the Kremlin's" finds "Kremlin"), but not case, except as
// described on Gazetteer.
func (g *Gazetteer) Lookup(surface string) (Entry, bool) {
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
// entry. A possessive is part of the last token covered only when written
// in it ("Russia's"); a separate "'s" token is not covered. Match does not
// skip a leading "the": a caller scanning every i finds "Kremlin" at the
// next token.
//
// Match does not allocate for ASCII tokens and punctuation.
func (g *Gazetteer) Match(words []string, i int) (n int, e Entry, ok bool) {
	if g == nil || i < 0 || i >= len(words) {
		return 0, Entry{}, false
	}
	// Every form starts with a letter or digit: skip punctuation ("’s",
	// "—", "“") before folding, which allocates for non-ASCII tokens.
	if r, _ := utf8.DecodeRuneInString(words[i]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
