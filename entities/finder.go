package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/ner"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Finder finds the actors of an article in its analysed sentences: names
// from the gazetteer and the recogniser, tidied of titles and possessives,
// merged so that one real-world actor is one actor, and pronouns and
// descriptions resolved to them. It is safe for concurrent use.
type Finder struct {
	gaz   *gazetteer.Gazetteer
	ner   *ner.Recognizer
	roles *Roles
}

// NewFinder returns a Finder that looks names up in gaz and recognises
// unknown ones with ner.
func NewFinder(gaz *gazetteer.Gazetteer, ner *ner.Recognizer) *Finder {
	return &Finder{gaz: gaz, ner: ner, roles: DefaultRoles()}
}

// Roles returns the role nouns the finder strips from names.
func (x *Finder) Roles() *Roles { return x.roles }

// Gazetteer returns the gazetteer the finder looks names up in.
func (x *Finder) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// candidate is a name found in one sentence, before names are merged.
type candidate struct {
	sent, start, end int
	typ              graph.ActorType
	canonical        string // set when the gazetteer knows the name
	words            []string
	demonym          bool
}

// Find returns the actors of the sentences of one article and the spans
// that refer to them.
func (x *Finder) Find(sents []ud.Sentence) *Found {
	var recognized [][]ner.Mention
	if x.ner != nil {
		recognized = x.ner.RecognizeDocument(sents)
	}
	var cands []candidate
	for si := range sents {
		var ms []ner.Mention
		if si < len(recognized) {
			ms = recognized[si]
		}
		cands = append(cands, x.sentenceNames(si, &sents[si], ms)...)
	}
	cands = dropHeadlineGuesses(cands, sents)
	cands = propagateNames(cands, sents)
	f := mergeNames(cands, sents)
	x.resolveReferences(f, sents)
	f.index(len(sents))
	x.findModifiers(f, sents)
	return f
}

// sentenceNames finds the names in one sentence: gazetteer matches first,
// then recognised names that do not overlap them, each trimmed of
// determiners, titles and possessives.
func (x *Finder) sentenceNames(si int, s *ud.Sentence, recognized []ner.Mention) []candidate {
	toks := s.Tokens
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Form
	}
	taken := make([]bool, len(toks))
	var out []candidate
	for i := 0; i < len(toks); {
		n, e, ok := x.gaz.Match(words, i)
		next := ""
		if ok && i+n < len(toks) {
			next = toks[i+n].Form
		}
		if !ok || n <= 0 || !x.plausibleMatch(toks[i:i+n], e, next) {
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			taken[k] = true
		}
		if e.Type == graph.Unknown {
			i += n // a known name that is no actor: "Paris Agreement"
			continue
		}
		c := candidate{sent: si, start: i, end: i + n, typ: e.Type, canonical: e.Canonical, words: words[i : i+n]}
		if e.Kind == gazetteer.Demonym {
			c.demonym = true
		}
		out = append(out, c)
		i += n
	}
	{
		for _, m := range x.tidyMentions(toks, recognized) {
			start, end, typ := x.trimName(toks, m.Start, m.End, m.Type)
			if start >= end {
				continue
			}
			// A longer recognised name replaces gazetteer matches inside it
			// ("Ukraine's National Security and Defense Council"); one that
			// crosses or equals a match gives way to it.
			inside, ok := []int(nil), true
			uncovered := 0
			for k := start; k < end; k++ {
				if !taken[k] && toks[k].UPOS != "PUNCT" && toks[k].UPOS != "PART" {
					uncovered++
				}
			}
			for ci, c := range out {
				if c.end <= start || c.start >= end {
					continue
				}
				if c.start >= start && c.end <= end && c.end-c.start < end-start && uncovered >= 2 {
					inside = append(inside, ci)
					continue
				}
				ok = false
			}
			if !ok {
				continue
			}
			for k := len(inside) - 1; k >= 0; k-- {
				out = append(out[:inside[k]], out[inside[k]+1:]...)
			}
			out = append(out, candidate{sent: si, start: start, end: end, typ: typ, words: words[start:end]})
			for k := start; k < end; k++ {
				taken[k] = true
			}
		}
	}
	// Demonyms not already part of a name: "Russian jets", "the Ukrainian leader".
	for i, t := range toks {
		if taken[i] || (t.UPOS != "ADJ" && t.UPOS != "PROPN") {
			continue
		}
		if country, ok := x.gaz.Demonym(t.Form); ok {
			out = append(out, candidate{sent: si, start: i, end: i + 1, typ: graph.Country, canonical: country, words: words[i : i+1], demonym: true})
		}
	}
	return out
}

