package layout

import (
	"strings"

	"github.com/actorgraph/actorgraph/syntax/ud"
)

// creditWords open the lines that credit a story's reporters and editors:
// "(Reporting by Ann Reed; Editing by Tom Vale)".
var creditWords = map[string]bool{
	"reporting": true, "writing": true, "editing": true, "additional": true,
	"compiled": true, "produced": true, "research": true, "translated": true,
}

// Credits reports whether a sentence names the story's own reporters,
// editors and photographers, who are no actors of the news it tells: a
// byline ("By Ann Reed and Tom Vale"), a credit line ("(Reporting by Ann
// Reed in Lima; Editing by Tom Vale)") or a photograph's
// ("REUTERS/Ann Reed/File Photo").
func Credits(toks []ud.Token) bool {
	i := 0
	for i < len(toks) && (toks[i].Form == "(" || isDash(toks[i].Form)) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	if creditWords[strings.ToLower(toks[i].Form)] {
		for k := i + 1; k < len(toks) && k <= i+2; k++ {
			if strings.ToLower(toks[k].Form) == "by" {
				return true
			}
		}
		return false
	}
	return byline(toks[i:]) || photoCredit(toks[i:])
}

// photoCredit reports whether words credit a photograph: a short line
// without a verb where a slash joins a wire in capitals or the word
// "Photo" to a name in title case ("REUTERS/Ann Reed", "AP Photo/Tom
// Vale"); a headline in capitals with a slash ("WHEAT/CORN STOCKS") is
// none.
func photoCredit(toks []ud.Token) bool {
	if len(toks) > 12 || !IsAllCaps(toks[0].Form) && !strings.EqualFold(toks[0].Form, "photo") {
		return false
	}
	credit := false
	for k, t := range toks {
		switch {
		case t.UPOS == "VERB" || t.UPOS == "AUX":
			return false
		case t.Form == "/" && k > 0 && k+1 < len(toks):
			before, after := toks[k-1].Form, toks[k+1].Form
			if (IsAllCaps(before) || before == "Photo") && StartsUpper(after) && strings.ToUpper(after) != after {
				credit = true
			}
		}
	}
	return credit
}

// byline reports whether words are a byline: "By", then names, commas,
// "and" and the places or wires they write from, and no verb.
func byline(toks []ud.Token) bool {
	if len(toks) < 2 || len(toks) > 16 || toks[0].Form != "By" && toks[0].Form != "BY" {
		return false
	}
	for _, t := range toks[1:] {
		switch {
		case t.UPOS == "VERB" || t.UPOS == "AUX":
			return false
		case t.UPOS == "PUNCT" || t.UPOS == "CCONJ" || StartsUpper(t.Form):
		case t.Form == "in" || t.Form == "and":
		default:
			return false
		}
	}
	return StartsUpper(toks[1].Form)
}
