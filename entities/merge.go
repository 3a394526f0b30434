package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/found"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// cluster is one actor being assembled from the names that refer to it.
type cluster struct {
	canonical string // fixed by the gazetteer, or chosen from the names
	known     bool   // the gazetteer named it
	knownType graph.ActorType
	votes     [5]int // type votes by graph.ActorType
	names     []string
	counts    []int    // how often the article names it by each of names
	first     string   // folded first name, for people
	surname   string   // names.SurnameKey of the last name, for people
	folded    []string // names.Fold of its names (see addFolded)
	// foldedWords are the words of each of folded, which the joins
	// compare
	foldedWords [][]string
	named       bool
	// cued is the type that the words around one of its names gave it
	// ("the town of Kessab", "the state-owned Kestrel"), which outweighs
	// the recogniser's guesses at its other names; Unknown if none did.
	cued graph.ActorType
}

// foldName folds a name for the joins to compare: names.Fold, and a
// legal form without its dot, so that "Lund Corp." is "Lund Corp".
func foldName(name string) string {
	f := names.Fold(name)
	if !strings.Contains(f, ".") {
		return f
	}
	ws := strings.Fields(f)
	for k, w := range ws {
		if t, ok := strings.CutSuffix(w, "."); ok && names.IsLegalWord(w) && names.IsLegalWord(t) {
			ws[k] = t
		}
	}
	return strings.Join(ws, " ")
}

// addFolded records the folded form of a name of c, and its words.
func (c *cluster) addFolded(f string) {
	c.folded = append(c.folded, f)
	c.foldedWords = append(c.foldedWords, strings.Fields(f))
}

// addName records words as a name of c's actor without counting them as
// the article's naming it: a people's plural ("the Palestinians") is
// another name of its state's actor, which a bare nationality does not
// make an actor of the article.
func (c *cluster) addName(words []string) {
	if name := joinWords(words); name != "" {
		c.count(name)
	}
}

// count counts name once more among c's names, a new one the first time.
// A cluster has a few names, which a search of the list finds sooner than
// a map made for each cluster would.
func (c *cluster) count(name string) {
	if k := slices.Index(c.names, name); k >= 0 {
		c.counts[k]++
		return
	}
	c.names = append(c.names, name)
	c.counts = append(c.counts, 1)
	c.addFolded(foldName(name))
}

func (c *cluster) add(words []string, typ graph.ActorType, demonym bool) {
	name := joinWords(words)
	if !demonym {
		c.named = true
		if name == "" {
			return // a phrase that another phrase names
		}
		c.count(name)
	}
	if int(typ) < len(c.votes) {
		c.votes[typ] += max(1, names.CountPersonWords(words))
	}
}

// longerPerson reports whether the cluster is a person's with a longer
// name than words, which a context gave another type: the "Reagan" of
// "the Reagan museum" is still Ronald Reagan.
func (c *cluster) longerPerson(words []string) bool {
	if c.first == "" || c.surname == "" {
		return false
	}
	n := names.CountPersonWords(words)
	for _, name := range c.names {
		if names.CountPersonWords(strings.Fields(name)) > n {
			return true
		}
	}
	return false
}

// typ is the gazetteer's type of a known actor, else the type most of its
// names have, a name of several words counting for each word ("Brightwater"
// taken for a person does not outvote "Brightwater Foods Corp").
func (c *cluster) typ() graph.ActorType {
	if c.known && c.knownType != graph.Unknown {
		return c.knownType
	}
	for k, f := range c.folded {
		if w := c.foldedWords[k]; len(w) > 1 && companyDesignators[w[len(w)-1]] {
			return graph.Organization // "AmSouth Corp", however often "AmSouth" looked like a person
		}
		if sitePrefixed(f) {
			return graph.Location // "HMP Belmarsh", a prison, wherever the recogniser put it
		}
	}
	if c.cued != graph.Unknown {
		return c.cued
	}
	best := graph.Unknown
	for t := graph.Person; t <= graph.Location; t++ {
		if c.votes[t] > c.votes[best] {
			best = t
		}
	}
	return best
}

