package relations

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// repaired returns the tokens of a sentence with the parser's recurring
// mistakes that hide an event noun's arguments undone (pluralEvents,
// measureOwners, growingNouns), a role's holder (apposedSubjects,
// commaAppositions, apposedClauses), the clause of a gerund taken for a
// name's modifier (gerundNames) or the subject of a clause said without
// "that" (clauseObjects), the actor a standing-relation noun is said of
// (relationalAppositions), a relative clause of saying hung on the
// wrong word (relativeSayings), the party of a judged event hung on the
// verb (evaluatedPartners), the partner of a talk hung on its means
// (phonePartners), a clause's verb read as a participle of its plural
// subject (rootParticiples), a participle between commas read as the
// main verb (participleAppositions), the object of a relative clause
// made a second subject (relativeObjects); and before them, the clause
// of "that" after a noun of saying (thatComplements, contentThats) and
// a subject taken for a vocative (vocativeSubjects), and first of all an
// infinitive taken for a phrase of "to" (toInfinitives); after them a
// speech verb that continues its speaker's sentence (speakerClauses).
// The tokens passed are not changed.
func repaired(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	toks = vocativeSubjects(contentThats(thatComplements(toInfinitives(toks, lx), lx)))
	toks = relativeObjects(participleAppositions(toks))
	toks = phonePartners(evaluatedPartners(relativeSayings(relationalAppositions(clauseObjects(apposedClauses(commaAppositions(apposedSubjects(growingNouns(measureOwners(adjectiveEvents(pluralEvents(gerundNames(rootParticiples(toks)), lx), lx))))))), lx), lx), lx))
	return speakerClauses(toks, lx)
}

