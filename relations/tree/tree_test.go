package tree

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/internal/testenv"
	"github.com/actorgraph/actorgraph/relations/lex"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// parse builds a tree from lines "FORM LEMMA UPOS XPOS HEAD DEPREL", heads
// counted from 1 as in CoNLL-U; an argument may hold several lines, and
// blank lines are skipped.
func parse(t *testing.T, lines ...string) *Tree {
	t.Helper()
	var toks []ud.Token
	for _, l := range strings.Split(strings.Join(lines, "\n"), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if len(f) != 6 {
			t.Fatalf("bad token line %q", l)
		}
		head, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatalf("bad head in %q: %v", l, err)
		}
		toks = append(toks, ud.Token{ID: len(toks) + 1, Form: f[0], Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: head, Deprel: f[5]})
	}
	return New(toks)
}

func TestTree(t *testing.T) {
	tr := parse(t, `
		Peru Peru PROPN NNP 3 nsubj:pass
		was be AUX VBD 3 aux:pass
		recognised recognise VERB VBN 0 root
		by by ADP IN 5 case
		Chile Chile PROPN NNP 3 obl:agent
	`)
	if h := tr.Head(2); h != -1 {
		t.Errorf("Head(root) = %d, want -1", h)
	}
	if got := tr.Children(2, "nsubj*"); !slices.Equal(got, []int{0}) {
		t.Errorf(`Children(2, "nsubj*") = %v, want [0]`, got)
	}
	if got := tr.Children(2, "nsubj"); len(got) != 0 {
		t.Errorf(`Children(2, "nsubj") = %v, want none: a subtype matches only with "*"`, got)
	}
	if !tr.Passive(2) || tr.Rel(4) != "obl" || tr.Prep(4) != "by" || tr.Lemma(2) != "recognise" {
		t.Errorf("Passive %v, Rel %q, Prep %q, Lemma %q", tr.Passive(2), tr.Rel(4), tr.Prep(4), tr.Lemma(2))
	}
	if !tr.Dominates(2, 3) || tr.Dominates(4, 2) {
		t.Error("Dominates: the root does not dominate a preposition, or an oblique dominates the root")
	}
}

func TestDependents(t *testing.T) {
	tr := parse(t, `
		Ana Ana PROPN NNP 3 nsubj
		Reed Reed PROPN NNP 1 flat
		met meet VERB VBD 0 root
		Velmar Velmar PROPN NNP 3 obj
		and and CCONJ CC 6 cc
		Norland Norland PROPN NNP 4 conj
		in in ADP IN 8 case
		Oslo Oslo PROPN NNP 3 obl
		on on ADP IN 10 case
		Monday Monday PROPN NNP 3 obl:tmod
	`)
	for _, rels := range [][]string{nil, {"obj"}, {"obl"}, {"obl*"}, {"obl*", "nsubj"}, {"nsubj", "obl*"}, {"conj"}, {"case"}} {
		for i := range tr.Toks {
			if got, want := slices.Collect(tr.Dependents(i, rels...)), tr.Children(i, rels...); !slices.Equal(got, want) {
				t.Errorf("Dependents(%d, %q) = %v, want %v as Children", i, rels, got, want)
			}
		}
	}
	var first []int
	for k := range tr.Dependents(2, "obl*", "obj") {
		first = append(first, k)
		break
	}
	if !slices.Equal(first, []int{3}) {
		t.Errorf("Dependents(2) stopped after its first = %v, want [3]", first)
	}
	n := testing.AllocsPerRun(100, func() {
		for k := range tr.Dependents(2, "obl*", "nsubj") {
			if tr.Toks[k].Form == "" {
				t.Fatal("empty form")
			}
		}
	})
	if n != 0 {
		t.Errorf("ranging over Dependents: %v allocations, want none", n)
	}
}