// bestName is the fullest name: most words (initials aside), then the most
// frequent, then the first seen.
func (c *cluster) bestName() string {
	if c.known {
		return c.canonical
	}
	best, bestWords, bestCount := "", -1, 0
	for k, n := range c.names {
		w := 0
		for f := range strings.FieldsSeq(n) {
			if !names.IsInitial(f) {
				w++
			}
		}
		if w > bestWords || (w == bestWords && c.counts[k] > bestCount) {
			best, bestWords, bestCount = n, w, c.counts[k]
		}
	}
	return best
}

// mergeNames groups the candidates of an article into actors: gazetteer
// names by their canonical name; people by surname, so that "Trump" and
// "Zelensky" join "Donald Trump" and "Volodymyr Zelenskyy"; other names by
// their folded form, a shorter name joining a longer one it ends ("General
// Assembly" -> "UN General Assembly") or abbreviates ("NATO").
//
// place reports whether a word names a country or a place (nil: none
// does); a company's full name with one after a shorter name that opens it
// names a branch of its own ("Tarn Norland Inc"), not the one the short
// name stands for.
func mergeNames(cands []candidate, sents []ud.Sentence, place func(string) bool) *Found {
	var clusters []*cluster
	byCanon := map[string]int{}
	newCluster := func(c *cluster) int {
		clusters = append(clusters, c)
		return len(clusters) - 1
	}
	// Institutions named by common nouns: one actor for each state and
	// kind; a phrase no state anchors joins the one anchored phrase of its
	// kind, or is a name of its own when capitalised, or nothing.
	anchored := map[string][]string{} // kind -> anchored keys
	for _, c := range cands {
		if country, kind, ok := strings.Cut(c.inst, "|"); ok && country != "" && !slices.Contains(anchored[kind], c.inst) {
			anchored[kind] = append(anchored[kind], c.inst)
		}
	}
	home := homeState(cands, sents)
	kept := cands[:0:0]
	for _, c := range cands {
		if country, kind, ok := strings.Cut(c.inst, "|"); ok && country == "" {
			switch placed := openingPlace(cands, sents, c.sent); {
			case placed != "" && !hostedKinds[kind]:
				// "In Tokyo, a foreign ministry spokesman said": the
				// state the sentence opens in, whatever the dateline
				c.inst = placed + "|" + kind
				c.words = institutionName(placed, homeWords(c.words))
			case len(anchored[kind]) == 1:
				c.inst = anchored[kind][0]
				c.words = nil // the anchored phrases name it
			case layout.StartsUpper(c.words[0]) && home != "" && len(anchored[kind]) == 0 && !hostedKinds[kind]:
				// "the Foreign Ministry said" in a story about one
				// state is that state's: one actor of its own, not a
				// "Foreign Ministry" every story's would join
				c.inst = home + "|" + kind
				c.also = c.words
				c.words = institutionName(home, homeWords(c.words))
			case layout.StartsUpper(c.words[0]):
				c.inst = ""
			default:
				continue
			}
		}
		kept = append(kept, c)
	}
	cands = kept
	firmAcronyms(cands)
	regimeFollowers(cands, sents)
	of := make([]int, len(cands)) // candidate -> cluster
	byInst := map[string]int{}
	// Pass 1: gazetteer names, institutions and multi-word people, in text
	// order.
	pending := []int{}
	for i, c := range cands {
		switch {
		case c.inst != "":
			k, ok := byInst[c.inst]
			if !ok {
				k = newCluster(&cluster{})
				byInst[c.inst] = k
			}
			clusters[k].add(c.words, c.typ, false)
			if c.also != nil {
				clusters[k].add(c.also, c.typ, false) // its name as written
			}
			of[i] = k
		case c.canonical != "":
			k, ok := byCanon[c.canonical]
			if !ok {
				cl := &cluster{canonical: c.canonical, known: true, knownType: c.typ}
				cl.addFolded(foldName(c.canonical))
				k = newCluster(cl)
				byCanon[c.canonical] = k
			}
			clusters[k].add(c.words, c.typ, c.demonym)
			if c.people {
				clusters[k].addName(c.words) // "Palestinians", another name of Palestine
			}
			of[i] = k
		case c.typ == graph.Person && names.CountPersonWords(c.words) >= 2:
			first, sur := names.PersonKey(c.words)
			k := -1
			for j, cl := range clusters {
				if cl.surname != "" && cl.first != "" && samePerson(cl.first, cl.surname, first, sur) {
					k = j
					break
				}
			}
			if k < 0 {
				k = newCluster(&cluster{first: first, surname: sur})
			}
			clusters[k].add(c.words, c.typ, false)
			of[i] = k
		default:
			pending = append(pending, i)
		}
	}
	// Pass 2: single names and other names join what pass 1 built.
	for _, i := range pending {
		c := cands[i]
		k := joinExisting(clusters, c)
		if k < 0 {
			first, sur := "", ""
			if c.typ == graph.Person {
				first, sur = names.PersonKey(c.words)
			}
			k = newCluster(&cluster{first: first, surname: sur})
		}
		typ := c.typ
		if cl := clusters[k]; cl.first != "" && cl.surname != "" {
			typ = graph.Person // "Melania" taken for a place joins Melania Trump
		}
		clusters[k].add(c.words, typ, false)
		of[i] = k
	}
	for i, c := range cands {
		if c.cued && of[i] >= 0 && !clusters[of[i]].longerPerson(c.words) {
			clusters[of[i]].cued = c.typ
		}
	}
	// Pass 3: a shorter organisation or place name that ends a longer one.
	ownerWords := namesBefore(cands, of, len(clusters))
	remap := make([]int, len(clusters))
	for i := range remap {
		remap[i] = i
	}
	root := func(k int) int {
		for n := 0; remap[k] != k && n < len(remap); n++ {
			k = remap[k]
		}
		return k
	}
	join := func(i, j int) {
		if j >= 0 && root(j) != i {
			remap[i] = j
		}
	}
	for i, a := range clusters {
		if a.known && a.knownType == graph.Location {
			join(i, cityOf(clusters, i)) // "New York" for "New York City"
			continue
		}
		if !a.known && a.first != "" {
			// "Kessler Shipping", taken for a person's name, is
			// Kessler Shipping Corp
			join(i, companyShortened(clusters, i))
		}
		if a.known || a.first != "" {
			continue
		}
		if j := byAcronym(clusters, i); j >= 0 {
			join(i, j) // "JMP" for "Joint Monitoring Panel", whatever its type
			continue
		}
		if j := byLookalike(clusters, i); j >= 0 {
			join(i, j) // "M16" for "MI6"
			continue
		}
		if a.surname == "" {
			found := -1
			for j, b := range clusters {
				if i == j || b.first != "" || !endsOrAbbreviates(b, a) || otherOwner(b, a, ownerWords[i]) {
					continue
				}
				if found >= 0 && root(found) != root(j) {
					found = -2 // two fuller names fit: "Foreign Ministry" of two states
					break
				}
				found = j
			}
			if found >= 0 {
				join(i, found)
			}
		}
		if remap[i] == i {
			if j := shortFormOf(clusters, i); j >= 0 && !otherOwner(clusters[j], a, ownerWords[i]) {
				join(i, j)
			}
		}
	}
	// Pass 3b: a company's short name and the article's one fuller name of
	// it, its legal form after it or a word for what it makes as well
	// ("Lund" and "Lund Computer Inc"), are one actor, however the
	// gazetteer or the recogniser took the short one.
	together := func(i, j int) bool {
		seen := map[int]bool{}
		for c, k := range of {
			if root(k) == root(i) {
				seen[cands[c].sent] = true
			}
		}
		for c, k := range of {
			if root(k) == root(j) && seen[cands[c].sent] {
				return true
			}
		}
		return false
	}
	for i, a := range clusters {
		if remap[i] != i || (a.first != "" && !a.companyPerson()) || !a.companyLike() {
			continue
		}
		apart := func(i, j int) bool {
			return together(i, j) || place != nil && branchName(clusters, a, root, j, place)
		}
		if j := fullerCompanyName(clusters, i, root, apart); j >= 0 {
			join(j, i)
		}
	}
	// Pass 4: a person's name of two words or more that ends a longer one
	// ("Suu Kyi", "Aung San Suu Kyi").
	for i, a := range clusters {
		if remap[i] != i || a.first == "" {
			continue
		}
		join(i, longerPersonName(clusters, i))
	}
	// Pass 5: names the text itself gives as one actor's ("X, also known
	// as Y", "X (Y)").
	joinAliases(clusters, aliasLinks(cands, sents), of, root, join)
	return buildFound(clusters, remap, cands, of, sents)
}