// plausibleMatch rejects gazetteer matches that the sentence shows to be
// ordinary words: a match must contain a capitalised or acronym token, and
// a capital or seat of government joined by a hyphen to a word ("Minsk-style")
// is not its state.
func (x *Finder) plausibleMatch(toks []ud.Token, e gazetteer.Entry, next string) bool {
	if (e.Kind == gazetteer.Capital || e.Kind == gazetteer.Seat) && (next == "-" || strings.HasPrefix(next, "-")) {
		return false
	}
	if e.Ambiguous && (len(toks) != 1 || toks[0].UPOS != "PROPN") {
		return false // "Turkey" the bird, "Chad" the name: only a proper noun
	}
	for _, t := range toks {
		r := []rune(t.Form)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			return true
		}
	}
	return false
}

// trimName strips from a recognised name what is not part of it: leading
// determiners, honorifics, role nouns and adjectives of nationality before a
// person's name ("U.S. President Donald Trump" -> "Donald Trump"), and a
// trailing possessive or punctuation.
func (x *Finder) trimName(toks []ud.Token, start, end int, typ graph.ActorType) (int, int, graph.ActorType) {
	for end > start && (toks[end-1].UPOS == "PUNCT" || toks[end-1].XPOS == "POS" || toks[end-1].Form == "'s" || toks[end-1].Form == "’s") {
		end--
	}
	for start < end && (toks[start].UPOS == "DET" || toks[start].UPOS == "PUNCT") {
		start++
	}
	// where a title may start: a name found from the middle of one
	// ("State John Smith" in "Secretary of State John Smith") has its
	// first words before the span
	first := start
	for first > 0 && start-first < 3 && (toks[first-1].UPOS == "ADP" || x.roles.InPhrase(toks[first-1].Form)) {
		first--
	}
	for start < end {
		t := toks[start]
		switch {
		case t.UPOS == "DET" || t.UPOS == "PUNCT" || t.XPOS == "POS":
			start++
			continue
		case typ == graph.Person && end-start > 1 && (x.roles.IsTitle(t.Form) || x.roles.Role(t.Form) != ""):
			start++
			continue
		case typ == graph.Person && end-start > 1 && isDemonymLike(x.gaz, t.Form):
			start++
			continue
		case typ == graph.Person && end-start > 1 && t.UPOS != "PROPN" && !startsUpper(t.Form):
			start++ // "senior aide ..." style lower-case words
			continue
		}
		break
	}
	// a person's name after a role phrase: "Finance Minister Serhiy
	// Marchenko", "U.S. Special Envoy for Ukraine Keith Kellogg",
	// "Secretary of State for Health Ann Reed"
	for k := end - 2; k >= first; k-- {
		if x.roles.Role(toks[k].Form) == "" && !x.roles.IsTitle(toks[k].Form) {
			continue
		}
		j := x.afterTitle(toks, k, end)
		if j > start && (typ == graph.Person || (end-j >= 2 && end-j <= 3)) {
			start, typ = j, graph.Person
		}
		break
	}
	return start, end, typ
}

// afterTitle returns where the name starts after the title whose last
// role word is toks[k], in a name span that ends at end: after the longest
// role phrase that starts at k ("Secretary of State", "Chief of Staff"),
// then after its complement ("for Ukraine", "of Foreign Affairs", "for
// Health"), which is the place or body the gazetteer knows there, else
// all but the last two words, a person's commonest name.
func (x *Finder) afterTitle(toks []ud.Token, k, end int) int {
	j := k + 1
	for n := min(x.roles.Longest(), end-1-k); n > 1; n-- {
		words := make([]string, n)
		for i := range words {
			words[i] = toks[k+i].Form
		}
		if _, ok := x.roles.Phrase(words...); ok {
			j = k + n
			break
		}
	}
	skip := func() bool {
		moved := false
		for j < end-1 && (toks[j].UPOS == "ADP" || toks[j].UPOS == "DET" || toks[j].XPOS == "POS" || isDemonymLike(x.gaz, toks[j].Form)) {
			j++
			moved = true
		}
		return moved
	}
	skip()
	if j == 0 || toks[j-1].UPOS != "ADP" || end-j < 3 {
		return j
	}
	// a complement: "for Ukraine Keith Kellogg", "for Health Ann Reed"
	words := make([]string, end-j)
	for i := range words {
		words[i] = toks[j+i].Form
	}
	if n, _, ok := x.gaz.Match(words, 0); ok && n < end-j {
		j += n
		skip()
		return j
	}
	return end - 2
}

