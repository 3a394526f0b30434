// Package tree gives the relation readers quick access to a parsed
// sentence's dependency tree (a token's head, relation, dependents,
// preposition, voice) and says whether what a word states is asserted:
// neither it nor a clause it hangs from is negated, modal, conditional,
// planned or merely proposed (modality.go). The rules of package relations
// and the pair model of relations/pairs read sentences through it.
package tree

import (
	"iter"
	"strings"

	"github.com/actorgraph/actorgraph/entities/layout"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// Tree gives quick access to a parsed sentence's dependents. Its methods
// take and return token indexes, from 0. It keeps what Lower and Lemma
// compute, so one goroutine at a time may use a Tree.
type Tree struct {
	Toks []ud.Token
	Kids [][]int // each token's dependents, in token order
	// lower and lemma hold what Lower and Lemma returned for each token,
	// "" until asked: the rules ask for the same words many times, and
	// lowering a capitalised one allocates.
	lower, lemma []string
}

// New returns the tree of a sentence's tokens.
func New(toks []ud.Token) *Tree {
	t := &Tree{Toks: toks, Kids: make([][]int, len(toks))}
	// the dependents of all the tokens share one array, cut into a slice
	// a head whose capacity stops at its last dependent; it is made with
	// the counts of each head's dependents before it, in one allocation
	// (a token has one head at most, so it has no more dependents than
	// tokens)
	room := make([]int, 2*len(toks))
	counts, kids := room[:len(toks)], room[len(toks):len(toks)]
	for i, tok := range toks {
		if h := tok.Head - 1; h >= 0 && h < len(toks) && h != i {
			counts[h]++
		}
	}
	for h, c := range counts {
		if c > 0 {
			t.Kids[h] = kids[len(kids) : len(kids) : len(kids)+c]
			kids = kids[:len(kids)+c]
		}
	}
	for i, tok := range toks {
		if h := tok.Head - 1; h >= 0 && h < len(toks) && h != i {
			t.Kids[h] = append(t.Kids[h], i)
		}
	}
	return t
}

// Head returns the index of i's head, or -1 for the root.
func (t *Tree) Head(i int) int {
	h := t.Toks[i].Head - 1
	if h < 0 || h >= len(t.Toks) || h == i {
		return -1
	}
	return h
}

// Rel returns the relation of i to its head without subtype ("obl:agent"
// -> "obl").
func (t *Tree) Rel(i int) string {
	r, _, _ := strings.Cut(t.Toks[i].Deprel, ":")
	return r
}

// Children returns i's dependents whose relation is one of rels; a rel
// without subtype matches every subtype ("nsubj" matches "nsubj:pass"
// only when written "nsubj*").
func (t *Tree) Children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.Kids[i] {
		if relIn(t.Toks[k].Deprel, rels) {
			out = append(out, k)
		}
	}
	return out
}

// Dependents yields i's dependents whose relation is one of rels, those
// Children returns, in the same order, without making their list: the
// rules range over the dependents of most words of a sentence, many times
// over.
func (t *Tree) Dependents(i int, rels ...string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for _, k := range t.Kids[i] {
			if relIn(t.Toks[k].Deprel, rels) && !yield(k) {
				return
			}
		}
	}
}

// relIn reports whether the relation d is one of rels, where "x*" stands
// for every relation that starts with x.
func relIn(d string, rels []string) bool {
	for _, r := range rels {
		if d == r || (strings.HasSuffix(r, "*") && strings.HasPrefix(d, strings.TrimSuffix(r, "*"))) {
			return true
		}
	}
	return false
}

// Dominates reports whether token k is in the subtree of token i.
func (t *Tree) Dominates(i, k int) bool {
	for n := 0; k >= 0 && n < len(t.Toks); n++ {
		if k == i {
			return true
		}
		k = t.Head(k)
	}
	return false
}

// Has reports whether i has a dependent in one of the relations rels.
func (t *Tree) Has(i int, rels ...string) bool {
	for _, k := range t.Kids[i] {
		if relIn(t.Toks[k].Deprel, rels) {
			return true
		}
	}
	return false
}

// Lower returns the lower-case form of token i.
func (t *Tree) Lower(i int) string {
	if t.lower == nil {
		t.lower = make([]string, len(t.Toks))
	}
	if s := t.lower[i]; s != "" {
		return s
	}
	s := strings.ToLower(t.Toks[i].Form)
	t.lower[i] = s
	return s
}

// Lemma returns token i's lemma in lower case, or its form if it has none.
func (t *Tree) Lemma(i int) string {
	if t.lemma == nil {
		t.lemma = make([]string, len(t.Toks))
	}
	if s := t.lemma[i]; s != "" {
		return s
	}
	s := t.Toks[i].Lemma
	if s != "" && s != "_" {
		s = strings.ToLower(s)
	} else {
		s = t.Lower(i)
	}
	t.lemma[i] = s
	return s
}