func TestAsserted(t *testing.T) {
	lx := testenv.Must(t, lex.Default)
	for _, tc := range []struct {
		name  string
		verb  int
		want  bool
		lines []string
	}{
		{"plain", 1, true, []string{
			"Chile Chile PROPN NNP 2 nsubj", "recognised recognise VERB VBD 0 root", "Peru Peru PROPN NNP 2 obj"}},
		{"modal", 2, false, []string{
			"Chile Chile PROPN NNP 3 nsubj", "may may AUX MD 3 aux", "recognise recognise VERB VB 0 root", "Peru Peru PROPN NNP 3 obj"}},
		{"negated", 3, false, []string{
			"Chile Chile PROPN NNP 4 nsubj", "did do AUX VBD 4 aux", "not not PART RB 4 advmod",
			"recognise recognise VERB VB 0 root", "Peru Peru PROPN NNP 4 obj"}},
		{"negated subject", 4, false, []string{
			"Neither neither CCONJ CC 2 cc:preconj", "Chile Chile PROPN NNP 5 nsubj", "nor nor CCONJ CC 4 cc",
			"Peru Peru PROPN NNP 2 conj", "signed sign VERB VBD 0 root"}},
		{"infinitive of a plan", 3, false, []string{
			"Chile Chile PROPN NNP 2 nsubj", "plans plan VERB VBZ 0 root", "to to PART TO 4 mark",
			"visit visit VERB VB 2 xcomp", "Peru Peru PROPN NNP 4 obj"}},
		{"headline still to come", 2, false, []string{
			"Chile Chile PROPN NNP 3 nsubj", "to to PART TO 3 mark", "visit visit VERB VB 0 root", "Peru Peru PROPN NNP 3 obj"}},
		{"subject of a headline still to come", 1, true, []string{
			"envoy envoy NOUN NN 2 compound", "Hale Hale PROPN NNP 4 nsubj", "to to PART TO 4 mark", "resign resign VERB VB 0 root"}},
		{"infinitive without a subject", 3, true, []string{
			"To to PART TO 2 mark", "think think VERB VB 0 root", "he he PRON PRP 4 nsubj",
			"said say VERB VBD 2 parataxis"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := parse(t, tc.lines...)
			if got := tr.Asserted(lx, tc.verb); got != tc.want {
				t.Errorf("Asserted(%s) = %v, want %v", tr.Toks[tc.verb].Form, got, tc.want)
			}
		})
	}
	tr := parse(t, "Neither neither CCONJ CC 2 cc:preconj", "Chile Chile PROPN NNP 0 root")
	if !tr.NegatedPhrase(1) || tr.NegatedPhrase(0) {
		t.Error(`NegatedPhrase: "Neither Chile" is not negated as a whole`)
	}
}

// A preposition the parser hangs on the first word of a name compounded
// with its head is the name's.
func TestPrepOnCompound(t *testing.T) {
	tr := parse(t, `
		Lee Lee PROPN NNP 2 nsubj
		spoke speak VERB VBD 0 root
		with with ADP IN 4 case
		Omar Omar PROPN NNP 5 compound
		Khalid Khalid PROPN NNP 2 obl
		about about ADP IN 7 case
		trade trade NOUN NN 2 obl
	`)
	if got := tr.Prep(4); got != "with" {
		t.Errorf("Prep(Khalid) = %q, want with", got)
	}
	if got := tr.Prep(3); got != "with" {
		t.Errorf("Prep(Omar) = %q, want with", got)
	}
	if got := tr.Prep(0); got != "" {
		t.Errorf("Prep(Lee) = %q, want none", got)
	}
	if got := tr.Prep(6); got != "about" {
		t.Errorf("Prep(trade) = %q, want about", got)
	}
}

// A fixed expression is one preposition, hyphenated; a possessive's
// marker is none.
func TestPrepFixedAndPossessive(t *testing.T) {
	tr := parse(t, `
		Lee Lee PROPN NNP 2 nsubj
		spoke speak VERB VBD 0 root
		on on ADP IN 9 case
		behalf behalf NOUN NN 3 fixed
		of of ADP IN 3 fixed
		the the DET DT 9 det
		Peru Peru PROPN NNP 9 nmod:poss
		's 's PART POS 7 case
		Ministry Ministry PROPN NNP 2 obl
	`)
	if got := tr.Prep(8); got != "on-behalf-of" {
		t.Errorf("Prep(Ministry) = %q, want on-behalf-of", got)
	}
	if got := tr.Prep(6); got != "" {
		t.Errorf("Prep(Peru) = %q, want none", got)
	}
}