// homeState returns the state a story is about: the state of its
// dateline ("WASHINGTON (Reuters) -", "GDANSK, Poland -"), else the
// country its names mention most, twice at least and more often than any
// other, or "". A story filed from a capital about another state ("the
// Russian ambassador") still speaks of its own state's bodies bare ("a
// retired Army general").
func homeState(cands []candidate, sents []ud.Sentence) string {
	if s := datelineState(cands, sents); s != "" {
		return s
	}
	counts := map[string]int{}
	for _, c := range cands {
		if c.typ == graph.Country && c.canonical != "" {
			counts[c.canonical]++
		}
	}
	best, n, tie := "", 0, false
	for name, k := range counts {
		switch {
		case k > n:
			best, n, tie = name, k, false
		case k == n:
			tie = true
		}
	}
	if tie || n < 2 {
		return ""
	}
	return best
}

// datelineState returns the state a dateline in one of the story's first
// sentences names: the last country named before its dash, or "".
func datelineState(cands []candidate, sents []ud.Sentence) string {
	for si := range min(3, len(sents)) {
		toks := sents[si].Tokens
		start, end, ok := layout.Dateline(toks)
		if !ok {
			continue
		}
		dash := end // the dash or bracket that ends the dateline
		for dash < len(toks) && dash < end+11 && !datelineEnd(toks[dash].Form) {
			dash++
		}
		state := ""
		for _, c := range cands {
			if c.sent == si && c.start >= start && c.start < dash && c.typ == graph.Country && c.canonical != "" && !c.demonym {
				state = c.canonical
			}
		}
		return state
	}
	return ""
}