// Prep returns the preposition that marks i ("on behalf of" as
// "on-behalf-of", the particle and preposition of "pulled out of" as
// "out-of"), or "".
func (t *Tree) Prep(i int) string {
	// the relations read by hand rather than with Children: Prep runs on
	// most nouns of a sentence, many times over, and allocates nothing
	owner := i
	if !t.hasKid(i, "case") && t.Toks[i].UPOS == "PROPN" {
		// "with Omar Khalid" parsed with "with" on "Omar", a compound of
		// the name's head: the name's preposition
		for _, k := range t.Kids[i] {
			if d := t.Toks[k].Deprel; (d == "compound" || d == "flat" || d == "nmod:desc") && k < i && t.Toks[k].UPOS == "PROPN" {
				owner = k
				break
			}
		}
	}
	for _, c := range t.Kids[owner] {
		if t.Toks[c].Deprel != "case" || t.Toks[c].UPOS == "PART" { // possessive 's
			continue
		}
		if !t.hasKid(c, "fixed") {
			if t.Lower(c) == "out" && c+1 < len(t.Toks) && t.Lower(c+1) == "of" && t.Toks[c+1].Head == t.Toks[c].Head && t.Toks[c+1].Deprel == "case" {
				return "out-of" // "pulled out of Niger", the particle parsed as a second case
			}
			return t.Lower(c)
		}
		words := []string{t.Lower(c)}
		for _, f := range t.Kids[c] {
			if t.Toks[f].Deprel == "fixed" {
				words = append(words, t.Lower(f))
			}
		}
		return strings.Join(words, "-")
	}
	return ""
}

// hasKid reports whether i has a dependent whose relation is rel, subtype
// included ("nmod" is not "nmod:poss").
func (t *Tree) hasKid(i int, rel string) bool {
	for _, k := range t.Kids[i] {
		if t.Toks[k].Deprel == rel {
			return true
		}
	}
	return false
}

// Passive reports whether verb i is in the passive voice. A participle
// that modifies a noun is passive unless it has a subject of its own ("the
// country Russia invaded", a relative clause tagged VBN).
func (t *Tree) Passive(i int) bool {
	return t.Has(i, "nsubj:pass", "aux:pass", "csubj:pass") ||
		(t.Toks[i].XPOS == "VBN" && t.Rel(i) == "acl" && !t.Has(i, "nsubj")) ||
		t.BareParticiple(i)
}

// BareParticiple reports whether verb i is a past participle with a
// subject, an agent after "by", no object and no auxiliary: the parser's
// reading of a participle set off after a noun ("the Senate, led by
// Democrats, voted", with the Senate as the participle's subject), which
// is passive. Only the subject's phrase and punctuation may stand between
// them: not "X, speaking at a rally attended by".
func (t *Tree) BareParticiple(i int) bool {
	if t.Toks[i].XPOS != "VBN" {
		return false
	}
	subj := t.Children(i, "nsubj")
	if len(subj) != 1 || subj[0] > i || t.Has(i, "aux", "cop", "obj") {
		return false
	}
	for k := subj[0] + 1; k < i; k++ {
		if t.Toks[k].UPOS == "VERB" || !t.Dominates(subj[0], k) && t.Toks[k].UPOS != "PUNCT" {
			return false
		}
	}
	for c := range t.Dependents(i, "obl") {
		if t.Prep(c) == "by" && !t.Has(c, "nummod") {
			return true // not "won by 20 points"
		}
	}
	return false
}

// VerbBetween reports whether a verb outside the phrase of subject s
// stands between s and verb i: the parser hung s on the wrong verb ("Ana
// Ruiz, speaking at a rally attended by ...").
func (t *Tree) VerbBetween(s, i int) bool {
	for k := s + 1; k < i; k++ {
		if t.Toks[k].UPOS == "VERB" && !t.Dominates(s, k) {
			return true
		}
	}
	return false
}

// VerbLike reports whether token k, tagged a verb, is written as an
// English verb can be: a word that opens with a lower-case letter inside
// the sentence, unless it is written in capitals, or is a headline's verb
// in title case (see titleVerb), or follows a full stop (Reuters' "the
// U.S. Wants"); and, unless the word is a past tense in "-ed" itself, a
// lemma of lower-case letters that is "be", "do", "go" or longer than two
// letters. The tagger takes foreign words, names
// and Reuters' brackets for verbs now and then ("Caisse Centrale des
// Banques", "controlled by Ing C Olivetti", "<United Asian Bank>"), and a
// verb's past tense, which names the relation, is made from its lemma
// ("ded", "inged").
func (t *Tree) VerbLike(k int) bool {
	form, lemma := t.Toks[k].Form, t.Lemma(k)
	if k > 0 && (form[0] < 'a' || form[0] > 'z') && !layout.IsAllCaps(form) &&
		!(layout.StartsUpper(form) && strings.HasSuffix(t.Toks[k-1].Form, ".")) && !t.titleVerb(k) {
		return false
	}
	if x := t.Toks[k].XPOS; (x == "VBD" || x == "VBN") && strings.HasSuffix(strings.ToLower(form), "ed") {
		return true
	}
	if len(lemma) < 3 && lemma != "be" && lemma != "do" && lemma != "go" {
		return false
	}
	for _, c := range lemma {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// titleVerb reports whether token k is a verb of a headline in title case
// ("Peru Warns Chile"): the syntax package analyses such a headline in
// sentence case, which gives a common word a lemma in lower case, and a
// name ("Wells", "Reed") its own capital.
func (t *Tree) titleVerb(k int) bool {
	lemma := t.Toks[k].Lemma
	return lemma != "" && lemma[0] >= 'a' && lemma[0] <= 'z' && layout.TitleHeadline(t.Toks)
}
