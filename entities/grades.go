package entities

import (
	"regexp"

	"github.com/actorgraph/actorgraph/internal/words"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// A credit rating written in capitals ("cut to CCC from B-minus") is no
// organisation's acronym, though some ratings spell one (CCC, the
// Commodity Credit Corporation).

// gradeForm matches a rating agency's grade, with its notch ("BBB-plus",
// "Baa-3", "AA+").
var gradeForm = regexp.MustCompile(`^(AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|Ca)(-?(plus|minus|[1-3])|[+-])?$`)

// gradeNotch follows a grade as a token of its own: "CCC" "-" "minus".
var gradeNotch = words.Set(`plus minus + - 1 2 3`)

// ratingCues show that a sentence rates debt.
var ratingCues = words.Set(`
	rating ratings rated rate downgrade downgraded downgrades downgrading upgrade
	upgraded upgrades upgrading junk moody's fitch poor's s&p
`)

// gradeBefore are the words a grade follows in a rating: "cut to CCC",
// "kept at CCC", "raised from CCC", "rated CCC", "its rating is CCC".
var gradeBefore = words.Set(`to at from rated is as of`)

// gradeAt reports whether the one-token name at i is a credit rating: a
// grade's form followed by its notch or another grade ("to CCC from
// B-minus"), or after a rating's preposition in a sentence that rates debt.
func gradeAt(toks []ud.Token, i int) bool {
	if !gradeForm.MatchString(toks[i].Form) {
		return false
	}
	if i+1 < len(toks) && (gradeNotch[toks[i+1].Form] || toks[i+1].Form == "from" && i+2 < len(toks) && gradeForm.MatchString(toks[i+2].Form)) {
		return true
	}
	if i == 0 || !words.HasLower(gradeBefore, toks[i-1].Form) {
		return false
	}
	for k, t := range toks {
		if k != i && (words.HasLower(ratingCues, t.Form) || k != i-1 && k != i+1 && gradeForm.MatchString(t.Form) && len(t.Form) > 1) {
			return true
		}
	}
	return false
}

// notchedGrade reports whether w is a grade with its notch ("B-minus",
// "A-plus", "Baa-3"), which names nothing else.
func notchedGrade(w string) bool {
	m := gradeForm.FindStringSubmatch(w)
	return m != nil && m[2] != ""
}