// openingPlace returns the state a sentence opens in, "In Tokyo, ..." or
// "In Peru, ...": the capital or country named between a first "In" and
// a comma; "" when the sentence opens otherwise.
func openingPlace(cands []candidate, sents []ud.Sentence, si int) string {
	toks := sents[si].Tokens
	if len(toks) < 3 || toks[0].Form != "In" {
		return ""
	}
	for _, c := range cands {
		if c.sent == si && c.start == 1 && c.typ == graph.Country && c.canonical != "" && !c.demonym &&
			c.end < len(toks) && toks[c.end].Form == "," {
			return c.canonical
		}
	}
	return ""
}

// datelineEnd reports whether a token ends a dateline's place: "(" of
// "(Reuters)" or a dash.
func datelineEnd(form string) bool {
	switch form {
	case "(", "-", "--", "—", "–":
		return true
	}
	return false
}

// homeWords returns an institution's words without a leading article, as
// tokens for institutionName.
func homeWords(words []string) []ud.Token {
	var toks []ud.Token
	for _, w := range words {
		if strings.EqualFold(w, "the") && len(toks) == 0 {
			continue
		}
		toks = append(toks, ud.Token{Form: w})
	}
	return toks
}

// joinExisting finds the cluster a single or unknown name belongs to. A
// surname that persons of the article share is the first one's named in
// full: news names a second person of the name, a relative mostly, by the
// given name ("President Tom Hale ... his wife, Ann Hale ... Hale met").
func joinExisting(clusters []*cluster, c candidate) int {
	folded := foldName(joinWords(c.words))
	pw := names.PersonWords(c.words)
	for j, cl := range clusters {
		if slices.Contains(cl.folded, folded) {
			return j
		}
	}
	if len(pw) == 1 {
		_, key := names.PersonKey(c.words)
		for j, cl := range clusters {
			if cl.surname != "" && cl.first != "" && names.SpellingVariants(cl.surname, key) {
				return j
			}
		}
		for j, cl := range clusters {
			if cl.surname != "" && names.SpellingVariants(cl.surname, key) {
				return j
			}
		}
		if len(c.words) == 1 {
			if j := byFirstName(clusters, c.words[0]); j >= 0 {
				return j
			}
			if j := byFirstWord(clusters, c.words[0]); j >= 0 {
				return j
			}
		}
	}
	return -1
}

// endsOrAbbreviates reports whether short is a name of long: the last words
// of one of long's names (two words at least), or its acronym.
func endsOrAbbreviates(long, short *cluster) bool {
	for _, sw := range short.foldedWords {
		for _, lw := range long.foldedWords {
			if len(sw) >= 2 && len(lw) > len(sw) && slices.Equal(lw[len(lw)-len(sw):], sw) {
				return true
			}
		}
	}
	for _, s := range short.names {
		if !names.IsAcronym(s) {
			continue
		}
		for _, l := range long.names {
			if names.Abbreviates(strings.ReplaceAll(s, ".", ""), strings.Fields(l)) {
				return true
			}
		}
	}
	return false
}