func isDemonymLike(g *gazetteer.Gazetteer, w string) bool {
	if _, ok := g.Demonym(w); ok {
		return true
	}
	if n, e, ok := g.Match([]string{w}, 0); ok && n == 1 && e.Type == graph.Country {
		return true
	}
	return false
}

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// spanHead returns the token of toks[start:end] whose head lies outside the
// span: the span's syntactic head (the last token when unparsed).
func spanHead(toks []ud.Token, start, end int) int {
	for k := start; k < end; k++ {
		h := toks[k].Head - 1
		if toks[k].Head <= 0 || h < start || h >= end {
			if toks[k].Head >= 0 {
				return k
			}
		}
	}
	return end - 1
}

func joinWords(words []string) string {
	var sb strings.Builder
	for i, w := range words {
		if i > 0 && w != "'s" && w != "’s" && w != "-" && !strings.HasPrefix(w, "-") && words[i-1] != "-" {
			sb.WriteByte(' ')
		}
		sb.WriteString(w)
	}
	return sb.String()
}

// dropHeadlineGuesses drops the recogniser's names found only in title-case
// lines (headlines, where every word is capitalised), unless the article
// names them elsewhere too.
func dropHeadlineGuesses(cands []candidate, sents []ud.Sentence) []candidate {
	isHeadline := make([]bool, len(sents))
	for i := range sents {
		isHeadline[i] = headline(sents[i].Tokens)
	}
	elsewhere := map[string]bool{}
	for _, c := range cands {
		if !isHeadline[c.sent] {
			elsewhere[foldName(joinWords(c.words))] = true
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		if isHeadline[c.sent] && c.canonical == "" && !elsewhere[foldName(joinWords(c.words))] {
			if pw := personWords(c.words); !(c.typ == graph.Person && len(pw) == 1 && elsewhereSurname(elsewhere, pw[0])) {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}

// elsewhereSurname reports whether a single name ends a name seen elsewhere.
func elsewhereSurname(seen map[string]bool, word string) bool {
	w := " " + foldName(word)
	for n := range seen {
		if strings.HasSuffix(" "+n, w) {
			return true
		}
	}
	return false
}

// propagateNames finds again, everywhere in the article, the names found
// somewhere in it: a recogniser misses some occurrences of a name it finds
// elsewhere ("Zelenskyy" after "Volodymyr Zelenskyy"). A proper noun token
// sequence equal to a recognised name, or a single proper noun equal to a
// recognised person's surname, becomes a name too.
func propagateNames(cands []candidate, sents []ud.Sentence) []candidate {
	type known struct {
		words []string
		typ   graph.ActorType
	}
	var names []known
	seen := map[string]bool{}
	add := func(words []string, typ graph.ActorType) {
		key := strings.Join(words, " ")
		if !seen[key] {
			seen[key] = true
			names = append(names, known{words, typ})
		}
	}
	taken := map[tokenRef]bool{}
	for _, c := range cands {
		for k := c.start; k < c.end; k++ {
			taken[tokenRef{c.sent, k}] = true
		}
		if c.canonical != "" || c.demonym {
			continue
		}
		add(c.words, c.typ)
		if pw := personWords(c.words); c.typ == graph.Person && len(pw) >= 2 {
			add(pw[len(pw)-1:], graph.Person)
		}
	}
	// longest names first
	slices.SortStableFunc(names, func(a, b known) int { return len(b.words) - len(a.words) })
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			for _, n := range names {
				end := i + len(n.words)
				if end > len(toks) || !matchAt(toks, i, n.words) {
					continue
				}
				free := true
				for k := i; k < end; k++ {
					free = free && !taken[tokenRef{si, k}]
				}
				if !free {
					continue
				}
				cands = append(cands, candidate{sent: si, start: i, end: end, typ: n.typ, words: wordsOf(toks[i:end])})
				for k := i; k < end; k++ {
					taken[tokenRef{si, k}] = true
				}
				i = end - 1
				break
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.sent != b.sent {
			return a.sent - b.sent
		}
		return a.start - b.start
	})
	return cands
}

// matchAt reports whether the tokens at i spell words, every one a
// capitalised proper noun or the name's own lower-case particle.
func matchAt(toks []ud.Token, i int, words []string) bool {
	for k, w := range words {
		t := toks[i+k]
		if t.Form != w {
			return false
		}
		if startsUpper(w) && t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
			return false
		}
	}
	return startsUpper(words[0])
}

func wordsOf(toks []ud.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Form
	}
	return out
}