// phonePartners returns the tokens of a sentence with each "with" or
// "to" phrase that the parser hung on the means of a verb of talking
// ("spoke by telephone [with Reed]", "talked over the phone [to Hale]")
// put back on the verb, whose partner it names. The tokens themselves are
// returned when there is none; the tokens passed are not changed.
func phonePartners(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for c, tok := range toks {
		m := tok.Head - 1
		if tok.Deprel != "nmod" || m < 0 || m > c || toks[m].Deprel != "obl" || !phoneNouns[toks[m].Lemma] {
			continue
		}
		v := toks[m].Head - 1
		if v < 0 || toks[v].UPOS != "VERB" || !talkingVerbs[toks[v].Lemma] {
			continue
		}
		if first, _ := phraseSpan(toks, c); first == c || (toks[first].Form != "with" && toks[first].Form != "to") {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[c].Head, out[c].Deprel = v+1, "obl"
	}
	if out == nil {
		return toks
	}
	return out
}

// phoneNouns are the means by which one talks at a distance.
var phoneNouns = words.Set("phone telephone video videoconference videolink teleconference")

// evaluatedPartners returns the tokens of a sentence with each "with"
// phrase that the parser hung on a verb of judging when it follows the
// verb's object, an event noun shared by its parties ("praised his talks
// [with Reed]", "condemned the war [with Peru]"), put back on the noun,
// whose party it names: one judges an event, not with someone. Verbs of
// talking over ("discussed trade with Peru") keep theirs. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func evaluatedPartners(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for o, tok := range toks {
		v := tok.Head - 1
		if tok.Deprel != "obj" || tok.UPOS != "NOUN" || v < 0 || v > o || !lx.Evaluative[toks[v].Lemma] || conversing[toks[v].Lemma] {
			continue
		}
		nom, ok := lx.Nominals[tok.Lemma]
		if !ok {
			nom, ok = lx.Nominals[strings.ToLower(tok.Form)] // "talks"
		}
		if !ok || !nom.Mutual {
			continue
		}
		_, last := phraseSpan(toks, o)
		for c := last + 1; c < len(toks); c++ {
			if toks[c].Head-1 != v || toks[c].Deprel != "obl" {
				continue
			}
			if first, _ := phraseSpan(toks, c); first == last+1 && strings.ToLower(toks[first].Form) == "with" {
				if out == nil {
					out = append([]ud.Token(nil), toks...)
				}
				out[c].Head, out[c].Deprel = o+1, "nmod"
			}
			break
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// adjectiveEvents returns the tokens of a sentence with each event noun
// that the tagger took for the adjective it also is ("launched an
// offensive against Iraq", "Iran's offensive against Iraq ended") put
// back as the noun it is: an adjective that heads a verb's subject,
// object or oblique, or that a determiner or a possessive goes with, is
// a noun, and one the lexicon knows as an event noun names an event. The
// tokens themselves are returned when there is none; the tokens passed
// are not changed.
func adjectiveEvents(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		if tok.UPOS != "ADJ" {
			continue
		}
		if _, ok := lx.Nominals[strings.ToLower(tok.Form)]; !ok {
			continue
		}
		switch tok.Deprel {
		case "nsubj", "nsubj:pass", "obj", "obl", "nmod", "advcl":
			// an adjective with a determiner is no adverbial clause
			// either: the parser reads "that its new offensive
			// against Peru had ended" so
		default:
			continue
		}
		if !slices.ContainsFunc(toks, func(d ud.Token) bool {
			return d.Head-1 == k && (d.Deprel == "det" || d.Deprel == "nmod:poss")
		}) {
			continue // "found it offensive": an adjective
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].UPOS, out[k].XPOS = "NOUN", "NN"
	}
	if out == nil {
		return toks
	}
	return out
}

// relationalAppositions returns the tokens of a sentence with each
// standing-relation noun set off by a comma after a noun ("Norland, a
// close U.S. ally, agreed", "the plan pleased the Velmar government, an
// ally of Norland") that the parser hung on the clause's verb, as a
// parataxis, an apposition or an adverb, put back as the apposition of
// that noun, whose relation it states. The noun's phrase is a determiner
// and its modifiers after the comma; the tagger takes "ally" after a
// name written with a full stop ("U.S.") for an adverb and the name for
// the phrase's head, which the noun then takes back. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func relationalAppositions(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for k := range toks {
		// the phrase: a comma, a determiner, then modifiers up to k, a
		// relational noun (the noun is looked up, and lowered, only
		// after the phrase is found: most words open none)
		p := k - 1
		for p > 0 && slices.Contains([]string{"ADJ", "PROPN", "NOUN", "NUM"}, toks[p].UPOS) && toks[p].Form != "," {
			p--
		}
		if p < 2 || toks[p].UPOS != "DET" || toks[p-1].Form != "," {
			continue
		}
		w := strings.ToLower(toks[k].Form)
		if !lx.Relational[w] && !lx.Relational[strings.TrimSuffix(w, "s")] {
			continue
		}
		c := p - 1
		// the noun whose phrase ends at the comma
		j := c - 1
		for steps := 0; steps < 4 && toks[j].Head-1 > j && toks[j].Head-1 < c; steps++ {
			j = toks[j].Head - 1
		}
		if toks[j].Deprel == "flat" && toks[j].Head-1 < j {
			j = toks[j].Head - 1
		}
		if !nounLike(toks[j].UPOS) || toks[j].Head <= 0 || toks[j].Deprel == "nmod" {
			continue // "Ann Reed of Norland, a Hale critic": Reed's
		}
		// the phrase's top, as the parser left it, hangs on j's head,
		// or on j as a word that is no apposition
		top := k
		for i := p; i < k; i++ {
			if h := toks[i].Head - 1; h < p || h > k {
				top = i
			}
		}
		switch h, rel := toks[top].Head-1, toks[top].Deprel; {
		case h == j && (top != k || rel != "appos" || toks[k].UPOS != "NOUN"):
		case h != toks[j].Head-1:
			continue
		case rel == "obj" && toks[j].Deprel == "obj": // a second object
		case rel != "parataxis" && rel != "appos" && rel != "advmod" && rel != "obl" && rel != "dep":
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		if out[k].UPOS != "NOUN" {
			out[k].UPOS, out[k].XPOS = "NOUN", "NN"
			if strings.HasSuffix(w, "s") {
				out[k].XPOS = "NNS"
			}
		}
		out[k].Head, out[k].Deprel = j+1, "appos"
		out[c].Head, out[c].Deprel = k+1, "punct"
		for i := p; i < k; i++ {
			rel := "compound"
			switch toks[i].UPOS {
			case "DET":
				rel = "det"
			case "ADJ":
				rel = "amod"
			}
			out[i].Head, out[i].Deprel = k+1, rel
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// pluralEvents returns the tokens of a sentence with each plural event
// noun that the parser tagged a verb in the third person ("launched air
// strikes on Gaza", "ordered drone strikes on the base") put back as the
// noun it is: a finite verb is no object nor oblique, so a word in such a
// place that the lexicon knows as an event noun is one. A common noun
// right before it that the parser made its subject ("air" in "the first
// air strikes") is a compound of it, and what the parser hung on it as
// obliques ("on a Syrian base") are its modifiers. The tokens themselves
// are returned when there is none; the tokens passed are not changed.
func pluralEvents(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		if tok.UPOS != "VERB" || tok.XPOS != "VBZ" {
			continue
		}
		switch tok.Deprel {
		case "obj", "obl", "nmod":
		default:
			continue
		}
		if _, ok := lx.Nominals[strings.ToLower(tok.Form)]; !ok {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].UPOS, out[k].XPOS = "NOUN", "NNS"
		for c := range out {
			if out[c].Head-1 != k {
				continue
			}
			switch {
			case out[c].Deprel == "nsubj" && c == k-1 && out[c].UPOS == "NOUN":
				out[c].Deprel = "compound"
			case out[c].Deprel == "obl":
				out[c].Deprel = "nmod"
			}
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// measureOwners returns the tokens of a sentence with each possessive
// that the parser hung on the noun of a hyphenated measure ("Reed's
// [week]-long Asia tour", "Peru's [decade]-long war with Chile") put back
// on the noun the measure qualifies, whose owner it is, with the
// preposition or determiner hung there too ("on [Reed's] week-long
// visit"). The tokens themselves are returned when there is none; the
// tokens passed are not changed.
func measureOwners(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		a := k + 2
		if tok.UPOS != "NOUN" || !strings.HasPrefix(tok.Deprel, "obl") && tok.Deprel != "nmod" || a >= len(toks) {
			continue
		}
		if toks[k+1].Form != "-" || toks[a].UPOS != "ADJ" || toks[a].Deprel != "amod" {
			continue
		}
		n := toks[a].Head - 1
		if n <= a || n >= len(toks) || toks[n].UPOS != "NOUN" {
			continue
		}
		if h := tok.Head - 1; h != a && h != n && h != toks[n].Head-1 {
			continue // the measure's noun is its own, its sibling's or its adjective's
		}
		for c := range toks {
			if toks[c].Head-1 != k {
				continue
			}
			if out == nil {
				out = append([]ud.Token(nil), toks...)
			}
			switch toks[c].Deprel {
			case "nmod:poss", "case", "det":
				// the phrase's preposition and determiner are the
				// noun's too: "on [Reed's] week-long visit"
				out[c].Head = n + 1
			}
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// growing are the participles that say a thing grows or goes on, which
// qualify a noun after a preposition: "under mounting pressure".
var growing = words.Set(`
	mounting growing increasing rising intensifying escalating continuing
	heightened deepening
`)

// qualifyingPreps introduce a noun phrase, never a gerund's clause whose
// object the noun would be.
var qualifyingPreps = words.Set("under amid amidst despite")

// growingNouns returns the tokens of a sentence with each noun phrase of
// a preposition and a participle of growth that the parser read as a
// clause ("under [mounting] pressure from Tokyo" with "mounting" a verb,
// "under" its mark and "pressure" its object), or the object of a verb of
// receiving read as the participle's ("faced [mounting] criticism from
// Tokyo"), put back as the phrase it is: the noun takes the clause's place, the preposition is its case, the
// participle and the clause's obliques its modifiers. The tokens themselves are returned when
// there is none; the tokens passed are not changed.
func growingNouns(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for v, tok := range toks {
		if tok.XPOS != "VBG" || v == 0 || v+1 >= len(toks) || !growing[strings.ToLower(tok.Form)] {
			continue
		}
		m := v - 1
		var rel string
		switch h := tok.Head - 1; {
		case tok.Deprel == "xcomp" && h >= 0 && h < v && toks[h].UPOS == "VERB" && receivingVerbs[toks[h].Lemma]:
			// "faced [mounting] criticism": the participle no verb of
			// its own but the noun's modifier, the noun the object
			rel, m = "obj", -1
		case toks[m].Head-1 != v || toks[m].Deprel != "mark" || !qualifyingPreps[strings.ToLower(toks[m].Form)]:
			continue
		case tok.Deprel == "advcl":
			rel = "obl"
		case tok.Deprel == "acl":
			rel = "nmod"
		default:
			continue
		}
		n := v + 1
		for n < len(toks) && toks[n].UPOS == "ADJ" && toks[n].Head-1 > n {
			n++ // "under mounting protectionist pressure"
		}
		if n >= len(toks) || toks[n].Head-1 != v || toks[n].Deprel != "obj" || toks[n].UPOS != "NOUN" {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		for c := range toks {
			if toks[c].Head-1 == v && toks[c].Deprel == "obl" {
				out[c].Head, out[c].Deprel = n+1, "nmod" // "from Tokyo"
			}
		}
		out[n].Head, out[n].Deprel = tok.Head, rel
		if m >= 0 {
			out[m].Head, out[m].Deprel = n+1, "case"
		}
		out[v].Head, out[v].Deprel, out[v].UPOS, out[v].XPOS = n+1, "amod", "ADJ", "JJ"
	}
	if out == nil {
		return toks
	}
	return out
}

// gerundNames returns the tokens of a sentence with each gerund after a
// preposition that the parser read as a noun compound of the name that is
// its object ("dismissed for [deceiving] Governor Ann Reed", with
// "deceiving" a compound or an adjective of the name and "for" the
// name's case) put back
// as the clause it is: the gerund takes the name's place as an adverbial
// (or adnominal) clause, the preposition is its mark and the name its
// object, so that the gerund is the relation, not the verb it hangs on.
// Participles that qualify a holder ("outgoing", "visiting") are left.
// The tokens themselves are returned when there is none; the tokens
// passed are not changed.
func gerundNames(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		w := tok.Form
		if k == 0 || len(w) < 6 || !strings.HasSuffix(w, "ing") || strings.ToLower(w) != w || !modifierSlip(tok) || holderParticiples[w] {
			continue
		}
		m := k - 1
		if toks[m].Deprel != "case" || !gerundPreps[strings.ToLower(toks[m].Form)] {
			continue
		}
		h := toks[m].Head - 1
		if h <= k || h >= len(toks) || toks[h].UPOS != "PROPN" {
			continue
		}
		var rel string
		switch {
		case strings.HasPrefix(toks[h].Deprel, "obl"):
			rel = "advcl"
		case toks[h].Deprel == "nmod":
			rel = "acl"
		default:
			continue
		}
		if first, _ := phraseSpan(toks, h); first != m {
			continue // the gerund opens the name's phrase, after the preposition
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].UPOS, out[k].XPOS, out[k].Lemma = "VERB", "VBG", gerundLemma(w)
		out[k].Head, out[k].Deprel = toks[h].Head, rel
		out[m].Head, out[m].Deprel = k+1, "mark"
		out[h].Head, out[h].Deprel = k+1, "obj"
	}
	if out == nil {
		return toks
	}
	return out
}

// modifierSlip reports whether a token is where the parser puts a gerund
// it took for a modifier of the name after it: a noun compound or an
// adjective.
func modifierSlip(tok ud.Token) bool {
	return tok.UPOS == "NOUN" && tok.Deprel == "compound" || (tok.UPOS == "ADJ" || tok.UPOS == "VERB") && tok.Deprel == "amod"
}

// gerundPreps are the prepositions before a gerund whose subject is the
// subject of the verb they hang on ("fired for deceiving X", "left
// without meeting X").
var gerundPreps = words.Set("for after before by without from since")

// holderParticiples qualify a holder of a role before the name ("talks
// with visiting President Reed", "by outgoing Governor Hale"): no clause.
var holderParticiples = words.Set(`
	acting outgoing incoming retiring ruling leading visiting governing
	reigning sitting founding neighboring neighbouring opposing competing
	ailing remaining fighting striking existing ongoing forthcoming upcoming
	rising growing presiding managing`)

// gerundLemma returns the verb of a gerund by the spelling rules of
// English: "deceiving" deceive, "meeting" meet, "stopping" stop,
// "negotiating" negotiate, "misleading" mislead.
func gerundLemma(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	n := len(stem)
	if n < 2 {
		return w
	}
	last, prev := stem[n-1], stem[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == prev && strings.IndexByte("bdgmnprt", last) >= 0:
		return stem[:n-1] // "stopping", "planning"
	case last == 'v' || last == 'u' || last == 'z' && prev != 'z' || last == 'c' && prev != 'c':
		return stem + "e" // "deceiving", "arguing", "seizing", "forcing"
	case n > 4 && (strings.HasSuffix(stem, "ang") || strings.HasSuffix(stem, "eng")):
		return stem + "e" // "changing", "challenging"
	case vowel(last) || !vowel(prev):
		return stem // "seeing", "helping", "attacking"
	case n >= 3 && vowel(stem[n-3]):
		if last == 's' || strings.HasSuffix(stem, "eat") {
			if strings.HasSuffix(stem, "eat") {
				return stem // "defeating"
			}
			return stem + "e" // "praising", "raising"
		}
		if strings.HasSuffix(stem, "iat") || strings.HasSuffix(stem, "uat") {
			return stem + "e" // "negotiating", "evaluating"
		}
		return stem // "meeting", "leading", "joining"
	case last == 's' || last == 'd' && prev == 'u' || last == 'd' && prev == 'i':
		return stem + "e" // "accusing", "opposing", "excluding", "deciding"
	case strings.HasSuffix(stem, "at") && n > 4, strings.HasSuffix(stem, "ot") && n > 3:
		return stem + "e" // "negotiating", "promoting"
	case last == 'r' && (prev == 'a' || prev == 'i' || prev == 'u') && n > 3:
		return stem + "e" // "comparing", "acquiring", "securing"
	case last == 'g' && (prev == 'a' || prev == 'e'):
		return stem + "e" // "managing", "alleging"
	case (n <= 3 || n == 4 && !vowel(stem[0])) && last != 'w' && last != 'x' && last != 'y':
		return stem + "e" // "making", "hiring", "blaming", "ruling"
	}
	return stem // "visiting", "opening", "offering"
}

// apposedSubjects returns the tokens of a sentence with each apposition
// between commas that the parser made a second subject of the verb
// ("[Peru's minister of energy], [Ann Reed], said", "[Ann Reed], 57, [the
// head of the union], said") put back as the apposition of the first:
// two subjects of one verb with no conjunction between them, the second
// closed by a comma, are one phrase. The tokens themselves are returned
// when there is none; the tokens passed are not changed.
func apposedSubjects(toks []ud.Token) []ud.Token {
	var out []ud.Token
	subjects := map[int][]int{}
	for k, tok := range toks {
		if tok.Deprel == "nsubj" && tok.Head > 0 {
			subjects[tok.Head-1] = append(subjects[tok.Head-1], k)
		}
	}
	for v, subs := range subjects {
		if len(subs) != 2 || subs[1] > v {
			continue
		}
		a, b := subs[0], subs[1]
		if !nounLike(toks[a].UPOS) || !nounLike(toks[b].UPOS) {
			continue
		}
		// the commas around the second may be its own dependents
		first, last := phraseSpan(toks, b)
		if toks[first].Form != "," {
			first--
		}
		if toks[last].Form != "," {
			last++
		}
		if first <= 0 || toks[first].Form != "," || last >= v || toks[last].Form != "," {
			continue
		}
		if _, aLast := phraseSpan(toks, a); aLast > first {
			continue
		}
		between := false
		for k := a + 1; k < first; k++ {
			between = between || toks[k].UPOS == "CCONJ"
		}
		if between {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[b].Head, out[b].Deprel = a+1, "appos"
	}
	if out == nil {
		return toks
	}
	return out
}

// thatVerbs are the verbs of saying and thinking that take what is said
// or thought as a clause, which may come without "that". "Say" is left
// out, for its reading with the object ("said Y should" urges Y) is the
// readers' own, and so is "hope" ("hoped Y would" tells what was hoped of Y).
var thatVerbs = map[string]bool{
	"add": true, "tell": true, "believe": true, "think": true, "feel": true,
	"know": true, "claim": true, "insist": true, "argue": true, "note": true, "fear": true,
	"doubt": true, "predict": true, "suspect": true, "stress": true, "acknowledge": true,
}

// clauseObjects returns the tokens of a sentence with the subject of a
// clause said or thought without "that", which the parser made the object
// of the verb of saying ("he added [Velmar Corp] was interested", "it
// believes [the FCC] will act"), put back as the subject of the clause:
// an object of such a verb (thatVerbs) right before a finite verb or
// auxiliary whose clause has no subject of its own is that clause's
// subject, and the clause what the verb says. A name the parser split
// between the object and the clause's subject ("added [Velmar] [Corp]
// was") is made one again. A verb of telling must have whom it tells
// besides ("told a seminar the Norland bank was hit"), for "told Ann Reed
// was" is rare and "told Ann Reed" common. The tokens themselves are
// returned when there is none; the tokens passed are not changed.
func clauseObjects(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for o, tok := range toks {
		v := tok.Head - 1
		if tok.Deprel != "obj" || !nounLike(tok.UPOS) || v < 0 || v > o || toks[v].UPOS != "VERB" || !thatVerbs[strings.ToLower(toks[v].Lemma)] {
			continue
		}
		if toks[v].Lemma == "tell" && !slices.ContainsFunc(toks, func(d ud.Token) bool { return d.Head-1 == v && d.Deprel == "iobj" }) {
			continue
		}
		_, last := phraseSpan(toks, o)
		n := last + 1
		if n >= len(toks) || slices.ContainsFunc(toks[o:n], func(d ud.Token) bool { return d.UPOS == "VERB" || d.UPOS == "AUX" }) {
			continue // a clause inside the object may end in the verb: "told X's manager Ann Reed that he hoped work ... would start"
		}
		split := -1 // the name's word the parser made the clause's subject
		if toks[n].UPOS == "PROPN" && tok.UPOS == "PROPN" && strings.HasPrefix(toks[n].Deprel, "nsubj") && toks[n].Head-1 > n {
			split, n = n, n+1
			if n >= len(toks) {
				continue
			}
		}
		switch toks[n].XPOS {
		case "MD", "VBD", "VBZ", "VBP":
		default:
			continue
		}
		c := n
		if d := toks[n].Deprel; d == "aux" || d == "aux:pass" || d == "cop" {
			c = toks[n].Head - 1
		}
		if c < n || c >= len(toks) {
			continue
		}
		if split >= 0 && toks[split].Head-1 != c {
			continue
		}
		subject := "nsubj"
		own := false
		for k, d := range toks {
			if d.Head-1 != c || k == split {
				continue
			}
			own = own || strings.HasPrefix(d.Deprel, "nsubj") || d.Deprel == "expl"
			if d.Deprel == "aux:pass" {
				subject = "nsubj:pass"
			}
		}
		if own {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[o].Head, out[o].Deprel = c+1, subject
		if split >= 0 {
			out[split].Head, out[split].Deprel = o+1, "flat"
		}
		if toks[c].Head-1 != v && !governs(toks, c, v) {
			out[c].Head, out[c].Deprel = v+1, "ccomp"
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// governs reports whether token h is token k's head or a head above it.
func governs(toks []ud.Token, h, k int) bool {
	for j, steps := toks[k].Head-1, 0; j >= 0 && j < len(toks) && steps < len(toks); j, steps = toks[j].Head-1, steps+1 {
		if j == h {
			return true
		}
	}
	return false
}

// commaAppositions returns the tokens of a sentence with each name in
// apposition that the parser hung on the comma before it ("[Peru's
// energy minister][,] [Ann Reed], said", the name an apposition of the
// comma, the comma punctuation of "minister") put back on the noun the
// comma follows, whose apposition it is; not on a name nor on a noun
// that modifies another, where the apposition may be the outer noun's
// ("the head of Peru's union, Ann Reed"), and which the role readers
// take as the parser left it. The tokens themselves are
// returned when there is none; the tokens passed are not changed.
func commaAppositions(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for k := range toks {
		h, ok := commaNoun(toks, k, "appos")
		if !ok {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].Head = h + 1
	}
	if out == nil {
		return toks
	}
	return out
}

// commaNoun returns the noun before the comma that the proper noun at
// token k hangs on as deprel (the parser's "appos" or "flat" for a name
// set off after a noun: "[Peru's energy minister][,] [Ann Reed]"): the
// comma's head, when it comes before the comma; not a noun that modifies
// another ("the head of Peru's union, Ann Reed"), whose apposition the
// name may be as well.
func commaNoun(toks []ud.Token, k int, deprel string) (int, bool) {
	tok := toks[k]
	c := tok.Head - 1
	if tok.Deprel != deprel || tok.UPOS != "PROPN" || c != k-1 || toks[c].Form != "," || toks[c].Deprel != "punct" {
		return -1, false
	}
	h := toks[c].Head - 1
	if h < 0 || h >= c || toks[h].UPOS != "NOUN" || toks[h].Deprel == "nmod" {
		return -1, false
	}
	return h, true
}

// apposedClauses returns the tokens of a sentence whose subject, a noun
// with a name in apposition between commas, the parser made the head of
// the clause ("[A U.S. lawmaker], [Rep. Ann Reed], [praised] the plan"
// with "lawmaker" the root, the name a flat dependent of the comma before
// it and the verb a clause modifying the name) put back as the clause it
// is: the verb takes the noun's place, the noun is its subject and the
// name the noun's apposition. The verb must be finite (or a participle
// with an object when the noun is the root, a past tense the tagger
// mistook), have no subject or auxiliary of its own and follow the comma
// that closes the name. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func apposedClauses(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for k := range toks {
		h, ok := commaNoun(toks, k, "flat")
		if !ok {
			continue
		}
		// the name's words, flat under its first, end at the comma
		// before the verb
		v := k + 1
		for v < len(toks) && toks[v].Head-1 == k && toks[v].Deprel == "flat" {
			v++
		}
		if v+1 >= len(toks) || toks[v].Form != "," {
			continue
		}
		v++
		if toks[v].Head-1 != k || toks[v].Deprel != "acl" || toks[v].UPOS != "VERB" {
			continue
		}
		hasObj := slices.ContainsFunc(toks, func(d ud.Token) bool { return d.Head-1 == v && d.Deprel == "obj" })
		switch toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		case "VBN":
			// a past tense the tagger took for a participle: it has an
			// object, and the noun no verb to modify
			if !hasObj || toks[h].Deprel != "root" {
				continue
			}
		default:
			continue
		}
		if slices.ContainsFunc(toks, func(d ud.Token) bool {
			return d.Head-1 == v && (strings.HasPrefix(d.Deprel, "nsubj") || strings.HasPrefix(d.Deprel, "aux"))
		}) {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[v].Head, out[v].Deprel = toks[h].Head, toks[h].Deprel
		if toks[v].XPOS == "VBN" {
			out[v].XPOS = "VBD"
		}
		out[h].Head, out[h].Deprel = v+1, "nsubj"
		out[k].Head, out[k].Deprel = h+1, "appos"
		out[k-1].Head = k + 1 // the comma before the name
		out[v-1].Head = k + 1
		for j := range toks {
			// what followed the clause hangs on its verb: the full stop
			if j > v && toks[j].Head-1 == h {
				out[j].Head = v + 1
			}
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// relativeObjects returns the tokens of a sentence with the object of a
// relative clause between commas that the parser made a second subject
// of the main verb ("Ann Reed, who leads [the Patriotic Alliance], met
// Tom Vale") put back as the object: a verb has one subject, and a
// relative clause whose pronoun is its subject and that has no object
// leaves the name right after it without a head of its own. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func relativeObjects(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for c, tok := range toks {
		v := tok.Head - 1
		if tok.Deprel != "nsubj" || v <= c {
			continue
		}
		// the relative clause's verb just before the phrase of c
		first, _ := phraseSpan(toks, c)
		r := first - 1
		if r < 1 || toks[r].Deprel != "acl:relcl" || toks[r].UPOS != "VERB" || toks[r].Head-1 >= r {
			continue
		}
		subj := toks[r].Head - 1
		if toks[subj].Head-1 != v || !strings.HasPrefix(toks[subj].Deprel, "nsubj") {
			continue // the clause's noun is no other subject of the verb
		}
		relative, object := false, false
		for k := range toks {
			if toks[k].Head-1 != r {
				continue
			}
			l := strings.ToLower(toks[k].Form)
			relative = relative || toks[k].Deprel == "nsubj" && (l == "who" || l == "which" || l == "that")
			object = object || toks[k].Deprel == "obj"
		}
		if !relative || object {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[c].Head, out[c].Deprel = r+1, "obj"
	}
	if out == nil {
		return toks
	}
	return out
}

// rootParticiples returns the tokens of a sentence whose plural subject
// noun the parser made the root, with the verb right after it a
// participle that modifies it ("the Brazilian authorities [fined] Velmar
// Corp", "Israeli troops [entered] Lebanon"), put back as the clause it
// is: a participle with an object and no subject or auxiliary of its own
// after a plural root noun is the past tense the tagger mistook, and the
// noun its subject. After a singular noun it may modify the noun of a
// headline or a phrase, and is left alone, unless it opens the sentence
// in capitals with no determiner, a name the tagger took for a common
// noun ("Chile named Eva Lind as envoy"); and after a name and its
// apposition between commas ("Ann Reed, a former minister, [criticised]
// Tom Vale") it is the name's verb, as after a plural. The tokens
// themselves are returned when there is none; the tokens passed are not
// changed.
func rootParticiples(toks []ud.Token) []ud.Token {
	for v := 1; v < len(toks); v++ {
		h := toks[v].Head - 1
		if h >= 0 && h < v-1 && toks[h].Deprel == "appos" && toks[v-1].Form == "," {
			h = toks[h].Head - 1 // "Ann Reed, Chile's envoy, criticised", hung on "envoy"
		}
		if h < 0 || toks[v].Deprel != "acl" || toks[v].XPOS != "VBN" || toks[h].Deprel != "root" {
			continue
		}
		opening := h == 0 && v == 1 && toks[h].XPOS == "NN" && startsUpper(toks[h].Form) // "Chile named Eva Lind as envoy"
		if !(h == v-1 && toks[h].XPOS == "NNS" || opening || toks[h].XPOS == "NNP" && h < v-1 && toks[v-1].Form == "," && apposedUpTo(toks, h, v-1)) {
			continue
		}
		hasObj, own := false, false
		for _, d := range toks {
			if d.Head-1 == v {
				hasObj = hasObj || d.Deprel == "obj" || opening && personalComplement(toks, d)
				own = own || strings.HasPrefix(d.Deprel, "nsubj") || strings.HasPrefix(d.Deprel, "aux") || d.Deprel == "cop"
			}
		}
		if !hasObj || own {
			continue
		}
		out := append([]ud.Token(nil), toks...)
		out[v].Head, out[v].Deprel, out[v].XPOS = 0, "root", "VBD"
		out[h].Head, out[h].Deprel = v+1, "nsubj"
		for j := range toks {
			if j > v && toks[j].Head-1 == h {
				out[j].Head = v + 1 // what followed the clause hangs on its verb
			}
		}
		if v-1 != h {
			out[v-1].Head = v + 1 // the comma before the verb
		}
		for j := range toks {
			if opening && toks[j].Head-1 == v && personalComplement(toks, toks[j]) {
				out[j].Deprel = "obj" // the name the verb takes: "named [Eva Lind] as envoy"
			}
		}
		return out
	}
	return toks
}

// personalComplement reports whether token d is a name of several words
// that the parser made a verb's complement, as a person's is ("named [Eva
// Lind] as envoy"); a state's one word ("named Japan as an example") is
// left alone.
func personalComplement(toks []ud.Token, d ud.Token) bool {
	return d.Deprel == "xcomp" && d.UPOS == "PROPN" && slices.ContainsFunc(toks, func(f ud.Token) bool { return f.Head == d.ID && f.Deprel == "flat" })
}

// apposedUpTo reports whether an apposition of token h ends right before
// the comma at token c: "Ann Reed, a former minister[,]".
func apposedUpTo(toks []ud.Token, h, c int) bool {
	for k := h + 1; k < c; k++ {
		if toks[k].Head-1 == h && toks[k].Deprel == "appos" {
			for j := k + 1; j < c; j++ {
				if !governs(toks, k, j) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// relativeSayings returns the tokens of a sentence with each relative
// clause of saying that the parser did not hang on the noun it modifies
// put back as that noun's relative clause: a verb of saying (the
// lexicon's reporting verbs) with a relative pronoun before its subject
// ("which Peru says", "that officials believe"), which the parser made an
// adverbial clause of the noun, or, when a comma comes before the
// pronoun, a subject or adverbial clause of a verb after it ("the Red
// Dawn Front, which Peru says attacked Chile, denied the charge", with
// "says" hung on "denied"). The noun is then the head of the phrase that
// ends right before the comma. The tokens themselves are returned when
// there is none; the tokens passed are not changed.
func relativeSayings(toks []ud.Token, lx *lex.Lexicon) []ud.Token {
	var out []ud.Token
	for h, tok := range toks {
		if tok.UPOS != "VERB" || !lx.Reporting[strings.ToLower(tok.Lemma)] || tok.Head < 1 {
			continue
		}
		pron, subject := -1, false
		for k := 0; k < h; k++ {
			if toks[k].Head-1 != h {
				continue
			}
			switch w := strings.ToLower(toks[k].Form); {
			case pron < 0 && !subject && (w == "which" || w == "that" || w == "who"):
				pron = k
			case strings.HasPrefix(toks[k].Deprel, "nsubj") && pron >= 0:
				subject = true
			}
		}
		if pron < 0 || !subject {
			continue
		}
		g := tok.Head - 1
		n := -1
		switch {
		case tok.Deprel == "advcl" && g < pron && nounLike(toks[g].UPOS):
			n = g // "the network that they believe ..." as an adverbial clause
		case g > h && (tok.Deprel == "advcl" || strings.HasPrefix(tok.Deprel, "nsubj")) && pron >= 2 && toks[pron-1].Form == ",":
			n = pron - 2
			for steps := 0; steps < len(toks); steps++ {
				up := toks[n].Head - 1
				if up < 0 || up >= pron-1 || !nounLike(toks[up].UPOS) {
					break
				}
				n = up
			}
			if _, last := phraseSpan(toks, n); !nounLike(toks[n].UPOS) || last > pron-2 {
				n = -1
			}
		}
		if n < 0 {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[h].Head, out[h].Deprel = n+1, "acl:relcl"
	}
	if out == nil {
		return toks
	}
	return out
}

// nounLike reports whether a part of speech is a noun's or a name's.
func nounLike(upos string) bool { return upos == "NOUN" || upos == "PROPN" }

// phraseSpan returns the first and last token of the phrase that token k
// heads.
func phraseSpan(toks []ud.Token, k int) (first, last int) {
	first, last = k, k
	for i := range toks {
		// up i's heads, no more steps than there are tokens (a tree
		// with a cycle ends the walk)
		for h, steps := i, 0; h >= 0 && h < len(toks) && steps < len(toks); h, steps = toks[h].Head-1, steps+1 {
			if h == k {
				first, last = min(first, i), max(last, i)
				break
			}
		}
	}
	return first, last
}

// participleAppositions returns the tokens of a sentence whose subject
// is followed by a participle with its agent between commas ("The Centre
// Party, led by Tom Vale, withdrew"), which the parser read as the main
// verb with the true verb conjoined to it, put back as what it is: the
// conjoined verb, finite and with no subject of its own, is the root
// and the subject's verb, the participle a clause modifying the
// subject. The tokens themselves are returned when there is none; the
// tokens passed are not changed.
func participleAppositions(toks []ud.Token) []ud.Token {
	for v, tok := range toks {
		if tok.XPOS != "VBN" || v == 0 || toks[v-1].Form != "," {
			continue
		}
		subj, agent, conj := -1, false, -1
		switch h := tok.Head - 1; {
		case tok.Deprel == "advcl" && h > v && toks[h].UPOS == "VERB" && toks[h-1].Form == ",":
			// hung on the verb as an adverbial clause with the subject
			// of its own ("The Centre Party, led by Tom Vale, criticised")
			conj = h
		case tok.Deprel != "root":
			continue
		}
		for j, d := range toks {
			if d.Head-1 != v {
				continue
			}
			switch {
			case d.Deprel == "nsubj" && j < v:
				subj = j
			case d.Deprel == "obl:agent":
				agent = true
			case d.Deprel == "conj" && conj < 0 && tok.Deprel == "root" && j > v && toks[j-1].Form == "," && (d.XPOS == "VBD" || d.XPOS == "VBZ" || d.XPOS == "VBP"):
				conj = j
			case d.Deprel == "aux" || d.Deprel == "aux:pass":
				agent = false
				subj = -2 // "was led by": the participle is the verb
			}
		}
		if subj < 0 || !agent || conj < 0 || slices.ContainsFunc(toks, func(d ud.Token) bool {
			return d.Head-1 == conj && strings.HasPrefix(d.Deprel, "nsubj")
		}) || slices.ContainsFunc(toks, func(d ud.Token) bool {
			return d.Head-1 == v && (d.Deprel == "cc")
		}) {
			continue
		}
		out := append([]ud.Token(nil), toks...)
		if tok.Deprel == "root" {
			out[conj].Head, out[conj].Deprel = 0, "root"
		}
		out[subj].Head, out[subj].Deprel = conj+1, "nsubj"
		out[v].Head, out[v].Deprel = subj+1, "acl"
		for j := range toks {
			if j > conj && toks[j].Head-1 == v {
				out[j].Head = conj + 1 // the full stop
			}
		}
		return out
	}
	return toks
}

// vocativeSubjects returns the tokens of a sentence whose subject, set
// off from its verb by a clause between commas ("Peru, which is backed by
// Bolivia, accused Chile", "Velmar, of course, may appeal"), the parser
// took for a vocative, put back as the verb's subject: a name or noun
// before a verb that has no subject of its own, with a comma right before
// the verb and its auxiliaries. The tokens themselves are returned when
// there is none; the tokens passed are not changed.
func vocativeSubjects(toks []ud.Token) []ud.Token {
	var out []ud.Token
	for k, tok := range toks {
		v := tok.Head - 1
		if tok.Deprel != "vocative" || !nounLike(tok.UPOS) || v <= k+1 || v >= len(toks) || toks[v].UPOS != "VERB" && toks[v].UPOS != "AUX" {
			continue
		}
		b := v - 1 // the word before the verb and its auxiliaries
		for b > k && toks[b].Head-1 == v && (strings.HasPrefix(toks[b].Deprel, "aux") || toks[b].Deprel == "advmod") {
			b--
		}
		if b <= k+1 || toks[b].Form != "," {
			continue
		}
		subject, own := "nsubj", false
		for _, d := range toks {
			if d.Head-1 == v {
				own = own || strings.HasPrefix(d.Deprel, "nsubj") || d.Deprel == "expl"
				if d.Deprel == "aux:pass" {
					subject = "nsubj:pass"
				}
			}
		}
		if own {
			continue
		}
		if out == nil {
			out = append([]ud.Token(nil), toks...)
		}
		out[k].Deprel = subject
	}
	if out == nil {
		return toks
	}
	return out
}
