package syntax

import (
	"slices"
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// retag mends, before the parser reads them, the tags of s that the
// tagger gets wrong in news text and that hide a clause's verb.
func retag(s *ud.Sentence) {
	namesTakenForFunctionWords(s)
	verbsTakenForNouns(s)
	verbBetweenNames(s)
	participleAdjectives(s)
}

// participleAdjectives retags as an adjective a participle of
// adjectiveParticiples that the tagger took for a verb before a noun or a
// name it qualifies: news writes "attacked neighbouring Bolivia", "troops
// from neighboring Rwanda", and the parser made the participle a clause
// of its own with the name its object, which the verb before it lost.
// After a noun it is a verb ("a town neighbouring Lima").
func participleAdjectives(s *ud.Sentence) {
	toks := s.Tokens
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.XPOS != "VBG" || !adjectiveParticiples[strings.ToLower(t.Form)] {
			continue
		}
		if next := toks[k+1].XPOS; next != "NNP" && next != "NNPS" && next != "NN" && next != "NNS" {
			continue
		}
		if k > 0 && (toks[k-1].UPOS == "NOUN" || toks[k-1].UPOS == "PROPN" || toks[k-1].UPOS == "PRON") {
			continue
		}
		t.UPOS, t.XPOS, t.Feats = "ADJ", "JJ", "Degree=Pos"
	}
}

// adjectiveParticiples are participles that news uses before a noun far
// more often than as verbs.
var adjectiveParticiples = map[string]bool{"neighbouring": true, "neighboring": true}

// namesTakenForFunctionWords retags as a proper noun each capitalised word
// inside a sentence that the tagger gave the tag of a function word
// (a preposition, a determiner, a pronoun, a conjunction, a modal) though
// no function word is written so: an unknown word is tagged by its
// letters and its neighbours, and "Peru has warned Chile that ..." gave
// "Chile" the tag of "while", which hid the verb's object. A function
// word in title case ("Minister Of State", "Will Reed") is written so and
// keeps its tag, and so does a word in capitals, which headlines use.
func namesTakenForFunctionWords(s *ud.Sentence) {
	toks := s.Tokens
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if !functionTags[t.XPOS] || !isTitleCase(t.Form) || functionWords[strings.ToLower(t.Form)] {
			continue
		}
		t.UPOS, t.XPOS, t.Feats = "PROPN", "NNP", "Number=Sing"
	}
}

// functionTags are the Penn Treebank tags of the closed classes of words.
var functionTags = map[string]bool{
	"IN": true, "DT": true, "PDT": true, "WDT": true, "CC": true, "PRP": true, "PRP$": true,
	"WP": true, "WP$": true, "WRB": true, "MD": true, "TO": true, "EX": true, "RP": true,
}

