package entities

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/entities/coref"
	"github.com/actorgraph/actorgraph/entities/names"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
)

// The rules here join a short name to the one actor of the article whose
// fuller name it shortens, in the ways news shortens names: a person by
// the first word when that is the family name ("Xi" for Xi Jinping, "Tsai"
// for Tsai Ing-wen) or by a first name; a company by its first word
// ("Brightwater" for Brightwater Foods Corp); a committee by some of its
// words ("Ethics Committee"); a place without its "Bay" or "City". Each joins
// only when exactly one actor fits.

// nicknames maps the short forms of English first names to the full ones.
var nicknames = map[string]string{
	"mike": "michael", "bill": "william", "will": "william", "bob": "robert", "rob": "robert",
	"jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas", "dick": "richard",
	"rick": "richard", "ted": "edward", "ed": "edward", "tony": "anthony", "dan": "daniel",
	"dave": "david", "steve": "steven", "chris": "christopher", "pete": "peter", "sam": "samuel",
	"ben": "benjamin", "alex": "alexander", "nick": "nicholas", "andy": "andrew",
	"matt": "matthew", "jeff": "jeffrey", "greg": "gregory", "ron": "ronald", "don": "donald",
	"ken": "kenneth", "larry": "lawrence", "jerry": "gerald", "chuck": "charles",
	"charlie": "charles", "hank": "henry", "jack": "john", "jon": "jonathan", "liz": "elizabeth",
	"kate": "katherine", "sue": "susan", "pat": "patrick", "vlad": "vladimir", "fred": "frederick",
	"newt": "newton", "mitch": "mitchell", "bernie": "bernard", "tim": "timothy", "jo": "joanna",
}

// sameFirstName reports whether two folded first names are one person's:
// equal, spelling variants ("Viktor", "Victor"; "Sergei", "Sergey") or a
// nickname of the other ("Mike", "Michael").
func sameFirstName(a, b string) bool {
	if a == b || names.SpellingVariants(a, b) {
		return true
	}
	if full, ok := nicknames[a]; ok && full == b {
		return true
	}
	if full, ok := nicknames[b]; ok && full == a {
		return true
	}
	return len(a) >= 4 && len(b) >= 4 && a[0] == b[0] && names.EditDistance(a, b) == 1
}

// samePerson reports whether two full names, by their folded first
// names and surname keys, name one person: the same surname with first
// names sameFirstName takes for one, or spellings of one surname with the
// same first name or its nickname. Names that differ in both are two
// people ("Koichi Miyazaki" is not "Kiichi Miyazawa").
func samePerson(first1, sur1, first2, sur2 string) bool {
	if sur1 == sur2 {
		return sameFirstName(first1, first2)
	}
	if !names.SpellingVariants(sur1, sur2) {
		return false
	}
	return first1 == first2 || nicknames[first1] == first2 || nicknames[first2] == first1
}

