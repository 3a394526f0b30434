package entities

import (
	"strings"

	"github.com/actorgraph/actorgraph/entities/gazetteer"
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// News names many institutions of a state by common nouns: "Russia's
// foreign ministry", "the Chinese foreign ministry", "Myanmar's military",
// "the Norwegian parliament", "Brazil's central bank". Such a phrase is an
// actor when a state anchors it: an adjective of nationality or a state's
// name before it. Its name is the phrase in title case with the anchor as
// written ("Russia Foreign Ministry", "Chinese Foreign Ministry"); the
// forms of one state's institution of one kind are one actor, and the same
// phrase without an anchor ("the foreign ministry said") is that actor when
// the article anchors exactly one of its kind.

// institutionPhrases are the common nouns of state institutions, each
// with the kind that groups its forms (a line of the list: the kind, then
// its other forms); the longest phrase at a token wins.
// Groups that news names as often without meaning one body ("police",
// "prosecutors", "state media", "the opposition") are left out, and so are
// kinds a state has several of ("intelligence service"). A state has an
// embassy in many capitals, but a story seldom speaks of two of one state's.
var institutionPhrases = phraseKinds(`
	foreign ministry; ministry of foreign affairs
	finance ministry; ministry of finance
	defence ministry; defense ministry; ministry of defence; ministry of defense
	interior ministry; ministry of interior; ministry of the interior
	trade ministry; ministry of trade; foreign trade ministry; ministry of foreign trade
	commerce ministry; ministry of commerce
	economy ministry; economic ministry
	health ministry; ministry of health
	justice ministry; ministry of justice
	agriculture ministry
	energy ministry
	oil ministry
	information ministry
	industry ministry
	education ministry
	central bank; national bank; reserve bank
	parliament; congress
	military; armed forces
	army
	navy
	air force
	coast guard
	electoral commission; election commission
	electoral tribunal
	supreme court
	constitutional court
	military intelligence
	embassy
	consulate
`)

// phraseKinds maps each form of the lines of list, forms separated by
// semicolons, to the first form of its line.
func phraseKinds(list string) map[string]string {
	kinds := make(map[string]string)
	for _, line := range strings.Split(list, "\n") {
		forms := strings.Split(line, ";")
		kind := strings.TrimSpace(forms[0])
		for _, f := range forms {
			if f = strings.TrimSpace(f); f != "" {
				kinds[f] = kind
			}
		}
	}
	return kinds
}

// titleOnlyForms are the forms of institutionPhrases that name a state's
// institution only in title case: "the Hungarian National Bank" is
// Hungary's central bank, "a U.S. national bank" any bank chartered by the
// federal government.
var titleOnlyForms = map[string]bool{"national bank": true, "reserve bank": true}

// anchoredForms are the forms of institutionPhrases that name a state's
// institution only after a state's name or adjective: "Security Pacific
// National Bank" is a firm, "the party congress" a party's meeting.
var anchoredForms = map[string]bool{"national bank": true, "reserve bank": true, "congress": true}

// hostedKinds are the institutions a state keeps in another's capital:
// a place's name before one says where it is, not whose it is.
var hostedKinds = map[string]bool{"embassy": true, "consulate": true}

// institutionMaxWords is the number of words of the longest phrase.
const institutionMaxWords = 4

// institution is a phrase found in a sentence.
type institution struct {
	start, end int    // the phrase's tokens, the anchor left out
	kind       string // see institutionPhrases
	country    string // canonical name of the anchoring state, "" for none
	anchor     string // the anchor as written ("Russian", "Russia"), "" for none
}

// institutionPrefixes holds every phrase of institutionPhrases cut before
// a space or an apostrophe: institutionAt stops reading words once what it
// has read starts no phrase, which at most tokens is after the first word.
var institutionPrefixes = func() map[string]bool {
	prefixes := make(map[string]bool)
	for p := range institutionPhrases {
		for i := range len(p) {
			if p[i] == ' ' || p[i] == '\'' {
				prefixes[p[:i]] = true
			}
		}
	}
	return prefixes
}()

// institutionAt returns the longest phrase of institutionPhrases at token i
// of a sentence, in lower case or in title case.
func institutionAt(toks []ud.Token, i int) (end int, kind string, ok bool) {
	var buf [64]byte
	key := buf[:0] // the words read, joined by spaces
	for j := i; j < len(toks) && j-i < institutionMaxWords; j++ {
		w := toks[j].Form
		if w == "’s" || w == "’S" {
			w = "'s"
		}
		if j > i && !strings.HasPrefix(w, "'") {
			key = append(key, ' ')
		}
		key = words.AppendLower(key, w) // "prosecutor" + "'s" as one word
		if k, found := institutionPhrases[string(key)]; found && (!titleOnlyForms[string(key)] || layout.StartsUpper(toks[i].Form)) {
			end, kind, ok = j+1, k, true
		}
		if !institutionPrefixes[string(key)] {
			break
		}
	}
	return end, kind, ok
}

// findInstitutions finds the phrases of institutions in a sentence, with
// the state that anchors each: an adjective of nationality before the
// phrase, perhaps with one adjective between ("Pakistan's powerful
// military"), a state's name in the possessive or as a modifier
// ("Russia's foreign ministry", "the Vietnam coast guard"). taken marks the
// tokens already in names other than demonyms.
func (x *Finder) findInstitutions(toks []ud.Token, taken []bool) []institution {
	var out []institution
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		end, kind, ok := institutionAt(toks, i)
		if !ok || overlaps(taken, i, end) || (end < len(toks) && layout.StartsUpper(toks[end].Form) && (toks[end].UPOS == "PROPN" || toks[end].UPOS == "NUM")) {
			continue // part of a longer name: "Army of the Republic", "Air Force One"
		}
		if layout.StartsUpper(toks[end-1].Form) && end+1 < len(toks) && toks[end].Form == "of" && layout.StartsUpper(toks[end+1].Form) && toks[end+1].UPOS == "PROPN" {
			continue // the start of a name: "Central Bank of Chile"
		}
		if x.modifiesThing(toks, end-1) {
			continue // a modifier: "Chinese military drills"
		}
		in := institution{start: i, end: end, kind: kind}
		in.country, in.anchor = x.anchorBefore(toks, i)
		if in.country == "" && i > 0 && !sentenceStart(toks, i-1) && layout.StartsUpper(toks[i-1].Form) && (toks[i-1].UPOS == "PROPN" || toks[i-1].UPOS == "ADJ") && !taken[i-1] {
			// "Bosnian Serb military": a modifier that is no state's
			// name anchors it to someone else, not to the article's
			// one anchored military, nor to its home state
			continue
		}
		if anchoredForms[strings.ToLower(joinWords(wordsOf(toks[i:end])))] && (in.country == "" || !layout.StartsUpper(toks[i-1].Form) && toks[i-1].XPOS != "POS") {
			continue // "First National Bank", a firm's name; "China's party congress", a party's
		}
		if in.country == "" && hostedKinds[kind] && i > 0 && taken[i-1] {
			continue // "the London embassy": where it is, not whose
		}
		out = append(out, in)
		i = end - 1
	}
	return out
}