// namesBefore returns, for each of n clusters, the folded last words of
// the names written right before its candidates: "senate" for the
// "Judiciary Committee" of "the Senate Judiciary Committee", which the
// finder reads as two names (the body and the one it belongs to).
func namesBefore(cands []candidate, of []int, n int) [][]string {
	out := make([][]string, n)
	for i, c := range cands {
		if i == 0 || of[i] < 0 || of[i] >= n {
			continue
		}
		p := cands[i-1]
		if p.sent != c.sent || p.end != c.start || len(p.words) == 0 || p.typ == graph.Person {
			continue
		}
		w := names.Fold(p.words[len(p.words)-1])
		if !slices.Contains(out[of[i]], w) {
			out[of[i]] = append(out[of[i]], w)
		}
	}
	return out
}

// otherOwner reports whether long, a name that short ends, names the
// committee of another chamber than the one written before short:
// "Judiciary Committee" after "Senate" is no part of the "House
// Judiciary Committee". long opens with a chamber's word before the
// words it shares, and it is none of the words written before short. A
// bare common word short (bareWord) written right after a name belongs to
// that name's body, and so to no long that lacks the name's last word.
func otherOwner(long, short *cluster, before []string) bool {
	if len(before) == 0 {
		return false
	}
	if len(short.folded) == 1 && bareWord(short.folded[0], short.foldedWords[0]) {
		// a bare "Committee" right after "House Intelligence", which the
		// finder cut off its name: the fuller name must hold the word
		// before it
		for _, lw := range long.foldedWords {
			for _, w := range before {
				if slices.Contains(lw, w) {
					return false
				}
			}
		}
		return true
	}
	for _, sw := range short.foldedWords {
		for _, lw := range long.foldedWords {
			if len(sw) < 1 || len(lw) <= len(sw) || !slices.Equal(lw[len(lw)-len(sw):], sw) {
				continue
			}
			if first := lw[0]; chamberWords[first] && !slices.Contains(before, first) {
				for _, w := range before {
					if chamberWords[w] {
						return true
					}
				}
			}
		}
	}
	return false
}

// chamberWords name the chambers of a legislature, whose committees
// news names after them ("the Senate Banking Committee").
var chamberWords = words.Set("house senate assembly congress parliament commons lords")

// buildFound turns clusters into actors and candidates into spans.
func buildFound(clusters []*cluster, remap []int, cands []candidate, of []int, sents []ud.Sentence) *Found {
	root := func(k int) int {
		for n := 0; remap[k] != k && n < len(remap); n++ {
			k = remap[k]
		}
		return k
	}
	for k, cl := range clusters {
		if r := root(k); r != k {
			if clusters[r].cued == graph.Unknown {
				clusters[r].cued = cl.cued
			}
			for _, n := range cl.names {
				clusters[r].add(strings.Fields(n), cl.typ(), false)
			}
		}
	}
	f := &Found{}
	actorOf := map[int]graph.ActorID{}
	for i, c := range cands {
		k := root(of[i])
		if clusters[k].commonWord() {
			continue // "the Council", "Road", "April": no name
		}
		a, ok := actorOf[k]
		if !ok {
			cl := clusters[k]
			name := cl.bestName()
			var aliases []string
			for _, n := range cl.names {
				if n != name && !cl.bareAlias(n) {
					aliases = append(aliases, n)
				}
			}
			slices.Sort(aliases)
			a = graph.ActorID(len(f.Actors))
			actorOf[k] = a
			f.Actors = append(f.Actors, graph.Actor{Name: name, Type: cl.typ(), Aliases: aliases})
			f.Named = append(f.Named, cl.named)
		}
		kind := NameSpan
		if c.demonym {
			kind = DemonymSpan
		}
		f.Spans = append(f.Spans, Span{
			Sentence: c.sent, Start: c.start, End: c.end,
			Head:  spanHead(sents[c.sent].Tokens, c.start, c.end),
			Actor: a, Kind: kind,
		})
	}
	found.SortSpans(f.Spans)
	return f
}