// byFirstName returns the one person of several words whose first word is
// w ("Xi" for Xi Jinping, "Melania" for Melania Trump, "Mike" for Michael
// Flynn), or -1: none, or more than one.
func byFirstName(clusters []*cluster, w string) int {
	f := names.Fold(w)
	if len(f) < 2 || names.IsAcronym(w) {
		return -1
	}
	found := -1
	for j, cl := range clusters {
		if cl.first == "" || cl.surname == "" || !sameFirstName(cl.first, f) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// corporateWords are the words that follow a company's own name in its
// full name ("Brightwater Foods Corp", "KLV Capital Partners").
var corporateWords = words.Set(`
	inc inc. corp corp. corporation co co. company ltd ltd. limited plc ag sa s.a. nv
	n.v. llc llp group holdings holding international industries foods motors systems
	partners enterprises technologies airlines airways energy electric petroleum oil
	steel chemical chemicals pharmaceuticals capital securities communications networks
	media entertainment resources mining bank & and
`)

// featureNouns end the names of places that news also gives without them
// ("Botany Bay", "Salt Lake City", "Shan State").
var featureNouns = words.Set(`
	bay city island islands peninsula strait straits valley province state region
	county district river sea mountains desert basin plateau heights canal lake gulf
	oblast governorate
`)

// sitePrefixes are the abbreviations that stand before the name of a
// prison or a military base and that news also leaves out ("HMP
// Belmarsh", "RAF Lakenheath"): the place is the one actor either way.
var sitePrefixes = words.Set("hmp hmyoi raf rnas cfb")

// sitePrefixed reports whether a folded name is a prison or a base with
// its prefix ("hmp belmarsh").
func sitePrefixed(folded string) bool {
	first, rest, ok := strings.Cut(folded, " ")
	return ok && rest != "" && sitePrefixes[first]
}

// shortFormOf returns the one other actor that the name of clusters[i],
// not a person's, shortens, or -1.
func shortFormOf(clusters []*cluster, i int) int {
	a := clusters[i]
	return onlyCluster(clusters, i, func(b *cluster) bool { return shortens(a, b) || legalShortening(a, b) })
}

// onlyCluster returns the one cluster other than clusters[i], and not a
// person's (a name read as one that ends with a legal form, "George
// Quarle Plc", is a company's), that match accepts, or -1 when none or
// several do.
func onlyCluster(clusters []*cluster, i int, match func(b *cluster) bool) int {
	found := -1
	for j, b := range clusters {
		if j == i || b.first != "" && b.typ() != graph.Organization || !match(b) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// shortens reports whether one of a's names shortens one of b's.
func shortens(a, b *cluster) bool {
	for _, sw := range a.foldedWords {
		for _, lw := range b.foldedWords {
			if len(lw) <= len(sw) {
				continue
			}
			switch {
			case len(sw) == 1 && featureNouns[lw[len(lw)-1]] && len(lw) == 2 && lw[0] == sw[0]:
				return true // "Botany" for "Botany Bay"
			case len(sw) >= 2 && featureNouns[lw[len(lw)-1]] && slices.Equal(lw[:len(lw)-1], sw):
				return true // "Salt Lake" for "Salt Lake City"
			case len(sw) == 1 && lw[0] == sw[0] && (allCorporate(lw[1:]) || companyDesignators[lw[len(lw)-1]]):
				return true // "Brightwater" for "Brightwater Foods Corp", "Halvorsen" for "Halvorsen Shipping Group"
			case len(sw) == 1 && companyDesignators[lw[len(lw)-1]] && calledBy(lw, sw[0]):
				return true // "Quarle" for "H.J. Quarle Co", "George Quarle Plc", "Groupe Quarle Inc"
			case len(sw) == 1 && len(lw) == 2 && lw[1] == sw[0] && (sitePrefixes[lw[0]] || groupWords[lw[0]]):
				return true // "Belmarsh" for "HMP Belmarsh", "Quarle" for "Gruppo Quarle"
			case len(sw) == 1 && len(lw) <= 3 && lw[len(lw)-1] == sw[0] && leadingForms[lw[0]]:
				return true // "Kessab" for "AB Kessab" and "AB LM Kessab"
			case len(sw) == 1 && lw[0] == sw[0] && names.IsAcronym(a.names[0]):
				return true // "KLV" for "KLV Capital Partners"
			case len(sw) == 1 && names.IsInstitutionNoun(sw[0]) && lw[len(lw)-1] == sw[0] && b.typ() == graph.Organization:
				return true // "the Ministry" for "Peruvian Interior Ministry"
			case len(sw) == 1 && len(lw) >= 3 && lw[0] == sw[0] && lw[1] == "of" && b.typ() == graph.Organization:
				return true // "the House" for "House of Representatives"
			case len(sw) >= 2 && sw[len(sw)-1] == lw[len(lw)-1] && !names.IsInstitutionNoun(sw[0]) &&
				names.IsInstitutionNoun(sw[len(sw)-1]) && names.Subsequence(sw, lw):
				return true // "Ethics Committee" for "House Ethics and Standards Committee"
			}
		}
		if len(sw) == 1 {
			for _, n := range b.names {
				if first, _, ok := strings.Cut(n, "-"); ok && !strings.Contains(first, " ") && names.Fold(first) == sw[0] && len(sw[0]) > 2 {
					return true // "Petropavlovsk" for "Petropavlovsk-Kamchatsky"
				}
			}
		}
	}
	return false
}

// calledBy reports whether news may call a company by w, a word of its
// folded name ws after one or two words that open it: a founder's
// initials or first name ("h.j. quarle co", "george quarle plc") or the
// word for a group in another language ("groupe quarle inc"). The word
// is not the name's last.
func calledBy(ws []string, w string) bool {
	for k := 1; k <= 2 && k < len(ws)-1; k++ {
		if lead := ws[k-1]; !initialsWord(lead) && !givenWord(lead) && !groupWords[lead] {
			return false
		}
		if ws[k] == w {
			return true
		}
	}
	return false
}

// givenWord reports whether a folded word is a first name: one of the
// built-in table or one of the words that open people's names.
func givenWord(w string) bool {
	if w == "" || coref.GivenName(w) {
		return w != ""
	}
	title := strings.ToUpper(w[:1]) + w[1:]
	return opensPersonName(title) && !isFamilyFirst(title)
}

// initialsWord reports whether a folded word is initials: "h.", "h.j.".
func initialsWord(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for k := 0; k < len(w); k += 2 {
		if w[k] < 'a' || w[k] > 'z' || w[k+1] != '.' {
			return false
		}
	}
	return true
}

// groupWords are the words for a group that open company names in other
// languages.
var groupWords = words.Set("groupe grupo gruppo")

// leadingForms are the legal forms that open the names of Swedish and
// Dutch companies ("AB Kessab", "NV Velmar"), folded.
var leadingForms = words.Set("ab nv n.v.")

// companyShortened returns the one company that the name of clusters[i],
// taken for a person's, shortens by its legal form ("Kessler Shipping"
// for Kessler Shipping Corp), or -1.
func companyShortened(clusters []*cluster, i int) int {
	a := clusters[i]
	return onlyCluster(clusters, i, func(b *cluster) bool { return legalShortening(a, b) })
}

// legalShortening reports whether a name of a, of two words or more, is
// a name of b without the legal form that ends it: "Lund Metals" for
// "Lund Metals Corp" or "Lund Metals Holdings PLC".
func legalShortening(a, b *cluster) bool {
	for _, sw := range a.foldedWords {
		if len(sw) < 2 {
			continue
		}
		for _, lw := range b.foldedWords {
			if len(lw) > len(sw) && slices.Equal(lw[:len(sw)], sw) && allLegal(lw[len(sw):]) {
				return true
			}
		}
	}
	return false
}

// LegalForm reports whether words, lower-case, only say a company's legal
// form or that it holds others ("corp", "holdings plc"): a name that
// ends with them names the same company as the name before them.
func LegalForm(words []string) bool { return allLegal(words) }

func allLegal(ws []string) bool {
	for _, w := range ws {
		if !names.IsLegalWord(w) {
			return false
		}
	}
	return len(ws) > 0
}

func allCorporate(words []string) bool {
	for _, w := range words {
		if !corporateWords[w] {
			return false
		}
	}
	return len(words) > 0
}

// byFirstWord returns the one country that a capitalised compass word
// stands for when the article names it in full ("the North" for North
// Korea, "the South" for South Korea), or -1.
func byFirstWord(clusters []*cluster, w string) int {
	switch w {
	case "North", "South", "East", "West":
	default:
		return -1
	}
	found := -1
	for j, cl := range clusters {
		if !cl.known || cl.typ() != graph.Country || !strings.HasPrefix(cl.canonical, w+" ") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// longerPersonName returns the one other person whose name of three words
// or more ends with a name of clusters[i] of two words or more ("Suu Kyi"
// for Aung San Suu Kyi), or -1.
func longerPersonName(clusters []*cluster, i int) int {
	found := -1
	for _, sw := range clusters[i].foldedWords {
		if len(sw) < 2 {
			continue
		}
		for j, b := range clusters {
			if j == i || b.first == "" || b.known {
				continue
			}
			for _, lw := range b.foldedWords {
				if len(lw) > len(sw) && len(lw) >= 3 && slices.Equal(lw[len(lw)-len(sw):], sw) {
					if found >= 0 && found != j {
						return -1
					}
					found = j
				}
			}
		}
	}
	return found
}

// commonWord reports whether every name of an actor the gazetteer does not
// know is one capitalised common word, which names nothing on its own
// when no fuller name took it in: an institution's noun ("Council"), a
// place's ("Road"), a day or month, a compass point, a faith or its
// followers ("Catholic", "Christians").
func (c *cluster) commonWord() bool {
	if c.known || len(c.folded) == 0 {
		return false
	}
	for k, f := range c.folded {
		if !bareWord(f, c.foldedWords[k]) {
			return false
		}
	}
	return true
}

// bareWord reports whether a folded name, with its words, is no name but
// a common word (see commonWord) or legal forms alone ("Co Inc" of "Smith,
// Jones and Co Inc"). A fuller name may take such a word in ("the
// Committee" of the one committee an article names), but it is no alias
// of the actor: "Committee" names no committee in another article.
func bareWord(folded string, words []string) bool {
	if allDesignators(words) {
		return true
	}
	if strings.Contains(folded, " ") {
		return false
	}
	return (names.IsInstitutionNoun(folded) && !bodyNouns[folded]) || featureNouns[folded] || nonNameWords[folded] || commonNameWords[folded]
}

// bareAlias reports whether n, a name of c, is a common word that a
// fuller name of c took in (bareWord) and no alias of c's actor: "Bank"
// of "Bank of Norland", "Committee" of "Banking Committee". A person's
// surname stays ("May", "North"), and so do an acronym ("ASA") and a
// company's short name that opens its full name ("Gulf" of "Gulf
// Minerals Corp", not the gazetteer's "North" of North Korea): names of
// their own.
func (c *cluster) bareAlias(n string) bool {
	f := foldName(n)
	if !bareWord(f, strings.Fields(f)) || c.typ() == graph.Person || names.IsAcronym(n) {
		return false
	}
	if c.typ() != graph.Organization || c.known {
		return true // "North" of North Korea
	}
	for _, lw := range c.foldedWords {
		if len(lw) >= 2 && lw[0] == f && lw[1] != "of" {
			return false
		}
	}
	return true
}

// commonNameWords are capitalised words that the recogniser takes for
// names and that name no actor alone.
var commonNameWords = words.Set(`
	north south east west nation world government state states road street beach
	airport port embassy palace catholic catholics christian christians muslim muslims
	jew jews jewish hindu hindus buddhist buddhists sunni sunnis shiite shiites shia
	protestant protestants islamist islamists god allah internet web ngo ngos
	company exchange
`)

// bodyNouns are institutions' nouns that alone name the one body of their
// kind that the article is about ("the Senate", "the Army").
var bodyNouns = words.Set("senate congress parliament army navy police cabinet")

// byAcronym returns the one other actor of several words whose initials
// the one name of clusters[i] spells ("JMP" for Joint Monitoring
// Panel, which the recogniser may take for a person), or -1.
func byAcronym(clusters []*cluster, i int) int {
	a := clusters[i]
	if len(a.names) != 1 || !names.IsAcronym(a.names[0]) {
		return -1
	}
	short := strings.ReplaceAll(a.names[0], ".", "")
	found := -1
	for j, b := range clusters {
		if j == i {
			continue
		}
		for _, l := range b.names {
			if names.Abbreviates(short, strings.Fields(l)) && len(strings.Fields(l)) >= 3 {
				if found >= 0 && found != j {
					return -1
				}
				found = j
			}
		}
	}
	return found
}

// cityOf returns the one other actor named as the place of clusters[i]
// with "City" after it, or -1: where an article names both, the shorter
// name is the city too ("New York" for "New York City").
func cityOf(clusters []*cluster, i int) int {
	found := -1
	for j, b := range clusters {
		if j == i {
			continue
		}
		for _, l := range b.folded {
			for _, s := range clusters[i].folded {
				if l == s+" city" {
					if found >= 0 && found != j {
						return -1
					}
					found = j
				}
			}
		}
	}
	return found
}

func allDesignators(words []string) bool {
	for _, w := range words {
		if !companyDesignators[w] && w != "and" && w != "&" {
			return false
		}
	}
	return len(words) > 0
}

// productWords say what a company makes, between its own name and its
// legal form: "Lund Motor Corp" is the carmaker news calls "Lund". Words
// of money, places or trade name its finance arm, a foreign branch or a
// bottler ("Lund Credit Corp", "Lund USA Inc", "Lund Bottling Co"),
// another company, and are not here.
var productWords = words.Set(`
	motor motors computer computers electronics
`)

// companyLike reports whether c may be a company's short name: the
// gazetteer's organisation, or a name the recogniser took for no place's
// and for a person's only when it is one word of no person the article
// names in full.
func (c *cluster) companyLike() bool {
	if c.known {
		return c.knownType == graph.Organization
	}
	switch c.typ() {
	case graph.Organization, graph.Unknown:
		return true
	case graph.Person:
		// one word that joined no person of the article: "Lund said"
		// where the article names Lund Corp is the company
		return c.first == "" && len(c.folded) == 1 && len(c.foldedWords[0]) == 1 || c.companyPerson()
	}
	return false
}

// companyPerson reports whether c, taken for a person's name of two words
// or more, may be a company's short name: no name of it opens with a
// first name, an initial or a word that opens people's names ("Tarn
// Medical", not "Ann Tarn").
func (c *cluster) companyPerson() bool {
	if c.known || c.first == "" || len(c.names) == 0 {
		return false
	}
	for _, n := range c.names {
		ws := strings.Fields(n)
		if len(ws) < 2 || names.IsInitial(ws[0]) || coref.GivenName(ws[0]) || opensPersonName(ws[0]) {
			return false
		}
	}
	return true
}

// fullerCompanyName returns the one other actor, not the gazetteer's,
// whose name is a name of clusters[i] followed by a legal form ("Lund
// Holdings PLC" for "Lund") or, when no other name of the article starts
// with that name, by a product word and a legal form ("Lund Motor Corp"),
// or -1. Two companies whose names start with it ("Lund Bank", "Lund
// Motors") leave it to neither; a product word names another company
// when the article gives the short name's own legal form ("Lund Corp's
// Lund Motor Corp").
//
// A name that opens a company's full name of other words and a legal form
// ("Tarn Medical" for "Tarn Medical Services Inc") is the company's too
// when no other name of the article starts with it, the short name is not
// the gazetteer's, has no legal form of its own and never stands in a
// sentence with the full name, as a parent or a unit the article tells
// apart does ("Tarn Medical Services Inc, a unit of Tarn Medical"): apart
// says whether clusters i and j are named in one sentence or j's name is
// a branch's (branchName).
func fullerCompanyName(clusters []*cluster, i int, root func(int) int, apart func(i, j int) bool) int {
	a := clusters[i]
	kinds := map[int]int{} // root -> the closest way one of its names extends a's
	known := map[int]bool{}
	for j, b := range clusters {
		if j == i || b.first != "" || root(j) == root(i) {
			continue
		}
		r := root(j)
		if k := fuller(a, b); k != fullerNone && (kinds[r] == fullerNone || k < kinds[r]) {
			kinds[r] = k
		}
		known[r] = known[r] || b.known
	}
	legal, product, opening, others := -1, -1, -1, 0
	for r, k := range kinds {
		switch {
		case known[r]:
			others++ // a company of its own in the gazetteer
		case k == fullerLegal && legal >= 0:
			return -1
		case k == fullerLegal:
			legal = r
		case k == fullerProduct && product >= 0:
			others++
		case k == fullerProduct:
			product = r
		case k == fullerOpening && opening >= 0:
			others++
		case k == fullerOpening:
			opening = r
		default:
			others++
		}
	}
	switch {
	case legal >= 0:
		return legal
	case product >= 0 && opening < 0 && others == 0 && !a.legalNamed():
		return product
	case opening >= 0 && product < 0 && others == 0 && !a.legalNamed() && !a.known && !apart(i, opening):
		return opening
	}
	return -1
}

const (
	fullerNone = iota
	fullerLegal
	fullerProduct
	fullerOpening
	fullerOther
)

// fuller says how a name of b extends a name of a: by legal words only,
// by a product word and legal words, by other words, or not at all.
func fuller(a, b *cluster) int {
	best := fullerNone
	for _, sw := range a.foldedWords {
		for _, lw := range b.foldedWords {
			if len(lw) <= len(sw) || !slices.Equal(lw[:len(sw)], sw) {
				continue
			}
			rest := lw[len(sw):]
			switch {
			case allLegal(rest):
				return fullerLegal
			case len(rest) >= 2 && productWords[rest[0]] && allLegal(rest[1:]):
				best = fullerProduct
			case (best == fullerNone || best == fullerOther) && openingOfCompany(rest):
				best = fullerOpening
			case best == fullerNone:
				best = fullerOther
			}
		}
	}
	return best
}

// openingOfCompany reports whether rest, the words of a company's full
// name after a shorter name that opens it, make the short name the
// company's own: they end with its legal form ("Tarn Medical Services
// Inc" for "Tarn Medical", "Osk AB" aside, which legal words alone
// extend) and say nothing of a finance arm, a region or a country, which
// name another company of the group ("Tarn Credit Corp", "Tarn North
// America Inc"); nor do they open with "and", which names a family's
// firm after its founder ("Ann Tarn and Sons Co").
func openingOfCompany(rest []string) bool {
	if last := rest[len(rest)-1]; len(rest) < 2 || rest[0] == "and" || rest[0] == "&" ||
		!companyDesignators[last] && (!names.IsLegalWord(last) || last == "and" || last == "&") {
		return false
	}
	for _, w := range rest {
		if armWords[w] {
			return false
		}
	}
	return true
}

// armWords name a company's finance arm or its branch in a region or a
// country after the group's name ("Tarn Credit Corp", "Tarn Europe
// BV"): another company than the one the group's short name stands for.
var armWords = words.Set(`
	finance financial credit capital leasing acceptance funding mortgage trust
	securities investment investments insurance bank bancorp savings
	international overseas america american americas usa u.s. us north south east west
	europe european asia asian pacific atlantic canada canadian uk u.k. britain british
	japan australia france germany nederland deutschland schweiz suisse italia espana nippon
`)

// legalNamed reports whether a name of c ends with its legal form
// ("Lund Corp").
func (c *cluster) legalNamed() bool {
	for _, w := range c.foldedWords {
		if len(w) >= 2 && names.IsLegalWord(w[len(w)-1]) && w[len(w)-1] != "and" && w[len(w)-1] != "&" {
			return true
		}
	}
	return false
}

// branchName reports whether a name of the actor of clusters[j] goes on,
// after the words of a name of a that opens it, with a word that place
// says names a place or a country: "Tarn Norland Inc" is Tarn's branch
// there, another company than the one "Tarn" stands for.
func branchName(clusters []*cluster, a *cluster, root func(int) int, j int, place func(string) bool) bool {
	short := len(a.foldedWords[0])
	for _, w := range a.foldedWords {
		short = min(short, len(w))
	}
	for k, b := range clusters {
		if root(k) != root(j) {
			continue
		}
		for _, n := range b.names {
			ws := strings.Fields(n)
			for _, w := range ws[min(short, len(ws)):] {
				if place(w) {
					return true
				}
			}
		}
	}
	return false
}
