package entities

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// productNouns name kinds of goods whose brands and models the recogniser
// takes for actors: medicines and what they are made of, chemicals, and the
// machines sold by the model.
var productNouns = words.Set(`
	drug drugs medicine medicines medication vaccine vaccines antibiotic antibiotics
	product products brand brands hormone hormones compound compounds peptide peptides chemical chemicals enzyme
	pesticide pesticides herbicide herbicides insecticide fungicide fertiliser fertilizer
	antidepressant painkiller sedative tranquilizer tranquiliser steroid
	tablet tablets capsule capsules pill pills ointment syrup
	aircraft airliner airliners jetliner jetliners helicopter helicopters
	engine engines microprocessor microchip chip chips
`)

// dosageForms are the forms a medicine is sold in, which a brand's name
// qualifies ("Velzorin tablets"); a maker's name is no such qualifier.
var dosageForms = words.Set(`tablets tablet capsules capsule pills injection injections ointment syrup`)

// dropProducts drops the recognised names that the article shows to be
// goods, no actors: brands and models of drugs, chemicals and machines.
// A name is a product's when a product noun stands right before it ("its
// drug Velzorin", "a hormone called Tessaprin"), a dosage form right
// after it ("Dramocil tablets"), an apposition or a predicate names it one
// ("Orvane, a painkiller, ...", "Velzorin is an antibiotic"), a company
// markets it, or when it is a person's or a place's name with a model's
// code in it ("the KX340", "Kessab VL7-200"). Every mention of a product's
// name in the article goes; the gazetteer's names and the names the words
// around them gave a type ("the state-owned Velcred") stay.
func dropProducts(cands []candidate, sents []ud.Sentence) []candidate {
	// described are the names the words around them make products',
	// coded the persons' and places' names with a model's code, and
	// firms the coded names that the article takes for companies' too
	// ("TF1"), which stay unless described
	var described, coded, firms map[string]bool
	add := func(set *map[string]bool, name string) {
		if *set == nil {
			*set = map[string]bool{}
		}
		(*set)[name] = true
	}
	for _, c := range cands {
		if c.canonical != "" || c.inst != "" || c.cued || c.demonym {
			continue
		}
		if c.typ == graph.Person && len(c.words) > 1 && personOpening(c.words[0]) {
			continue // "head of marketing Ann Reed"
		}
		toks := sents[c.sent].Tokens
		name := strings.Join(c.words, " ")
		switch {
		case productName(toks, c.start, c.end):
			add(&described, name)
		case !modelCode(toks[c.start:c.end]):
		case c.typ == graph.Person || c.typ == graph.Location:
			add(&coded, name)
		case c.typ == graph.Organization:
			add(&firms, name)
		}
	}
	if described == nil && coded == nil {
		return cands
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		if c.canonical != "" || c.inst != "" || c.cued || c.demonym {
			return false
		}
		name := strings.Join(c.words, " ")
		return described[name] || coded[name] && !firms[name]
	})
}

// productName reports whether the words around the name at toks[start:end]
// make it a product's.
func productName(toks []ud.Token, start, end int) bool {
	if start > 0 {
		prev := toks[start-1]
		switch {
		case productNouns[prev.Form] && prev.UPOS == "NOUN" && linked(toks, start-1, start, end):
			return true // "its drug Velzorin"
		case (prev.Form == "called" || prev.Form == "named") && start > 1 && productNouns[toks[start-2].Form]:
			return true // "a hormone called Tessaprin"
		case prev.Form == "name" && start > 1 && (toks[start-2].Form == "trade" || toks[start-2].Form == "brand"):
			return true // "sold under the trade name Tessaprin"
		case prev.Form == "marketing" || prev.Form == "markets" || prev.Form == "marketed":
			if end == len(toks) || toks[end].UPOS != "NOUN" && toks[end].UPOS != "PROPN" {
				return true // "the company markets Velzorin"
			}
		}
	}
	if end < len(toks) && dosageForms[toks[end].Form] {
		return true // "Dramocil tablets"
	}
	return end+2 < len(toks) && (toks[end].Form == "," || toks[end].Lemma == "be") && describedAs(toks, end+1)
}

// linked reports whether the token at k and the name at toks[start:end]
// are joined by a dependency, either way.
func linked(toks []ud.Token, k, start, end int) bool {
	if h := toks[k].Head - 1; h >= start && h < end {
		return true
	}
	h := spanHead(toks, start, end)
	return toks[h].Head-1 == k
}

// describedAs reports whether the noun phrase that opens at toks[k] with
// an article names a kind of product: its last noun before anything but
// nouns, adjectives and the past participles that qualify a noun after
// them ("a recombinant growth hormone", "a widely used painkiller"), or its
// last
// adjective when it has no noun (the parser's "an antibiotic").
func describedAs(toks []ud.Token, k int) bool {
	if k >= len(toks) || toks[k].UPOS != "DET" {
		return false
	}
	noun, adj := "", ""
	for j := k + 1; j < len(toks) && j < k+8; j++ {
		switch t := toks[j]; {
		case t.UPOS == "NOUN":
			noun = strings.ToLower(t.Form)
		case t.UPOS == "ADJ":
			adj = strings.ToLower(t.Form)
		case t.UPOS == "ADV":
		case t.UPOS == "VERB" && t.XPOS == "VBG" && j+1 < len(toks) && toks[j+1].UPOS == "NOUN":
			// "a jet leasing firm" or "a drug awaiting approval": the
			// parser's tags do not tell which noun heads the phrase
			return false
		case t.UPOS == "VERB" && t.XPOS == "VBN" && t.Head > t.ID:
			// a participle before its noun ("a widely used painkiller"),
			// not one after it ("a drug used in hospitals")
		default:
			j = len(toks)
		}
	}
	if noun == "" {
		return productNouns[adj]
	}
	return productNouns[noun]
}

// modelCode reports whether a name has a model's code among its words: a
// word of capitals and digits ("KX340", "VL7-200", "F-16"); a person's or
// a place's name has none. A code that opens a name of three words or more
// is a company's prefix more often ("A-1 Velmar Glass"), and is left alone.
func modelCode(toks []ud.Token) bool {
	for i, t := range toks {
		if i == 0 && len(toks) > 2 {
			continue
		}
		if strings.ContainsFunc(t.Form, unicode.IsDigit) && strings.ContainsFunc(t.Form, unicode.IsUpper) && !strings.ContainsFunc(t.Form, unicode.IsLower) {
			return true
		}
	}
	return false
}