// functionWords are the English words of the closed classes, and a few
// adverbs and nouns the treebanks tag as such ("ago", "ca", "plus").
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those each every either neither some any no
		all both another such what which whatever whichever whoever half many
		much several few enough more most less least own
		aboard about above across after against ago ahead along alongside amid
		amidst among amongst around as aside astride at atop because before
		behind below beneath beside besides between beyond but by circa
		concerning considering despite down during except excluding following
		for from in including inside into like minus near notwithstanding of
		off on onto opposite out outside over past pending per plus regarding
		round save since than through throughout till to toward towards under
		underneath unlike until unto up upon versus via vs with within without
		although though if lest once unless whereas whether while whilst so
		and or nor yet either
		i me my mine myself you your yours yourself yourselves we us our ours
		ourselves he him his himself she her hers herself it its itself they
		them their theirs themselves who whom whose one ones
		how when where why whenever wherever whereby
		can could may might must shall should will would ought need dare
		there not away back forth apart
	`) {
		m[w] = true
	}
	return m
}()

// isTitleCase reports whether w is written with a capital and then a
// lower-case letter: "Chile", not "CHILE" nor "chile".
func isTitleCase(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

// verbsTakenForNouns retags as a verb in the third person each word of s
// that the tagger took for a plural noun where only a verb can stand,
// before the parser reads the tags: news writes "Estonia borders Russia",
// "Chile, which backs the plan", "EU sanctions Iran", words the treebanks
// the tagger learned from have mostly as nouns. A lower-case word in "-s"
// is a verb when what follows it can open an object (a determiner, a name
// or a possessive) and it stands
//
//   - right after a relative pronoun that can only be its subject
//     ("which", "who", or "that" after a noun): "a state that borders
//     Iraq", "Chile, which backs the plan";
//   - in a sentence with no verb, right after a singular noun, a name or
//     a personal pronoun that can be its subject (or a capitalised
//     adjective: the tagger takes "Chile" for one now and then, which is
//     then retagged as the subject's name): "Finland borders Russia", "it
//     borders Iraq", a headline's "EU sanctions Iran".
//
// In a sentence with another verb that frame is no sure sign: "five mln
// barrels a day", "Paris auditors Syndex, which ..." are nouns there; nor
// is it after a measure, in a sentence whose verb the tagger took for a
// noun too ("accounts for eight mln barrels a day"). A results table's
// line ("Shr 10 cts vs 12 cts", "Avg shrs 10,000") has a number after the
// noun, which opens no object, and is left alone.
func verbsTakenForNouns(s *ud.Sentence) {
	toks := s.Tokens
	verbless := !slices.ContainsFunc(toks, func(t ud.Token) bool { return t.UPOS == "VERB" || t.UPOS == "AUX" })
	for k := 1; k+1 < len(toks); k++ {
		t := &toks[k]
		if t.XPOS != "NNS" || !strings.HasSuffix(t.Form, "s") || t.Form != strings.ToLower(t.Form) || !opensObject(toks[k+1]) {
			continue
		}
		prev := toks[k-1]
		switch w := strings.ToLower(prev.Form); {
		case w == "which" || w == "who":
		case w == "that" && k >= 2 && (toks[k-2].UPOS == "NOUN" || toks[k-2].UPOS == "PROPN"):
		case verbless && (prev.UPOS == "PROPN" || prev.XPOS == "NN" || prev.XPOS == "PRP" || prev.XPOS == "JJ" && prev.Form[0] >= 'A' && prev.Form[0] <= 'Z') && (k < 2 || toks[k-2].XPOS != "CD"):
		default:
			continue
		}
		t.UPOS, t.XPOS, t.Feats = "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
		if prev.XPOS == "JJ" {
			toks[k-1].UPOS, toks[k-1].XPOS = "PROPN", "NNP" // the verb's subject
		}
		verbless = false
	}
}

// opensObject reports whether t can open a verb's object: a determiner, a
// name or a possessive pronoun. An adjective is left out: the tagger takes
// a verb for one too ("Norland officials brief Senate aides").
func opensObject(t ud.Token) bool {
	switch t.XPOS {
	case "DT", "NNP", "NNPS", "PRP$":
		return true
	}
	return false
}

// verbBetweenNames tags as a verb in the past tense the word in -ed that
// the tagger took for an adjective between two proper nouns of a
// sentence with no verb at all ("Ann Reed blamed Tom Vale for the
// crisis", "Brazil's Congress impeached President Ann Reed"): a rare
// verb after an unknown name reads to it as a name's modifier, which
// leaves the sentence a list of names.
func verbBetweenNames(s *ud.Sentence) {
	toks := s.Tokens
	k := -1
	for i, t := range toks {
		switch {
		case t.UPOS == "VERB" || t.UPOS == "AUX":
			return
		case k < 0 && i > 0 && i+1 < len(toks) && t.XPOS == "JJ" && len(t.Form) > 4 && strings.HasSuffix(t.Form, "ed") &&
			strings.ToLower(t.Form) == t.Form && toks[i-1].XPOS == "NNP" && (toks[i+1].XPOS == "NNP" || toks[i+1].UPOS == "DET"):
			k = i
		}
	}
	if k >= 0 {
		toks[k].UPOS, toks[k].XPOS = "VERB", "VBD"
	}
}