func TestBareParticiple(t *testing.T) {
	// "Chile, led by Peru, ...": the parser's subject of a participle set off after it
	set := parse(t, `
		Chile Chile PROPN NNP 3 nsubj
		, , PUNCT , 1 punct
		led lead VERB VBN 0 root
		by by ADP IN 5 case
		Peru Peru PROPN NNP 3 obl
	`)
	if !set.BareParticiple(2) || !set.Passive(2) {
		t.Error(`"Chile, led by Peru": want a passive participle`)
	}
	// "Chile defeated Peru by ten points", the verb tagged as a participle
	margin := parse(t, `
		Chile Chile PROPN NNP 2 nsubj
		defeated defeat VERB VBN 0 root
		Peru Peru PROPN NNP 2 obj
		by by ADP IN 5 case
		ten ten NUM CD 6 nummod
		points point NOUN NNS 2 obl
	`)
	if margin.BareParticiple(1) {
		t.Error(`"Chile defeated Peru by ten points": an object and a margin, no passive`)
	}
	// "Chile, speaking at talks attended by Peru": the subject across another verb
	across := parse(t, `
		Chile Chile PROPN NNP 6 nsubj
		, , PUNCT , 3 punct
		speaking speak VERB VBG 6 advcl
		at at ADP IN 5 case
		talks talk NOUN NNS 3 obl
		attended attend VERB VBN 0 root
		by by ADP IN 8 case
		Peru Peru PROPN NNP 6 obl
	`)
	if across.BareParticiple(5) || !across.VerbBetween(0, 5) {
		t.Error(`"Chile, speaking at talks attended by Peru": want a verb between, no set-off participle`)
	}
}

func TestVerbLike(t *testing.T) {
	// each case: the sentence's words as "FORM LEMMA XPOS", the verb's index
	for _, c := range []struct {
		words string
		k     int
		want  bool
	}{
		{"Peru/Peru/NNP backed/back/VBD Chile/Chile/NNP", 1, true},
		{"Backs/back/VBZ Peru/Peru/NNP", 0, true},
		{"PERU/PERU/NNP BACKS/back/VBZ CHILE/CHILE/NNP", 1, true},
		{"the/the/DT U.S./U.S./NNP Wants/want/VBZ Peru/Peru/NNP", 2, true},
		{"Lima/Lima/NNP went/go/VBD home/home/NN", 1, true},
		// a past tense names itself, whatever its lemma
		{"Lima/Lima/NNP lied/ly/VBD", 1, true},
		// a foreign word, a name, a bracket
		{"Caisse/Caisse/NNP des/de/VBZ Banques/Banques/NNP", 1, false},
		{"by/by/IN Ing/ing/VBG Olivetti/Olivetti/NNP", 1, false},
		{"in/in/IN <United/<unite/VBN Bank>/Bank>/NNP", 1, false},
	} {
		var lines []string
		for _, w := range strings.Fields(c.words) {
			f := strings.Split(w, "/")
			upos := "PROPN"
			if strings.HasPrefix(f[2], "VB") {
				upos = "VERB"
			}
			lines = append(lines, strings.Join([]string{f[0], f[1], upos, f[2], "0", "dep"}, " "))
		}
		if got := parse(t, lines...).VerbLike(c.k); got != c.want {
			t.Errorf("%q: VerbLike(%d) = %v, want %v", c.words, c.k, got, c.want)
		}
	}
}

// TestNewKids checks the dependents New lists, on random heads (the
// parser's, repaired, may point anywhere, to the token itself or out of
// the sentence): each token's, in order, in a slice whose capacity ends
// with it, so that appending to one head's never writes over another's;
// and New in two allocations besides the tree's list of them.
func TestNewKids(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 3))
	for range 500 {
		toks := make([]ud.Token, rng.IntN(30))
		for i := range toks {
			toks[i].Head = rng.IntN(len(toks)+3) - 1
		}
		tr := New(toks)
		for h := range toks {
			var want []int
			for i, tok := range toks {
				if tok.Head-1 == h && i != h {
					want = append(want, i)
				}
			}
			if got := tr.Kids[h]; !slices.Equal(got, want) || cap(got) != len(got) {
				t.Fatalf("heads %v: Kids[%d] = %v (cap %d), want %v", heads(toks), h, got, cap(got), want)
			}
		}
	}
	toks := make([]ud.Token, 12)
	for i := range toks {
		toks[i].Head = (i + 5) % 13
	}
	if n := testing.AllocsPerRun(100, func() { New(toks) }); n != 3 {
		t.Errorf("New: %v allocations, want 3", n)
	}
}

func heads(toks []ud.Token) []int {
	var hs []int
	for _, t := range toks {
		hs = append(hs, t.Head)
	}
	return hs
}