// anchorBefore returns the state whose adjective or name stands before
// token i, and the anchor as written.
func (x *Finder) anchorBefore(toks []ud.Token, i int) (country, anchor string) {
	k := i - 1
	if k >= 0 && toks[k].UPOS == "ADJ" && !layout.StartsUpper(toks[k].Form) {
		k-- // "Pakistan's powerful military"
	}
	if k >= 0 && (toks[k].Form == "'s" || toks[k].Form == "’s") {
		k--
	}
	if k < 0 {
		return "", ""
	}
	w := toks[k].Form
	if c, ok := x.gaz.Demonym(w); ok {
		if n, e, found := x.gaz.Match([]string{w}, 0); !found || n != 1 || e.Kind == gazetteer.Demonym {
			return c, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		}
	}
	if n, e, ok := x.gaz.Match(wordsOf(toks[:k+1]), k); ok && n == 1 && e.Type == graph.Country && e.Kind != gazetteer.Capital && e.Kind != gazetteer.Seat {
		return e.Canonical, strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	}
	// a state's name of several words: "South Korea's army"
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if n, e, ok := x.gaz.Match(wordsOf(toks[:k+1]), j); ok && j+n == k+1 && e.Type == graph.Country && e.Kind != gazetteer.Capital {
			return e.Canonical, joinWords(wordsOf(toks[j : k+1]))
		}
	}
	return "", ""
}

func overlaps(taken []bool, start, end int) bool {
	for k := start; k < end; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

// institutionName is the name of an institution's phrase: its anchor and
// its words in title case ("Russia", "foreign ministry" -> "Russia
// Foreign Ministry").
func institutionName(anchor string, toks []ud.Token) []string {
	a := strings.TrimSuffix(strings.TrimSuffix(anchor, "'s"), "’s")
	if len(a) > 3 && layout.IsAllCaps(a) && !strings.Contains(a, ".") {
		a = layout.TitleCase(a) // a headline's "VIETNAM PARLIAMENT"; not "U.S." or "UK"
	}
	words := []string{a}
	for _, t := range toks {
		w := t.Form
		if !strings.HasPrefix(w, "'") && !strings.HasPrefix(w, "’") && w != "of" && w != "the" {
			w = layout.TitleCase(w)
		}
		words = append(words, w)
	}
	return words
}

// modifiesThing reports whether the last word of a phrase modifies a noun
// that is not a person or a statement of the institution ("Russian
// military actions", "the army base"), rather than naming it ("the foreign
// ministry spokeswoman", "finance ministry sources").
func (x *Finder) modifiesThing(toks []ud.Token, last int) bool {
	t := toks[last]
	if t.UPOS == "ADJ" || t.Deprel == "amod" {
		return true
	}
	if t.Deprel != "compound" || t.Head <= 0 || t.Head > len(toks) {
		return false
	}
	head := toks[t.Head-1].Form
	return x.roles.Role(head) == "" && !words.HasLower(voiceNouns, head)
}

// voiceNouns are the people and words through which an institution
// speaks ("ministry sources", "ministry statement").
var voiceNouns = words.Set(`
	source sources statement statements spokesperson spokesman spokeswoman officials
	official chief chiefs commander commanders
`)
